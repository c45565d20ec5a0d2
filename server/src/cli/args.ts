import type { Severity } from '../core/types';
import { pickLanguage, type Language } from './textOutput';

export const USAGE = `usage: policy-report analyze <files|folders…> [--format text|json] [--lang zh|en]
       policy-report check <files|folders…> [--format text|json|sarif] [--fail-on error|warning] [--lang zh|en]
  folders are searched for .txt and .md files; each file follows the nearest .policyreportrc.json above it
  check exits 1 when a finding is at or above --fail-on (default error), 2 when a file cannot be read`;

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface Options {
	command: 'analyze' | 'check';
	paths: string[];
	format: OutputFormat;
	language: Language;
	failOn: Extract<Severity, 'error' | 'warning'>;
}

const FORMATS: Readonly<Record<Options['command'], readonly OutputFormat[]>> = { analyze: ['text', 'json'], check: ['text', 'json', 'sarif'] };

/** The options, or the text to print: the usage for --help, an error otherwise. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Options | string {
	const [command, ...rest] = argv;
	if (command !== 'analyze' && command !== 'check') {
		return command === undefined || command === '--help' || command === '-h' ? USAGE : `unknown command: ${command}\n${USAGE}`;
	}
	const options: Options = { command, paths: [], format: 'text', language: pickLanguage(env), failOn: 'error' };
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		const value = rest[i + 1];
		if (arg === '--format' && FORMATS[command].includes(value as OutputFormat)) {
			options.format = value as OutputFormat;
		} else if (arg === '--lang' && (value === 'zh' || value === 'en')) {
			options.language = value;
		} else if (arg === '--fail-on' && command === 'check' && (value === 'error' || value === 'warning')) {
			options.failOn = value;
		} else if (arg === '--format' || arg === '--lang' || (arg === '--fail-on' && command === 'check')) {
			return `bad value for ${arg}: ${value ?? '(missing)'}\n${USAGE}`;
		} else if (arg.startsWith('--')) {
			return `unknown option: ${arg}\n${USAGE}`;
		} else {
			options.paths.push(arg);
			continue;
		}
		i++;
	}
	return options.paths.length > 0 ? options : `no files given\n${USAGE}`;
}
