import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, suite, test } from 'vitest';
import { decodeReport } from '../../../server/src/cli/decode';
import { analyzeReport } from '../../../server/src/core/analyze';
import { toReportJson } from '../../../server/src/core/json';

const root = join(__dirname, '..', '..', '..');
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

function jsonOf(bytes: Uint8Array) {
	const decoded = decodeReport(bytes);
	if ('error' in decoded) {
		throw new Error(decoded.error);
	}
	return toReportJson(analyzeReport(decoded.text), { file: 'same' });
}

suite('encodings and line ends give the same analysis', () => {
	test.each(seeds)('%s: CRLF, BOM and GB18030 copies equal the UTF-8 LF original', (seed) => {
		const original = readFileSync(join(root, 'seeds', seed));
		const text = original.toString('utf8');
		const expected = jsonOf(original);
		expect(expected.sections.length, `${seed}: has sections`).toBeGreaterThan(0);
		expect(expected.metrics.length, `${seed}: has metrics`).toBeGreaterThan(0);
		const crlf = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
		const cr = Buffer.from(text.replace(/\n/g, '\r'), 'utf8');
		const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]);
		const gb = iconv.encode(text, 'gb18030');
		expect(gb.equals(original), 'the GB18030 copy differs in bytes').toBe(false);
		expect(jsonOf(crlf), `${seed} CRLF`).toEqual(expected);
		expect(jsonOf(cr), `${seed} CR`).toEqual(expected);
		expect(jsonOf(bom), `${seed} BOM`).toEqual(expected);
		expect(jsonOf(gb), `${seed} GB18030`).toEqual(expected);
	});

	test('a BOM left in the text is not text: columns stay as without it', () => {
		const withBom = analyzeReport('\ufeff一、总体情况\n（一）受理案件55件。');
		const without = analyzeReport('一、总体情况\n（一）受理案件55件。');
		expect(toReportJson(withBom, { file: 'x' })).toEqual(toReportJson(without, { file: 'x' }));
	});
});

suite('bad input gets a clear message', () => {
	test('binary data', () => {
		expect(decodeReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toEqual({ error: 'binary data, not a text report' });
	});

	test('bytes that are neither UTF-8 nor GB18030', () => {
		expect(decodeReport(new Uint8Array([0xe4, 0xb8, 0x80, 0xff, 0xff, 0x41]))).toEqual({ error: 'text in an unknown encoding (neither UTF-8 nor GB18030)' });
	});

	test('UTF-16 with a BOM is decoded', () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体情况', 'utf16le')]);
		expect(decodeReport(bytes)).toEqual({ text: '一、总体情况', encoding: 'utf-16le' });
	});
});
