// Runtime strings. With policyReport.messageLanguage = auto they come from vscode.l10n, in VS Code's display language.
// An explicit language has to win over the display language, and VS Code loads only that one's bundle, so the client
// then reads the chosen bundle from l10n/ itself and formats like vscode.l10n.t.
import * as vscode from 'vscode';

type MessageLanguage = 'auto' | 'zh-cn' | 'en';

export class Messages {
	private language: MessageLanguage = 'auto';
	private bundle: Readonly<Record<string, string>> = {};

	constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

	/** Reads the setting (again, after it changed) and the bundle it asks for. */
	async configure(): Promise<void> {
		const language = vscode.workspace.getConfiguration('policyReport').get<MessageLanguage>('messageLanguage', 'auto');
		this.bundle = language === 'zh-cn' ? await this.readBundle('zh-cn') : {};
		this.language = language;
	}

	/** The message (its English text is the key) in the configured language, with {0}, {1}… filled in. */
	t(message: string, ...args: Array<string | number>): string {
		if (this.language === 'auto') {
			return vscode.l10n.t(message, ...args);
		}
		return (this.bundle[message] ?? message).replace(/\{(\d+)\}/g, (placeholder, index: string) => String(args[Number(index)] ?? placeholder));
	}

	private async readBundle(language: string): Promise<Record<string, string>> {
		const uri = vscode.Uri.joinPath(this.extensionUri, 'l10n', `bundle.l10n.${language}.json`);
		try {
			return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Record<string, string>;
		} catch (error) {
			// English is still a readable answer; a broken package should not also break the status bar.
			this.log.error(`could not read ${uri.toString(true)}: ${String(error)}`);
			return {};
		}
	}
}
