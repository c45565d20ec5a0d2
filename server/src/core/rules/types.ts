import type { Confusable } from '../lexicon/confusables';
import type { MemoKey } from '../memo';
import type { Line, ReportAnalysis, Severity, Span } from '../types';
import type { Language, MessageArgs, MessageKey } from './messages';
import type { LineScope } from './scope';

/** What a rule reports before the table applies severities and positions. */
export interface RawFinding {
	/** Null for a finding about the whole document (a missing part). */
	span: Span | null;
	evidence: string | null;
	message: string;
	/** The part key for structure findings. */
	section?: string | null;
	/** A weaker default for this finding alone (a part only named in body text); a user's setting still wins. */
	severity?: Severity;
}

export interface RuleContext {
	language: Language;
	/** The built-in confusable phrases plus the caller's. */
	confusables: readonly Confusable[];
	message(key: MessageKey, args?: MessageArgs): string;
	/** The lines a `local` rule reports on; other rules look at the whole document. */
	scope: LineScope;
	/**
	 * Per line index, what `read` finds on the line (null for nothing), read once per analysis and key. When the last
	 * version's check is carried, a line the edit left alone takes the value read from it then: so `read` must depend
	 * on the line's own text alone and give places within the line. For a rule that needs the whole document to decide
	 * (how often it writes something elsewhere) but finds its candidates line by line.
	 */
	perLine<T>(key: MemoKey<(T | null)[]>, read: (line: Line) => T | null): readonly (T | null)[];
}

export interface Rule {
	id: string;
	/** 'off' rules run only when the caller's settings give them a severity. */
	defaultSeverity: Severity | 'off';
	/**
	 * Each finding lies within one line and depends only on that line's text and the numbers read from it, so after an
	 * edit the rule is asked only about `context.scope` and its other findings are carried over.
	 */
	local?: true;
	/**
	 * The findings depend only on the sections and run-in items: their markers, levels, nesting and places (a finding may
	 * quote a heading's title, but only on that heading's line). After an edit that left those as they were (see
	 * structureKept), the rule is not asked again and its findings are carried, unless one sits on the edited line.
	 */
	structural?: true;
	check(analysis: ReportAnalysis, context: RuleContext): RawFinding[];
}
