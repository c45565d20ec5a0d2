import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';

const root = join(__dirname, '..', '..');
const shared = join(root, '..', 'shared');
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

suite('fixtures: seeds and gold labels', () => {
	test('five seeds are present', () => {
		expect(seeds).toHaveLength(5);
	});

	test.each(seeds)('%s matches the sha256 its gold labels were made for', (seed) => {
		const hash = createHash('sha256').update(readFileSync(join(root, 'seeds', seed))).digest('hex');
		const stem = seed.slice(0, -4);
		for (const kind of ['headings', 'metrics']) {
			const gold = JSON.parse(readFileSync(join(root, 'test', 'gold', `${stem}.${kind}.json`), 'utf8')) as { text_sha256: string };
			expect(gold.text_sha256, `${stem}.${kind}.json`).toBe(hash);
		}
	});

	// The conventions ask for this comparison where ../shared exists (CI has it beside the project); elsewhere the
	// sha256 test above still ties the labels to the seeds.
	if (existsSync(shared)) {
		test('seeds and gold files are byte-identical to ../shared', () => {
			for (const seed of seeds) {
				expect(readFileSync(join(root, 'seeds', seed)).equals(readFileSync(join(shared, 'seeds', seed))), seed).toBe(true);
			}
			for (const file of readdirSync(join(shared, 'gold'))) {
				expect(readFileSync(join(root, 'test', 'gold', file)).equals(readFileSync(join(shared, 'gold', file))), file).toBe(true);
			}
		});
	}
});
