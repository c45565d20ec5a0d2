import type { Language } from './textOutput';

/** A short name for each rule, for SARIF's shortDescription (a rule's message needs its finding's details). */
export const RULE_TITLES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
	'structure.missing-section': { zh: '缺少必备部分', en: 'Missing required part' },
	'structure.no-causes': { zh: '列出不足但未分析原因', en: 'Shortcomings without causes' },
	'numbering.gap': { zh: '序号不连续', en: 'Numbering gap' },
	'numbering.duplicate': { zh: '序号重复', en: 'Duplicate number' },
	'numbering.order': { zh: '序号顺序错乱', en: 'Numbers out of order' },
	'numbering.mixed-style': { zh: '同级序号样式不一致', en: 'Mixed numbering style' },
	'numbering.width-mix': { zh: '序号全角、半角混用', en: 'Full-width and half-width markers mixed' },
	'numbering.unmarked-heading': { zh: '标题缺少序号', en: 'Heading without a number' },
	'numbering.level-order': { zh: '层次序号倒置', en: 'Numbering levels inverted' },
	'metric.percent-mismatch': { zh: '比率与数据不符', en: 'Rate contradicts its counts' },
	'metric.sum-mismatch': { zh: '分项之和与总数不符', en: 'Parts do not add up to the total' },
	'metric.rate-over-100': { zh: '比率超过100%', en: 'Rate above 100%' },
	'metric.part-exceeds-whole': { zh: '分项大于总数', en: 'Part larger than its total' },
	'year.plan-year': { zh: '计划年份有误', en: 'Wrong plan year' },
	'year.period': { zh: '五年规划年份错配', en: 'Five-year plan year mismatch' },
	'text.conversion-artifact': { zh: '文档转换残留', en: 'Conversion residue' },
	'text.page-number': { zh: '残留的页码行', en: 'Stray page-number line' },
	'text.space-in-quantity': { zh: '数量中间有空格', en: 'Space inside a quantity' },
	'text.garbled-unit': { zh: '量词位置错乱', en: 'Measure word out of place' },
	'text.mixed-percent-sign': { zh: '百分号全角、半角混用', en: 'Full-width and half-width percent signs mixed' },
	'text.confusable': { zh: '易混淆词语', en: 'Commonly confused phrase' },
	'evidence.no-figures': { zh: '成效部分没有数据', en: 'Results without figures' },
	'evidence.hedging': { zh: '不足部分泛泛而谈', en: 'Shortcomings only hedged' },
};
