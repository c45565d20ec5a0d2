import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { ROOT } from '../helpers';

const json = (...path: string[]) => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

suite('catalogs: English and Chinese say the same things', () => {
	test('package.nls.json and package.nls.zh-cn.json have the same keys', () => {
		expect(Object.keys(json('package.nls.zh-cn.json')).sort()).toEqual(Object.keys(json('package.nls.json')).sort());
	});

	test('every %key% of the manifest is in package.nls.json', () => {
		const used = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((key) => !(key in json('package.nls.json')))).toEqual([]);
	});

	test('the l10n bundles have the same keys and keep every placeholder', () => {
		const en = json('l10n', 'bundle.l10n.json') as Record<string, string>;
		const zh = json('l10n', 'bundle.l10n.zh-cn.json') as Record<string, string>;
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries(en)) {
			// The English text is the key, as vscode.l10n.t expects.
			expect(value).toBe(key);
			expect(placeholders(zh[key]), key).toEqual(placeholders(key));
		}
	});

	test('the client uses exactly the messages of the bundle', () => {
		const dir = join(ROOT, 'client', 'src');
		const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
		const used = new Set([...source.matchAll(/\bmessages\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
		expect([...used].sort()).toEqual(Object.keys(json('l10n', 'bundle.l10n.json')).sort());
	});

	test('the status bar reads 报告: N 节 · M 项数据 in Chinese', () => {
		expect(json('l10n', 'bundle.l10n.zh-cn.json')['Report: {0} sections · {1} figures']).toBe('报告: {0} 节 · {1} 项数据');
	});
});
