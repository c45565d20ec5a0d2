import { expect, suite, test } from 'vitest';
import { CATALOGS, messagesFor, pickLanguage } from '../../../server/src/messages';

const placeholders = (message: string) => [...message.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

suite('messages', () => {
	test('the Chinese and English catalogs have the same keys', () => {
		expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(CATALOGS['zh-cn']).sort());
	});

	test('each message takes the same placeholders in both languages, and none is empty', () => {
		for (const [key, zh] of Object.entries(CATALOGS['zh-cn'])) {
			const en = CATALOGS.en[key as keyof typeof CATALOGS.en];
			expect(placeholders(en), key).toEqual(placeholders(zh));
			expect(zh.trim(), key).not.toBe('');
			expect(en.trim(), key).not.toBe('');
		}
	});

	test('placeholders are filled in order', () => {
		expect(messagesFor('zh-cn').t('hover.heading.position', 2, 7)).toBe('位置：第 2 / 共 7 项');
		expect(messagesFor('en').t('hover.heading.position', 2, 7)).toBe('Position: 2 of 7');
	});

	test('the display language: zh locales and a missing locale give Chinese, others English, the setting overrides', () => {
		expect(pickLanguage('auto', 'zh-cn')).toBe('zh-cn');
		expect(pickLanguage('auto', 'zh-TW')).toBe('zh-cn');
		expect(pickLanguage('auto', undefined)).toBe('zh-cn');
		expect(pickLanguage('auto', 'en')).toBe('en');
		expect(pickLanguage('auto', 'de')).toBe('en');
		expect(pickLanguage('en', 'zh-cn')).toBe('en');
		expect(pickLanguage('zh-cn', 'en-US')).toBe('zh-cn');
	});
});
