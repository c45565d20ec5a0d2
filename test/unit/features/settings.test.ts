import { expect, suite, test } from 'vitest';
import { DEFAULT_SETTINGS, SettingsStore, toSettings } from '../../../server/src/settings';

// The per-resource settings the server hands to every feature (server.ts); tested here beside the features.
suite('settings', () => {
	test('known values are kept, anything else falls back to its default', () => {
		expect(toSettings({ messageLanguage: 'en', profile: 'gov-work-report' })).toEqual({ messageLanguage: 'en', profile: 'gov-work-report' });
		expect(toSettings({ messageLanguage: 'fr', profile: 42 })).toEqual(DEFAULT_SETTINGS);
		expect(toSettings(null)).toEqual(DEFAULT_SETTINGS);
	});

	test('fetched once per resource, again after a configuration change', async () => {
		const asked: string[] = [];
		const store = new SettingsStore({ fetch: async (uri) => (asked.push(uri), { messageLanguage: 'en' }), logError: () => undefined });
		expect(await store.get('file:///a.txt')).toEqual({ messageLanguage: 'en', profile: 'auto' });
		await store.get('file:///a.txt');
		await store.get('file:///b.txt');
		expect(asked).toEqual(['file:///a.txt', 'file:///b.txt']);
		store.changed(undefined);
		await store.get('file:///a.txt');
		expect(asked).toEqual(['file:///a.txt', 'file:///b.txt', 'file:///a.txt']);
	});

	test('a failing client means defaults, and the failure is logged', async () => {
		const errors: string[] = [];
		const store = new SettingsStore({ fetch: () => Promise.reject(new Error('no')), logError: (m) => errors.push(m) });
		expect(await store.get('file:///a.txt')).toEqual(DEFAULT_SETTINGS);
		expect(errors).toHaveLength(1);
	});

	test('without workspace/configuration the values pushed with didChangeConfiguration apply everywhere', async () => {
		const store = new SettingsStore({ logError: () => undefined });
		expect(await store.get('file:///a.txt')).toEqual(DEFAULT_SETTINGS);
		store.changed({ policyReport: { messageLanguage: 'zh-cn', profile: 'fazhi-annual' } });
		expect(await store.get('file:///b.txt')).toEqual({ messageLanguage: 'zh-cn', profile: 'fazhi-annual' });
	});
});
