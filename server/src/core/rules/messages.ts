// Every text a user reads from the rules: messages (with {placeholders}) and the reason behind each rule, in Chinese
// and English. Both catalogs have the same keys, so a message can never exist in one language only.

export type Language = 'zh' | 'en';
export type MessageArgs = Readonly<Record<string, string | number>>;

const ZH = {
	'part.measures_results': '主要举措和成效',
	'part.shortcomings': '存在的不足和原因',
	'part.first_responsibility': '党政主要负责人履行推进法治建设第一责任人职责情况',
	'part.next_year_plan': '下一年度推进法治政府建设的主要安排',
	'part.other': '其他需要报告的情况',
	'part.review': '上一年工作回顾',
	'part.annual_plan': '本年度工作安排',
	'part.gov_self_building': '政府自身建设',
	'structure.missing-section': '缺少“{part}”部分',
	'structure.missing-section.mentioned': '缺少“{part}”部分：只在正文第{lines}行提到，没有标题覆盖它',
	'structure.no-causes': '“{title}”列出了不足，但没有分析原因',
	'numbering.gap': '序号不连续：缺少“{missing}”，此处为“{marker}”',
	'numbering.duplicate': '序号重复：同级已有“{marker}”',
	'numbering.order': '序号顺序错乱：此处应为“{expected}”，却是“{marker}”',
	'numbering.mixed-style': '序号样式不一致：同级标题写作“{sample}”，此处为“{marker}”',
	'numbering.width-mix': '序号全角、半角混用：同级标题写作“{sample}”，此处为“{marker}”',
	'numbering.unmarked-heading': '标题缺少序号，按顺序应为“{expected}”',
	'numbering.level-order': '层次序号倒置：“{marker}”位于“{parent}”之下，应依次使用“一、”“（一）”“1.”“（1）”',
	'metric.percent-mismatch': '比率与数据不符：{part}÷{whole}={computed}%，文中为{stated}',
	'metric.sum-mismatch': '分项之和与总数不符：{parts}={sum}，总数为{total}',
	'metric.rate-over-100': '{label}超过100%：{stated}',
	'metric.part-exceeds-whole': '“其中”的分项{part}大于总数{whole}',
	'year.plan-year': '计划年份有误：{reportYear}年度的报告应安排{expected}年的工作，标题写的是{stated}年',
	'year.period': '{year}年不是“{plan}”的{phase}（应为{expected}年）',
	'text.conversion-artifact': '文档转换残留：“{text}”',
	'text.page-number': '残留的页码行：“{text}”',
	'text.space-in-quantity': '数量中间有空格：“{text}”',
	'text.garbled-unit': '量词位置错乱：“{text}”应为“{fixed}”',
	'text.mixed-percent-sign': '百分号全角“％”与半角“%”混用，此处为“{sign}”',
	'text.confusable': '“{wrong}”应为“{right}”',
	'evidence.no-figures': '“{title}”部分没有任何数据支撑',
	'evidence.hedging': '“{title}”部分多为“有待进一步”“还需加强”一类表述，没有指出具体问题',
	'phase.start': '开局之年',
	'phase.end': '收官之年',
} as const;

export type MessageKey = keyof typeof ZH;

const EN: Readonly<Record<MessageKey, string>> = {
	'part.measures_results': 'main measures and results',
	'part.shortcomings': 'shortcomings and their causes',
	'part.first_responsibility': 'how the principal leaders performed their duty as first responsible person for rule-of-law building',
	'part.next_year_plan': 'the plan for the next year',
	'part.other': 'other matters',
	'part.review': 'the review of the past year',
	'part.annual_plan': 'the plan for this year',
	'part.gov_self_building': 'the government\'s own work',
	'structure.missing-section': 'The report has no part on {part}',
	'structure.missing-section.mentioned': 'The report has no part on {part}: only body text mentions it (line {lines})',
	'structure.no-causes': '“{title}” names shortcomings but gives no causes',
	'numbering.gap': 'Numbering gap: “{missing}” is missing before “{marker}”',
	'numbering.duplicate': 'Duplicate number: “{marker}” is already used at this level',
	'numbering.order': 'Numbers out of order: “{marker}” stands where “{expected}” is expected',
	'numbering.mixed-style': 'Mixed numbering style: siblings are numbered like “{sample}”, this one “{marker}”',
	'numbering.width-mix': 'Full-width and half-width markers mixed: siblings are written like “{sample}”, this one “{marker}”',
	'numbering.unmarked-heading': 'Heading without a number: it should be “{expected}”',
	'numbering.level-order': 'Numbering levels inverted: “{marker}” stands under “{parent}”; the order is “一、”, “（一）”, “1.”, “（1）”',
	'metric.percent-mismatch': 'Rate contradicts its counts: {part} / {whole} = {computed}%, the text says {stated}',
	'metric.sum-mismatch': 'Parts do not add up to the total: {parts} = {sum}, the total is {total}',
	'metric.rate-over-100': '{label} above 100%: {stated}',
	'metric.part-exceeds-whole': 'A part ({part}) is larger than its total ({whole})',
	'year.plan-year': 'Wrong plan year: a report on {reportYear} plans the work of {expected}, the heading says {stated}',
	'year.period': '{year} is not the {phase} of “{plan}” (that is {expected})',
	'text.conversion-artifact': 'Conversion residue: “{text}”',
	'text.page-number': 'Stray page-number line: “{text}”',
	'text.space-in-quantity': 'Space inside a quantity: “{text}”',
	'text.garbled-unit': 'Measure word out of place: “{text}” should read “{fixed}”',
	'text.mixed-percent-sign': 'Full-width “％” and half-width “%” are both used; this one is “{sign}”',
	'text.confusable': '“{wrong}” should read “{right}”',
	'evidence.no-figures': 'The part “{title}” gives no figures',
	'evidence.hedging': 'The part “{title}” is mostly hedges (有待进一步, 还需加强) and names no concrete problem',
	'phase.start': 'first year',
	'phase.end': 'final year',
};

const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { zh: ZH, en: EN };

/** Fills a message's {placeholders}; an unknown placeholder is left as written so a gap shows instead of vanishing. */
export function formatMessage(key: MessageKey, args: MessageArgs = {}, language: Language = 'zh'): string {
	return fillPlaceholders(CATALOGS[language][key], args);
}

/** Fills a template's {placeholders}; an unknown one is left as written, so a gap shows instead of vanishing. */
export function fillPlaceholders(template: string, args: MessageArgs): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export interface RuleReason {
	zh: string;
	en: string;
}

/** Why each rule exists, citing the standard or regulation behind it where there is one. */
export const RULE_REASONS: Readonly<Record<string, RuleReason>> = {
	'structure.missing-section': {
		zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告一般包括：主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度主要安排。',
		en: 'The 2019 Regulation on Rule-of-Law Government Inspection (法治政府建设与责任落实督察工作规定, 厅字〔2019〕28号) asks the annual report to cover measures and results, shortcomings and causes, the principal leaders\' first-responsibility duty, and the next year\'s plan.',
	},
	'structure.no-causes': {
		zh: '《法治政府建设与责任落实督察工作规定》（2019）要求报告“存在的不足和原因”，只列问题不析原因不符合要求。',
		en: 'The 2019 regulation asks for shortcomings and their causes; listing problems without causes falls short of it.',
	},
	'numbering.gap': {
		zh: 'GB/T 9704-2012《党政机关公文格式》7.3.3：同一层次的序号应连续。',
		en: 'GB/T 9704-2012 (Layout key for official documents), 7.3.3: numbers within one level run in sequence.',
	},
	'numbering.duplicate': {
		zh: 'GB/T 9704-2012 7.3.3：同一层次的序号不应重复。',
		en: 'GB/T 9704-2012, 7.3.3: a number is used once within one level.',
	},
	'numbering.order': {
		zh: 'GB/T 9704-2012 7.3.3：同一层次的序号应按顺序排列。',
		en: 'GB/T 9704-2012, 7.3.3: numbers within one level are in ascending order.',
	},
	'numbering.mixed-style': {
		zh: 'GB/T 9704-2012 7.3.3：同一层次应使用同一种序号形式（“一、”“（一）”“1.”“（1）”）。',
		en: 'GB/T 9704-2012, 7.3.3: one level uses one form of number (“一、”, “（一）”, “1.”, “（1）”).',
	},
	'numbering.width-mix': {
		zh: 'GB/T 9704-2012 7.3.3 的序号“（一）”“（1）”使用全角括号；同级标题不应全角、半角混用。',
		en: 'GB/T 9704-2012, 7.3.3 writes “（一）” and “（1）” with full-width brackets; siblings should not mix widths.',
	},
	'numbering.unmarked-heading': {
		zh: 'GB/T 9704-2012 7.3.3：结构层次序号依次用“一、”“（一）”“1.”“（1）”标注；编号序列中的标题不应缺少序号。',
		en: 'GB/T 9704-2012, 7.3.3: structural levels are numbered; a heading inside a numbered run needs its number.',
	},
	'numbering.level-order': {
		zh: 'GB/T 9704-2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。',
		en: 'GB/T 9704-2012, 7.3.3: structural levels are numbered “一、”, then “（一）”, then “1.”, then “（1）”.',
	},
	'metric.percent-mismatch': {
		zh: '比率应与其所依据的数据一致；按文中保留的位数四舍五入或截断后相符即可。',
		en: 'A rate must agree with the counts it is computed from, to the digits the text shows (rounded or truncated).',
	},
	'metric.sum-mismatch': {
		zh: '互斥且完整的分项（如受理与不予受理、胜诉与败诉）之和应等于总数。',
		en: 'Exhaustive, exclusive parts (accepted and not accepted, won and lost) add up to the stated total.',
	},
	'metric.rate-over-100': {
		zh: '完成率、结案率、占比等比率不可能超过100%；增长率不在此列。',
		en: 'A completion rate, closure rate or share cannot exceed 100%; growth rates are not such rates.',
	},
	'metric.part-exceeds-whole': {
		zh: '“其中”引出的分项是总数的一部分，不能大于总数。',
		en: 'A part introduced by 其中 is a subset of the total and cannot exceed it.',
	},
	'year.plan-year': {
		zh: '法治政府建设年度报告总结上一年度工作并部署下一年度工作（《法治政府建设与责任落实督察工作规定》）；政府工作报告部署的是当年工作。',
		en: 'The annual rule-of-law report reviews one year and plans the next (2019 regulation); a government work report plans its own year.',
	},
	'year.period': {
		zh: '五年规划的起止年份是固定的（“十四五”为2021—2025年），开局之年、收官之年不能错配。',
		en: 'Five-year plans have fixed years (the 14th runs 2021–2025); their first and final years cannot move.',
	},
	'text.conversion-artifact': {
		zh: 'Word 书签、域代码、超链接代码、私用区字符等是文档转换留下的残留，不是报告正文。',
		en: 'Word bookmarks, field codes, hyperlink codes and private-use glyphs are conversion residue, not report text.',
	},
	'text.page-number': {
		zh: '“— 12 —”一类页码行是版面元素，转换为文本后应删除。',
		en: 'Page-number lines such as “— 12 —” belong to the page layout and should go when converted to text.',
	},
	'text.space-in-quantity': {
		zh: 'GB/T 15835-2011《出版物上数字用法》：数值与计量单位、量词应连写，中间不加空格。',
		en: 'GB/T 15835-2011 (Use of numbers in publications): a number and its unit or measure word are written together.',
	},
	'text.garbled-unit': {
		zh: '汉语数量结构为“数词+量词+名词”（1起案件），量词不能置于名词之后。',
		en: 'Chinese quantities read number + measure word + noun (1起案件); the measure word cannot follow the noun.',
	},
	'text.mixed-percent-sign': {
		zh: 'GB/T 15835-2011：同一文本中数字与符号的用法应保持一致。',
		en: 'GB/T 15835-2011: numbers and their signs are written one way throughout a text.',
	},
	'text.confusable': {
		zh: '公文中易混淆的词语，如“截至”表示到某一时间为止（截至目前），“截止”表示到期停止，不带时间宾语。',
		en: 'Phrases commonly confused in official writing; e.g. 截至 means “up to” a time (截至目前), 截止 means “to close” and takes no time object.',
	},
	'evidence.no-figures': {
		zh: '“主要举措和成效”应以数据说明成效，没有任何数据的成效部分难以核实。',
		en: 'A measures-and-results part should show results with figures; one without any cannot be verified.',
	},
	'evidence.hedging': {
		zh: '“存在的不足”应指出具体问题，而不是泛泛而谈“有待进一步加强”。',
		en: 'A shortcomings part should name concrete problems rather than hedge (有待进一步加强).',
	},
};
