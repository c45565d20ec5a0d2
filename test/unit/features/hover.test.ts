import type { Hover, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import type { Metric, ReportAnalysis } from '../../../server/src/core/types';
import { getHover } from '../../../server/src/features/hover';
import { messagesFor, type MessageLanguage } from '../../../server/src/messages';

const lines = (...l: string[]) => l.join('\n');

const REPORT = lines(
	'一、主要做法和成效',
	'（一）推进依法行政',
	'全年受理信访18.85万余条，其中办结约1200件。',
	'（二）深化放管服改革',
	'全区1426项业务事项全部实现网上办理，其中四星级事项1414项，占比99.16%。',
	'共受理申请100件，其中办结90件，办结率95%。',
	'二、存在的不足',
);

interface Hovered {
	hover: Hover | null;
	markdown: string;
	hovered: string;
}

/** Hover at the `|` cursor (stripped before analysis); `edit` may change the analysis the feature sees. */
function hoverAt(marked: string, language: MessageLanguage = 'zh-cn', edit?: (analysis: ReportAnalysis) => void): Hovered {
	const offset = marked.indexOf('|');
	const text = marked.slice(0, offset) + marked.slice(offset + 1);
	const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
	const analysis = analyzeReport(text);
	edit?.(analysis);
	const hover = getHover(doc, analysis, doc.positionAt(offset), messagesFor(language));
	return {
		hover,
		markdown: hover ? (hover.contents as MarkupContent).value : '',
		hovered: hover?.range ? doc.getText(hover.range) : '',
	};
}

const at = (needle: string, shift = 0) => {
	const index = REPORT.indexOf(needle) + shift;
	return REPORT.slice(0, index) + '|' + REPORT.slice(index);
};

suite('hover on a metric', () => {
	test('exact text, value read out with its qualifier, unit, kind and section path (Chinese)', () => {
		const { markdown, hovered } = hoverAt(at('18.85万余条', 3));
		expect(hovered).toBe('18.85万余条');
		expect(markdown).toContain('`18.85万余条`');
		expect(markdown).toContain('数值：超过 188,500 条');
		expect(markdown).toContain('单位：条');
		expect(markdown).toContain('类型：计数');
		expect(markdown).toContain('章节：一、主要做法和成效 › （一）推进依法行政');
	});

	test('the same in English', () => {
		const { markdown } = hoverAt(at('18.85万余条'), 'en');
		expect(markdown).toContain('Value: more than 188,500 条');
		expect(markdown).toContain('Unit: 条');
		expect(markdown).toContain('Kind: count');
		expect(markdown).toContain('Section: 一、主要做法和成效 › （一）推进依法行政');
	});

	test('the range is the metric: its last character hovers, the next one does not', () => {
		expect(hoverAt(at('约1200件', 5)).hovered).toBe('约1200件');
		expect(hoverAt(at('约1200件', 6)).hover).toBeNull();
		expect(hoverAt(at('约1200件'), 'zh-cn').markdown).toContain('数值：约 1,200 件');
	});

	test('a percentage after its part and whole shows the arithmetic', () => {
		expect(hoverAt(at('99.16%')).markdown).toContain('计算：1414 / 1426 = 99.16%');
		expect(hoverAt(at('99.16%'), 'en').markdown).toContain('Arithmetic: 1414 / 1426 = 99.16%');
		expect(hoverAt(at('99.16%')).markdown).toContain('数值：99.16%');
	});

	test('the counts are those with the unit of the count nearest to the percentage', () => {
		const { markdown } = hoverAt('一、总体情况\n全年主动公开政府信息2167条，受理依申请公开14件，办结11件，办结率7|9%。');
		expect(markdown).toContain('计算：11 / 14 = 79%');
	});

	test('counts that do not divide to the stated figure, or stand beyond a ；, show no arithmetic', () => {
		expect(hoverAt(at('95%')).markdown).not.toContain('计算');
		expect(hoverAt('一、总体情况\n收到申请20件，受理12件，不予受理6件；出庭应诉率达3|0%。').markdown).not.toContain('计算');
	});

	test('a percentage without counts before it in its sentence has no arithmetic', () => {
		const { markdown } = hoverAt('一、总体情况\n办结率达到9|5%。');
		expect(markdown).toContain('类型：百分比');
		expect(markdown).not.toContain('计算');
	});

	test.each([
		['约', '约 1,200 件', 'about 1,200 件'],
		['左右', '约 1,200 件', 'about 1,200 件'],
		['近', '接近 1,200 件', 'nearly 1,200 件'],
		['超过', '超过 1,200 件', 'more than 1,200 件'],
		['逾', '超过 1,200 件', 'more than 1,200 件'],
		['多', '超过 1,200 件', 'more than 1,200 件'],
		['以上', '不少于 1,200 件', 'at least 1,200 件'],
		['不少于', '不少于 1,200 件', 'at least 1,200 件'],
		['不足', '不足 1,200 件', 'less than 1,200 件'],
		['以内', '不超过 1,200 件', 'at most 1,200 件'],
	])('qualifier %s reads “%s” / “%s”', (qualifier, zh, en) => {
		const withQualifier = (analysis: ReportAnalysis) => {
			const metric = analysis.metrics.find((m) => m.text === '约1200件') as Metric;
			metric.qualifier = qualifier;
		};
		expect(hoverAt(at('约1200件'), 'zh-cn', withQualifier).markdown).toContain(`数值：${zh}`);
		expect(hoverAt(at('约1200件'), 'en', withQualifier).markdown).toContain(`Value: ${en}`);
	});

	test('label, or each label of a distributive claim, and a value range', () => {
		const edit = (labels: string[] | null) => (analysis: ReportAnalysis) => {
			const metric = analysis.metrics.find((m) => m.text === '约1200件') as Metric;
			Object.assign(metric, { label: '办结信访', labels, qualifier: null, approx: false, value: 1200, valueMax: 1500 });
		};
		expect(hoverAt(at('约1200件'), 'zh-cn', edit(null)).markdown).toContain('指标：办结信访');
		expect(hoverAt(at('约1200件'), 'zh-cn', edit(null)).markdown).toContain('数值：1,200–1,500 件');
		expect(hoverAt(at('约1200件'), 'zh-cn', edit(['审结率', '备案率'])).markdown).toContain('指标：审结率、备案率');
		expect(hoverAt(at('约1200件'), 'en', edit(['审结率', '备案率'])).markdown).toContain('Counts: 审结率, 备案率');
	});

	test('a 𠮷 before a metric moves the hover range by two units, no more', () => {
		const plainHover = hoverAt(at('1414项'));
		const text = REPORT.replace('全区1426项', '𠮷全区1426项');
		const offset = text.indexOf('1414项');
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
		const hover = getHover(doc, analyzeReport(text), doc.positionAt(offset), messagesFor('zh-cn'));
		expect(hover?.range?.start.character).toBe((plainHover.hover?.range?.start.character ?? -10) + 2);
		expect(hover?.range && doc.getText(hover.range)).toBe('1414项');
	});
});

suite('hover on a heading marker', () => {
	test('level, place among siblings and section path', () => {
		const { markdown, hovered } = hoverAt(at('（二）深化', 1));
		expect(hovered).toBe('（二）');
		expect(markdown).toContain('**标题**：（二）深化放管服改革');
		expect(markdown).toContain('层级：第 2 级');
		expect(markdown).toContain('位置：第 2 / 共 2 项');
		expect(markdown).toContain('章节：一、主要做法和成效 › （二）深化放管服改革');
	});

	test('top-level markers count among the top-level sections, in English too', () => {
		const { markdown } = hoverAt(at('二、存在'), 'en');
		expect(markdown).toContain('Level: 1');
		expect(markdown).toContain('Position: 2 of 2');
	});

	test('the title after the marker is not a marker', () => {
		expect(hoverAt(at('推进依法行政', 1)).hover).toBeNull();
	});
});
