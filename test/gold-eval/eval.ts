import { evaluateAll, formatScores, loadDisputes, totals } from './evaluate';

const scores = evaluateAll();
console.log(formatScores(scores));
const t = totals(scores);
for (const line of [...t.headingProblems, ...t.sectionProblems]) {
	console.log(`  ${line}`);
}
for (const s of scores) {
	for (const m of s.metrics.missed) {
		console.log(`  ${s.seed}: missed metric ${JSON.stringify(m)}`);
	}
	for (const m of s.metrics.falsePositives) {
		console.log(`  ${s.seed}: wrong metric ${JSON.stringify(m)}`);
	}
}
for (const line of t.nonClaims) {
	console.log(`  non-claim reported: ${line}`);
}
const disputes = loadDisputes();
console.log(disputes.length === 0 ? 'disputed labels: none' : `disputed labels (left out of the thresholds): ${disputes.map((d) => `${d.file}:${d.line} ${d.text}`).join('; ')}`);
