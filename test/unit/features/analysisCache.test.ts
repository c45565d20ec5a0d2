import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { AnalysisCache, formatOf } from '../../../server/src/analysisCache';

// The cache every feature reads its analysis from (server.ts); tested here beside the features.
suite('analysis cache', () => {
	const doc = (uri: string, version: number, text = '一、总体情况\n正文。', languageId = 'policy-report') => TextDocument.create(uri, languageId, version, text);

	test('one analysis per document version and options', () => {
		const cache = new AnalysisCache(4);
		const first = cache.get(doc('file:///a.txt', 1), { format: 'text' });
		expect(cache.get(doc('file:///a.txt', 1), { format: 'text' })).toBe(first);
		expect(cache.get(doc('file:///a.txt', 2), { format: 'text' })).not.toBe(first);
		const v2 = cache.get(doc('file:///a.txt', 2), { format: 'text' });
		expect(cache.get(doc('file:///a.txt', 2), { format: 'text', profile: 'gov-work-report' })).not.toBe(v2);
	});

	test('a closed document is evicted', () => {
		const cache = new AnalysisCache(4);
		const first = cache.get(doc('file:///a.txt', 1), { format: 'text' });
		cache.remove('file:///a.txt');
		expect(cache.get(doc('file:///a.txt', 1), { format: 'text' })).not.toBe(first);
	});

	test('past its cap the least recently used document goes first', () => {
		const cache = new AnalysisCache(2);
		const a = cache.get(doc('file:///a.txt', 1), { format: 'text' });
		const b = cache.get(doc('file:///b.txt', 1), { format: 'text' });
		expect(cache.get(doc('file:///a.txt', 1), { format: 'text' })).toBe(a);
		cache.get(doc('file:///c.txt', 1), { format: 'text' });
		expect(cache.get(doc('file:///a.txt', 1), { format: 'text' })).toBe(a);
		expect(cache.get(doc('file:///b.txt', 1), { format: 'text' })).not.toBe(b);
	});

	test('Markdown when the language id or the file name says so', () => {
		expect(formatOf(doc('file:///a.txt', 1, '', 'markdown'))).toBe('markdown');
		expect(formatOf(doc('file:///a.MD', 1, '', 'policy-report'))).toBe('markdown');
		expect(formatOf(doc('file:///a.txt', 1, '', 'plaintext'))).toBe('text');
		expect(formatOf(doc('file:///a.txt', 1, '', 'policy-report'))).toBe('text');
	});
});
