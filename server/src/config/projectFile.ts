import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Confusable } from '../core/lexicon/confusables';
import { RULES, type RuleSetting } from '../core/rules';
import type { ProfileId } from '../core/types';
import { RULE_SETTINGS } from './options';

/** The project file a team keeps beside its reports; the nearest one above a report applies to it. */
export const PROJECT_FILE = '.policyreportrc.json';

export interface ProjectConfig {
	rules?: Readonly<Record<string, RuleSetting>>;
	profile?: ProfileId;
	/** Extra numeric set phrases (names, slogans) that are not claims. */
	setPhrases?: readonly string[];
	/** Extra confusable phrases, checked with the built-in list. */
	confusables?: readonly Confusable[];
}

export interface LoadedProjectConfig {
	/** The file that applies, or null when there is none above the report. */
	path: string | null;
	config: ProjectConfig;
	/** Why the file could not be used; its settings are then ignored. */
	error: string | null;
}

const PROFILES: readonly ProfileId[] = ['fazhi-annual', 'gov-work-report'];
const RULE_IDS = new Set(RULES.map((r) => r.id));
const RULE_GROUPS = new Set(RULES.map((r) => `${r.id.split('.')[0]}.*`));

/** The project file nearest above a folder, or null. */
export function findProjectFile(folder: string): string | null {
	for (let dir = folder; ; dir = dirname(dir)) {
		const candidate = join(dir, PROJECT_FILE);
		if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
			return candidate;
		}
		if (dirname(dir) === dir) {
			return null;
		}
	}
}

/**
 * The project file's settings, checked: a misspelt rule id or severity is an error rather than a setting that
 * silently does nothing.
 */
export function parseProjectConfig(text: string): { config: ProjectConfig } | { error: string } {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
	}
	if (!isObject(raw)) {
		return { error: 'expected an object' };
	}
	const config: ProjectConfig = {};
	const problems: string[] = [];
	if (raw.rules !== undefined) {
		const rules = isObject(raw.rules) ? Object.entries(raw.rules) : null;
		const bad = rules ? rules.filter(([id, level]) => !(RULE_IDS.has(id) || RULE_GROUPS.has(id)) || !RULE_SETTINGS.includes(level as RuleSetting)) : [];
		if (!rules || bad.length > 0) {
			problems.push(`"rules" maps rule ids to ${RULE_SETTINGS.join('|')}${bad.length > 0 ? `: ${bad.map(([id]) => id).join(', ')}` : ''}`);
		} else {
			config.rules = Object.fromEntries(rules) as Record<string, RuleSetting>;
		}
	}
	if (raw.profile !== undefined) {
		if (PROFILES.includes(raw.profile as ProfileId)) {
			config.profile = raw.profile as ProfileId;
		} else {
			problems.push(`"profile" is one of ${PROFILES.join('|')}`);
		}
	}
	if (raw.setPhrases !== undefined) {
		if (Array.isArray(raw.setPhrases) && raw.setPhrases.every((p) => typeof p === 'string' && p.length > 0)) {
			config.setPhrases = raw.setPhrases as string[];
		} else {
			problems.push('"setPhrases" is a list of phrases');
		}
	}
	if (raw.confusables !== undefined) {
		if (Array.isArray(raw.confusables) && raw.confusables.every(isConfusable)) {
			config.confusables = raw.confusables as Confusable[];
		} else {
			problems.push('"confusables" is a list of {"wrong", "right"} phrases');
		}
	}
	return problems.length > 0 ? { error: problems.join('; ') } : { config };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isConfusable(value: unknown): boolean {
	return isObject(value)
		&& typeof value.wrong === 'string' && value.wrong.length > 0
		&& typeof value.right === 'string'
		&& (value.exceptAfter === undefined || typeof value.exceptAfter === 'string')
		&& (value.exceptBefore === undefined || typeof value.exceptBefore === 'string');
}

interface CacheEntry {
	mtimeMs: number;
	size: number;
	loaded: LoadedProjectConfig;
}

/**
 * Project files by path, read again only when their modification time or size changes: cheap enough to ask on
 * every request, so an edited, added or removed file applies at once.
 */
export class ProjectConfigStore {
	private readonly files = new Map<string, CacheEntry>();

	/** The project file that applies to reports in a folder. */
	load(folder: string): LoadedProjectConfig {
		const path = findProjectFile(folder);
		if (!path) {
			return { path: null, config: {}, error: null };
		}
		const stat = statSync(path, { throwIfNoEntry: false });
		const cached = this.files.get(path);
		if (stat && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
			return cached.loaded;
		}
		const loaded = readProjectFile(path);
		if (stat) {
			this.files.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
		}
		return loaded;
	}
}

function readProjectFile(path: string): LoadedProjectConfig {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return { path, config: {}, error: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
	}
	const parsed = parseProjectConfig(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	return 'error' in parsed ? { path, config: {}, error: `${path}: ${parsed.error}` } : { path, config: parsed.config, error: null };
}
