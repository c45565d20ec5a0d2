/**
 * A copy of `s` that keeps nothing else alive. V8 makes a substring of 13 or more code units a view into the string it
 * was cut from, so a label cut from one version of a document keeps that version's whole text in memory. Whatever an
 * editor carries from version to version (numbers read from unchanged lines, their findings, outline names) is
 * detached when it is made, or every version it was ever cut from would stay alive.
 */
export function detached(s: string): string {
	// Shorter substrings and concatenations are already copies. Slicing a concatenation flattens it into a new string
	// first, so the result is a view into that copy alone.
	return s.length < 13 ? s : ` ${s}`.slice(1);
}
