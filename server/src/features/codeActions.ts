import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableComment } from '../core/directives';
import { lineBreakOf } from '../core/fixes/lineBreak';
import { formatFixTitle, type FixTitleKey } from '../core/fixes/messages';
import { memo, MemoKey } from '../core/memo';
import type { Language, MessageArgs } from '../core/rules/messages';
import type { Finding, FixEdit, ReportAnalysis } from '../core/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { toRange } from './positions';

/** Our own fix-all kind under source.fixAll, so `editor.codeActionsOnSave` can name it alone. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policy-report`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface CodeActionInput {
	doc: TextDocument;
	analysis: ReportAnalysis;
	findings: readonly Finding[];
	language: Language;
	/** The text with every safe fix applied; asked for only when a fix-all action is offered. */
	fixAll(): string;
}

/**
 * For the findings under the range: their fixes, the comments that switch their rules off here or in the file, and
 * "fix all" when one of them is safe to fix unasked. The source.fixAll action comes only when asked for by kind.
 */
export function toCodeActions(input: CodeActionInput, params: CodeActionParams): CodeAction[] {
	const { doc, analysis, findings, language } = input;
	const only = params.context.only;
	const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
	const title = (key: FixTitleKey, args?: MessageArgs) => formatFixTitle(key, args, language);
	const actions: CodeAction[] = [];
	if (wants(CodeActionKind.QuickFix)) {
		const here = findings.filter((f) => touches(rangeOf(doc, f), params.range));
		const eol = lineBreakOf(analysis);
		const disabledLines = new Set<string>();
		const disabledFiles = new Set<string>();
		for (const f of here) {
			const diagnostics = params.context.diagnostics.filter((d) => sameFinding(doc, d, f));
			if (f.fix) {
				actions.push(quickFix(title(f.fix.title, f.fix.args), doc, f.fix.edits, diagnostics, true));
			}
			const line = f.line === null ? undefined : analysis.lines[f.line - 1];
			if (line && !disabledLines.has(`${f.rule} ${f.line}`)) {
				disabledLines.add(`${f.rule} ${f.line}`);
				const comment = line.indent + disableComment('disable-next-line', [f.rule]) + eol;
				actions.push(quickFix(title('action.disable-line', { rule: f.rule }), doc, [{ span: { start: line.start, end: line.start }, newText: comment }], diagnostics));
			}
			if (!disabledFiles.has(f.rule)) {
				disabledFiles.add(f.rule);
				const top = analysis.lines[0].start;
				actions.push(quickFix(title('action.disable-file', { rule: f.rule }), doc, [{ span: { start: top, end: top }, newText: disableComment('disable-file', [f.rule]) + eol }], diagnostics));
			}
		}
		if (here.some((f) => f.fix?.safe)) {
			const edit = wholeFix(input);
			if (edit) {
				actions.push({ title: title('action.fix-all'), kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [edit] } } });
			}
		}
	}
	if (only && wants(FIX_ALL_KIND) && findings.some((f) => f.fix?.safe)) {
		const edit = wholeFix(input);
		if (edit) {
			actions.push({ title: title('action.fix-all'), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } });
		}
	}
	return actions;
}

function quickFix(title: string, doc: TextDocument, edits: readonly FixEdit[], diagnostics: Diagnostic[], isPreferred = false): CodeAction {
	return {
		title,
		kind: CodeActionKind.QuickFix,
		...(diagnostics.length > 0 ? { diagnostics } : {}),
		...(isPreferred ? { isPreferred } : {}),
		edit: { changes: { [doc.uri]: edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) } },
	};
}

/** A finding about the whole document sits at the top of the file, as its diagnostic does. */
function rangeOf(doc: TextDocument, finding: Finding): Range {
	return toRange(doc, finding.span ?? { start: 0, end: 0 });
}

function sameFinding(doc: TextDocument, diagnostic: Diagnostic, finding: Finding): boolean {
	const range = rangeOf(doc, finding);
	return diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === finding.rule
		&& diagnostic.range.start.line === range.start.line && diagnostic.range.start.character === range.start.character
		&& diagnostic.range.end.line === range.end.line && diagnostic.range.end.character === range.end.character;
}

function touches(a: Range, b: Range): boolean {
	const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
	return before(a.start, b.end) && before(b.start, a.end);
}

/**
 * Fix-all results by the findings they start from: one array per analysis and rule settings (findingsFor keeps it),
 * so moving the cursor across a version's lines runs fix-all's analysis rounds once.
 */
const WHOLE_FIX = new MemoKey<TextEdit | undefined>('fix-all edit');

function wholeFix(input: CodeActionInput): TextEdit | undefined {
	return memo(input.findings, WHOLE_FIX, () => diffEdit(input.doc, input.fixAll()));
}

/**
 * The change as one edit over the span that differs (the common start and end left alone), so the editor keeps the
 * cursor and undo history outside it; never splitting a surrogate pair or a CRLF.
 */
function diffEdit(doc: TextDocument, after: string): TextEdit | undefined {
	const before = doc.getText();
	if (after === before) {
		return undefined;
	}
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) {
		start++;
	}
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
		end++;
	}
	while (start > 0 && splits(before, start)) {
		start--;
	}
	while (end > 0 && splits(before, before.length - end)) {
		end--;
	}
	return { range: toRange(doc, { start, end: before.length - end }), newText: after.slice(start, after.length - end) };
}

function splits(text: string, at: number): boolean {
	const previous = text.charCodeAt(at - 1);
	const next = text.charCodeAt(at);
	return (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (previous === 13 && next === 10);
}
