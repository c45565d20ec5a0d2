import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { analyzeReport } from '../core/analyze';
import { toReportJson, type ReportJson, type ReportJsonError } from '../core/json';
import { checkReport } from '../core/rules';
import type { ReportFormat } from '../core/types';
import { decodeReport } from './decode';
import { formatText, pickLanguage, type Language } from './textOutput';

const USAGE = `usage: policy-report analyze <files|folders…> [--format text|json] [--lang zh|en]
  folders are searched for .txt and .md files`;

interface Options {
	command: string;
	paths: string[];
	format: 'text' | 'json';
	language: Language;
}

function parseArgs(argv: readonly string[]): Options | string {
	const [command, ...rest] = argv;
	if (command !== 'analyze') {
		return command === undefined || command === '--help' || command === '-h' ? USAGE : `unknown command: ${command}\n${USAGE}`;
	}
	const options: Options = { command, paths: [], format: 'text', language: pickLanguage(process.env) };
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--format' || arg === '--lang') {
			const value = rest[++i];
			if (arg === '--format' && (value === 'text' || value === 'json')) {
				options.format = value;
			} else if (arg === '--lang' && (value === 'zh' || value === 'en')) {
				options.language = value;
			} else {
				return `bad value for ${arg}: ${value ?? '(missing)'}\n${USAGE}`;
			}
		} else if (arg.startsWith('--')) {
			return `unknown option: ${arg}\n${USAGE}`;
		} else {
			options.paths.push(arg);
		}
	}
	return options.paths.length > 0 ? options : `no files given\n${USAGE}`;
}

/** Files named on the command line, and the .txt/.md files below named folders, sorted for a stable output. */
function expandPaths(paths: readonly string[]): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				walk(full);
			} else if (/\.(txt|md)$/i.test(name)) {
				files.push(full);
			}
		}
	};
	for (const path of paths) {
		try {
			if (statSync(path).isDirectory()) {
				walk(path);
				continue;
			}
		} catch {
			// a missing path is reported when it is read
		}
		files.push(path);
	}
	return files;
}

function analyzeFile(file: string, language: Language): { json: ReportJson | ReportJsonError; ok: boolean } {
	const name = relative(process.cwd(), file) || file;
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { json: { version: 1, file: name, error: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})` }, ok: false };
	}
	const decoded = decodeReport(bytes);
	if ('error' in decoded) {
		return { json: { version: 1, file: name, error: decoded.error }, ok: false };
	}
	const format: ReportFormat = extname(file).toLowerCase() === '.md' ? 'markdown' : 'text';
	const analysis = analyzeReport(decoded.text, { format });
	return { json: toReportJson(analysis, { file: name, findings: checkReport(analysis, { language }) }), ok: true };
}

function main(argv: readonly string[]): number {
	const options = parseArgs(argv);
	if (typeof options === 'string') {
		const isHelp = options === USAGE;
		(isHelp ? process.stdout : process.stderr).write(options + '\n');
		return isHelp ? 0 : 2;
	}
	const results = expandPaths(options.paths).map((file) => analyzeFile(file, options.language));
	if (options.format === 'json') {
		process.stdout.write(JSON.stringify(results.map((r) => r.json), null, 2) + '\n');
	} else {
		for (const { json } of results) {
			if ('error' in json) {
				process.stderr.write(`${json.file}: ${json.error}\n`);
			} else {
				process.stdout.write(formatText(json, options.language) + '\n');
			}
		}
	}
	return results.every((r) => r.ok) ? 0 : 2;
}

process.exitCode = main(process.argv.slice(2));
