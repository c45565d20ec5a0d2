// Whether a plain-text or Markdown document is a policy report, judged from its first lines only. Pure (no vscode), so
// the unit tests run it on the seeds and on inline strings.

/** Non-blank lines looked at: reports put their title and first section marker well within this. */
export const HEAD_LINES = 30;

/** Raw lines a caller needs to hand over so that HEAD_LINES non-blank ones are among them, even in PDF conversions that double-space. */
export const HEAD_RAW_LINES = 200;

/** A title is one short line; a longer one that names a 报告 is a sentence of the body. */
const TITLE_MAX_LENGTH = 60;

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** The markers that open a report's top-level parts and their first subdivisions (一、 （一） (一) 第一部分 第一章). */
const SECTION_MARKER = new RegExp(`^(?:${NUMERAL}[、．.]|[（(]${NUMERAL}[）)]|第${NUMERAL}(?:部分|章))`);
/** Markdown dressing before the text of a line: ATX hashes, quote marks, bullets, bold. */
const MARKDOWN_PREFIX = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\*\*|__)+/;
/** A line that ends like a sentence or a lead-in is body text, whatever it names. */
const SENTENCE_END = /[。；;，,：:！？!?]$/;

/** True when a title line containing 报告 comes before a section marker, both within the first HEAD_LINES non-blank lines. */
export function looksLikeReport(text: string): boolean {
	let seen = 0;
	let titled = false;
	for (const raw of headLines(text)) {
		const line = raw.replace(/^[\s\u3000\ufeff]+/, '').replace(MARKDOWN_PREFIX, '').replace(/[\s\u3000]+$/, '');
		if (line === '') {
			continue;
		}
		if (SECTION_MARKER.test(line)) {
			return titled;
		}
		if (line.includes('报告') && line.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(line)) {
			titled = true;
		}
		if (++seen >= HEAD_LINES) {
			return false;
		}
	}
	return false;
}

/** Lines of the text, lazily: a long document is never split as a whole. */
function* headLines(text: string): Generator<string> {
	const eol = /\r\n|\r|\n/g;
	let start = 0;
	for (let m = eol.exec(text); m; m = eol.exec(text)) {
		yield text.slice(start, m.index);
		start = m.index + m[0].length;
	}
	yield text.slice(start);
}
