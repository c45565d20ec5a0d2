import type { Line } from './types';

// Inline control comments, with markdownlint's scopes, in .txt and .md alike:
//   <!-- policy-report-disable-next-line numbering.gap -->   the next line that is not itself a comment
//   <!-- policy-report-disable numbering.gap -->  …  <!-- policy-report-enable numbering.gap -->   until enabled or the end
//   <!-- policy-report-disable-file numbering.gap -->   the whole file, whole-document findings included
// The same after `//`. No rule id means every rule; ids are separated by spaces or commas; `numbering.*` names a group.

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

const COMMENT = /^\s*(?:<!--\s*(.*?)\s*-->|\/\/\s*(.*?))\s*$/;
const BODY = /^policy-report-(disable-next-line|disable-file|disable|enable)(?:[\s,]+(.*))?$/;

interface Directive {
	kind: DirectiveKind;
	line: number;
	/** Null for every rule. */
	rules: string[] | null;
}

export interface Directives {
	/** Whether the comments switch a rule off at a line (null: a finding about the whole document). */
	disables(rule: string, line: number | null): boolean;
}

/** The directives among the lines the scanner marked as comments. */
export function readDirectives(lines: readonly Line[]): Directives {
	const ranges: Directive[] = [];
	const file: Directive[] = [];
	const nextLine = new Map<number, Directive[]>();
	let pendingNextLine: Directive[] = [];
	for (const line of lines) {
		if (!line.directive) {
			// Most lines follow no directive: no new list for them (this runs on every keystroke).
			if (pendingNextLine.length > 0) {
				nextLine.set(line.number, [...(nextLine.get(line.number) ?? []), ...pendingNextLine]);
				pendingNextLine = [];
			}
			continue;
		}
		const directive = parseDirective(line);
		if (directive?.kind === 'disable-next-line') {
			pendingNextLine.push(directive);
		} else if (directive?.kind === 'disable-file') {
			file.push(directive);
		} else if (directive) {
			ranges.push(directive);
		}
	}
	return {
		disables(rule, line) {
			if (file.some((d) => names(d, rule))) {
				return true;
			}
			if (line === null) {
				return false;
			}
			if (nextLine.get(line)?.some((d) => names(d, rule))) {
				return true;
			}
			// The last disable or enable before the line that names the rule decides.
			let disabled = false;
			for (const d of ranges) {
				if (d.line >= line) {
					break;
				}
				if (names(d, rule)) {
					disabled = d.kind === 'disable';
				}
			}
			return disabled;
		},
	};
}

function parseDirective(line: Line): Directive | undefined {
	const comment = COMMENT.exec(line.text);
	const body = comment ? BODY.exec(comment[1] ?? comment[2] ?? '') : null;
	if (!body) {
		return undefined;
	}
	const rules = (body[2] ?? '').split(/[\s,]+/).filter((r) => r.length > 0);
	return { kind: body[1] as DirectiveKind, line: line.number, rules: rules.length > 0 ? rules : null };
}

function names(directive: Directive, rule: string): boolean {
	return directive.rules === null || directive.rules.includes(rule) || directive.rules.includes(`${rule.split('.')[0]}.*`);
}

/** The comment that switches rules off for the next line or the file: `<!-- -->`, which .txt and .md both accept. */
export function disableComment(kind: 'disable-next-line' | 'disable-file', rules: readonly string[]): string {
	return `<!-- policy-report-${kind} ${rules.join(' ')} -->`;
}
