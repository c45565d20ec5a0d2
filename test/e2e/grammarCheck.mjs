// The grammar tokenized by VS Code's own TextMate engine (vscode-textmate + vscode-oniguruma from code-server's
// VS Code), so that an expression Oniguruma reads differently from JavaScript cannot slip through the unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** [line, text in it, scope expected on that text's first character, or `!scope` for a scope it must not have]. */
const CASES = [
	['一、2021年法治政府建设主要做法和成效', '一、', 'punctuation.definition.heading.cn-dun.policy-report'],
	['一、2021年法治政府建设主要做法和成效', '2021年', 'constant.other.date.policy-report'],
	['一、2021年法治政府建设主要做法和成效', '主要做法', 'markup.heading.1.policy-report'],
	['（一）完善法治政府建设工作机制。强化法治政府建设的整体推进', '完善', 'markup.heading.2.policy-report'],
	['（一）完善法治政府建设工作机制。强化法治政府建设的整体推进', '强化', '!markup.heading.2.policy-report'],
	['(三)规范执法', '(三)', 'punctuation.definition.heading.cn-paren.policy-report'],
	['\u3000  3、推进社会信用体系建设', '3、', 'punctuation.definition.heading.arabic.policy-report'],
	['2.全面推进行政执法', '2.', 'punctuation.definition.heading.arabic.policy-report'],
	['1.5万人次参加培训', '1.5', 'constant.numeric.figure.policy-report'],
	['1.5万人次参加培训', '1.5', '!markup.heading.3.policy-report'],
	['（1）细化规则', '（1）', 'punctuation.definition.heading.arabic-paren.policy-report'],
	['①加强领导', '①', 'punctuation.definition.heading.circled.policy-report'],
	['第一部分 总体情况', '第一部分', 'punctuation.definition.heading.part.policy-report'],
	['全区1426项业务事项全部实现', '1426', 'constant.numeric.figure.policy-report'],
	['全区1426项业务事项全部实现', '项业务', 'keyword.other.unit.policy-report'],
	['培训约5000余人次', '约', 'keyword.operator.qualifier.policy-report'],
	['培训约5000余人次', '余', 'keyword.operator.qualifier.policy-report'],
	['培训约5000余人次', '人次', 'keyword.other.unit.policy-report'],
	['支出6546.22万元', '万', 'keyword.other.unit.multiplier.policy-report'],
	['支出6546.22万元', '元', 'keyword.other.unit.policy-report'],
	['办结率99.16%', '%', 'keyword.other.unit.policy-report'],
	['印发《惠济区2020年法治政府建设工作要点》（惠法政〔2020〕1号）', '《', 'punctuation.definition.string.begin.policy-report'],
	['印发《惠济区2020年法治政府建设工作要点》（惠法政〔2020〕1号）', '惠济区', 'string.quoted.other.document-title.policy-report'],
	['印发《惠济区2020年法治政府建设工作要点》（惠法政〔2020〕1号）', '〔2020〕1号', 'constant.other.document-number.policy-report'],
	['惠法政〔2020〕1号', '2020', '!constant.other.date.policy-report'],
	['持续简政放权。一是强化法治保障；二是加强培训', '一是', 'punctuation.definition.list.run-in.policy-report'],
	['持续简政放权。一是强化法治保障；二是加强培训', '二是', 'punctuation.definition.list.run-in.policy-report'],
	['标准统一是前提', '一是', '!punctuation.definition.list.run-in.policy-report'],
];

async function loadGrammar(vscodeDir, grammarFile) {
	const modules = join(vscodeDir, 'node_modules');
	const oniguruma = require(join(modules, 'vscode-oniguruma'));
	const textmate = require(join(modules, 'vscode-textmate'));
	const wasm = readFileSync(join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
		loadGrammar: async (scopeName) => (scopeName === 'text.policy-report' ? textmate.parseRawGrammar(readFileSync(grammarFile, 'utf8'), grammarFile) : null),
	});
	return { grammar: await registry.loadGrammar('text.policy-report'), initial: textmate.INITIAL };
}

/** Checks as { what, ok, detail }: the cases above, then every seed tokenized whole with its 一、 headings marked. */
export async function checkGrammar({ vscodeDir, grammarFile, seedsDir }) {
	const { grammar, initial } = await loadGrammar(vscodeDir, grammarFile);
	const scopesAt = (line, index, stack = initial) => grammar.tokenizeLine(line, stack).tokens.find((t) => t.startIndex <= index && index < t.endIndex)?.scopes ?? [];
	const checks = CASES.map(([line, text, expected]) => {
		const index = line.indexOf(text);
		const scopes = scopesAt(line, index);
		const scope = expected.replace(/^!/, '');
		const ok = index >= 0 && scopes.includes(scope) === !expected.startsWith('!');
		return { what: `grammar: "${text}" in "${line}" ${expected.startsWith('!') ? 'is not' : 'is'} ${scope}`, ok, detail: ok ? undefined : scopes.join(' ') };
	});
	for (const seed of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
		let stack = initial;
		let headings = 0;
		let marked = 0;
		for (const line of readFileSync(join(seedsDir, seed), 'utf8').split(/\r\n|\r|\n/)) {
			const result = grammar.tokenizeLine(line, stack);
			stack = result.ruleStack;
			if (/^[一二三四五六七八九十]+、/.test(line)) {
				headings++;
				marked += result.tokens[0].scopes.includes('markup.heading.1.policy-report') ? 1 : 0;
			}
		}
		checks.push({ what: `grammar: seed ${seed} tokenizes whole, its ${headings} 一、 headings marked`, ok: headings > 0 && marked === headings, detail: `${marked}/${headings}` });
	}
	return checks;
}
