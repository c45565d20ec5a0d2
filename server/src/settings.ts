import { RULE_SETTINGS } from './config/options';
import type { RuleSetting } from './core/rules';
import type { MessageLanguage } from './messages';

/** The `policyReport.*` settings the server reads (declared for VS Code in package.json `contributes.configuration`). */
export interface Settings {
	messageLanguage: 'auto' | MessageLanguage;
	profile: 'auto' | 'fazhi-annual' | 'gov-work-report';
	/** `policyReport.rules`: a severity or off per rule id (`numbering.gap`) or group (`evidence.*`); absent when unset. */
	rules?: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { messageLanguage: 'auto', profile: 'auto' };

const MESSAGE_LANGUAGES: readonly Settings['messageLanguage'][] = ['auto', 'zh-cn', 'en'];
const PROFILES: readonly Settings['profile'][] = ['auto', 'fazhi-annual', 'gov-work-report'];

/** Settings from whatever the client sent (the `policyReport` section); an unknown or missing value falls back to its default. */
export function toSettings(raw: unknown): Settings {
	const section = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
	return {
		messageLanguage: pick(MESSAGE_LANGUAGES, section.messageLanguage, DEFAULT_SETTINGS.messageLanguage),
		profile: pick(PROFILES, section.profile, DEFAULT_SETTINGS.profile),
		rules: pickRules(section.rules),
	};
}

/** The entries of the rules map that name a known setting; the others are dropped one by one. */
function pickRules(value: unknown): Settings['rules'] {
	if (typeof value !== 'object' || value === null) {
		return undefined;
	}
	const entries = Object.entries(value).filter((entry): entry is [string, RuleSetting] => RULE_SETTINGS.includes(entry[1] as RuleSetting));
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.find((a) => a === value) ?? fallback;
}

export interface SettingsSource {
	/** workspace/configuration for one resource; absent when the client cannot answer it. */
	fetch?: (uri: string) => Promise<unknown>;
	logError(message: string): void;
}

/** Per-resource settings, fetched once per URI and kept until the configuration changes or the document closes. */
export class SettingsStore {
	private readonly perUri = new Map<string, Promise<Settings>>();
	private global: Settings = { ...DEFAULT_SETTINGS };

	constructor(private readonly source: SettingsSource) {}

	get(uri: string): Promise<Settings> {
		const fetch = this.source.fetch;
		if (!fetch) {
			return Promise.resolve(this.global);
		}
		let settings = this.perUri.get(uri);
		if (!settings) {
			settings = fetch(uri).then(toSettings, (error: unknown) => {
				// A client that fails to answer must not break every feature: work with the defaults.
				this.source.logError(`workspace/configuration failed for ${uri}: ${String(error)}`);
				return { ...DEFAULT_SETTINGS };
			});
			this.perUri.set(uri, settings);
		}
		return settings;
	}

	/** didChangeConfiguration: clients without workspace/configuration send the new values with it. */
	changed(pushed: unknown): void {
		this.perUri.clear();
		if (!this.source.fetch) {
			this.global = toSettings(typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>).policyReport : undefined);
		}
	}

	forget(uri: string): void {
		this.perUri.delete(uri);
	}
}
