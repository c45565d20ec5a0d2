import { atTitle } from '../findings';
import type { Rule } from '../types';

const HEDGE = /有待(?:进一步)?(?:提高|加强|提升|完善|增强|压实|改进|深化)|还需(?:进一步)?|仍需|尚需|有待进一步|还不够|不够(?:到位|深入|完善|有力|扎实|充分)|需要进一步|亟待|仍有差距|存在差距/;
/** What makes a problem concrete: a figure, an example, or a named unit or field that has it. */
const CONCRETE = /[0-9０-９]|例如|比如|如：|如:|个别|部分|少数|局|委|办|镇|街道|执法|复议|诉讼|文件/;
const MIN_HEDGES = 2;

/** A shortcomings part made of hedges (有待进一步提高, 还需加强) whose clauses name no concrete problem. */
export const evidenceHedging: Rule = {
	id: 'evidence.hedging',
	defaultSeverity: 'off',
	check(analysis, context) {
		return analysis.sections.flatMap((s) => {
			if (!s.roles.includes('shortcomings')) {
				return [];
			}
			const body = analysis.text.slice(s.titleSpan.end, s.span.end);
			const clauses = body.split(/[，,。；;！？!?\n]/).map((c) => c.trim()).filter((c) => c.length > 0);
			const hedges = clauses.filter((c) => HEDGE.test(c));
			const concrete = clauses.filter((c) => !HEDGE.test(c) && CONCRETE.test(c));
			if (hedges.length < MIN_HEDGES || concrete.length > 0 || hedges.length * 2 < clauses.length) {
				return [];
			}
			return [atTitle(s, context.message('evidence.hedging', { title: s.title }), 'shortcomings')];
		});
	},
};
