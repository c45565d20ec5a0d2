/** The server's user-facing strings. `{0}`, `{1}` are filled in by `Messages.t`. */
const zhCn = {
	'hover.metric.title': '**数据**：{0}',
	'hover.metric.value': '数值：{0}',
	'hover.metric.unit': '单位：{0}',
	'hover.metric.kind': '类型：{0}',
	'hover.metric.label': '指标：{0}',
	'hover.metric.arithmetic': '计算：{0}',
	'hover.heading.title': '**标题**：{0}',
	'hover.heading.level': '层级：第 {0} 级',
	'hover.heading.position': '位置：第 {0} / 共 {1} 项',
	'hover.section': '章节：{0}',
	'hover.rule': '**规则** {0}：{1}',
	'list.separator': '、',
	'qualifier.about': '约 {0}',
	'qualifier.nearly': '接近 {0}',
	'qualifier.moreThan': '超过 {0}',
	'qualifier.atLeast': '不少于 {0}',
	'qualifier.lessThan': '不足 {0}',
	'qualifier.atMost': '不超过 {0}',
	'kind.count': '计数',
	'kind.money': '金额',
	'kind.percent': '百分比',
	'kind.rate_change': '增减幅度',
	'kind.duration': '时长',
	'kind.measure': '度量',
	'kind.rank': '排名',
	'kind.ratio': '比例',
};

export type MessageKey = keyof typeof zhCn;

// Typed against the Chinese keys, so a key missing or added on one side is a compile error (and a unit test).
const en: Record<MessageKey, string> = {
	'hover.metric.title': '**Figure**: {0}',
	'hover.metric.value': 'Value: {0}',
	'hover.metric.unit': 'Unit: {0}',
	'hover.metric.kind': 'Kind: {0}',
	'hover.metric.label': 'Counts: {0}',
	'hover.metric.arithmetic': 'Arithmetic: {0}',
	'hover.heading.title': '**Heading**: {0}',
	'hover.heading.level': 'Level: {0}',
	'hover.heading.position': 'Position: {0} of {1}',
	'hover.section': 'Section: {0}',
	'hover.rule': '**Rule** {0}: {1}',
	'list.separator': ', ',
	'qualifier.about': 'about {0}',
	'qualifier.nearly': 'nearly {0}',
	'qualifier.moreThan': 'more than {0}',
	'qualifier.atLeast': 'at least {0}',
	'qualifier.lessThan': 'less than {0}',
	'qualifier.atMost': 'at most {0}',
	'kind.count': 'count',
	'kind.money': 'amount of money',
	'kind.percent': 'percentage',
	'kind.rate_change': 'rate of change',
	'kind.duration': 'duration',
	'kind.measure': 'measure',
	'kind.rank': 'rank',
	'kind.ratio': 'ratio',
};

export type MessageLanguage = 'zh-cn' | 'en';

export const CATALOGS: Readonly<Record<MessageLanguage, Readonly<Record<MessageKey, string>>>> = { 'zh-cn': zhCn, en };

export interface Messages {
	language: MessageLanguage;
	t(key: MessageKey, ...args: (string | number)[]): string;
}

export function messagesFor(language: MessageLanguage): Messages {
	const catalog = CATALOGS[language];
	return {
		language,
		t: (key, ...args) => catalog[key].replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole)),
	};
}

/**
 * The setting wins; otherwise the editor's display language (`initialize.locale`). The reports are Chinese, so a
 * client that sends no locale gets Chinese.
 */
export function pickLanguage(setting: 'auto' | MessageLanguage, locale: string | undefined): MessageLanguage {
	if (setting !== 'auto') {
		return setting;
	}
	return !locale || locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
