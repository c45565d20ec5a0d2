import { ProjectConfigStore } from '../config/projectFile';
import { parseArgs, USAGE, type Options } from './args';
import { checkExitCode, formatCheckText } from './check';
import { expandPaths } from './files';
import { checkFile, type FileResult } from './report';
import { toSarif } from './sarif';
import { formatText } from './textOutput';

function main(argv: readonly string[]): number {
	const options = parseArgs(argv, process.env);
	if (typeof options === 'string') {
		const isHelp = options === USAGE;
		(isHelp ? process.stdout : process.stderr).write(options + '\n');
		return isHelp ? 0 : 2;
	}
	const projects = new ProjectConfigStore();
	const results = expandPaths(options.paths).map((file) => checkFile(file, options.language, projects));
	write(results, options);
	return options.command === 'check' ? checkExitCode(results, options.failOn) : results.every((r) => r.ok) ? 0 : 2;
}

function write(results: readonly FileResult[], options: Options): void {
	if (options.format === 'json') {
		process.stdout.write(JSON.stringify(results.map((r) => r.json), null, 2) + '\n');
		return;
	}
	if (options.format === 'sarif') {
		process.stdout.write(JSON.stringify(toSarif(results, options.language), null, 2) + '\n');
		return;
	}
	for (const result of results) {
		if (!result.ok) {
			process.stderr.write(`${result.file}: ${result.json.error}\n`);
		} else if (options.command === 'check') {
			process.stdout.write(formatCheckText(result).map((line) => line + '\n').join(''));
		} else {
			process.stdout.write(formatText(result.json, options.language) + '\n');
		}
	}
}

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not a failure to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2));
