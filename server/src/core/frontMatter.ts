import type { Line } from './types';

/** The most lines a front matter block may hold: a longer run between two --- lines is text, not metadata. */
const MAX_FRONT_MATTER = 40;
const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A YAML line of a front matter block: a key and its value, a list item, an indented continuation, or a comment. */
const YAML_LINE = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t]+\S.*|#.*|[ \t]*)$/;

/**
 * The number of lines of the YAML front matter a wiki or a static-site tool puts at the top of a Markdown file (---,
 * title: …, date: …, ---): metadata, neither the report's title nor its text. 0 when the file has none.
 */
export function frontMatterLines(lines: readonly Line[]): number {
	if (lines.length < 3 || !FENCE.test(lines[0].text)) {
		return 0;
	}
	for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER; i++) {
		const text = lines[i].text;
		if (CLOSE.test(text)) {
			return i > 1 ? i + 1 : 0;
		}
		if (!YAML_LINE.test(text)) {
			return 0;
		}
	}
	return 0;
}
