import type { CheckOptions, RuleSetting } from '../core/rules';
import type { AnalyzeOptions, ProfileId } from '../core/types';
import type { ProjectConfig } from './projectFile';

/** What a rule can be set to, in settings and in the project file alike. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** What the editor's settings say about a report (absent in the CLI). */
export interface EditorSettings {
	rules?: Readonly<Record<string, RuleSetting>>;
	profile?: 'auto' | ProfileId;
}

/** The analysis and rule options in force for one report, the same way in the server and the CLI. */
export interface ReportOptions {
	analyze: Omit<AnalyzeOptions, 'format'>;
	check: Omit<CheckOptions, 'language'>;
}

/**
 * Precedence: the project file over the editor's settings over the defaults (inline comments, applied by
 * checkReport, come above all three).
 */
export function resolveOptions(project: ProjectConfig, settings: EditorSettings = {}): ReportOptions {
	const profile = project.profile ?? (settings.profile === 'auto' ? undefined : settings.profile);
	return {
		analyze: { ...(profile ? { profile } : {}), ...(project.setPhrases ? { setPhrases: project.setPhrases } : {}) },
		check: { rules: mergeRules(settings.rules ?? {}, project.rules ?? {}), ...(project.confusables ? { confusables: project.confusables } : {}) },
	};
}

/**
 * The project's rule settings over the editor's. checkReport lets a rule's own id win over its group, so a group the
 * project sets (`evidence.*`) first clears the editor's settings for that group's rules.
 */
function mergeRules(settings: Readonly<Record<string, RuleSetting>>, project: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> {
	const merged: Record<string, RuleSetting> = { ...settings };
	for (const key of Object.keys(project).filter((k) => k.endsWith('.*'))) {
		const prefix = key.slice(0, -1);
		for (const id of Object.keys(merged).filter((k) => k.startsWith(prefix))) {
			delete merged[id];
		}
	}
	return { ...merged, ...project };
}
