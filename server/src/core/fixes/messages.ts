// The titles of quick fixes and of the actions around them, in Chinese and English, with identical keys (the same
// pattern as rules/messages.ts): the core stores a key and its arguments, each front end words it.
import { fillPlaceholders, type Language, type MessageArgs } from '../rules/messages';

const ZH = {
	'fix.renumber': '重新编排本级序号',
	'fix.insert-marker': '补上序号“{marker}”',
	'fix.restyle-marker': '改为“{marker}”',
	'fix.restyle-level': '本级序号改用“{sample}”的形式',
	'fix.full-width': '改用全角括号',
	'fix.remove-residue': '删除“{text}”',
	'fix.remove-line': '删除页码行“{text}”',
	'fix.remove-space': '删除“{text}”中的空格',
	'fix.replace': '改为“{right}”',
	'fix.insert-part': '插入“{heading}”部分',
	'action.fix-all': '修复所有可自动修复的问题',
	'action.disable-line': '在此处停用此规则（{rule}）',
	'action.disable-file': '在本文件中停用此规则（{rule}）',
} as const;

export type FixTitleKey = keyof typeof ZH;

const EN: Readonly<Record<FixTitleKey, string>> = {
	'fix.renumber': 'Renumber this level',
	'fix.insert-marker': 'Insert the number “{marker}”',
	'fix.restyle-marker': 'Change to “{marker}”',
	'fix.restyle-level': 'Number this level like “{sample}”',
	'fix.full-width': 'Use full-width brackets',
	'fix.remove-residue': 'Remove “{text}”',
	'fix.remove-line': 'Delete the page-number line “{text}”',
	'fix.remove-space': 'Remove the space in “{text}”',
	'fix.replace': 'Replace with “{right}”',
	'fix.insert-part': 'Insert the part “{heading}”',
	'action.fix-all': 'Fix all auto-fixable problems',
	'action.disable-line': 'Disable this rule here ({rule})',
	'action.disable-file': 'Disable this rule in this file ({rule})',
};

export const FIX_TITLES: Readonly<Record<Language, Readonly<Record<FixTitleKey, string>>>> = { zh: ZH, en: EN };

export function formatFixTitle(key: FixTitleKey, args: MessageArgs = {}, language: Language = 'zh'): string {
	return fillPlaceholders(FIX_TITLES[language][key], args);
}
