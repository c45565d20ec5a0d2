import { markerHead, type ReportJson, type SectionJson } from '../core/json';

export type Language = 'zh' | 'en';

/** Chinese unless the environment asks for English. */
export function pickLanguage(env: NodeJS.ProcessEnv): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^en/i.test(locale) ? 'en' : 'zh';
}

const LABELS = {
	zh: {
		profile: { 'fazhi-annual': '法治政府建设年度报告', 'gov-work-report': '政府工作报告' } as Record<string, string>,
		year: '报告年度', outline: '大纲', parts: '必备部分', metrics: '数据', findings: '问题', none: '无',
		present: '有', missing: '缺', mentioned: '仅正文提及', line: '行',
		part: {
			measures_results: '主要举措和成效', shortcomings: '存在的不足和原因', first_responsibility: '第一责任人职责',
			next_year_plan: '下一年度安排', other: '其他事项', review: '工作回顾', annual_plan: '年度工作安排', gov_self_building: '政府自身建设',
		} as Record<string, string>,
	},
	en: {
		profile: { 'fazhi-annual': 'annual rule-of-law government report', 'gov-work-report': 'government work report' } as Record<string, string>,
		year: 'report year', outline: 'Outline', parts: 'Required parts', metrics: 'Metrics', findings: 'Findings', none: 'none',
		present: 'present', missing: 'missing', mentioned: 'only mentioned in body', line: 'line',
		part: {
			measures_results: 'measures and results', shortcomings: 'shortcomings and causes', first_responsibility: 'first-responsible-person duty',
			next_year_plan: 'next year\'s plan', other: 'other matters', review: 'review', annual_plan: 'annual plan', gov_self_building: 'government self-building',
		} as Record<string, string>,
	},
};

/** A human-readable view of one report: the outline, the required parts, a metrics table and the findings. */
export function formatText(report: ReportJson, language: Language): string {
	const t = LABELS[language];
	const out: string[] = [];
	out.push(`== ${report.file}`);
	out.push(`   ${report.title.join(' / ')}`);
	out.push(`   ${t.profile[report.profile] ?? report.profile} · ${t.year} ${report.reportYear ?? '?'}`);
	out.push(`${t.outline}:`);
	const walk = (sections: readonly SectionJson[]) => {
		for (const s of sections) {
			const role = s.role ? `  [${s.roles.map((r) => t.part[r] ?? r).join(' + ')}]` : '';
			out.push(`${'  '.repeat(s.level)}${markerHead(s.marker)}${s.title}  (${t.line} ${s.line})${role}`);
			walk(s.children);
		}
	};
	walk(report.sections);
	out.push(`${t.parts}:`);
	for (const [key, part] of Object.entries(report.requiredSections)) {
		const state = part.present
			? `${t.present} (${t.line} ${part.line})`
			: part.mentionedInBody.length > 0 ? `${t.missing}, ${t.mentioned}: ${part.mentionedInBody.join(', ')}` : t.missing;
		out.push(`  ${part.present ? '✓' : '✗'} ${t.part[key] ?? key}: ${state}`);
	}
	out.push(`${t.metrics} (${report.metrics.length}):`);
	for (const m of report.metrics) {
		const value = typeof m.value === 'number' ? m.value.toLocaleString('en-US') : String(m.value);
		const range = m.valueMax !== null ? `–${typeof m.valueMax === 'number' ? m.valueMax.toLocaleString('en-US') : m.valueMax}` : '';
		const label = m.labels ? m.labels.join('、') : m.label ?? '';
		out.push(`  ${String(m.line).padStart(4)}:${String(m.col).padEnd(4)} ${m.text.padEnd(12)} ${(value + range).padStart(14)} ${(m.unit ?? '').padEnd(4)} ${m.qualifier ?? ''}\t${m.kind}\t${label}`);
	}
	out.push(`${t.findings} (${report.findings.length}):`);
	for (const f of report.findings) {
		out.push(`  ${f.line ?? '-'}:${f.col ?? '-'} ${f.severity} ${f.rule} ${f.message}`);
	}
	if (report.findings.length === 0) {
		out.push(`  ${t.none}`);
	}
	return out.join('\n');
}
