import { expect, suite, test } from 'vitest';
import { resolveOptions, type EditorSettings } from '../../../server/src/config/options';
import type { ProjectConfig } from '../../../server/src/config/projectFile';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import { toSettings } from '../../../server/src/settings';
import { lines } from '../helpers';
import { HEAD, PARTS } from '../rules/helpers';

const body = [PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法。推行3个100工作法，全年审查文件12件。', ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan];
const text = lines(...HEAD, ...body);

/** The gap's severity with each layer of control, as the server and the CLI merge them; undefined when it is off. */
function gap(source: string, project: ProjectConfig = {}, settings: EditorSettings = {}): string | undefined {
	const options = resolveOptions(project, settings);
	return checkReport(analyzeReport(source, options.analyze), options.check).find((f) => f.rule === 'numbering.gap')?.severity;
}

suite('precedence: default < settings < project file < inline comments', () => {
	test('each layer overrides the one below it', () => {
		expect(gap(text)).toBe('warning');
		expect(gap(text, {}, { rules: { 'numbering.gap': 'error' } })).toBe('error');
		expect(gap(text, { rules: { 'numbering.gap': 'hint' } }, { rules: { 'numbering.gap': 'error' } })).toBe('hint');
		const inline = lines(...HEAD, PARTS.measures[0], '（一）健全制度体系', '<!-- policy-report-disable-next-line numbering.gap -->', ...body.slice(2));
		expect(gap(inline, { rules: { 'numbering.gap': 'error' } }, { rules: { 'numbering.gap': 'error' } })).toBeUndefined();
	});

	test('off at any level means nothing reported; a lower level cannot switch it back on', () => {
		expect(gap(text, {}, { rules: { 'numbering.gap': 'off' } })).toBeUndefined();
		expect(gap(text, { rules: { 'numbering.gap': 'off' } }, { rules: { 'numbering.gap': 'error' } })).toBeUndefined();
		expect(gap(text, { rules: { 'numbering.gap': 'warning' } }, { rules: { 'numbering.gap': 'off' } })).toBe('warning');
	});

	test('a group in the project file wins over a rule id in the settings', () => {
		expect(gap(text, { rules: { 'numbering.*': 'off' } }, { rules: { 'numbering.gap': 'error' } })).toBeUndefined();
		expect(gap(text, { rules: { 'numbering.*': 'information' } }, { rules: { 'numbering.gap': 'error', 'numbering.*': 'hint' } })).toBe('information');
		// Within one level the id still wins over its group.
		expect(gap(text, { rules: { 'numbering.*': 'off', 'numbering.gap': 'error' } })).toBe('error');
	});

	test('the profile: project file over settings over detection', () => {
		expect(resolveOptions({}, { profile: 'auto' }).analyze.profile).toBeUndefined();
		expect(resolveOptions({}, { profile: 'gov-work-report' }).analyze.profile).toBe('gov-work-report');
		expect(resolveOptions({ profile: 'fazhi-annual' }, { profile: 'gov-work-report' }).analyze.profile).toBe('fazhi-annual');
	});

	test('set phrases reach the analysis, confusables the rules', () => {
		const options = resolveOptions({ setPhrases: ['3个100工作法'], confusables: [{ wrong: '行政执法。推行', right: '行政执法。推进' }] });
		expect(analyzeReport(text).metrics.map((m) => m.text)).toContain('3个');
		const analysis = analyzeReport(text, options.analyze);
		expect(analysis.metrics.map((m) => m.text)).not.toContain('3个');
		expect(checkReport(analysis, options.check).map((f) => f.rule)).toContain('text.confusable');
	});

	test('policyReport.rules from the client: known settings kept, the rest dropped', () => {
		expect(toSettings({ rules: { 'numbering.gap': 'off', 'text.*': 'error', 'year.period': 'loud', x: 3 } }).rules).toEqual({ 'numbering.gap': 'off', 'text.*': 'error' });
		expect(toSettings({ rules: 'off' }).rules).toBeUndefined();
	});
});
