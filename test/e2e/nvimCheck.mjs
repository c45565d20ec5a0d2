// The language server as another editor starts it (--stdio), with headless Neovim as the client (nvimCheck.lua).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'nvimCheck.lua');

/** Checks as { what, ok, detail } for seed 004 (`file`), served by `node server --stdio`. */
export function checkNeovim({ nvim, node, server, file, hoverText }) {
	const result = spawnSync(nvim, ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${script}`], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, LSP_CMD: JSON.stringify([node, server, '--stdio']), LSP_FILE: file, LSP_HOVER_TEXT: hoverText },
	});
	const line = `${result.stdout ?? ''}`.trim().split('\n').reverse().find((l) => l.startsWith('{'));
	let answer;
	try {
		answer = JSON.parse(line ?? '');
	} catch {
		return [{ what: 'neovim: the client runs', ok: false, detail: `exit ${result.status ?? result.error}: ${result.stdout}${result.stderr}` }];
	}
	if (answer.error) {
		return [{ what: 'neovim: the client runs', ok: false, detail: answer.error }];
	}
	const find = (list, prefix) => list.find((s) => s.name.startsWith(prefix)) ?? list.map((s) => find(s.children, prefix)).find(Boolean);
	const first = find(answer.symbols, '一、');
	const version = `neovim ${answer.nvim}`;
	return [
		{ what: `${version}: document symbols over --stdio (一、 has 8 children)`, ok: first?.children.length === 8, detail: JSON.stringify(answer.symbols).slice(0, 500) },
		{ what: `${version}: a hover on ${hoverText}`, ok: typeof answer.hover === 'string' && answer.hover.includes(hoverText), detail: answer.hover },
		{
			what: `${version}: diagnostics are pushed to a client that cannot pull, the gap in （三） among them`,
			ok: answer.published && answer.diagnostics.some((d) => d.line === 20 && d.code === 'numbering.gap') && answer.diagnostics.every((d) => d.source === 'policy-report'),
			detail: JSON.stringify(answer.diagnostics).slice(0, 500),
		},
	];
}
