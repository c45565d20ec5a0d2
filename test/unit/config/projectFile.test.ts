import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, suite, test } from 'vitest';
import { findProjectFile, parseProjectConfig, PROJECT_FILE, ProjectConfigStore } from '../../../server/src/config/projectFile';

const root = mkdtempSync(join(tmpdir(), 'prl-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(...parts: string[]): string {
	const dir = join(root, ...parts);
	mkdirSync(dir, { recursive: true });
	return dir;
}

suite('the project file', () => {
	test('the nearest .policyreportrc.json above a folder applies', () => {
		const top = folder('team');
		const deep = folder('team', 'reports', '2023');
		const other = folder('team', 'other');
		writeFileSync(join(top, PROJECT_FILE), '{}');
		writeFileSync(join(top, 'reports', PROJECT_FILE), '{}');
		expect(findProjectFile(deep)).toBe(join(top, 'reports', PROJECT_FILE));
		expect(findProjectFile(other)).toBe(join(top, PROJECT_FILE));
		expect(findProjectFile(folder('elsewhere'))).toBeNull();
	});

	test('rules, profile, setPhrases and confusables are read; anything misspelt is an error, not a silent no-op', () => {
		const config = { rules: { 'numbering.gap': 'error', 'evidence.*': 'warning' }, profile: 'gov-work-report', setPhrases: ['三个一百工程'], confusables: [{ wrong: '法制政府', right: '法治政府' }] };
		expect(parseProjectConfig(JSON.stringify(config))).toEqual({ config });
		expect(parseProjectConfig('{"rules": {"numbering.gpa": "off"}}')).toEqual({ error: expect.stringContaining('numbering.gpa') });
		expect(parseProjectConfig('{"rules": {"numbering.gap": "fatal"}}')).toEqual({ error: expect.stringContaining('numbering.gap') });
		expect(parseProjectConfig('{"profile": "annual"}')).toEqual({ error: expect.stringContaining('"profile"') });
		expect(parseProjectConfig('{"setPhrases": "八五普法"}')).toEqual({ error: expect.stringContaining('"setPhrases"') });
		expect(parseProjectConfig('{"confusables": [{"wrong": ""}]}')).toEqual({ error: expect.stringContaining('"confusables"') });
		expect(parseProjectConfig('{"rules": ')).toEqual({ error: expect.stringContaining('not valid JSON') });
		expect(parseProjectConfig('[]')).toEqual({ error: 'expected an object' });
	});

	test('the store reads a file again when it changes, and forgets it when it goes', () => {
		const dir = folder('store');
		const file = join(dir, PROJECT_FILE);
		const store = new ProjectConfigStore();
		expect(store.load(dir)).toEqual({ path: null, config: {}, error: null });
		writeFileSync(file, '{"rules": {"numbering.gap": "off"}}');
		expect(store.load(dir).config).toEqual({ rules: { 'numbering.gap': 'off' } });
		writeFileSync(file, '{"rules": {"numbering.gap": "hint"}}');
		// Same size: only the modification time tells the edit apart.
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect(store.load(dir).config).toEqual({ rules: { 'numbering.gap': 'hint' } });
		writeFileSync(file, '{"rules": ');
		expect(store.load(dir)).toEqual({ path: file, config: {}, error: expect.stringContaining(`${file}: not valid JSON`) });
		rmSync(file);
		expect(store.load(dir).path).toBeNull();
	});

	test('a BOM before the JSON is fine', () => {
		const dir = folder('bom');
		writeFileSync(join(dir, PROJECT_FILE), '\ufeff{"profile": "fazhi-annual"}');
		expect(new ProjectConfigStore().load(dir).config).toEqual({ profile: 'fazhi-annual' });
	});
});
