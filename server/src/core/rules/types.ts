import type { Confusable } from '../lexicon/confusables';
import type { ReportAnalysis, Severity, Span } from '../types';
import type { Language, MessageArgs, MessageKey } from './messages';

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
}

export interface Rule {
	id: string;
	/** 'off' rules run only when the caller's settings give them a severity. */
	defaultSeverity: Severity | 'off';
	check(analysis: ReportAnalysis, context: RuleContext): RawFinding[];
}
