import type { RawFinding, RuleContext } from '../rules/types';
import type { Fix, ReportAnalysis } from '../types';
import { fixWidth, insertMarker, renumberRun, restyleLevel, restyleMarker } from './numbering';
import { insertPart } from './parts';
import { removePageNumberLine, removeQuantitySpace, removeResidue, replaceConfusable } from './text';

type FixBuilder = (analysis: ReportAnalysis, finding: RawFinding, context: RuleContext) => Fix | undefined;

/** The rules whose findings can be repaired with certainty, and how; a rule missing here offers no fix. */
const FIX_BUILDERS: Readonly<Record<string, FixBuilder>> = {
	'structure.missing-section': insertPart,
	'numbering.gap': renumberRun,
	'numbering.duplicate': renumberRun,
	'numbering.order': renumberRun,
	'numbering.mixed-style': restyleMarker,
	'numbering.width-mix': fixWidth,
	'numbering.unmarked-heading': insertMarker,
	'numbering.level-order': restyleLevel,
	'text.conversion-artifact': removeResidue,
	'text.page-number': removePageNumberLine,
	'text.space-in-quantity': removeQuantitySpace,
	'text.confusable': replaceConfusable,
};

/** The fix for one finding of a rule, computed from the same analysis. */
export function fixFor(rule: string, analysis: ReportAnalysis, finding: RawFinding, context: RuleContext): Fix | undefined {
	return FIX_BUILDERS[rule]?.(analysis, finding, context);
}
