import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReport } from './decode';

/** Files named on the command line, and the .txt/.md files below named folders, sorted for a stable output. */
export function expandPaths(paths: readonly string[]): string[] {
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

/** A report's text, decoded, or why it cannot be had. */
export function readReport(file: string): { text: string } | { error: string } {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { error: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})` };
	}
	const decoded = decodeReport(bytes);
	return 'error' in decoded ? { error: decoded.error } : { text: decoded.text };
}
