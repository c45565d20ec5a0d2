import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Joins report lines with LF, like the seeds. */
export function lines(...text: string[]): string {
	return text.join('\n');
}

export function readSeed(prefix: string): string {
	const name = ['000_127523993d1b692c', '001_1867eea4f21729fd', '002_1a52504bc4d5246d', '003_bb0d26e07b32a41b', '004_8a7a72f55b4861e6'].find((s) => s.startsWith(prefix));
	if (!name) {
		throw new Error(`no seed ${prefix}`);
	}
	return readFileSync(join(ROOT, 'seeds', `${name}.txt`), 'utf8');
}
