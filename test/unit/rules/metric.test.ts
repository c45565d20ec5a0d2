import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import { agrees } from '../../../server/src/core/rules/metric/percentMismatch';
import { lines } from '../helpers';
import { findingsOf, PARTS, report, where } from './helpers';

/** A report whose measures part holds the given body line (line 5). */
function withLine(body: string): string {
	return report(PARTS.measures[0], body, ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan);
}

/** The messages a rule gives for a report holding `body`. */
function flagged(body: string, rule: string): string[] {
	return findingsOf(withLine(body), rule).map((f) => f.message);
}

suite('metric.percent-mismatch', () => {
	test('a rate that contradicts its counts (11 of 14 is 78.6%, not 100%)', () => {
		const found = findingsOf(withLine('全年主动公开政府信息2167条，受理依申请公开14件，办结11件，办结率100%。'), 'metric.percent-mismatch');
		expect(where(found)).toEqual(['5 受理依申请公开14件，办结11件，办结率100%']);
		expect(found[0].message).toContain('78.6');
	});

	test('a part that opens its sentence by naming the count it belongs to', () => {
		const found = findingsOf(withLine('全年收到行政复议申请31件，依法受理26件、不予受理5件；受理案件办结24件，办结率100%。'), 'metric.percent-mismatch');
		expect(found.map((f) => f.message)).toHaveLength(1);
		expect(flagged('全年收到行政复议申请31件，依法受理26件、不予受理5件；受理案件办结26件，办结率100%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a breakdown between the rate and its part: the part is the count whose words name the rate', () => {
		const line = '全年收到行政复议申请17件，依法受理15件、不予受理2件；受理案件中已审结14件，其中维持11件、撤销2件、终止审理1件，审结率100%。';
		expect(flagged(line, 'metric.percent-mismatch')).toEqual([expect.stringContaining('93.3')]);
		expect(flagged(line.replace('审结率100%', '审结率93.3%'), 'metric.percent-mismatch')).toEqual([]);
	});

	test('a rate named by the first characters of the items it counts (优良率 of 优秀、良好)', () => {
		expect(flagged('抽查案卷120卷，评定优秀、良好案卷108卷，优良率达到92%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('90')]);
		expect(flagged('抽查案卷120卷，评定优秀、良好案卷108卷，优良率达到90%。', 'metric.percent-mismatch')).toEqual([]);
		// Items without those characters name no 优良率: nothing is divided.
		expect(flagged('抽查案卷120卷，评定合格、达标案卷108卷，优良率达到92%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a rate over a breakdown: its whole is the count the breakdown splits, and it may count several items', () => {
		// 3610 of 29600 is 12.2%: the whole is the 审结 count, not the item before the part.
		const line = '审结2.96万件，其中维持1.87万件、直接纠错3610件、驳回和终止等7290件，直接纠错率12.2%。';
		expect(flagged(line, 'metric.percent-mismatch')).toEqual([]);
		expect(flagged(line.replace('12.2%', '19.3%'), 'metric.percent-mismatch')).toHaveLength(1);
		// 发证 and 登记 together are the whole: 612 + 855 = 1467.
		expect(flagged('对全市1467家固定污染源实施分类管理，其中核发许可证612家、实行登记管理855家，发证登记率达到100%。', 'metric.percent-mismatch')).toEqual([]);
		// 合格 with its negation listed: all but the 5 不合格 is 98.3%.
		expect(flagged('评查案卷300卷，其中优秀86卷、合格209卷、不合格5卷，案卷合格率98.3%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('评查案卷300卷，其中优秀86卷、合格209卷、不合格5卷，案卷合格率90%。', 'metric.percent-mismatch')).toHaveLength(1);
	});

	test('a bare verb after a breakdown counts the total the breakdown split', () => {
		const line = '受理群众投诉举报216件，其中噪声类94件、大气类71件、其他类51件；已办结209件，办结率100%。';
		expect(flagged(line, 'metric.percent-mismatch')).toEqual([expect.stringContaining('96.8')]);
		expect(flagged(line.replace('办结率100%', '办结率96.8%'), 'metric.percent-mismatch')).toEqual([]);
	});

	test('a part after an accepted / not accepted pair counts from the accepted half', () => {
		const line = '全年收到行政复议申请146件，依法受理131件、不予受理15件，已审结124件，审结率97.6%。';
		expect(flagged(line, 'metric.percent-mismatch')).toEqual([expect.stringContaining('94.7')]);
		expect(flagged(line.replace('审结率97.6%', '审结率94.7%'), 'metric.percent-mismatch')).toEqual([]);
	});

	test('a share of a plan (完成计划的80%) is checked against the plan and what was done', () => {
		const line = '全年计划新建村级综合服务站60个，实际建成45个，完成计划的80%。';
		expect(flagged(line, 'metric.percent-mismatch')).toEqual([expect.stringContaining('75')]);
		expect(flagged(line.replace('80%', '75%'), 'metric.percent-mismatch')).toEqual([]);
		// Without a count that names the plan nothing is divided.
		expect(flagged('新建村级综合服务站60个，实际建成45个，完成计划的80%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a part that negates the rate (不合格 for 合格率) is not its part', () => {
		expect(flagged('评查案卷214卷，合格209卷、不合格5卷，合格率97.7%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a part whose words end in the start of the rate\'s name (负责人实际出庭 / 出庭应诉率)', () => {
		expect(flagged('应由负责人出庭应诉的行政案件42件，负责人实际出庭40件，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('95.2')]);
	});

	test('a part whose words end in the rate\'s own name, with a subject before it', () => {
		const found = findingsOf(withLine('审结一审行政案件6420件，行政机关负责人出庭应诉5980件，出庭应诉率97.3%。'), 'metric.percent-mismatch');
		expect(found.map((f) => f.message)).toHaveLength(1);
		expect(flagged('审结一审行政案件6420件，行政机关负责人出庭应诉6247件，出庭应诉率97.3%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a share after 其中 that contradicts its counts', () => {
		const found = findingsOf(withLine('全年开展检查99次，其中跨部门联合检查36次，占比57%。'), 'metric.percent-mismatch');
		expect(found).toHaveLength(1);
	});

	test('of the items of a breakdown, the one whose words hold the rate’s name is its part', () => {
		expect(flagged('在册特困供养人员1,862人，其中集中供养418人、分散供养1,444人，集中供养率22.4%。', 'metric.percent-mismatch')).toEqual([]);
		const found = findingsOf(withLine('在册特困供养人员1,862人，其中集中供养418人、分散供养1,444人，集中供养率30%。'), 'metric.percent-mismatch');
		expect(found.map((f) => f.message)).toEqual(['比率与数据不符：418÷1862=22.4%，文中为30%']);
	});

	test('a list of three or more items is a breakdown without 其中: its item is no whole of the next', () => {
		expect(flagged('审结165件，审结率100%；审结案件中维持118件、驳回21件、直接纠错14件、调解和解终止12件，纠错率8.5%。', 'metric.percent-mismatch')).toEqual([]);
		const found = findingsOf(withLine('审结165件，维持118件、驳回21件、直接纠错14件，纠错率12.5%。'), 'metric.percent-mismatch');
		expect(found.map((f) => f.message)).toEqual([expect.stringContaining('14÷165')]);
	});

	test('words for closing a case name each other’s rate (审结 / 结案率)', () => {
		const found = findingsOf(withLine('全年受理劳动人事争议仲裁案件1486件、审结1392件，仲裁结案率96.8%。'), 'metric.percent-mismatch');
		expect(found.map((f) => f.message)).toEqual(['比率与数据不符：1392÷1486=93.7%，文中为96.8%']);
		expect(flagged('全年受理劳动人事争议仲裁案件1486件、审结1392件，仲裁结案率93.7%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('an amount between the whole and its 其中 part is passed over: the whole is the count in the part’s unit', () => {
		const found = findingsOf(withLine('全年审查各类合同386份，涉及金额约9.7亿元，其中提出修改意见的312份，占比86.2%。'), 'metric.percent-mismatch');
		expect(where(found)).toEqual(['5 全年审查各类合同386份，涉及金额约9.7亿元，其中提出修改意见的312份，占比86.2%']);
		expect(found[0].message).toContain('80.8');
		expect(flagged('全年审查各类合同386份，涉及金额约9.7亿元，其中提出修改意见的312份，占比80.8%。', 'metric.percent-mismatch')).toEqual([]);
		// Two amounts between them are too far: no whole, no finding.
		expect(flagged('全年审查各类合同386份，涉及金额9.7亿元，节约资金1200万元，挽回损失300万元，其中提出修改意见的312份，占比86.2%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('near misses: rates that agree once rounded or truncated to the digits shown', () => {
		for (const body of [
			'全年排查各类矛盾纠纷1068件，调处成功1060件，调解成功率达99%。',
			'全年开展检查99次，其中跨部门联合检查56次，占比57%。',
			'全区1426项业务事项全部实现“一网通办”，其中四星级事项1414项，占比99.16%。',
			'全年调解各类矛盾纠纷2856件，调解成功2791件，调解成功率97.7%。',
			'受理政府信息公开申请3件，办结2件，办结率66.6%。',
		]) {
			expect(findingsOf(withLine(body), 'metric.percent-mismatch'), body).toEqual([]);
		}
	});

	test('near misses: a rate with no linked counts is not divided', () => {
		for (const body of [
			'全年承办人大代表建议21件、政协委员提案17件，均按期办结，代表委员满意率100%。',
			'今年以来共审核合同11件，备案规范性文件2件，备案率达100%。',
			'全年受理行政复议案件18件，法定期限结案率100%。',
			'全年受理投诉举报1200件，办结1200件，按时办结率98%。',
		]) {
			expect(findingsOf(withLine(body), 'metric.percent-mismatch'), body).toEqual([]);
		}
	});

	test('rounding and truncation', () => {
		expect(agrees(99, 0, 99.25)).toBe(true);
		expect(agrees(57, 0, 56.57)).toBe(true);
		expect(agrees(99.16, 2, 99.158)).toBe(true);
		expect(agrees(66.6, 1, 66.667)).toBe(true);
		expect(agrees(100, 0, 78.57)).toBe(false);
		expect(agrees(98, 0, 96.9)).toBe(false);
	});
});

suite('metric.percent-mismatch: a share named by its own subject', () => {
	test('is of the things its subject names, not of the part before it', () => {
		expect(flagged('全县6个断面水质均达到Ⅲ类，其中4个断面稳定保持Ⅱ类以上，优良水体比例100%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('全县干部300人，其中女性干部120人，女性干部比例35%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('40%')]);
		expect(flagged('全县干部300人，其中女性干部120人，占比35%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('40%')]);
	});
});

suite('metric.percent-mismatch: a whole of which the part is said in its own clause', () => {
	test('需负责人出庭的26件中…出庭24件: the 26, not the count before it', () => {
		expect(flagged('应诉行政诉讼案件58件，需负责人出庭的26件中行政机关负责人出庭24件，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('24÷26')]);
		expect(flagged('应诉行政诉讼案件58件，需负责人出庭的26件中行政机关负责人出庭26件，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([]);
	});
});

suite('metric.percent-mismatch: a count of the rate’s own act is a sibling, not the whole', () => {
	test('镇长出庭应诉3件次，分管负责人出庭应诉1件次，出庭应诉率100%', () => {
		expect(flagged('发生行政诉讼案件4件，镇长出庭应诉3件次，分管负责人出庭应诉1件次，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('受理14件，办结11件，办结率100%。', 'metric.percent-mismatch')).toHaveLength(1);
		// What was due or planned is the whole of what was then done.
		expect(flagged('行政机关负责人应出庭应诉2300件、实际出庭2208件，出庭应诉率98.6%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('2208÷2300')]);
		expect(flagged('省重点项目计划新开工236个，实际新开工229个，开工率达到98.7%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('229÷236')]);
	});

	test('with no whole before its clause, an earlier count in it (在全区36个村建成工作室34个，覆盖率100%)', () => {
		expect(flagged('以中心为枢纽，在9个街道全部建成工作站，在全区36个村（社区）建成工作室34个，村（社区）工作室覆盖率100%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('34÷36')]);
		expect(flagged('在全区36个村（社区）建成工作室36个，村（社区）工作室覆盖率100%。', 'metric.percent-mismatch')).toEqual([]);
	});
});

suite('metric rules and last year’s figures in brackets', () => {
	test('a bracketed figure of last year is no part or whole of this year’s', () => {
		expect(flagged('全区一审行政诉讼案件75件（上年为68件），其中开庭审理58件（上年为49件），行政机关负责人出庭应诉55件（上年为44件），出庭应诉率98.3%（上年为89.8%）。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('55÷58')]);
		expect(flagged('受理行政复议案件142件（上年为118件），办结140件（上年为110件），办结率98.6%（上年同期97.1%）。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('a part that says it is done, after a ；, counts what the sentence before accepted', () => {
		expect(flagged('全年立案查处违法用地案件73宗、涉及土地面积412.8亩，其中占用耕地186.5亩；已结案66宗，结案率93.2%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('66÷73')]);
		// Of what was accepted (受理), not of all that came in (收到) nor what was turned away (不予受理).
		expect(flagged('全年收到行政复议申请203件，受理188件，不予受理15件；已审结177件，审结率94.1%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('全年收到行政复议申请203件，受理188件，不予受理15件；已审结167件，审结率94.1%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('167÷188')]);
		expect(flagged('全年受理劳动人事争议案件1268件，涉案金额8632.4万元；审结1215件，结案率97.3%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('1215÷1268')]);
	});

	test('a part after 其中 must still be of what the rate counts, said before or after its number', () => {
		expect(flagged('县政府办理行政复议案件412件，其中已审结396件，纠错率为11.6%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('全年实施县级重点项目84个，其中78个已开工建设，开工率96.4%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('78÷84')]);
		expect(flagged('受理行政复议案件142件，其中办结140件，办结率97.6%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('140÷142')]);
	});

	test('counts of times are of one doing only when their words share some', () => {
		expect(flagged('讲授法治专题党课2次，镇长出庭应诉1次，镇行政机关负责人出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('开展执法检查120次，其中联合检查90次，联合检查率80%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('90÷120')]);
	});

	test('a clause that says all of them did what the rate counts makes 100% right, whatever item follows', () => {
		expect(flagged('发生行政诉讼案件3件，均由局负责人出庭应诉，其中局主要负责人出庭1件，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([]);
		// All of them did something else: the part is what the rate counts.
		expect(flagged('发生行政诉讼案件3件，均已开庭，其中负责人出庭应诉1件，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([expect.stringContaining('1÷3')]);
	});

	test('after a bracketed breakdown (其中…, or ①…；②…) the rate is of its total, unless one item alone names it', () => {
		const breakdown = (items: string, rate: string) => flagged(`全年受理劳动人事争议案件1268件，审结1215件（${items}），${rate}。`, 'metric.percent-mismatch');
		expect(breakdown('其中裁决结案489件、调解结案726件', '结案率97.3%')).toEqual([expect.stringContaining('1215÷1268')]);
		expect(breakdown('其中裁决结案489件、调解结案726件', '结案率95.8%')).toEqual([]);
		expect(breakdown('①裁决结案489件；②调解结案726件', '结案率97.3%')).toEqual([expect.stringContaining('1215÷1268')]);
		expect(breakdown('①裁决结案489件；②调解结案726件', '结案率95.8%，调解率59.8%')).toEqual([]);
		expect(breakdown('其中裁决结案489件、调解结案726件', '调解率60.8%')).toEqual([expect.stringContaining('726÷1215')]);
	});

	test('how much a total grew is no total of its own; a due count that all met is the rate’s base', () => {
		expect(flagged('全区持有执法证件人员1683名（上年为1592名），较上年增加91名，其中具有法律职业资格的214名，占比12.7%。', 'metric.part-exceeds-whole')).toEqual([]);
		expect(flagged('审结一审行政案件428件，其中需行政机关负责人出庭的316件均由负责人出庭应诉，出庭应诉率100%。', 'metric.percent-mismatch')).toEqual([]);
	});
});

suite('metric.percent-mismatch: an item of the rest the rate leaves out', () => {
	test('其中 after the count of what was not done splits that count, not what the rate counts', () => {
		expect(flagged('审计查出问题共120项，已完成整改114项，未整改到位6项，其中需持续推进整改4项，整改完成率达95%。', 'metric.percent-mismatch')).toEqual([]);
		const wrong = findingsOf(withLine('审计查出问题共120项，已完成整改114项，未整改到位6项，其中需持续推进整改4项，整改完成率达50%。'), 'metric.percent-mismatch');
		expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('114÷120=95%')]);
	});
});

suite('metric.percent-mismatch: another whole that gives the rate', () => {
	test('a rate that another count of its unit earlier in the sentence gives is not contradicted (节约率 of the budget)', () => {
		expect(flagged('采购预算金额38.27亿元，实际采购金额36.91亿元，节约资金1.36亿元，资金节约率3.55%。', 'metric.percent-mismatch')).toEqual([]);
		expect(flagged('采购预算金额38.27亿元，实际采购金额36.91亿元，节约资金1.36亿元，资金节约率4.5%。', 'metric.percent-mismatch')).toHaveLength(1);
	});
});

suite('metric.percent-mismatch: the whole past clauses that hold no number', () => {
	test('what was done between the whole and the part does not hide the whole', () => {
		const found = findingsOf(withLine('对交办信访积案74件逐件落实“一案一策”，实行领导包案、专班推进，已化解68件，化解率95.9%。'), 'metric.percent-mismatch');
		expect(found).toHaveLength(1);
		expect(found[0].message).toContain('91.9');
		expect(findingsOf(withLine('对交办信访积案74件逐件落实“一案一策”，实行领导包案、专班推进，已化解68件，化解率91.9%。'), 'metric.percent-mismatch')).toEqual([]);
	});
});

suite('metric.sum-mismatch', () => {
	test('a total whose words spell out its parts (减税降费 = 减税 + 降费) must equal them', () => {
		expect(flagged('全年新增减税降费486.3亿元，其中减税317.6亿元、降费158.2亿元。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('475.8')]);
		expect(flagged('全年新增减税降费475.8亿元，其中减税317.6亿元、降费158.2亿元。', 'metric.sum-mismatch')).toEqual([]);
		// Parts the total does not spell out may leave some out.
		expect(flagged('全年新增贷款486.3亿元，其中小微317.6亿元、涉农158.2亿元。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('both procedures of penalty cases are the whole of them', () => {
		expect(flagged('全年办理行政处罚案件27件，其中适用简易程序15件、普通程序10件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('25')]);
		expect(flagged('全年办理行政处罚案件25件，其中适用简易程序15件、普通程序10件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('parts named first and numbered after 分别, and licences granted at once or on a promise, are checked too', () => {
		const found = findingsOf(withLine('严格执行三项制度，当年共办理行政处罚案件158件，其中适用简易程序、普通程序的分别为97件、58件，罚没款42.6万元。'), 'metric.sum-mismatch');
		expect(where(found)).toEqual(['5 当年共办理行政处罚案件158件，其中适用简易程序、普通程序的分别为97件、58件']);
		expect(found[0].message).toContain('155');
		expect(flagged('当年共办理行政处罚案件155件，其中适用简易程序、普通程序的分别为97件、58件。', 'metric.sum-mismatch')).toEqual([]);
		// Outcomes that need not be all of the total are wrong only when they add up to more.
		expect(flagged('审结案件50件，其中维持、撤销的分别为38件、2件。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('审结案件30件，其中维持、撤销的分别为38件、2件。', 'metric.sum-mismatch')).toHaveLength(1);
		// Names that are no outcome say nothing about the whole.
		expect(flagged('培训干部300人次，其中科级、一般干部分别为97人次、58人次。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('全年办理行政许可事项2386件，其中即办件1420件、承诺件958件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('2378')]);
	});

	test('outcomes that end with all the rest (及其他方式结案) are the whole of the total', () => {
		expect(flagged('审结1.52万件，其中维持9860件、撤销和确认违法1270件、调解和解及其他方式结案3890件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('15020')]);
		expect(flagged('审结1.502万件，其中维持9860件、撤销和确认违法1270件、调解和解及其他方式结案3890件。', 'metric.sum-mismatch')).toEqual([]);
		// Two outcomes without a part for the rest may leave some out; three or more are meant as all of them.
		expect(flagged('审结1.52万件，其中维持9860件、撤销和确认违法1270件。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('审结1.52万件，其中维持9860件、撤销和确认违法1270件、调解和解3890件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('15020')]);
		// Past a clause with no number between the total and its outcomes.
		expect(flagged('行政复议案件14件，均已审结，其中维持9件、撤销2件、终止审理2件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('13')]);
		// A clean-up keeps most of what it reviews: its other dispositions are all of it only with the kept ones named.
		expect(flagged('共清理省政府文件1265件，其中宣布失效43件、废止19件、修改12件。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('共清理文件1265件，其中保留1100件、废止19件、修改12件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('1131')]);
		expect(flagged('共清理文件100件，其中宣布失效43件、废止49件、修改12件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('104')]);
	});

	test('the year’s halves or all four quarters are the whole of the year', () => {
		expect(flagged('全年完成抽检1.52万批次，其中上半年7260批次、下半年7840批次。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('15100')]);
		expect(flagged('全年完成抽检1.51万批次，其中上半年7260批次、下半年7840批次。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('全年受理120件，其中一季度20件、二季度30件、三季度30件、四季度30件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('110')]);
		// Two quarters may leave the others out.
		expect(flagged('全年受理120件，其中一季度20件、二季度30件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('parts after a clause that only says how the total changed, and kinds named before the total', () => {
		expect(flagged('办理核准、备案事项2816件，同比增长18.4%，其中备案事项2237件、核准事项589件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('2826')]);
		expect(flagged('办理核准、备案事项2826件，同比增长18.4%，其中备案事项2237件、核准事项589件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('kinds of one thing (words ending alike) never add up to more than the total; three classes or more are all of it', () => {
		expect(flagged('全年新签约招商项目46个，其中先进制造业项目31个、现代服务业项目17个。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('48')]);
		expect(flagged('全年新签约招商项目50个，其中先进制造业项目31个、现代服务业项目17个。', 'metric.sum-mismatch')).toEqual([]);
		// Attributes that may overlap are left alone.
		expect(flagged('共有干部25人，其中党员20人、女性12人。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('立案查处环境违法案件58件，其中大气类21件、水类17件、固体废物类12件、噪声类7件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('57')]);
		expect(flagged('立案查处环境违法案件58件，其中大气类21件、水类17件。', 'metric.sum-mismatch')).toEqual([]);
		// A breakdown in brackets opened by 包括 or 含 is read as one opened by 其中.
		expect(flagged('审核重大执法决定、合同协议及政策性文件共86件（包括重大执法决定34件、合同协议41件、政策性文件15件）。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('90')]);
		expect(flagged('下达资金1.26亿元（含中央资金0.82亿元、省级资金0.31亿元、县级资金0.23亿元）。', 'metric.sum-mismatch')).toHaveLength(1);
		expect(flagged('下达资金1.26亿元（含中央资金0.82亿元、省级资金0.31亿元、县级资金0.13亿元）。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('办结许可事项12036件（含线上办理8600件），其中即办件4210件、承诺件7826件。', 'metric.sum-mismatch')).toEqual([]);
		// Bodies sorted by trade (企业, 单位) are of one trade each, though their words end differently.
		expect(flagged('执法检查企业1268家次，其中危险化学品企业216家次、工贸企业875家次、烟花爆竹经营单位189家次。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('1280')]);
		expect(flagged('执法检查企业1268家次，其中危险化学品企业216家次、工贸企业875家次、烟花爆竹经营单位139家次。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('an item of the list before a negation pair is no total (优秀86卷、合格209卷、不合格5卷)', () => {
		expect(flagged('评查案卷300卷，其中优秀86卷、合格209卷、不合格5卷。', 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('评查案卷300卷，合格209卷、不合格5卷。', 'metric.sum-mismatch')).toHaveLength(1);
	});

	test('accepted and not accepted that do not make up the received total', () => {
		const found = findingsOf(withLine('全县共收到行政复议申请20件，受理12件，不予受理6件；行政机关负责人出庭应诉率100%。'), 'metric.sum-mismatch');
		expect(where(found)).toEqual(['5 全县共收到行政复议申请20件，受理12件，不予受理6件']);
		expect(found[0].message).toContain('18');
	});

	test('a class and its negation after 其中 that do not make up the total', () => {
		const found = findingsOf(withLine('全年刑事案件立案1268起，其中侵财类案件786起、非侵财类案件467起；破获1015起。'), 'metric.sum-mismatch');
		expect(where(found)).toEqual(['5 全年刑事案件立案1268起，其中侵财类案件786起、非侵财类案件467起']);
		expect(found[0].message).toContain('1253');
		expect(flagged('全年刑事案件立案1268起，其中侵财类案件786起、非侵财类案件482起；破获1015起。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('a total named as kinds joined by 及, whose parts name every kind, must equal them', () => {
		const line = '全年累计新增减税降费及退税缓费30.64亿元，其中新增减税降费11.82亿元、留抵退税14.37亿元、缓税缓费2.96亿元。';
		const found = findingsOf(withLine(line), 'metric.sum-mismatch');
		expect(found.map((f) => f.message)).toEqual(['分项之和与总数不符：11.82亿+14.37亿+2.96亿=29.15亿，总数为30.64亿']);
		expect(flagged(line.replace('30.64亿元', '29.15亿元'), 'metric.sum-mismatch')).toEqual([]);
		// A kind no part names (缓费): the list may leave things out, so it need not add up.
		expect(flagged('全年累计新增减税降费及退税缓费30.64亿元，其中新增减税降费11.82亿元、留抵退税14.37亿元。', 'metric.sum-mismatch')).toEqual([]);
		// Parts that are not kinds of the total (重大, 涉企) pick a few.
		expect(flagged('全年办理行政处罚和行政强制案件100件，其中重大案件5件、涉企案件20件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('a breakdown in brackets after its total, and kinds that share the noun written once after the last', () => {
		const line = '抽查行政处罚和行政许可案卷420卷（其中行政处罚卷286卷、行政许可卷124卷），评出优秀案卷63卷。';
		expect(flagged(line, 'metric.sum-mismatch')).toEqual([expect.stringContaining('286+124=410')]);
		// The list ends with its closing bracket: 优秀案卷63卷 is not one more part.
		expect(flagged(line.replace('420卷', '410卷'), 'metric.sum-mismatch')).toEqual([]);
		expect(flagged('受理行政复议案件126件（其中维持70件、撤销60件），办结率100%。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('130')]);
	});

	test('a total named by the parts’ first characters before their shared ending (进出口 for 出口 and 进口)', () => {
		expect(flagged('外贸进出口总额1186.5亿元，其中出口742.3亿元、进口436.8亿元。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('1179.1亿')]);
		expect(flagged('外贸进出口总额1179.1亿元，其中出口742.3亿元、进口436.8亿元。', 'metric.sum-mismatch')).toEqual([]);
		// Parts the total does not abbreviate may be a few of it.
		expect(flagged('外贸进出口总额1186.5亿元，其中出口742.3亿元、加工贸易436.8亿元。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('a table’s total row that is not the sum of its column', () => {
		const table = (total: string) => findingsOf(report(PARTS.measures[0], '附件1：2022年度行政复议案件统计表', '序号\t类别\t收案数（件）\t审结数（件）\t纠错率（%）',
			'1\t区政府部门\t46\t43\t14.0', '2\t区公安分局\t38\t37\t8.1', '3\t乡镇街道\t15\t14\t28.6', `合计\t${total}\t94\t14.1`, ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan), 'metric.sum-mismatch');
		// 合计 spans 序号 and 类别: its figures are the header's last columns. The rate column is no sum.
		expect(table('107').map((f) => f.message)).toEqual(['分项之和与总数不符：46+38+15=99，总数为107']);
		expect(table('99')).toEqual([]);
		const markdown = lines('| 单位 | 收案（件） | 结案（件） |', '|---|---|---|', '| 甲 | 10 | 9 |', '| 乙 | 20 | 20 |', '| 合计 | 31 | 29 |');
		expect(flagged(markdown, 'metric.sum-mismatch')).toEqual([expect.stringContaining('10+20=30')]);
		// Columns laid out with spaces, as tables copied from a PDF come out.
		const spaced = lines('单位          立案（件）    结案（件）    结案率（%）', '县市场监管局    120           118           98.3', '县生态环境局    45            44            97.8', '合计            166           162           97.6');
		expect(flagged(spaced, 'metric.sum-mismatch')).toEqual([expect.stringContaining('120+45=165')]);
		expect(flagged(spaced.replace('166', '165'), 'metric.sum-mismatch')).toEqual([]);
		// Subtotals make the column's sum no simple one: left alone.
		expect(flagged(lines('单位\t收案（件）', '甲\t10', '乙\t20', '小计\t30', '丙\t5', '合计\t36'), 'metric.sum-mismatch')).toEqual([]);
	});

	test('more outcomes named past where the list stopped: the list read is not all of the total', () => {
		expect(flagged('已审结1196件，其中维持803件、驳回126件、终止审理106件，撤销、变更、确认违法或责令履行等直接纠错161件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('kinds whose noun the parts leave out, as the first kind does (国家级和省级创新平台 … 国家级…、省级…)', () => {
		expect(flagged('新增国家级和省级创新平台99个，其中国家级12个、省级85个。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('12+85=97')]);
		expect(flagged('新增国家级和省级创新平台97个，其中国家级12个、省级85个。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('an arbitration’s award is one of its outcomes', () => {
		expect(flagged('受理并审结仲裁案件41件，其中调解结案29件、裁决结案9件、申请人撤回申请2件。', 'metric.sum-mismatch')).toEqual([expect.stringContaining('29+9+2=40')]);
		expect(flagged('受理并审结仲裁案件40件，其中调解结案29件、裁决结案9件、申请人撤回申请2件。', 'metric.sum-mismatch')).toEqual([]);
	});

	test('court outcomes that name winning and losing but miss the total', () => {
		const found = findingsOf(withLine('全年收到行政诉讼案件4件，已结案的7件里，胜诉4件、裁定驳回起诉1件、败诉1件。'), 'metric.sum-mismatch');
		expect(found).toHaveLength(1);
	});

	test('case outcomes after a total that add up to more than it', () => {
		const found = findingsOf(withLine('全年审结行政复议案件49件，其中维持38件、确认违法3件、撤销12件、终止6件。'), 'metric.sum-mismatch');
		expect(found.map((f) => f.message)).toEqual(['分项之和与总数不符：38+3+12+6=59，总数为49']);
		const levels = findingsOf(withLine('共收到行政复议申请1.36万件，其中省级1240件、市级4870件、县级7290件。'), 'metric.sum-mismatch');
		expect(levels.map((f) => f.message)).toEqual(['分项之和与总数不符：1240+4870+7290=13400，总数为13600']);
		const cleanUp = findingsOf(withLine('共清理政策措施43件，其中废止31件、修订14件。'), 'metric.sum-mismatch');
		expect(cleanUp.map((f) => f.message)).toEqual(['分项之和与总数不符：31+14=45，总数为43']);
	});

	test('near misses: parts that add up, lists that go on, and 其中 lists that pick a few', () => {
		for (const body of [
			'区政府共收到行政复议申请13件，受理7件，不予受理6件，审结4件，当事人撤回3件。',
			'全年收到行政诉讼案件4件，上期结转5件，已结案的6件里，胜诉4件、裁定驳回起诉1件、败诉1件。',
			'全县共收到行政复议申请20件，受理12件，不予受理6件，其余2件正在审查。',
			'全县共收到行政复议申请20件，受理12件，不予受理6件，申请人撤回2件。',
			'全年办理行政处罚案件100件，其中重大案件5件、涉企案件20件。',
			'全年审结行政复议案件49件，其中维持38件、撤销2件。',
			'共清理规范性文件120件，其中废止31件、修订14件。',
			'共收到行政复议申请1.2万件，其中市级4870件、县级7130件。',
			'共收到行政复议申请1.36万件，其中省级1240件、市级4870件、县级7490件。',
			'已审结的7件中，维持原行政行为5件，申请人撤回申请后终止审理2件。',
			'全年共收到行政复议案件8件，受理8件，办结8件。',
		]) {
			expect(findingsOf(withLine(body), 'metric.sum-mismatch'), body).toEqual([]);
		}
	});
});

suite('metric.rate-over-100', () => {
	test('a completion rate above 100%', () => {
		const found = findingsOf(withLine('全年办理行政处罚案件687件，结案率105%。'), 'metric.rate-over-100');
		expect(where(found)).toEqual(['5 结案率105%']);
		expect(where(findingsOf(withLine('年度培训任务完成率103%。'), 'metric.rate-over-100'))).toEqual(['5 任务完成率103%']);
	});

	test('near misses: growth, and fulfilment of a plan', () => {
		for (const body of [
			'全年共反馈联合奖惩案例1200件，增速达到866%。',
			'全年完成年度计划的112%。',
			'网上办件量同比增长150%。',
			'全市政府法定债务率为112.6%，风险总体可控。',
			'银行业拨备覆盖率达到186%。',
			'国有资本保值增值率101.2%，实现国有资本保值增值目标。',
		]) {
			expect(findingsOf(withLine(body), 'metric.rate-over-100'), body).toEqual([]);
		}
	});
});

suite('metric.part-exceeds-whole', () => {
	test('a part after 其中 larger than its total', () => {
		const found = findingsOf(withLine('全年开展检查99次，其中跨部门联合检查156次。'), 'metric.part-exceeds-whole');
		expect(where(found)).toEqual(['5 全年开展检查99次，其中跨部门联合检查156次']);
	});

	test('the total may stand before a clause about its growth', () => {
		expect(flagged('新增市场主体1.2万户，同比增长15.6%，其中企业13500户。', 'metric.part-exceeds-whole')).toHaveLength(1);
	});

	test('a rate after two items of a 其中 list may be one item\'s share of both', () => {
		expect(flagged('年末常住人口412.35万人。其中，城镇常住人口277.18万人，乡村常住人口135.17万人，常住人口城镇化率为67.2%。', 'metric.percent-mismatch')).toEqual([]);
	});

	test('after a bracketed breakdown, 其中 splits the figure before the brackets, not the last part inside them', () => {
		expect(flagged('办理许可案件328件（包括种子许可96件、兽药经营许可89件），全部办结，其中即办件117件。', 'metric.part-exceeds-whole')).toEqual([]);
		expect(flagged('办理许可案件328件（包括种子许可96件、兽药经营许可89件），全部办结，其中即办件417件。', 'metric.part-exceeds-whole')).toEqual([expect.stringContaining('328')]);
	});

	test('a change told against last year\'s end is no total; an average is no sum of the groups after 其中', () => {
		expect(flagged('年末常住人口52.3万人，比上年末增加0.2万人，其中城镇人口30.1万人，乡村人口22.2万人。', 'metric.part-exceeds-whole')).toEqual([]);
		expect(flagged('年末常住人口52.3万人，比上年末增加0.2万人，其中城镇人口60.1万人。', 'metric.part-exceeds-whole')).toEqual([expect.stringContaining('52.3万人')]);
		expect(flagged('全体居民人均可支配收入25201元，其中城镇居民人均可支配收入31571元。', 'metric.part-exceeds-whole')).toEqual([]);
	});

	test('near misses: a smaller part, and a part in another unit', () => {
		for (const body of ['全年开展检查99次，其中跨部门联合检查56次。', '全年办理案件99件，其中涉及企业156家。']) {
			expect(findingsOf(withLine(body), 'metric.part-exceeds-whole'), body).toEqual([]);
		}
	});
});

suite('a sentence hard-wrapped over lines (a PDF copy) is read as one', () => {
	/** The measures part as a PDF gives it: an indented first line, the lines after it flush, broken at the width. */
	const wrapped = (...body: string[]) => report(PARTS.measures[0], ...body, ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan);
	const SENTENCE = ['　　全年收到行政复议申请214件，依法受理197件，不', '予受理17件，受理案件中已依法审结183件，审结率为', '98.5%，其中维持127件、驳回31件。'];

	test('a rate on the line after its counts: the finding runs from the whole\'s line to the rate', () => {
		const found = findingsOf(wrapped(...SENTENCE), 'metric.percent-mismatch');
		expect(found.map((f) => [f.line, f.evidence])).toEqual([[5, '依法受理197件，不\n予受理17件，受理案件中已依法审结183件，审结率为\n98.5%']]);
		expect(found[0].message).toContain('92.9');
		expect(findingsOf(wrapped(...SENTENCE.map((l) => l.replace('98.5%', '92.9%'))), 'metric.percent-mismatch')).toEqual([]);
	});

	test('a clause that starts on the line above shows from its figure\'s line', () => {
		const found = findingsOf(wrapped('　　各村均建立人民调解委员会，配备专兼职调解员46名。全年受理矛盾纠纷', '214件，调处成功203件，调处成功率97.6%，涉及金额约286万元。'), 'metric.percent-mismatch');
		expect(where(found)).toEqual(['6 214件，调处成功203件，调处成功率97.6%']);
	});

	test('a rate word broken over the wrap still names a rate over 100%', () => {
		const found = findingsOf(wrapped('　　全年受理群众信访事项486件，初次信访事项按期办结', '率达100.6%，群众满意度持续提升。'), 'metric.rate-over-100');
		expect(found.map((f) => [f.line, f.evidence])).toEqual([[6, '率达100.6%']]);
	});

	test('a page number between the lines of the sentence (a page break) is passed over', () => {
		const found = findingsOf(wrapped(SENTENCE[0], SENTENCE[1], '- 2 -', SENTENCE[2]), 'metric.percent-mismatch');
		expect(found.map((f) => f.line)).toEqual([5]);
		expect(found[0].message).toContain('92.9');
	});

	test('lines that each end a sentence are not joined: counts on one line are no base for a rate on the next', () => {
		expect(findingsOf(wrapped('　　全年受理行政复议申请200件，审结180件。', '审结率为98.5%，较上年提高2个百分点。'), 'metric.percent-mismatch')).toEqual([]);
	});

	test('after an edit of one line of a wrapped sentence, the findings equal a fresh check', () => {
		const first = analyzeReport(wrapped(...SENTENCE));
		checkReport(first);
		for (const edited of [SENTENCE.map((l) => l.replace('98.5%', '92.9%')), SENTENCE.map((l) => l.replace('197件', '186件')), SENTENCE.map((l) => l.replace('183件', '194件')),
			// The rate's line indented: a paragraph of its own, no longer the sentence above's.
			[SENTENCE[0], SENTENCE[1], `\u3000\u3000${SENTENCE[2]}`]]) {
			const text = wrapped(...edited);
			const second = analyzeReport(text, { previous: first });
			expect(checkReport(second, { previous: first }).filter((f) => f.rule.startsWith('metric.'))).toEqual(checkReport(analyzeReport(text)).filter((f) => f.rule.startsWith('metric.')));
		}
	});
});
