import { dirname, extname, relative } from 'node:path';
import { resolveOptions } from '../config/options';
import type { ProjectConfigStore } from '../config/projectFile';
import { analyzeReport } from '../core/analyze';
import { toReportJson, type ReportJson, type ReportJsonError } from '../core/json';
import { checkReport } from '../core/rules';
import type { Finding, ReportAnalysis } from '../core/types';
import { readReport } from './files';
import type { Language } from './textOutput';

/** One file on the command line: analyzed and checked, or the error that stopped it. */
export type FileResult =
	| { ok: true; file: string; analysis: ReportAnalysis; findings: Finding[]; json: ReportJson }
	| { ok: false; file: string; json: ReportJsonError };

/** Reads, analyzes and checks one file with the project file that applies to it, as the editor would. */
export function checkFile(path: string, language: Language, projects: ProjectConfigStore): FileResult {
	const file = (relative(process.cwd(), path) || path).split('\\').join('/');
	const failed = (error: string): FileResult => ({ ok: false, file, json: { version: 1, file, error } });
	const read = readReport(path);
	if ('error' in read) {
		return failed(read.error);
	}
	const project = projects.load(dirname(path));
	if (project.error) {
		return failed(project.error);
	}
	const options = resolveOptions(project.config);
	const analysis = analyzeReport(read.text, { ...options.analyze, format: extname(path).toLowerCase() === '.md' ? 'markdown' : 'text' });
	const findings = checkReport(analysis, { ...options.check, language });
	return { ok: true, file, analysis, findings, json: toReportJson(analysis, { file, findings }) };
}
