import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sectionName, sectionPaths } from '../core/json';
import { ruleDocs } from '../core/rules';
import type { Finding, Metric, ReportAnalysis, Section } from '../core/types';
import type { MessageKey, Messages } from '../messages';
import { toOffset, toRange } from './positions';

/** How each qualifier reads when the value is spelled out: 18.85万余条 is “more than 188,500 条”. */
const QUALIFIER_READING: Readonly<Record<string, MessageKey>> = {
	约: 'qualifier.about',
	左右: 'qualifier.about',
	近: 'qualifier.nearly',
	超: 'qualifier.moreThan',
	超过: 'qualifier.moreThan',
	逾: 'qualifier.moreThan',
	突破: 'qualifier.moreThan',
	余: 'qualifier.moreThan',
	多: 'qualifier.moreThan',
	以上: 'qualifier.atLeast',
	不少于: 'qualifier.atLeast',
	不足: 'qualifier.lessThan',
	不到: 'qualifier.lessThan',
	以下: 'qualifier.atMost',
	以内: 'qualifier.atMost',
};

const SENTENCE_END = /[。；！？;!?]/;

/** A numeric claim or a heading marker under the cursor, explained; with the reason behind any rule that flags it. */
export function getHover(doc: TextDocument, analysis: ReportAnalysis, position: Position, messages: Messages, findings: readonly Finding[] = []): Hover | null {
	const offset = toOffset(doc, position);
	const reasons = explainFindings(findings, offset, messages);
	const metric = analysis.metrics.find((m) => m.span.start <= offset && offset < m.span.end);
	if (metric) {
		return { contents: { kind: MarkupKind.Markdown, value: withReasons(describeMetric(analysis, metric, messages), reasons) }, range: toRange(doc, metric.span) };
	}
	const heading = analysis.allSections.find((s) => s.marker && s.marker.span.start <= offset && offset < s.marker.span.end);
	if (heading?.marker) {
		return { contents: { kind: MarkupKind.Markdown, value: withReasons(describeHeading(analysis, heading, messages), reasons) }, range: toRange(doc, heading.marker.span) };
	}
	return reasons.length > 0 ? { contents: { kind: MarkupKind.Markdown, value: reasons.join('\n\n') } } : null;
}

/** Why each rule that flags this spot exists, and the standard it follows. */
function explainFindings(findings: readonly Finding[], offset: number, messages: Messages): string[] {
	const seen = new Set<string>();
	const reasons: string[] = [];
	for (const f of findings) {
		if (f.span && f.span.start <= offset && offset < Math.max(f.span.end, f.span.start + 1) && !seen.has(f.rule)) {
			seen.add(f.rule);
			const doc = ruleDocs[f.rule];
			const reason = messages.language === 'en' ? doc?.reason.en : doc?.reason.zh;
			reasons.push(messages.t('hover.rule', codeSpan(f.rule), escape(reason ?? '')));
		}
	}
	return reasons;
}

function withReasons(text: string, reasons: readonly string[]): string {
	return reasons.length > 0 ? `${text}\n\n---\n\n${reasons.join('\n\n')}` : text;
}

function describeMetric(analysis: ReportAnalysis, metric: Metric, messages: Messages): string {
	const { t } = messages;
	const lines = [t('hover.metric.title', codeSpan(metric.text)), ''];
	lines.push(`- ${t('hover.metric.value', escape(readValue(metric, messages)))}`);
	if (metric.unit) {
		lines.push(`- ${t('hover.metric.unit', escape(metric.unit))}`);
	}
	lines.push(`- ${t('hover.metric.kind', t(`kind.${metric.kind}`))}`);
	const labels = metric.labels ?? (metric.label ? [metric.label] : []);
	if (labels.length > 0) {
		lines.push(`- ${t('hover.metric.label', escape(labels.join(t('list.separator'))))}`);
	}
	const arithmetic = percentArithmetic(analysis, metric);
	if (arithmetic) {
		lines.push(`- ${t('hover.metric.arithmetic', arithmetic)}`);
	}
	if (metric.sectionId !== null) {
		lines.push(`- ${t('hover.section', escape(sectionPaths(analysis.allSections)[metric.sectionId]))}`);
	}
	return lines.join('\n');
}

/** The value as a reader would say it: grouped digits, the unit, and the qualifier in words. */
function readValue(metric: Metric, messages: Messages): string {
	if (typeof metric.value !== 'number') {
		return metric.value ?? metric.text;
	}
	const amount = typeof metric.valueMax === 'number' ? `${grouped(metric.value)}–${grouped(metric.valueMax)}` : grouped(metric.value);
	const withUnit = !metric.unit ? amount : metric.unit.startsWith('%') ? amount + metric.unit : `${amount} ${metric.unit}`;
	const reading = metric.qualifier ? QUALIFIER_READING[metric.qualifier] : undefined;
	if (reading) {
		return messages.t(reading, withUnit);
	}
	return metric.approx ? messages.t('qualifier.about', withUnit) : withUnit;
}

function grouped(value: number): string {
	// Six places hide binary noise from applying 万 or 亿 (18.85 × 10000) and keep every digit a report writes.
	return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function plain(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: false });
}

/**
 * 全区1426项…其中四星级事项1414项，占比99.16% → 1414 / 1426 = 99.16%. The counts are those before the percentage in
 * its sentence (up to 。 or ；) with the unit of the count nearest to it: the whole is the largest, the part the
 * nearest smaller one. Shown only when the division gives the stated figure: counts that merely stand nearby divide
 * to nonsense, and a real contradiction is the percent-mismatch rule's to report, with its stricter pairing.
 */
function percentArithmetic(analysis: ReportAnalysis, metric: Metric): string | null {
	if (metric.kind !== 'percent' || typeof metric.value !== 'number') {
		return null;
	}
	const line = analysis.lines[metric.line - 1];
	let from = metric.span.start - line.start;
	while (from > 0 && !SENTENCE_END.test(line.text[from - 1])) {
		from--;
	}
	const before = analysis.metrics.filter((m) => m.kind === 'count' && typeof m.value === 'number' && m.span.start >= line.start + from && m.span.end <= metric.span.start);
	const unit = before.at(-1)?.unit;
	const counts = before.filter((m) => unit && m.unit === unit).map((m) => m.value as number);
	const whole = Math.max(...counts);
	const part = counts.filter((c) => c < whole).at(-1);
	if (part === undefined || whole <= 0) {
		return null;
	}
	const shown = /[0-9０-９]+(?:[.．]([0-9０-９]+))?/.exec(metric.text)?.[1]?.length ?? 0;
	const computed = ((part / whole) * 100).toFixed(shown);
	return Number(computed) === metric.value ? `${plain(part)} / ${plain(whole)} = ${computed}%` : null;
}

function describeHeading(analysis: ReportAnalysis, section: Section, messages: Messages): string {
	const { t } = messages;
	const siblings = section.parentId === null ? analysis.sections : analysis.allSections[section.parentId].children;
	return [
		t('hover.heading.title', escape(sectionName(section))),
		'',
		`- ${t('hover.heading.level', section.level)}`,
		`- ${t('hover.heading.position', siblings.indexOf(section) + 1, siblings.length)}`,
		`- ${t('hover.section', escape(sectionPaths(analysis.allSections)[section.id]))}`,
	].join('\n');
}

/** Markdown's inline specials only: Chinese text has no other characters that change how a line renders. */
function escape(text: string): string {
	return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function codeSpan(text: string): string {
	return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
