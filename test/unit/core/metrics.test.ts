import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { suite, test, expect } from 'vitest';
import { scanLines } from '../../../server/src/core/lines';
import { extractMentions } from '../../../server/src/core/metrics';
import type { Line, NumericMention } from '../../../server/src/core/types';
import { scoreMetrics, type GoldMetric } from '../../helpers/scoreMetrics';

const ROOT = resolve(__dirname, '../../..');
const LINE_START = 100;

function lineOf(text: string, start = LINE_START): Line {
	return { number: 7, start, end: start + text.length, text, indent: '', blank: text.trim() === '', directive: false };
}

function mentions(text: string, from = 0, setPhrases?: readonly string[]): NumericMention[] {
	return extractMentions(lineOf(text), from, setPhrases ? { setPhrases } : undefined);
}

/** For each [text, span, expected]: the mention `span` of `text` has `expected` as its `field`, compared all at once. */
function eachOne<K extends keyof NumericMention>(field: K, cases: readonly (readonly [string, string, NumericMention[K]])[]): void {
	expect(cases.map(([text, span]) => one(text, span)[field])).toEqual(cases.map(([, , expected]) => expected));
}

/** The one mention whose text is `needle`. */
function one(text: string, needle: string): NumericMention {
	const found = mentions(text).filter((m) => m.text === needle);
	expect(found.map((m) => m.text), `${needle} in ${text}: ${mentions(text).map((m) => m.text).join(' | ')}`).toEqual([needle]);
	return found[0];
}

function claims(text: string): string[] {
	return mentions(text).filter((m) => m.claim).map((m) => m.text);
}

suite('quantities', () => {
	test('pairs, sets and tools are counted too: 副 双 把 after Arabic figures (一把手 is a word)', () => {
		expect(mentions('没收网具150副，发放手套30双，收缴刀具5把，一把手带头').map((m) => [m.text, m.unit, m.kind, m.claim])).toEqual([
			['150副', '副', 'count', true], ['30双', '双', 'count', true], ['5把', '把', 'count', true],
		]);
	});

	test('count with its label, absolute span and every field', () => {
		const text = '2020年，依法处理政府信息公开申请55件。';
		const m = one(text, '55件');
		const at = text.indexOf('55件');
		expect(m).toEqual({
			span: { start: LINE_START + at, end: LINE_START + at + 3 },
			line: 7,
			text: '55件',
			value: 55,
			valueMax: null,
			unit: '件',
			qualifier: null,
			approx: false,
			kind: 'count',
			claim: true,
			label: '政府信息公开申请',
			labels: null,
			sectionId: null,
		});
	});

	test('label after the verb, with scope words and 的 left out', () => {
		expect(one('依法受理行政复议案件18起，', '18起').label).toBe('行政复议案件');
		expect(one('共审核由县政府签订的合同11份', '11份').label).toBe('合同');
		expect(one('举办专题培训班1期', '1期').label).toBe('专题培训班');
		expect(one('调整充实调解员743人', '743人').label).toBe('调解员');
		expect(one('优秀率由上年的65%提高到78%', '65%').label).toBe('优秀率');
		expect(one('收案数较上年同期下降12%', '12%').label).toBe('收案数');
		expect(one('一般公共预算收入完成256.3亿元', '256.3亿元').label).toBe('一般公共预算收入');
	});

	test('a verb that ends the clause names the activity counted', () => {
		expect(one('开展行政执法大检查1次，', '1次').label).toBe('行政执法大检查');
		expect(one('　　局长带头学法6次', '6次').label).toBe('局长带头学法');
		expect(one('- 执法人员持证率仅为86%。', '86%').label).toBe('执法人员持证率');
		expect(one('**办结率**达100%', '100%').label).toBe('办结率');
		expect(one('受理7件，不予受理6件', '6件').label).toBe('不予受理');
	});

	test('no label when the counted noun follows the number', () => {
		expect(one('组织15名律师为企业服务', '15名').label).toBeNull();
		expect(one('对全区300余名执法人员进行检验', '300余名').label).toBeNull();
	});

	test('multipliers are applied to the value, not kept in the unit', () => {
		expect(one('产业集群产值突破千亿元', '突破千亿元')).toMatchObject({ value: 1e11, unit: '元', kind: 'money', qualifier: '突破', claim: true });
		expect(mentions('万元地区生产总值能耗下降3%').map((m) => m.text)).toEqual(['3%']);
		expect(one('促进增收节支6546.22万元', '6546.22万元')).toMatchObject({ value: 65462200, unit: '元', kind: 'money' });
		expect(one('共上传数据18.85万余条', '18.85万余条')).toMatchObject({ value: 188500, unit: '条', qualifier: '余', approx: true });
		expect(one('涉及金额约1.85亿元', '约1.85亿元')).toMatchObject({ value: 185000000, unit: '元', qualifier: '约' });
		expect(one('涉及金额6835余万元', '6835余万元')).toMatchObject({ value: 68350000, unit: '元', qualifier: '余' });
		expect(one('地区生产总值达到5.3万亿元', '5.3万亿元')).toMatchObject({ value: 5.3e12, unit: '元' });
		expect(one('城镇新增就业110万人', '110万人')).toMatchObject({ value: 1100000, unit: '人', kind: 'count' });
	});

	test('qualifiers before and after', () => {
		expect(one('副科级以上领导干部近500人参加', '近500人')).toMatchObject({ qualifier: '近', value: 500 });
		expect(one('满意度98%以上', '98%以上')).toMatchObject({ qualifier: '以上', value: 98, unit: '%' });
		expect(one('组织20多个部门', '20多个')).toMatchObject({ qualifier: '多', value: 20 });
		expect(one('不少于30人', '不少于30人')).toMatchObject({ qualifier: '不少于', value: 30 });
		expect(one('全年节约100万元', '100万元').qualifier).toBeNull();
	});

	test('text set with a space between figures and words (2025 年, 约 12 万人次): the same readings, spaces kept in the text', () => {
		expect(mentions('2025 年，全局受理投诉 2,300 余户次').map((m) => `${m.text} ${m.kind} ${m.value} ${m.qualifier}`)).toEqual(['2025 年 date 2025 null', '2,300 余户次 count 2300 余']);
		expect(one('落款日期 2026 年 1 月 16 日', '2026 年 1 月 16 日')).toMatchObject({ kind: 'date', value: '2026-01-16', claim: false });
		expect(one('受众约 12 万人次', '约 12 万人次')).toMatchObject({ qualifier: '约', value: 120000, unit: '人次' });
		expect(one('每年轮训不少于 2 期', '不少于 2 期')).toMatchObject({ qualifier: '不少于', value: 2, kind: 'count' });
		expect(one('满意率 99% 以上。', '99% 以上')).toMatchObject({ qualifier: '以上', value: 99, kind: 'percent' });
		expect(one('位列全省第 3 名', '第 3 名')).toMatchObject({ kind: 'rank', value: 3 });
		// Two spaces are a gap between cells or words, not one quantity.
		expect(mentions('满意率 99%  以上各项').map((m) => m.text)).toEqual(['99%']);
	});

	test('the text keeps its own spelling', () => {
		expect(one('依法受理行政复议案件 18 起，', '18 起')).toMatchObject({ value: 18, unit: '起' });
		expect(one('其中四星级事项1414 项，', '1414 项')).toMatchObject({ value: 1414, unit: '项' });
		expect(one('结案率100％。', '100％')).toMatchObject({ value: 100, unit: '%', kind: 'percent' });
		expect(one('共出庭应诉 1案件起，由副县长出庭', '1案件起')).toMatchObject({ value: 1, unit: '起', kind: 'count' });
		expect(one('办理１２３件', '１２３件')).toMatchObject({ value: 123 });
		expect(one('发放1,234份', '1,234份')).toMatchObject({ value: 1234 });
		expect(one('发放1，234份', '1，234份')).toMatchObject({ value: 1234 });
	});

	test('measures, ranks and ratios', () => {
		expect(one('新建农村公路5000公里', '5000公里')).toMatchObject({ kind: 'measure', unit: '公里' });
		expect(one('完成造林100万亩', '100万亩')).toMatchObject({ kind: 'measure', value: 1e6, unit: '亩' });
		expect(one('新建厂房3.2万平方米', '3.2万平方米')).toMatchObject({ kind: 'measure', unit: '平方米' });
		expect(one('评查行政执法案卷312卷', '312卷')).toMatchObject({ kind: 'count', unit: '卷', label: '行政执法案卷' });
		expect(one('抽查产品12个批次', '12个批次')).toMatchObject({ kind: 'count', unit: '批次', value: 12 });
		expect(one('年度学法不少于40学时', '不少于40学时')).toMatchObject({ kind: 'duration', unit: '学时', qualifier: '不少于' });
		expect(one('获全省第3名', '第3名')).toMatchObject({ kind: 'rank', value: 3, claim: true });
		expect(one('排名全国第一', '第一')).toMatchObject({ kind: 'rank', value: 1, claim: true });
		expect(one('位居全省第2位', '第2位')).toMatchObject({ kind: 'rank', value: 2 });
		expect(one('位次提升至第68位', '第68位')).toMatchObject({ kind: 'rank', value: 68, claim: true });
		expect(one('经济总量上升至全国第9位；', '第9位')).toMatchObject({ kind: 'rank', value: 9, claim: true });
		expect(one('入选第3位专家', '第3位').kind).toBe('ordinal-or-name');
		expect(mentions('全省县域经济排名由第11位跃升至第6位').map((m) => [m.text, m.kind])).toEqual([['第11位', 'rank'], ['第6位', 'rank']]);
		expect(one('累计接种疫苗98.6万剂次', '98.6万剂次')).toMatchObject({ kind: 'count', unit: '剂次', value: 986000 });
		expect(one('按1:1比例配套', '1:1')).toMatchObject({ kind: 'ratio', value: 1, claim: true });
		expect(one('执法人员与管理对象配比为1:15左右', '1:15左右')).toMatchObject({ kind: 'ratio', value: 1 / 15, qualifier: '左右', approx: true });
		expect(one('男女比例约1.04∶1', '约1.04∶1')).toMatchObject({ kind: 'ratio', value: 1.04, qualifier: '约' });
		expect(one('参加群众二三十人', '二三十人')).toMatchObject({ kind: 'count', value: 20, valueMax: 30, unit: '人' });
		expect(one('涉及十五六个村', '十五六个')).toMatchObject({ value: 15, valueMax: 16 });
		expect(one('开展三四次', '三四次')).toMatchObject({ value: 3, valueMax: 4 });
		expect(one('全县约3/4的乡镇建成', '约3/4')).toMatchObject({ kind: 'percent', value: 75, unit: '%', qualifier: '约', claim: true });
		expect(one('2/3以上的部门完成', '2/3以上')).toMatchObject({ kind: 'percent', value: 200 / 3, qualifier: '以上' });
		// Not a share: a date, more than a whole, a page, a rate per a base.
		expect(mentions('2026/01/12').map((m) => m.kind)).toEqual(['date']);
		expect(mentions('实行24/7服务，详见第3/12页').map((m) => m.claim)).toEqual([false, false, false, false]);
		expect(one('死亡率控制在10/10万以内', '10/10万以内')).toMatchObject({ value: 10, unit: '/10万' });
		expect(mentions('岚湖科创走廊一期建成投用，推动二期开工建设，举办培训班3期').map((m) => `${m.text} ${m.kind}`)).toEqual(['一期 ordinal-or-name', '二期 ordinal-or-name', '3期 count']);
		expect(one('上午9:30召开', '9:30')).toMatchObject({ kind: 'date', claim: false });
		expect(one('PM2.5平均浓度降至30微克/立方米以下', '30微克/立方米以下')).toMatchObject({ kind: 'measure', unit: '微克/立方米', qualifier: '以下' });
		expect(one('中欧班列开行1200列以上', '1200列以上')).toMatchObject({ kind: 'count', unit: '列', value: 1200 });
		expect(mentions('其中3列入省级名录').map((m) => m.claim)).toEqual([false]);
		expect(one('报告书审批时限压缩三成', '三成')).toMatchObject({ kind: 'rate_change', unit: '成', value: 3 });
		expect(one('占比不足三成', '不足三成')).toMatchObject({ kind: 'percent', unit: '成', qualifier: '不足' });
		expect(mentions('共有5成员单位').map((m) => m.claim)).toEqual([false]);
		expect(one('人均补助2.35万元/人', '2.35万元/人')).toMatchObject({ kind: 'money', unit: '元/人', value: 23500 });
		expect(one('办理380余件（次）', '380余件（次）')).toMatchObject({ kind: 'count', unit: '件', value: 380, qualifier: '余' });
	});

	test('a bare fraction is a ratio when a ratio is named before it', () => {
		const [before, after] = mentions('城乡居民收入比由2.36缩小至2.18');
		expect(before).toMatchObject({ text: '2.36', kind: 'ratio', value: 2.36, unit: null, claim: true });
		expect(after).toMatchObject({ text: '2.18', kind: 'ratio', value: 2.18, claim: true });
		expect(one('基尼系数为0.46', '0.46').kind).toBe('ratio');
		expect(one('PM2.5浓度下降', 'PM2.5').claim).toBe(false);
		// A code that letters open is a name, and what follows it is no unit of it.
		expect(claims('全县PM2.5年均浓度31.6微克/立方米，PM10年均浓度降至52微克/立方米')).toEqual(['31.6微克/立方米', '52微克/立方米']);
		expect(claims('G107国道沿线整治，平台由V2.0升级至V3.0')).toEqual([]);
		expect(one('版本2.0上线', '2.0').claim).toBe(false);
	});

	test('ranges give value and valueMax', () => {
		expect(one('每村培养法律明白人三至五名', '三至五名')).toMatchObject({ value: 3, valueMax: 5, unit: '名', kind: 'count' });
		expect(one('用二到三个月时间', '二到三个月')).toMatchObject({ value: 2, valueMax: 3, unit: '月', kind: 'duration' });
		expect(one('下调10%-20%律师服务费', '10%-20%')).toMatchObject({ value: 10, valueMax: 20, unit: '%', kind: 'rate_change' });
		expect(one('3—5个工作日内办结', '3—5个工作日')).toMatchObject({ value: 3, valueMax: 5, unit: '工作日', kind: 'duration' });
		expect(one('补助3-5万元', '3-5万元')).toMatchObject({ value: 30000, valueMax: 50000, unit: '元' });
		expect(one('全县三四个乡镇', '三四个')).toMatchObject({ value: 3, valueMax: 4 });
		expect(mentions('由5件增加到8件').map((m) => m.text)).toEqual(['5件', '8件']);
	});
});

suite('千 and 百 after Arabic digits', () => {
	test.each([
		['培训食品从业人员3千余人', '3千余人', 3000, '人', '余'],
		['对5百余家经营主体不予处罚', '5百余家', 500, '家', '余'],
		['挽回经济损失2千多万元', '2千多万元', 2e7, '元', '多'],
		['新建绿道3千公里', '3千公里', 3000, '公里', null],
		['检查在建工程1420项次', '1420项次', 1420, '项次', null],
	] as const)('%s: %s', (text, needle, value, unit, qualifier) => {
		expect(one(text, needle)).toMatchObject({ claim: true, value, unit, qualifier });
	});

	test('a unit that starts with 千 or 百 keeps it, and 百分 or 第 is no multiple', () => {
		expect(one('新建道路5千米', '5千米')).toMatchObject({ value: 5, unit: '千米' });
		expect(one('新增装机3千瓦', '3千瓦')).toMatchObject({ value: 3, unit: '千瓦' });
		expect(one('比上年提高2个百分点', '2个百分点')).toMatchObject({ value: 2, unit: '百分点' });
		expect(mentions('臭氧第90百分位数浓度').map((m) => [m.text, m.claim])).toEqual([['第90', false]]);
	});
});

suite('days and time windows', () => {
	test('days counted after 天数 or 日数 are a count; a span of days is a duration', () => {
		expect(one('全年空气质量优良天数338天，同比增加5天', '338天')).toMatchObject({ kind: 'count', claim: true, value: 338 });
		expect(one('优良天数达到300天', '300天').kind).toBe('count');
		expect(one('平均用时15天办结', '15天').kind).toBe('duration');
	});

	test('the window of a statistic (8小时滑动平均值) is part of its name', () => {
		expect(one('臭氧日最大8小时滑动平均值下降', '8小时').claim).toBe(false);
		expect(one('二氧化硫24小时平均浓度达标', '24小时').claim).toBe(false);
		expect(one('志愿服务120小时，平均每人4小时', '120小时')).toMatchObject({ kind: 'duration', claim: true });
		// 平均 before a verb is an adverb: the limit was cut on average.
		expect(one('办理时限由法定的20个工作日平均压缩至3至5个工作日', '20个工作日')).toMatchObject({ kind: 'duration', claim: true });
	});
});

suite('times of day, densities, age bands and items spelled out after their count', () => {
	test('a time of day written like a ratio is a time when a date, 于, a leading zero or what happens at it says so', () => {
		expect(one('发布时间：2026-01-15 09:30', '09:30')).toMatchObject({ kind: 'date', claim: false, value: 'T09:30' });
		expect(one('发布时间：2026年1月15日 9:30', '9:30')).toMatchObject({ kind: 'date', claim: false });
		expect(one('全体会议于9:30召开', '9:30').claim).toBe(false);
		expect(one('材料于14:00前报送', '14:00').claim).toBe(false);
		expect(one('师生比1:15', '1:15')).toMatchObject({ kind: 'ratio', claim: true });
		expect(one('男女比例为3:2，', '3:2')).toMatchObject({ kind: 'ratio', value: 1.5 });
	});

	test('things per so many people are a ratio, not a count', () => {
		expect(one('每千人口医疗卫生机构床位数6.8张', '6.8张')).toMatchObject({ kind: 'ratio', claim: true, unit: '张' });
		eachOne('kind', [
			['每万人口全科医生3.2名', '3.2名', 'ratio'],
			['全县有全科医生314名', '314名', 'count'],
			['万人拥有律师数2.8名', '2.8名', 'ratio'],
			['千人口拥有床位6.5张', '6.5张', 'ratio'],
			// The next item of a list shares the base; a new clause does not.
			['每千人口执业医师3.4人、注册护士4.1人', '4.1人', 'ratio'],
			['每千人口执业医师3.4人，新招护士41人', '41人', 'count'],
			// Only a density's list shares its base: after another ratio, a count stays a count.
			['城乡居民收入比为2.36、新增就业1200人', '1200人', 'count'],
		]);
	});

	test('an amount in financial capitals is money; the currency written before it is no part of its label', () => {
		expect(one('审查合同金额人民币壹佰贰拾万元整。', '壹佰贰拾万元')).toMatchObject({ value: 1_200_000, unit: '元', kind: 'money', claim: true, label: '合同金额' });
		expect(one('单笔伍拾万元以上的合同', '伍拾万元以上')).toMatchObject({ value: 500_000, qualifier: '以上' });
		expect(one('奖补资金￥35万元', '35万元').label).toBe('奖补资金');
		expect(one('审查金额RMB 80万元', '80万元').label).toBe('审查金额');
		expect(one('合同金额120万元整。', '120万元').label).toBe('合同金额');
		// Capitals that are no amount: a word's character, and a numeral after it read as ever.
		expect(mentions('加强队伍建设，陆续出台制度').map((m) => m.text)).toEqual([]);
		expect(mentions('队伍一千人').map((m) => m.text)).toEqual(['一千人']);
	});

	test('a rank compared with the last one in the next clause is a rank too; a quarter named by its ordinal is none', () => {
		expect(one('排名第1位，较第一季度的第6位明显提升', '第6位')).toMatchObject({ kind: 'rank', claim: true });
		expect(mentions('排名第1位，较第一季度的第6位明显提升').map((m) => m.text)).not.toContain('第一');
	});

	test('a container port\'s and a floor\'s units in Latin letters', () => {
		expect(one('集装箱吞吐量428.6万TEU', '428.6万TEU')).toMatchObject({ value: 4_286_000, unit: 'TEU', kind: 'measure' });
		expect(one('新建厂房8.4万sq.m', '8.4万sq.m')).toMatchObject({ value: 84_000, unit: 'sq.m' });
	});

	test('verbs that share a character are read from the left: the noun after the first is its object', () => {
		eachOne('label', [
			['全年办结案件412件', '412件', '办结案件'],
			['驳回复议申请18件', '18件', '复议申请'],
			['已核查办结126件', '126件', '核查办结'],
			['全年审核发放行政执法证件922个', '922个', '行政执法证件'],
			['年内完成立法后评估项目不少于3个', '不少于3个', '立法后评估项目'],
			// A verb before 比例 names the share, no activity.
			['告知承诺事项核查比例10%以上', '10%以上', '告知承诺事项核查比例'],
		]);
	});

	test('a verb said twice round 一 (问一问) is no number; a regulation\'s chapters are counted in 章', () => {
		expect(mentions('有事找法律明白人问一问，比一比、赛一赛').map((m) => m.text)).toEqual([]);
		expect(one('《办法》共6章42条', '6章')).toMatchObject({ value: 6, unit: '章', kind: 'count' });
		expect(one('依照第3章规定', '第3章').claim).toBe(false);
	});

	test('负增长 is a change word; 大 after figures is a word, 二十大 a congress', () => {
		expect(one('同比负增长2.3%', '2.3%')).toMatchObject({ kind: 'rate_change', value: 2.3, label: null });
		expect(one('营业收入突破100亿大关', '突破100亿')).toMatchObject({ value: 1e10, unit: '元', kind: 'money', claim: true });
		expect(one('认真落实党的二十大关于全面依法治国的部署', '二十大')).toMatchObject({ unit: '大', claim: false });
		expect(one('建成2个大型场馆', '2个').claim).toBe(true);
	});

	test('an index past its bracketed base is a ratio named by the index; a coefficient\'s change is a change in no unit', () => {
		expect(one('居民消费价格指数（上年=100）为100.3，', '100.3')).toMatchObject({ kind: 'ratio', claim: true, label: '居民消费价格指数' });
		expect(one('涨幅1.2%，定基指数（2020年=100）为103.6。', '103.6')).toMatchObject({ kind: 'ratio', label: '定基指数' });
		expect(one('2025年居民消费价格指数（上年=100）为100.3', '100.3').label).toBe('居民消费价格指数');
		expect(one('灌溉水有效利用系数较2024年提高0.006。', '0.006')).toMatchObject({ kind: 'rate_change', claim: true, unit: null });
		// A bracket right before the figure, with no word between, is the noun's own (示范村（社区）).
		expect(one('创建民主法治示范村（社区）74个', '74个').label).toBe('民主法治示范村（社区）');
	});

	test('a road\'s milepost (K123+450) is one code; 人民 after a number is no unit of people (第三人民医院)', () => {
		expect(mentions('在G60沪昆高速K123+450处设置治超站').map((m) => [m.text, m.claim])).toEqual([['G60', false], ['K123+450', false]]);
		expect(mentions('市第三人民医院').filter((m) => m.claim)).toEqual([]);
		expect(one('配备调解员3人', '3人').claim).toBe(true);
	});

	test('per-mille points are points, like 百分点', () => {
		expect(one('人口自然增长率下降0.4个千分点', '0.4个千分点')).toMatchObject({ value: 0.4, unit: '千分点', kind: 'rate_change' });
	});

	test('an age band before the people it bounds names them; an age range elsewhere is a claim', () => {
		expect(one('0—6岁儿童健康管理率达到95%', '0—6岁').claim).toBe(false);
		expect(one('年龄在18—35岁之间', '18—35岁').claim).toBe(true);
	});

	test('a count whose noun ends at a colon followed by as many run-in items counts them', () => {
		expect(one('着力抓好三个环节：一是抓好学习，二是抓好考试；三是抓好旁听。', '三个').claim).toBe(false);
		expect(one('着力抓好三个环节：一是抓好学习，二是抓好考试。', '三个').claim).toBe(true);
		expect(one('聚焦三个重点：一是稳增长；二是促改革；三是惠民生；四是防风险。', '三个').claim).toBe(true);
	});

	test('the first of two counts of points shares the 百分点 written after the second', () => {
		expect(one('分别提高2.8个和1.9个百分点', '2.8个')).toMatchObject({ unit: '百分点', kind: 'rate_change', value: 2.8 });
		expect(one('建成3个和5个中心', '3个')).toMatchObject({ unit: '个', kind: 'count' });
	});
});

suite('Chinese numerals in longer forms, and words that turn a figure around', () => {
	test('a word that ends in the first numeral of a longer number is not that word (清单一百零三条)', () => {
		expect(one('反馈问题清单一百零三条。', '一百零三条')).toMatchObject({ value: 103, unit: '条', claim: true });
		expect(mentions('建立问题清单一份台账')).toEqual([]);
	});

	test('百分之 with decimals after 点 and a suffix qualifier', () => {
		expect(one('合格率百分之九十六点九', '百分之九十六点九')).toMatchObject({ value: 96.9, unit: '%' });
		expect(one('满意率达到百分之九十八以上', '百分之九十八以上')).toMatchObject({ value: 98, qualifier: '以上', approx: true });
	});

	test('a measure word that makes words with 一 follows a longer Chinese numeral (三百二十卷), never 一 alone', () => {
		expect(one('评查案卷三百二十卷', '三百二十卷')).toMatchObject({ value: 320, unit: '卷', claim: true });
		expect(mentions('建成一张网')).toHaveLength(1);
		expect(mentions('建成一张网')[0].claim).toBe(false);
	});

	test('不超过 is no 超过, and 优惠 or 下浮 before a percentage make it a change', () => {
		expect(one('办理时限不超过3个工作日', '3个工作日')).toMatchObject({ qualifier: null, kind: 'duration' });
		expect(one('通行费优惠10%-20%', '10%-20%').kind).toBe('rate_change');
		expect(one('价格下浮5%', '5%').kind).toBe('rate_change');
	});

	test('a class or grade bound before the things it bounds names them', () => {
		expect(one('对三类以上班线客车开展检查', '三类以上').claim).toBe(false);
		expect(one('全市三级以上医院12家', '12家').claim).toBe(true);
		expect(one('全市三级以上医院12家', '三级以上').claim).toBe(false);
	});
});

suite('changes named a few characters before their figure, ranks moved, people counted by a noun', () => {
	test('a change verb a few characters before a percentage makes it a change; 到 before it, or a verb made a noun, keeps a level', () => {
		expect(one('减少审批环节40%，', '40%').kind).toBe('rate_change');
		expect(one('大力压减一般性支出5%以上', '5%以上').kind).toBe('rate_change');
		expect(one('群众满意度提高到98%', '98%').kind).toBe('percent');
		expect(one('数字经济核心产业增加值占GDP比重达到9.8%', '9.8%').kind).toBe('percent');
	});

	test('a change and the level it reached (提高0.5个百分点至65.3%, 由63.2%提高到65.3%) both measure the noun before them', () => {
		expect(one('全市城镇化率提高0.5个百分点至65.3%。', '0.5个百分点').kind).toBe('rate_change');
		expect(one('全市城镇化率提高0.5个百分点至65.3%。', '65.3%').kind).toBe('percent');
		eachOne('label', [
			['全市城镇化率提高0.5个百分点至65.3%。', '0.5个百分点', '城镇化率'],
			['全市城镇化率提高0.5个百分点至65.3%。', '65.3%', '城镇化率'],
			['城镇化率由63.2%提高到65.3%。', '63.2%', '城镇化率'],
			['城镇化率由63.2%提高到65.3%。', '65.3%', '城镇化率'],
			['纠错率从12%下降至8%。', '12%', '纠错率'],
			['专项资金500万元到位。', '500万元', '专项资金'],
			['驳回理由3条。', '3条', '理由'],
			// An aside right before the figure saying what it takes in is no part of the label; a name's bracket is.
			['其中纠错(含撤销、确认违法)29件，', '29件', '纠错'],
			['建成示范村（社区）74个。', '74个', '示范村（社区）'],
			// 延长 is a change; 时限/时长 make the verb before them a noun; 等 inside 等待 ends no list.
			['退出企业平均寿命延长0.64年。', '0.64年', '退出企业平均寿命'],
			['审批时限缩短3天。', '3天', '审批时限'],
			['等待时长减少5分钟。', '5分钟', '等待时长'],
			// 力争/将 open what a plan will do, no part of what is measured.
			['力争行政复议案件审结率达到95%以上。', '95%以上', '行政复议案件审结率'],
			// A run-in item's number opening the clause is no part of the label.
			['一是新建改建农村公路15公里；', '15公里', '新建改建农村公路'],
			['（3）简易注销平均办理时间压缩至1个工作日以内。', '1个工作日以内', '简易注销平均办理时间'],
		]);
		// A ratio written with the vertical-form colon ︰ or the small colon ﹕ is one ratio; 调整为 links it.
		expect(one('三次产业比调整为11.8︰48.3︰39.9。', '11.8︰48.3︰39.9')).toMatchObject({ kind: 'ratio', claim: true, label: '三次产业比' });
		expect(one('城乡收入比缩小为2.1﹕1。', '2.1﹕1').kind).toBe('ratio');
		// A web page's view counter and its links to the articles beside it claim nothing.
		expect(one('来源：某镇人民政府　浏览次数：1386', '1386').claim).toBe(false);
		expect(claims('上一篇：某镇2025年政府信息公开工作年度报告')).toEqual([]);
		expect(one('网站访问量达120万次。', '120万次').claim).toBe(true);
		expect(one('政府网站全年访问量：1386万', '1386万').claim).toBe(true);
		// Money and what is done for people are no people counted; 中等/高等 are no words 等 ends a list in.
		expect(one('全年安排3亿资金用于农民工工资保障。', '3亿').unit).toBeNull();
		expect(one('5万农民工返乡创业。', '5万').unit).toBe('人');
		expect(one('全市共有小学、初中、高中等各类学校120所。', '120所').label).toBe('各类学校');
	});

	test('a fraction in no unit bounded by 以上/左右 is a ratio with that qualifier; a version number is not', () => {
		expect(one('库款保障水平始终保持在0.8以上；', '0.8以上')).toMatchObject({ kind: 'ratio', claim: true, qualifier: '以上', value: 0.8, label: '库款保障水平' });
		expect(one('基尼系数0.46左右。', '0.46左右')).toMatchObject({ kind: 'ratio', qualifier: '左右', label: '基尼系数' });
		expect(one('支持Android 8.0以上系统。', '8.0').claim).toBe(false);
		expect(one('群众满意度一直稳定在95%以上。', '95%以上').label).toBe('群众满意度');
	});

	test('提升3个位次 is how far a rank moved; 位列第2名 is the rank', () => {
		expect(one('较上年提升3个位次', '3个位次')).toMatchObject({ kind: 'rate_change', unit: '位次', value: 3 });
		expect(one('位列第2名', '第2名').kind).toBe('rank');
	});

	test('a multiplied number before a noun of people counts people, and 盏 is a measure word', () => {
		expect(one('现行标准下186.4万农村贫困人口全部脱贫', '186.4万')).toMatchObject({ value: 1864000, unit: '人', kind: 'count' });
		expect(one('新装太阳能路灯500盏', '500盏')).toMatchObject({ value: 500, unit: '盏', kind: 'count' });
		expect(one('面向全国30万新录用公务员、52万行政执法人员集中宣讲', '30万')).toMatchObject({ value: 300000, unit: '人', kind: 'count' });
		expect(one('面向全国30万新录用公务员、52万行政执法人员集中宣讲', '52万')).toMatchObject({ value: 520000, unit: '人', label: null });
	});
});

suite('zone classes, bad-weather days, points measured', () => {
	test('a small Arabic class before a zone noun is its designation; a count of kinds stays a count', () => {
		expect(one('新划定1类区2个', '1类').claim).toBe(false);
		expect(one('新划定1类区2个', '2个').claim).toBe(true);
		expect(one('梳理出12类问题', '12类').claim).toBe(true);
	});

	test('days of a kind of weather are counted; a verb of change with 至 before the figure gives a level', () => {
		expect(one('全年发生重污染天气1天', '1天').kind).toBe('count');
		expect(one('平均审批时限压缩至法定时限的40%', '40%').kind).toBe('percent');
		expect(one('监测12点次', '12点次')).toMatchObject({ unit: '点次', kind: 'count' });
	});
});

suite('time limits counted from an event', () => {
	test('a word ending in a bound character (签约) makes no round amount of the magnitude after it', () => {
		expect(claims('新签约亿元以上项目212个')).toEqual(['212个']);
		expect(one('约千人参加', '约千人')).toMatchObject({ value: 1000, qualifier: '约' });
	});

	test('新的 before a period names it (新的五年已经开启), as 过去 and 今后 do', () => {
		expect(one('各位代表！新的五年已经开启', '五年').claim).toBe(false);
		expect(one('用5年时间完成改造', '5年').claim).toBe(true);
	});

	test('后 or 前 before a duration followed by 内 is a time limit, not the latter part of a period', () => {
		expect(one('均在作出决定后7个工作日内公示', '7个工作日').claim).toBe(true);
		expect(one('开庭前3日内送达', '3日').claim).toBe(true);
		expect(one('后3年将完成', '3年').claim).toBe(false);
	});
});

suite('percentages and changes', () => {
	test('a level is a percent, labelled by its rate', () => {
		expect(one('备案率达100%', '100%')).toMatchObject({ kind: 'percent', label: '备案率' });
		expect(one('出庭应诉率达到90%。', '90%')).toMatchObject({ kind: 'percent', label: '出庭应诉率' });
		expect(one('占比99.16%', '99.16%')).toMatchObject({ kind: 'percent', label: '占比' });
		expect(one('城镇化率提高到65%', '65%').kind).toBe('percent');
	});

	test('a change is a rate_change, even over 100%', () => {
		expect(one('GDP同比增长8.5%', '8.5%')).toMatchObject({ kind: 'rate_change', label: 'GDP' });
		expect(one('单位能耗下降3%', '3%').kind).toBe('rate_change');
		expect(one('与2020年相比增速达到866%', '866%').kind).toBe('rate_change');
		expect(one('平均压缩幅度约78%', '约78%').kind).toBe('rate_change');
		expect(one('比上年提高1.2个百分点', '1.2个百分点')).toMatchObject({ kind: 'rate_change', unit: '百分点', value: 1.2 });
		expect(one('工作效率提高一倍', '一倍')).toMatchObject({ kind: 'rate_change', unit: '倍', value: 1 });
		// The span is the numeral and its unit, as the gold's 提高一倍 is 一倍: the verb is not part of it.
		expect(one('收入翻一番', '一番')).toMatchObject({ kind: 'rate_change', value: 1, unit: '番' });
		expect(one('实现翻了两番', '两番')).toMatchObject({ kind: 'rate_change', value: 2 });
		expect(one('总量是2017年的1.4倍', '1.4倍')).toMatchObject({ kind: 'ratio', value: 1.4, unit: '倍' });
		expect(one('相当于全国平均水平的2倍', '2倍').kind).toBe('ratio');
		expect(one('收入增长1.5倍', '1.5倍').kind).toBe('rate_change');
		expect(one('提高到原来的3倍以上', '3倍以上').kind).toBe('ratio');
		expect(one('较2020年翻番。', '翻番')).toMatchObject({ kind: 'rate_change', value: 1, unit: '番', claim: true });
		expect(mentions('经过一番努力')).toEqual([]);
		expect(mentions('分别增长5.5%、4.3%和3.1%').map((m) => m.kind)).toEqual(['rate_change', 'rate_change', 'rate_change']);
	});

	test('a distributive claim is one mention listing each rate', () => {
		const m = one('坚持有件必备，审结率、备案率、及时率均达100%。', '100%');
		expect(m.labels).toEqual(['审结率', '备案率', '及时率']);
		expect(m.label).toBe('审结率、备案率、及时率');
		// Rates listed before one figure each reach it without 均 (no rate is a sum of others); 均在 is 均; 及格 is no 及.
		expect(one('规范性文件报备率、及时率、规范率达100%。', '100%').labels).toEqual(['规范性文件报备率', '及时率', '规范率']);
		expect(one('参考率、及格率均在90%以上。', '90%以上').labels).toEqual(['参考率', '及格率']);
		expect(one('办理信访件、网上投诉达100件。', '100件').labels).toBeNull();
		expect(one('结案率、服判息诉率分别提高到99.4%和83.1%。', '99.4%').labels).toBeNull();
	});

	test('Chinese percentages', () => {
		expect(one('百分之九十五的群众', '百分之九十五')).toMatchObject({ value: 95, unit: '%', kind: 'percent' });
	});
});

suite('Chinese numerals', () => {
	test('are mentions before a measure word or unit', () => {
		expect(one('全年组织开展三次', '三次')).toMatchObject({ value: 3, unit: '次', kind: 'count', claim: true });
		expect(one('为期一个月的检查', '一个月')).toMatchObject({ value: 1, unit: '月', kind: 'duration', claim: true });
		expect(one('已连续三年荣获称号', '连续三年')).toMatchObject({ value: 3, unit: '年', kind: 'duration', claim: true });
		expect(one('对金耀、杏花营等七个办事处考核', '七个')).toMatchObject({ value: 7, kind: 'count', claim: true });
	});

	test('a zero claim takes its unit from the counted noun', () => {
		expect(one('确诊病例和疑似病例皆为零，', '零')).toMatchObject({ value: 0, unit: '例', kind: 'count', claim: true });
		expect(one('全年数据安全责任事故为零。', '零')).toMatchObject({ value: 0, unit: '起', kind: 'count', claim: true });
	});

	test.each([
		'进一步规范', '取得了一些成绩', '一系列措施', '一体化工作机制', '统一部署', '我省唯一的', '一方面形成制度，另一方面加分',
		'示范试点之一', '一线骨干', '老百姓维权', '四川省规定', '周六延时服务', '履行第一责任人职责', '一是加强领导；二是推进', '一要抓好落实',
		'全年办理一起', '一次性告知', '一把手', '十分重要', '千方百计', '实施新一轮技术改造', '开展检查几十次', '走访数百家企业', '一成不变',
	])('no mention in %s', (text) => {
		expect(mentions(text)).toEqual([]);
	});

	test('a count that opens its clause and covers all of the items listed in the clause before counts those items', () => {
		expect(one('婴儿死亡率3.12‰、5岁以下儿童死亡率4.05‰、孕产妇死亡率8.6/10万，三项指标均优于省定目标', '三项').claim).toBe(false);
		expect(one('开展培训5次、讲座3场，两项活动均按计划完成', '两项').claim).toBe(false);
		expect(one('全面落实制度，全市婴儿死亡率3.12‰，孕产妇死亡率8.6/10万，两项指标均优于省定目标', '两项').claim).toBe(false);
		// Not all of them (no 均), or not as many as listed: new things counted.
		expect(one('开展培训5次、讲座3场，两项活动获得表彰', '两项').claim).toBe(true);
		expect(one('开展培训5次、讲座3场，三项活动均按计划完成', '三项').claim).toBe(true);
	});

	test('一起 before a case or incident noun counts one; before a verb, or after 和/与/在, it is the word "together"', () => {
		expect(one('全年发生一起行政诉讼案件，已审结', '一起')).toMatchObject({ claim: true, kind: 'count', value: 1, unit: '起' });
		expect(one('查处一起非法集资事件', '一起')).toMatchObject({ claim: true, value: 1, unit: '起' });
		expect(mentions('会同信访部门一起研究解决信访案件')).toEqual([]);
		expect(mentions('与群众一起化解矛盾纠纷')).toEqual([]);
		expect(mentions('和基层干部在一起办理投诉案件')).toEqual([]);
	});

	test('a name with a list mark inside it is one item, not a list the numeral after it counts', () => {
		expect(one('对企业开展“双随机、一公开”检查两次，抽查企业173家', '两次')).toMatchObject({ claim: true, value: 2, unit: '次' });
		expect(one('开展双随机、一公开检查两次', '两次').claim).toBe(true);
		// A list of two names is still counted by the numeral after it.
		expect(one('深化三项制度、双随机一公开两项改革', '两项').claim).toBe(false);
	});

	test('a numeral that counts the names listed right before it, after a count that is not in the list', () => {
		expect(one('将分散在19个部门的执法职责整合为市场监管、生态环境、文化市场、交通运输、农业农村五支综合执法队伍', '五支').claim).toBe(false);
		expect(one('会前学法11次、专题讲座两场', '两场').claim).toBe(true);
	});

	test('零 before an event it counts is a claim of none, quoted or not; 零容忍 is a slogan', () => {
		expect(one('较大以上事故“零发生”', '零')).toMatchObject({ value: 0, kind: 'count', claim: true });
		expect(one('全年实现零伤亡。', '零')).toMatchObject({ value: 0, claim: true, unit: '人' });
		// The unit the event implies, and the event as the label when the words before are a quote mark or a list.
		expect(one('较大以上事故“零发生”', '零')).toMatchObject({ unit: '起' });
		expect(one('全年实现“零感染”。', '零')).toMatchObject({ unit: '例', label: '感染', claim: true });
		expect(mentions('安全生产事故零发生、零死亡。').map((m) => `${m.unit} ${m.label}`)).toEqual(['起 安全生产事故', '人 死亡']);
		expect(one('实现零投诉', '零')).toMatchObject({ unit: null, claim: true });
		expect(mentions('对腐败零容忍').filter((m) => m.claim)).toEqual([]);
	});

	test('a fraction right after a rate written without a sign is its value', () => {
		expect(one('亿元GDP生产安全事故死亡率0.012，', '0.012')).toMatchObject({ value: 0.012, kind: 'ratio', claim: true });
	});

	test('a count with its measure word doubled in brackets, and round-the-clock regimes', () => {
		expect(one('发放宣传资料1.8万件（套）', '1.8万件（套）')).toMatchObject({ value: 18000, unit: '件' });
		expect(one('严格落实24小时值班值守制度', '24小时值班').claim).toBe(false);
	});

	test('pairs and bodies count (婚姻登记2,468对, 火化3,891具); a hotline before 人社 is no count of people', () => {
		expect(one('办理婚姻登记2,468对', '2,468对')).toMatchObject({ value: 2468, unit: '对' });
		expect(one('火化遗体3,891具', '3,891具')).toMatchObject({ value: 3891, unit: '具' });
		expect(one('全省排名上升3个位次', '3个位次')).toMatchObject({ value: 3, unit: '位次' });
		expect(one('12333人社服务热线全年接听', '12333').claim).toBe(false);
	});

	test('counts of passes: 辆次, 艘次, 台次, 航次', () => {
		expect(one('检测货车24.6万辆次', '24.6万辆次')).toMatchObject({ value: 246000, unit: '辆次' });
		expect(one('检查船舶1,326艘次', '1,326艘次')).toMatchObject({ value: 1326, unit: '艘次' });
	});

	test('a rate per a base after a slash keeps the base as its unit', () => {
		expect(one('孕产妇死亡率8.6/10万，', '8.6/10万')).toMatchObject({ value: 8.6, unit: '/10万', kind: 'percent', claim: true });
		expect(one('控制在10/10万以内', '10/10万以内')).toMatchObject({ value: 10, unit: '/10万', qualifier: '以内' });
		expect(one('报告发病率186.42／10万', '186.42／10万')).toMatchObject({ value: 186.42, unit: '/10万' });
		expect(mentions('孕产妇死亡率8.6/10万').map((m) => m.text)).toEqual(['8.6/10万']);
	});

	test('set phrases of the genre, a numbered five-year plan, a count of an outline\'s parts and of bodies just named are no claims', () => {
		expect(claims('严格执行防止干预司法三个规定，按照三个区分开来的要求，新建九年一贯制学校2所')).toEqual(['2所']);
		expect(claims('制定在全县公民中开展第八个五年法治宣传教育的计划，第7个5年法治宣传教育，举办普法讲座28场')).toEqual(['28场']);
		expect(claims('报告共分为总体情况、主动公开、问题和改进、其他事项四个部分。报告包括6个部分。法治建设是全局的一项重要工作')).toEqual([]);
		expect(claims('区滨投公司、区城投公司、区环建公司3户企业为平台企业，平桥、白鹤、坦头、街头、石梁5家单位，另有企业12家')).toEqual(['12家']);
		// 3个年度工作要点 counts documents (of the three just named), 连续三个年度 is a span of years.
		expect(claims('牵头起草依法治县、法治政府建设、法治社会建设3个年度工作要点，连续三个年度获评先进')).toEqual(['连续三个年度']);
		expect(one('起草3个年度工作计划', '3个')).toMatchObject({ unit: '个', kind: 'count' });
		expect(claims('安置房项目（一期）建成，完成机耕作业12.5万亩次')).toEqual(['12.5万亩次']);
	});

	test('a list of changes in 百分点 written once at its end, with 个 after each figure or a sign before one', () => {
		expect(mentions('三次产业分别拉动经济增长0.3个、1.2个和2.5个百分点。').map((m) => [m.text, m.value, m.unit, m.kind])).toEqual([['0.3个', 0.3, '百分点', 'rate_change'], ['1.2个', 1.2, '百分点', 'rate_change'], ['2.5个百分点', 2.5, '百分点', 'rate_change']]);
		expect(mentions('对经济增长的拉动分别为0.21、-1.35、2.04个百分点。').map((m) => [m.text, m.value, m.unit])).toEqual([['0.21', 0.21, '百分点'], ['-1.35', -1.35, '百分点'], ['2.04个百分点', 2.04, '百分点']]);
	});

	test('a bulletin\'s ratio with spaces around its colons is one ratio; a survey named by its sample is a name; months run together are dates', () => {
		expect(mentions('三次产业结构由上年的12.4 : 40.2 : 47.4调整为11.9 : 39.8 : 48.3。').map((m) => [m.text, m.kind])).toEqual([['12.4 : 40.2 : 47.4', 'ratio'], ['11.9 : 39.8 : 48.3', 'ratio']]);
		expect(claims('根据2020年5‰人口变动抽样调查和全国1%人口抽样调查，抽中住户1.86万户')).toEqual(['1.86万户']);
		expect(claims('统计时限为20231月1日至202312月31日，办结12件')).toEqual(['12件']);
	});

	test('a year in words with its 〇 typed as 0; a length taken on average (平均近30天); a rank in a field named before 中第; figures of speech with 一', () => {
		expect(mentions('二0二三年，全乡生产总值完成3200万元。').map((m) => [m.text, m.value, m.kind, m.claim])).toEqual([['二0二三年', 2023, 'date', false], ['3200万元', 32000000, 'money', true]]);
		expect(claims('审批时间由目前平均近200个工作日压减至100个工作日以内，平均近30天办结，近三年来累计投入')).toEqual(['近200个工作日', '100个工作日以内', '近30天']);
		expect(mentions('位列全市165个迎检乡镇中第四位').filter((m) => m.kind === 'rank').map((m) => m.text)).toEqual(['第四位']);
		expect(claims('全乡经济跃上了一个新的台阶，交出了一份满意的答卷，新建一个调解室，人均完成学习24学分')).toEqual(['一个', '24学分']);
		expect(claims('全县上下交出了一份有温度、有成色的发展答卷，连续三年实现两位数增长，组织综合查一次120户次，整体进入第一序列')).toEqual(['连续三年', '120户次']);
		expect(mentions('新增2.5万青年留青来青、1.8万农民工就近就业').map((m) => `${m.text} ${m.unit}`)).toEqual(['2.5万 人', '1.8万 人']);
	});

	test('a caption\'s number at the start of its line (图3:, 表2 ) counts nothing', () => {
		expect(claims('图3:2019-2023年全县地区生产总值及增长速度')).toEqual([]);
		expect(claims('表2 户籍人口数及其构成')).toEqual([]);
		expect(claims('全县新建图书馆分馆3个，代表2人发言。')).toEqual(['3个', '2人']);
	});

	test('an amount in 万 or 亿 with its 元 left out is money when its clause names money', () => {
		expect(one('社零实现145.98亿，', '145.98亿')).toMatchObject({ value: 14598000000, unit: '元', kind: 'money' });
		expect(one('全省民生类支出1.21万亿，', '1.21万亿')).toMatchObject({ value: 1.21e12, unit: '元', kind: 'money' });
		expect(one('争取上级资金2亿以上。', '2亿以上')).toMatchObject({ value: 2e8, unit: '元', qualifier: '以上', approx: true, kind: 'money' });
		expect(one('全国人口1.2亿，', '1.2亿')).toMatchObject({ unit: null, kind: 'count' });
		// The amount right before it in the sentence was money: so is this one.
		expect(mentions('全年财政收入任务320万，完成356万，其中税收完成210万。全市人口120万，增加3万。').map((m) => `${m.text} ${m.unit ?? ''}`)).toEqual(['320万 元', '356万 元', '210万 元', '120万 ', '3万 ']);
	});

	test('an age bound right before the people it bounds names them', () => {
		expect(one('5岁以下儿童死亡率4.05‰', '5岁以下')).toMatchObject({ kind: 'ordinal-or-name', claim: false });
		expect(one('全市60岁以上老年人口达12万', '60岁以上').claim).toBe(false);
		expect(one('干部平均年龄45岁以下，', '45岁以下').claim).toBe(true);
		// Bulletins write the bound with 及 and ages in full years (周岁), which are years of age, not weeks.
		expect(claims('其中0-14周岁人口5.1万人，60周岁及以上人口9.8万人，65岁及以上人口7.2万人')).toEqual(['5.1万人', '9.8万人', '7.2万人']);
		expect(one('劳动年龄下限为16周岁。', '16周岁')).toMatchObject({ value: 16, unit: '岁', kind: 'duration', claim: true });
		expect(one('全年收购烟叶3.6万担，', '3.6万担')).toMatchObject({ value: 36000, unit: '担', kind: 'measure' });
	});

	test('frame periods are not claims', () => {
		expect(one('是具有重要意义的一年。', '一年')).toMatchObject({ kind: 'duration', claim: false });
		expect(claims('2024年是实施“十四五”规划关键一年。2025年是全县发展承上启下重要一年，工期缩短一年。')).toEqual(['一年']);
		expect(one('近三年来，累计投入', '近三年')).toMatchObject({ kind: 'duration', claim: false });
		expect(one('今后五年，我们将', '五年').claim).toBe(false);
		expect(one('2024年是实现规划目标的关键一年。', '一年').claim).toBe(false);
		expect(one('开展为期一年的专项行动', '一年').claim).toBe(true);
		expect(one('这极不平凡的五年，', '五年').claim).toBe(false);
		expect(one('未来的5年里', '5年').claim).toBe(false);
		// Years that open their clause with 的 after them: the time the sentence looks back on.
		expect(one('各位代表！五年的成绩来之不易', '五年').claim).toBe(false);
		expect(one('　　一年的工作，凝聚了全区干部群众的心血', '一年').claim).toBe(false);
		expect(one('计划用三年的时间完成', '三年').claim).toBe(true);
		// A length after 的 that does not end the clause is claimed, like the gold's benchmark 1个工作日.
		expect(one('审批时限由法定的60个工作日压缩至20个工作日', '60个工作日')).toMatchObject({ kind: 'duration', claim: true });
	});
});

suite('dates', () => {
	test.each([
		['2020年，惠济区', '2020年', 2020, null, '年'],
		['2020年度法治政府建设', '2020年', 2020, null, '年'],
		['2020年8月被评为', '2020年8月', '2020-08', null, 'date'],
		['2020年8月11日召开', '2020年8月11日', '2020-08-11', null, 'date'],
		['8月11日召开推进会', '8月11日', '--08-11', null, 'date'],
		['将每月18日定为服务日', '18日', '---18', null, 'date'],
		['8月15日至18日组织考试', '8月15日至18日', '--08-15', '--08-18', 'date'],
		['5月7日至5月20日开展检查', '5月7日至5月20日', '--05-07', '--05-20', 'date'],
		['实施纲要(2021—2025年)', '2021—2025年', 2021, 2025, '年'],
		['1-10月累计', '1-10月', '--01', '--10', 'date'],
		['二〇二一年三月十五日', '二〇二一年三月十五日', '2021-03-15', null, 'date'],
	])('%s → %s', (text, span, value, valueMax, unit) => {
		expect(one(text, span)).toMatchObject({ value, valueMax, unit, kind: 'date', claim: false });
	});

	test('a year range set with a space before 年 (a PDF copy) is one date range', () => {
		expect(one('对照《法治政府建设实施纲要（2021—2025 年）》确定的目标任务', '2021—2025 年')).toMatchObject({ kind: 'date', claim: false, value: 2021, valueMax: 2025 });
	});

	test('a number of days within which something is done is a span of time', () => {
		expect(one('3日内办结', '3日')).toMatchObject({ kind: 'duration', claim: true });
		expect(one('审批时限由法定的30日压缩至10个工作日', '30日')).toMatchObject({ kind: 'duration', claim: true });
		// A day with no month is a length, unless words make it a day of the month.
		expect(one('公开征求意见30日，收到意见12条', '30日')).toMatchObject({ kind: 'duration', claim: true });
		expect(one('征求意见期限不少于30日', '不少于30日')).toMatchObject({ kind: 'duration', claim: true, qualifier: '不少于' });
		expect(one('每月18日开展法治宣传', '18日')).toMatchObject({ kind: 'date', claim: false, value: '---18' });
		expect(one('定于20日召开会议', '20日')).toMatchObject({ kind: 'date', claim: false });
		// A range of times of day is one date span.
		expect(one('于6月16日9:00-11:30举行听证会', '9:00-11:30')).toMatchObject({ kind: 'date', value: 'T09:00', valueMax: 'T11:30', claim: false });
	});
});

suite('names', () => {
	test('document numbers are one span whose value is the number', () => {
		expect(one('印发《要点》（惠法政〔2020〕1号）等文件', '〔2020〕1号')).toMatchObject({ value: 1, kind: 'ordinal-or-name', claim: false });
	});

	test('day names', () => {
		expect(one('围绕“12·4”国家宪法日', '12·4')).toMatchObject({ value: null, kind: 'ordinal-or-name' });
	});

	test('plan, congress and session names, split as the gold does', () => {
		const text = '贯彻十九大及十九届二中、三中、四中、五中全会精神';
		expect(mentions(text).map((m) => [m.text, m.value, m.claim])).toEqual([
			['十九大', 19, false],
			['十九届', 19, false],
			['二中', 2, false],
			['三中', 3, false],
			['四中', 4, false],
			['五中全会', 5, false],
		]);
		expect(one('实施“十四五”规划', '十四五')).toMatchObject({ value: 14, claim: false });
		expect(one('制定八五普法规划', '八五')).toMatchObject({ value: 8, claim: false });
		expect(one('十三届全国人大一次会议', '一次').claim).toBe(false);
		// Each session of a list that ends in the meeting: 二次, 三次 and 四次 name plenaries; 召开全会三次 counts them.
		expect(mentions('深入学习贯彻市委六届二次、三次、四次全会精神').map((m) => [m.text, m.claim])).toEqual([['六届', false], ['二次', false], ['三次', false], ['四次', false]]);
		expect(claims('市委召开全会三次，部署重点工作')).toEqual(['三次']);
	});

	test('the top places of a ranking with no word for place: 位居全国前15 is a rank; 目前10家 no top', () => {
		expect(mentions('有3项指标位居全国前15，营商环境评价进入全省前10。').map((m) => [m.text, m.kind, m.claim])).toEqual([['3项', 'count', true], ['15', 'rank', true], ['10', 'rank', true]]);
		expect(one('目前10家单位完成整改', '10家').kind).toBe('count');
	});

	test('categories counted (3大类), a letter to the public (一封信), a year of effort and a time of posting are read as they are meant', () => {
		expect(claims('抽查12个执法单位3大类150余宗案卷')).toEqual(['12个', '3大类', '150余宗']);
		expect(one('抽查12个执法单位3大类150余宗案卷', '3大类').unit).toBe('类');
		expect(claims('推送致居民的一封信，张贴宣传海报300张。通过一年努力，依法行政水平明显提高。')).toEqual(['300张']);
		expect(claims('    3 天前')).toEqual([]);
		expect(claims('上一期 下一期 上一版 下一版')).toEqual([]);
		// A figure written with a leading zero is a code (an index number's serial), whatever word follows it.
		expect(claims('- 索引号: 11370000000000000X/2025-00417 组配分类: 公示公告')).toEqual([]);
		expect(claims('完善了一次告知制，办理事项12件')).toEqual(['12件']);
		// A session's number before an enlarged plenary; a page's time stamp (no ratio is written 13:07); a count of years.
		expect(claims('县委九届五次全体（扩大）会议审议通过，县政府召开常务会议12次')).toEqual(['12次']);
		expect(claims('21.03.2017  13:07')).toEqual([]);
		expect(mentions('连续三个年度获评先进').map((m) => [m.text, m.kind, m.unit])).toEqual([['连续三个年度', 'duration', '年度']]);
		// A page's view counter with its 次; a news dateline's day; framing periods; ranks that move or tie.
		expect(claims('发布时间:2023-01-19    访问量:2301次，3147 次浏览')).toEqual([]);
		expect(claims('院长刘某2日上午向大会作工作报告，全年审结案件3100件')).toEqual(['3100件']);
		// A date whose 年 and 月 were lost in conversion; a real count of days stays one.
		expect(claims('——2024120日在某县第十八届人民代表大会第五次会议上，20211228日，常委会审议了报告，连续180日无事故')).toEqual(['连续180日']);
		expect(claims('本届常委会的五年任期内，与上五年相比，三年疫情防控转段后，制定法规20件')).toEqual(['20件']);
		expect(mentions('在十大农业省中并列第一，进出口总额由全国第九位升至第七位').filter((m) => m.claim).map((m) => [m.text, m.kind])).toEqual([['第一', 'rank'], ['第九位', 'rank'], ['第七位', 'rank']]);
		expect(claims('提前3天完成')).toEqual(['3天']);
	});

	test('slogans without quotes and reduplicated measure words are no figures: 两件大事, 第一方阵, 十年禁捕, 一场场', () => {
		expect(claims('办好两件大事，主要指标位居全国第一方阵，落实长江十年禁捕，打赢了一场场大仗硬仗，一批批项目落地')).toEqual([]);
	});

	test('ordinals and tiers', () => {
		expect(one('在全省第二批示范创建中', '第二批')).toMatchObject({ value: 2, kind: 'ordinal-or-name', claim: false });
		expect(one('三级公共法律服务平台', '三级').claim).toBe(false);
		expect(one('区、乡两级行政发文', '两级').claim).toBe(false);
		expect(one('四星级事项', '四星级').claim).toBe(false);
		expect(one('建党100周年', '100周年').claim).toBe(false);
	});

	test('set phrases of the genre, quoted or not', () => {
		for (const [text, span] of [
			['全面推行行政执法三项制度落实', '三项制度'],
			['实现一网通办', '一网通办'],
			['打通“最后一公里”', '最后一公里'],
			['加大“双随机、一公开”监管', '双随机、一公开'],
			['努力实现最多跑一次', '最多跑一次'],
			['建立村（居）“两委”履职清单', '两委'],
			['实现一件事一次办', '一件事一次办'],
			['持续开展“一村一居一律师”工作', '一村一居一律师'],
			['深化不动产多测合一改革', '多测合一'],
			['推进高效办成一件事改革', '高效办成一件事'],
		]) {
			expect(one(text, span), text).toMatchObject({ kind: 'ordinal-or-name', claim: false });
		}
	});

	test('a quoted slogan is a name, part by part', () => {
		expect(mentions('建立“八制统揽、11370”信访工作制度').map((m) => [m.text, m.value, m.claim])).toEqual([
			['八制统揽', 8, false],
			['11370', 11370, false],
		]);
		expect(one('推行“24小时自助服务”', '24小时自助服务').claim).toBe(false);
		expect(one('推行“5+X”周六延时服务', '5+X').claim).toBe(false);
		// A quote inside a quote: the name is the inner one's.
		expect(one('“综合行政执法‘一支队伍管执法’”项目入选', '一支队伍管执法').claim).toBe(false);
	});

	test('numerals that count the points named just before them are structural', () => {
		expect(one('针对政务公开和征地拆迁两个方面，开展培训', '两个方面').claim).toBe(false);
		expect(one('合法性审查和集体讨论五大程序', '五大').claim).toBe(false);
		expect(one('严格落实重大行政决策五个法定程序', '五个法定程序').claim).toBe(false);
		expect(one('所部署的11个方面要求', '11个方面').claim).toBe(false);
		// Counted with the tasks it groups, a plan's own size: a count.
		expect(one('明确5个方面28项重点任务', '5个').claim).toBe(true);
		expect(one('在市场监管、交通运输、文化市场三个领域组建队伍', '三个').claim).toBe(false);
		// In figures, a count of kinds that matches three or more items just listed; times (清理4次) and pairs stay counts.
		expect(one('将公共数据划分为核心、重要、一般3个级别', '3个').claim).toBe(false);
		expect(one('覆盖医疗卫生、公共场所、学校卫生和职业卫生4个专业', '4个').claim).toBe(false);
		expect(one('开展涉及营商环境、生态环境、野生动物保护规范性文件专项清理3次', '3次').claim).toBe(true);
		expect(one('办理人大代表建议、政协委员提案2件', '2件').claim).toBe(true);
		// 本报告2.1所列: the particle 所 before a verb, after a section number, is no unit of schools.
		expect(one('针对本报告2.1所列问题', '2.1')).toMatchObject({ unit: null, claim: false });
		expect(one('新建3所学校', '3所')).toMatchObject({ unit: '所', claim: true });
		// Livestock by head (头（只）), poultry by the bird, fry by the tail, wells by the bore; never after words (一眼望去).
		expect(one('生猪存栏1236.8万头（只）', '1236.8万头（只）')).toMatchObject({ value: 12368000, unit: '头' });
		expect(one('新打机井38眼', '38眼')).toMatchObject({ unit: '眼', claim: true });
		expect(one('投放鱼苗260万尾', '260万尾')).toMatchObject({ value: 2600000, unit: '尾' });
		expect(claims('一眼望去，首尾相连')).toEqual([]);
		// A service-radius name may hold more words before its circle; a duration that ends a clause is still one.
		expect(one('15分钟公共法律服务圈基本建成', '15分钟').claim).toBe(false);
		expect(one('办理时间由15分钟缩短至8分钟', '15分钟').claim).toBe(true);
		// A bare 百/千/万 made approximate by 余 or a bound is a number; alone it is a word.
		expect(one('修订完善制度百余条', '百余条')).toMatchObject({ value: 100, unit: '条', qualifier: '余', claim: true });
		expect(one('培训干部近千名', '近千名')).toMatchObject({ value: 1000, unit: '名', qualifier: '近', claim: true });
		expect(one('受众万余人次', '万余人次')).toMatchObject({ value: 10000, unit: '人次', claim: true });
		expect(claims('走进千家万户，服务百姓')).toEqual([]);
		// A figure counted in two units at once (人/次, 份/册): the unit as written, the span over both.
		expect(one('出动执法人员560人/次', '560人/次')).toMatchObject({ value: 560, unit: '人/次', kind: 'count', claim: true });
		expect(one('发放宣传资料3000余份／册', '3000余份／册')).toMatchObject({ value: 3000, unit: '份/册', qualifier: '余' });
		expect(one('巡查河道126公里/次', '126公里/次')).toMatchObject({ unit: '公里/次', kind: 'measure' });
		expect(one('每村开展培训不少于10场/次', '不少于10场/次')).toMatchObject({ unit: '场/次', qualifier: '不少于' });
		expect(one('开展巡回审判2轮次', '2轮次').unit).toBe('轮次');
		// 共 starting a word (共享, 共建) is no scope word to drop from a label.
		expect(one('全年共享数据12.6亿条', '12.6亿条').label).toBe('共享数据');
		expect(one('共办理案件8件', '8件').label).toBe('办理案件');
		// Wells by the mouth.
		expect(one('新打机井12口', '12口')).toMatchObject({ unit: '口', claim: true });
		// A Markdown task's box is no part of a label.
		expect(one('- [x] 完成案卷评查12件', '12件').label).toBe('完成案卷评查');
		// An engineer's units: capacities per day, peak power, length; a substation's voltage class names it.
		expect(mentions('新建道路3.2km，污水处理能力5万m³/d，光伏项目120MWp，110kV变电站1座').map((m) => [m.text, m.value, m.unit, m.claim])).toEqual([
			['3.2km', 3.2, 'km', true], ['5万m³/d', 50000, 'm³/d', true], ['120MWp', 120, 'MWp', true], ['110kV', 110, 'kV', false], ['1座', 1, '座', true],
		]);
		// A list that writes its unit once after its last figure; a ratio of three terms; a share of a change is no change.
		expect(mentions('分别拉动经济增长0.2、2.3和2.7个百分点').map((m) => [m.value, m.unit])).toEqual([[0.2, '百分点'], [2.3, '百分点'], [2.7, '百分点']]);
		expect(mentions('2023、2024年').map((m) => m.kind)).toEqual(['ordinal-or-name', 'date']);
		expect(one('三次产业结构为8.0:37.0:55.0', '8.0:37.0:55.0')).toMatchObject({ kind: 'ratio', value: null, claim: true });
		expect(one('对经济增长的贡献率为43.4%', '43.4%').kind).toBe('percent');
		// A village's group by its number, 上 before a bare magnitude, a phase named before its housing, five years' total.
		expect(mentions('双河村3组、5组河道').map((m) => [m.text, m.claim])).toEqual([['3组', false], ['5组', false]]);
		expect(one('受众上万人次', '上万人次')).toMatchObject({ value: 10000, qualifier: null, claim: true });
		expect(one('二期安置小区分配方案', '二期').claim).toBe(false);
		expect(one('分别占五年累计的22.2%', '五年').claim).toBe(false);
		// Numerals read one by one (五一, 八一) name a day and what is named after it: 五一村 is a village, not 51.
		expect(claims('在五一村、八一社区开展普法')).toEqual([]);
		expect(one('培训二三十人', '二三十人')).toMatchObject({ value: 20, valueMax: 30 });
		// 下一年度, 上一年: the year next to another, no length of time.
		expect(mentions('其余2项列入下一年度计划，比上一年多').map((m) => m.text)).toEqual(['2项']);
		// A school year spans two calendar years; a grade of school is a name with its 级.
		expect(one('2024～2025学年第二学期', '2024～2025学年')).toMatchObject({ kind: 'date', value: 2024, valueMax: 2025, claim: false });
		expect(one('覆盖1～6年级学生', '1～6年级')).toMatchObject({ kind: 'ordinal-or-name', unit: '年级', claim: false });
		// A year written with two digits: a month or a part of the year after it says so; alone it is a length.
		expect(one('截至25年11月，', '25年11月')).toMatchObject({ kind: 'date', value: '2025-11', claim: false });
		expect(one('24年底前完成', '24年')).toMatchObject({ kind: 'date', value: 2024, claim: false });
		expect(one('2024—25年度考核', '2024—25年')).toMatchObject({ kind: 'date', value: 2024, valueMax: 2025 });
		expect(one('服务群众25年，', '25年')).toMatchObject({ kind: 'duration', value: 25, claim: true });
		expect(one('25年，区局坚持依法行政', '25年')).toMatchObject({ kind: 'date', value: 2025 });
		expect(one('分值较24年提高', '24年')).toMatchObject({ kind: 'date', value: 2024 });
		expect(one('现将25年法治政府建设情况报告如下', '25年')).toMatchObject({ kind: 'date', value: 2025 });
		expect(one('25年来，累计服务群众', '25年').kind).toBe('duration');
		expect(one('工作年限达到25年', '25年').kind).toBe('duration');
		expect(one('经营期限延长至25年', '25年').kind).toBe('duration');
		// A class named by its year, an issue by year and number: names.
		expect(one('招录2025届毕业生12名', '2025届')).toMatchObject({ kind: 'ordinal-or-name', claim: false });
		expect(one('第2025-3期《法治简报》', '第2025-3期')).toMatchObject({ kind: 'ordinal-or-name', value: null, claim: false });
		expect(one('连续3届', '3届').claim).toBe(true);
		// 1) or 1） opening a line is no marker of a heading (the README's list has （1） and (1)), but the item's number.
		expect(mentions('1）落实执法公示制度').map((m) => [m.text, m.kind])).toEqual([['1）', 'ordinal-or-name']]);
		expect(mentions('共3)项').map((m) => m.text)).not.toContain('3)');
		// A change after a figure in brackets, signed or with an arrow, as police and statistics bulletins write it.
		expect(one('全年立案1234起（同比-6.7%）', '-6.7%')).toMatchObject({ value: -6.7, kind: 'rate_change', label: null });
		expect(one('破案率85.2%（+3.1个百分点）', '+3.1个百分点')).toMatchObject({ value: 3.1, unit: '百分点', kind: 'rate_change' });
		expect(one('治安警情1.92万起（-8.7%）', '-8.7%')).toMatchObject({ value: -8.7, kind: 'rate_change' });
		expect(one('电诈案件发案数（↓28.6%）', '28.6%')).toMatchObject({ value: 28.6, kind: 'rate_change', label: '电诈案件发案数' });
		expect(one('电话0736-4218630', '0736').value).not.toBeLessThan(0);
		// A unit per a unit, and per a span of time: 700元/人·年, 8762元/人次, 300元/亩.
		expect(one('人均财政补助标准达到700元/人·年', '700元/人·年')).toMatchObject({ value: 700, unit: '元/人·年', kind: 'money' });
		expect(one('次均住院费用8762元/人次', '8762元/人次')).toMatchObject({ unit: '元/人次', kind: 'money' });
		expect(one('每亩补贴300元/亩', '300元/亩').unit).toBe('元/亩');
		expect(one('人口密度350人/平方公里', '350人').unit).toBe('人');
		// A no-break or thin space between a number and its unit (Word, web pages) reads as a space does.
		expect(one('共受理复议申请12\u00a0件', '12\u00a0件')).toMatchObject({ value: 12, unit: '件', claim: true });
		expect(one('办结率98.5\u202f%', '98.5\u202f%')).toMatchObject({ unit: '%', kind: 'percent' });
		expect(one('2025\u00a0年全县', '2025\u00a0年')).toMatchObject({ kind: 'date', claim: false });
		// A bound outside the qualifier list is no part of the label: 覆盖率≥95%, 满意度不低于90%.
		expect(one('政务服务好评率≥95%', '95%')).toMatchObject({ label: '政务服务好评率', qualifier: null });
		expect(one('群众满意度不低于90%', '90%').label).toBe('群众满意度');
		// A bare whole figure after the noun that names what it counts (次数为0, 件数：2) counts in that noun's unit.
		expect(one('群众跑动次数为0', '0')).toMatchObject({ value: 0, unit: '次', kind: 'count', claim: true });
		expect(one('行政诉讼败诉件数：2。', '2')).toMatchObject({ unit: '件', claim: true });
		expect(one('拨打12345热线', '12345').claim).toBe(false);
		// 千万 is a word (by all means) before a verb, and an amount before a unit.
		expect(one('单笔合同金额超千万元的项目', '超千万元')).toMatchObject({ value: 10000000, unit: '元', qualifier: '超', kind: 'money' });
		expect(one('千万元以上项目实行集体决策', '千万元以上')).toMatchObject({ value: 10000000, qualifier: '以上' });
		expect(claims('安全生产千万不能放松')).toEqual([]);
		// A stray space before the multiplier stays inside the quantity (the space rule reports it).
		expect(one('城镇新增就业67.8 万人', '67.8 万人')).toMatchObject({ value: 678000, unit: '人', claim: true });
		expect(one('人均预期寿命达到79岁', '79岁').claim).toBe(true);
		// A list whose items are counts themselves names nothing a numeral after it counts.
		expect(one('会前学法11次、领导干部法治专题讲座两场', '两场').claim).toBe(true);
		// An item number run into a year (附件：1.2023年度…) is no decimal.
		expect(mentions('附件：1.2023年度行政执法数据统计表').map((m) => [m.text, m.kind])).toEqual([['1.', 'ordinal-or-name'], ['2023年', 'date']]);
		// 约 closing a word is no qualifier; 损失约 still is one.
		expect(one('参与修订村规民约16次', '16次').qualifier).toBeNull();
		expect(one('挽回经济损失约18.7亿元', '约18.7亿元').qualifier).toBe('约');
		// The last item quoted, or the items letters.
		expect(one('围绕“放心消费、公平竞争、质量安全”三条主线推进', '三条').claim).toBe(false);
		expect(one('将经营主体分为A、B、C、D四类实施监管', '四类').claim).toBe(false);
		expect(one('将经营主体分为A、B、C三类实施监管，检查四类', '四类').claim).toBe(true);
		expect(one('组织开展提升行政执法质量三年行动中期评估', '三年行动').claim).toBe(false);
		expect(one('建设经济开发区二期；', '二期').claim).toBe(false);
		expect(one('举办培训班二期', '二期').claim).toBe(true);
		// 等 leaves the list open: the numeral counts something else (gold: 金耀、杏花营等七个…办事处 is a count).
		expect(one('组织民警开展宪法、民法典等法律法规学习两轮。', '两轮')).toMatchObject({ kind: 'count', claim: true });
	});

	test('names inside a book title', () => {
		expect(one('《关于进一步优化营商环境的十条措施》', '十条').claim).toBe(false);
	});

	test('figures in the cells of a converted table row take the row\'s unit and name', () => {
		const row = mentions('1\t受理行政复议案件（件）\t41\t50\t+9\t-8');
		expect(row.map((m) => [m.text, m.value, m.unit, m.kind, m.claim, m.label])).toEqual([
			['1', 1, null, 'ordinal-or-name', false, null],
			['41', 41, '件', 'count', true, '受理行政复议案件'],
			['50', 50, '件', 'count', true, '受理行政复议案件'],
			['+9', 9, '件', 'count', true, '受理行政复议案件'],
			['-8', -8, '件', 'count', true, '受理行政复议案件'],
		]);
		expect(mentions('2\t罚没款（万元）\t12.5').at(-1)).toMatchObject({ value: 125000, unit: '元', kind: 'money' });
		expect(mentions('3\t出庭应诉率\t86.5%\t+13.5个百分点').map((m) => [m.text, m.kind, m.label])).toEqual([
			['3', 'ordinal-or-name', null], ['86.5%', 'percent', '出庭应诉率'], ['+13.5个百分点', 'rate_change', '出庭应诉率'],
		]);
		expect(mentions('| 4 | 政务服务事项网办率 | 86.1% | +12.5% |').map((m) => m.kind)).toEqual(['ordinal-or-name', 'percent', 'rate_change']);
		expect(mentions('| 2 | **人民调解案件（件）** | 2716 | **3058** | -4 |').map((m) => [m.text, m.value, m.unit, m.claim, m.label])).toEqual([
			['2', 2, null, false, null], ['2716', 2716, '件', true, '人民调解案件'], ['3058', 3058, '件', true, '人民调解案件'], ['-4', -4, '件', true, '人民调解案件'],
		]);
		// The unit in a cell of its own, between the name and the figure.
		expect(mentions('1\t行政许可受理\t件\t3862').at(-1)).toMatchObject({ value: 3862, unit: '件', kind: 'count', label: '行政许可受理' });
		expect(mentions('4\t罚没款\t万元\t386.42').at(-1)).toMatchObject({ value: 3864200, unit: '元', kind: 'money' });
		// Outside a table a bare number stays a code.
		expect(one('拨打12345', '12345').claim).toBe(false);
	});

	test('bare numbers are codes or page numbers', () => {
		expect(one('— 12 —', '12')).toMatchObject({ kind: 'ordinal-or-name', claim: false });
		expect(one('拨打12345热线', '12345').claim).toBe(false);
	});

	test('extra set phrases from the options', () => {
		expect(claims('开展三下乡活动')).toEqual([]);
		expect(claims('全年三下乡活动5次')).toEqual(['5次']);
		expect(one('落实“1+3”机制', '1+3').claim).toBe(false);
		expect(mentions('推进两个健康工作', 0, ['两个健康']).map((m) => [m.text, m.claim])).toEqual([['两个健康', false]]);
		expect(mentions('推进两个健康工作').map((m) => [m.text, m.claim])).toEqual([['两个', true]]);
	});
});

suite('scanning', () => {
	test('starts at `from` (after a heading marker)', () => {
		expect(mentions('1、开展培训3次', 2).map((m) => m.text)).toEqual(['3次']);
		expect(mentions('1、开展培训3次').map((m) => [m.text, m.claim])).toEqual([['1', false], ['3次', true]]);
		expect(mentions('（1） 强化组织领导，开展检查2次', 3).map((m) => m.text)).toEqual(['2次']);
		expect(mentions('培训3次', 99)).toEqual([]);
		expect(mentions('培训3次', Number.NaN).map((m) => m.text)).toEqual(['3次']);
	});

	test('mentions are sorted, never overlap, and cover every digit', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'0123456789１２.．,零〇一二两三五十百千万亿双个件次年月日号%％，、。至-—~约近余多以上内第连续每翻番大中届级星“”"《》（）〔〕·:的率均达增长下降提高倍元人名 项条全区共案起分之') }), (text) => {
				const found = mentions(text);
				let end = LINE_START;
				for (const m of found) {
					expect(m.span.start).toBeGreaterThanOrEqual(end);
					expect(m.span.end).toBeGreaterThan(m.span.start);
					expect(text.slice(m.span.start - LINE_START, m.span.end - LINE_START)).toBe(m.text);
					expect(m.approx).toBe(m.qualifier !== null);
					end = m.span.end;
				}
				for (let i = 0; i < text.length; i++) {
					if (/[0-9１２]/.test(text[i])) {
						expect(found.some((m) => m.span.start - LINE_START <= i && i < m.span.end - LINE_START), `digit at ${i} of ${text}`).toBe(true);
					}
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('any string is read without throwing', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -5, max: 50 }), (text, from) => {
				for (const m of mentions(text, from)) {
					expect(m.span.end).toBeLessThanOrEqual(LINE_START + text.length);
				}
			}),
			{ numRuns: 300 },
		);
		expect(() => mentions('\ud800一\udc00个2\ud83d件')).not.toThrow();
	});

	test('long lines stay linear', () => {
		const unit = '依法受理行政复议案件18起，增长8.5%，8月15日至18日，“一网通办”，《十条》，';
		const text = unit.repeat(Math.ceil(100_000 / unit.length));
		const started = performance.now();
		const found = mentions(text);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(found.length).toBeGreaterThan(10_000);
		for (const long of ['一'.repeat(100_000), '十'.repeat(100_000), '9'.repeat(100_000), '“一'.repeat(50_000), '《个'.repeat(50_000)]) {
			expect(() => mentions(long)).not.toThrow();
		}
	});
});

suite('the five seed reports against the gold', () => {
	const MARKER = /^[ \u3000]*(?:\d+[、.．]|[（(]\d+[）)])/;
	const gold = readdirSync(join(ROOT, 'test/gold')).filter((f) => f.endsWith('.metrics.json')).sort();

	function score(file: string) {
		const stem = file.replace('.metrics.json', '');
		const text = readFileSync(join(ROOT, 'seeds', `${stem}.txt`), 'utf8');
		const labels = (JSON.parse(readFileSync(join(ROOT, 'test/gold', file), 'utf8')) as { metrics: GoldMetric[] }).metrics;
		const predicted = scanLines(text).flatMap((line) =>
			extractMentions(line, MARKER.exec(line.text)?.[0].length ?? 0)
				.filter((m) => m.claim)
				.map((m) => ({ ...m, col: m.span.start - line.start })),
		);
		return scoreMetrics(predicted, labels);
	}

	test('there are five seeds', () => {
		expect(gold).toHaveLength(5);
	});

	test('precision and recall of claims are at least 0.98, with at most 3 non-claims reported', () => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		let nonClaims = 0;
		for (const file of gold) {
			const s = score(file);
			tp += s.tp;
			fp += s.fp;
			fn += s.fn;
			nonClaims += s.nonClaimsReported.length;
			expect(s.precision, `${file}: ${s.falsePositives.map((p) => `${p.line}:${p.text}`).join(' ')}`).toBeGreaterThanOrEqual(0.95);
			expect(s.recall, `${file}: ${s.missed.map((g) => `${g.line}:${g.text}`).join(' ')}`).toBeGreaterThanOrEqual(0.95);
		}
		expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.98);
		expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.98);
		expect(nonClaims).toBeLessThanOrEqual(3);
	});

	test('every digit outside a heading marker lies in a mention', () => {
		for (const file of gold) {
			const text = readFileSync(join(ROOT, 'seeds', file.replace('.metrics.json', '.txt')), 'utf8');
			for (const line of scanLines(text)) {
				const from = MARKER.exec(line.text)?.[0].length ?? 0;
				const found = extractMentions(line, from);
				for (let i = from; i < line.text.length; i++) {
					if (/\d/.test(line.text[i])) {
						const at = line.start + i;
						expect(found.some((m) => m.span.start <= at && at < m.span.end), `${file}:${line.number}:${i}`).toBe(true);
					}
				}
			}
		}
	});
});

suite('scoreMetrics', () => {
	const g = (over: Partial<GoldMetric>): GoldMetric => ({
		line: 1, col: 0, text: '5件', value: 5, unit: '件', approx: false, qualifier: null, kind: 'count', metric: true, ...over,
	});

	test('matches one-to-one on line, value and compatible unit, preferring overlapping spans', () => {
		const gold = [g({ col: 0 }), g({ col: 10 })];
		const s = scoreMetrics([{ line: 1, col: 10, text: '5件', value: 5, unit: '件' }, { line: 1, value: 5, unit: null }], gold);
		expect([s.tp, s.fp, s.fn]).toEqual([2, 0, 0]);
		expect(scoreMetrics([{ line: 1, value: 5, unit: '次' }], gold).fp).toBe(1);
		expect(scoreMetrics([{ line: 2, value: 5, unit: '件' }], gold).fn).toBe(2);
		expect(scoreMetrics([{ line: 1, value: 5.000001, unit: '件' }], gold).tp).toBe(1);
		expect(scoreMetrics([{ line: 1, value: 100, unit: '％' }], [g({ value: 100, unit: '%' })]).tp).toBe(1);
	});

	test('reports predictions on non-claims apart, and ignores optional items', () => {
		const gold = [g({ text: '2020年', value: 2020, unit: '年', kind: 'date', metric: false }), g({ col: 9, text: '一次', value: 1, unit: '次', optional: true })];
		const s = scoreMetrics([{ line: 1, col: 0, text: '2020年', value: 2020, unit: '年' }, { line: 1, value: 1, unit: '次' }], gold);
		expect(s.nonClaimsReported.map((n) => n.gold.text)).toEqual(['2020年']);
		expect([s.tp, s.fp, s.fn, s.falsePositives.length]).toEqual([0, 1, 0, 0]);
		expect(s.precision).toBe(0);
		expect(s.recall).toBe(1);
	});
});

suite('dates written in digits only', () => {
	test('year, month and day joined by one separator twice are one date; a range of two is one span', () => {
		expect(one('自2023.4.1起施行', '2023.4.1')).toMatchObject({ kind: 'date', value: '2023-04-01', claim: false });
		expect(one('截至2023/06/30，共', '2023/06/30')).toMatchObject({ kind: 'date', value: '2023-06-30' });
		expect(one('于2023-11-08召开', '2023-11-08')).toMatchObject({ kind: 'date', value: '2023-11-08' });
		expect(one('2023.3.1—2023.5.31开展专项行动', '2023.3.1—2023.5.31')).toMatchObject({ value: '2023-03-01', valueMax: '2023-05-31' });
		// The 1 of 2023.4.1 counts no 起 (a count of incidents).
		expect(claims('自2023.4.1起施行')).toEqual([]);
	});

	test('near misses: decimals, mixed separators and impossible months stay numbers', () => {
		expect(one('罚没款2023.4万元', '2023.4万元')).toMatchObject({ kind: 'money', value: 20234000 });
		expect(mentions('2023.13.1').some((m) => m.kind === 'date')).toBe(false);
		expect(mentions('2023.4-1').some((m) => m.text === '2023.4-1')).toBe(false);
	});
});

suite('shares in words', () => {
	test('N分之M is M/N in percent, with its qualifiers', () => {
		expect(one('占三分之一以上', '三分之一以上')).toMatchObject({ kind: 'percent', unit: '%', value: 100 / 3, qualifier: '以上' });
		expect(one('占比约四分之三', '约四分之三')).toMatchObject({ value: 75, qualifier: '约' });
		expect(one('降至千分之三', '千分之三')).toMatchObject({ value: 0.3, unit: '%' });
		expect(one('控制在万分之五以内', '万分之五以内')).toMatchObject({ value: 0.05, qualifier: '以内' });
		expect(one('合格率百分之九十六点九', '百分之九十六点九')).toMatchObject({ value: 96.9 });
	});

	test('多 or 余 after a tenth, a multiple or inside a unit that starts with 个', () => {
		expect(one('较上年减少一成多', '一成多')).toMatchObject({ value: 1, unit: '成', qualifier: '多', kind: 'rate_change' });
		expect(one('增长两倍多', '两倍多')).toMatchObject({ value: 2, unit: '倍', qualifier: '多' });
		expect(one('用了3个多月', '3个多月')).toMatchObject({ value: 3, unit: '月', qualifier: '多', kind: 'duration' });
		expect(one('提高5个多百分点', '5个多百分点')).toMatchObject({ value: 5, unit: '百分点', qualifier: '多' });
	});

	test('a minus sign after words is part of the figure; a hyphen after a number is a range', () => {
		expect(one('同比增长-18.6%，', '-18.6%')).toMatchObject({ value: -18.6, kind: 'rate_change' });
		expect(one('1-9月共受理', '1-9月')).toMatchObject({ kind: 'date' });
	});
});

suite('ranks, framing and names', () => {
	test('a place in a ranking after the area ranked, and the top places after 前', () => {
		expect(one('连续三年全市第一。', '第一')).toMatchObject({ kind: 'rank', value: 1, claim: true });
		expect(one('进入前三名', '前三名')).toMatchObject({ kind: 'rank', value: 3, unit: '名' });
		expect(one('目前3名干部在岗', '3名')).toMatchObject({ kind: 'count' });
		expect(mentions('全省第一批试点').every((m) => !m.claim)).toBe(true);
	});

	test('a count of the figures listed right before it names them', () => {
		expect(one('连跨越4万亿元、5万亿元两个台阶', '两个')).toMatchObject({ claim: false });
		expect(one('会前学法11次、专题讲座两场', '两场')).toMatchObject({ claim: true, kind: 'count' });
	});

	test('years opening a clause before a noun frame it; a span something took is claimed even with 近', () => {
		expect(one('各位代表！五年奋斗历程极不平凡', '五年')).toMatchObject({ claim: false });
		expect(one('回顾五年历程，我们深刻认识到', '五年')).toMatchObject({ claim: false });
		// The years just listed, counted: 两年 names them.
		expect(one('2023、2024两年，全区共办理案件5件', '两年')).toMatchObject({ claim: false });
		expect(one('2023年、2024年两年间办结12件', '两年')).toMatchObject({ claim: false });
		expect(one('连续两年获评优秀', '连续两年')).toMatchObject({ claim: true });
		expect(one('用五年时间完成改造', '五年')).toMatchObject({ claim: true });
		expect(one('三年内完成全部改造', '三年')).toMatchObject({ claim: true });
		expect(one('涉案时间跨度近5年', '近5年')).toMatchObject({ claim: true, qualifier: '近', kind: 'duration' });
		expect(one('历时近3年完成', '近3年')).toMatchObject({ claim: true });
		expect(one('近3年来，我县', '近3年')).toMatchObject({ claim: false });
		// 提前 says how much earlier; 前 alone frames the first months of a period.
		expect(one('平均提前约3个月开工', '约3个月')).toMatchObject({ claim: true });
		expect(one('前3个月，全县', '3个月')).toMatchObject({ claim: false });
	});

	test('a place open round the clock is named by its hours', () => {
		expect(one('新建24小时城市书房6家', '24小时')).toMatchObject({ claim: false });
		expect(one('实现24小时内办结', '24小时')).toMatchObject({ claim: true, kind: 'duration' });
	});
});

suite('technical units and counted days', () => {
	test('units typed with Latin letters and signs, after a multiplier too', () => {
		expect(one('年均浓度27.4μg/m³，', '27.4μg/m³')).toMatchObject({ kind: 'measure', unit: 'μg/m³', value: 27.4 });
		expect(one('最高气温达39.6℃。', '39.6℃')).toMatchObject({ unit: '℃' });
		expect(one('控制在30mg/L以下', '30mg/L以下')).toMatchObject({ unit: 'mg/L', qualifier: '以下' });
		expect(one('修复面积约46.8万m²', '约46.8万m²')).toMatchObject({ unit: 'm²', value: 468000 });
		expect(one('节电约186万kWh', '约186万kWh')).toMatchObject({ unit: 'kWh', value: 1860000 });
		expect(one('下泄流量0.12至0.85立方米/秒', '0.12至0.85立方米/秒')).toMatchObject({ unit: '立方米/秒', valueMax: 0.85 });
	});

	test('the level a count of days changed to is counted too; 偏少 is a change', () => {
		expect(mentions('超标天数由上年的19天减少到14天').map((m) => `${m.text} ${m.kind}`)).toEqual(['19天 count', '14天 count']);
		expect(one('降水量较常年偏少11.4%', '11.4%')).toMatchObject({ kind: 'rate_change' });
	});
});

suite('watchwords and premiums', () => {
	test('a count in words before a quoted watchword names it; before a quoted modifier of a noun it counts', () => {
		expect(one('坚持两个“毫不动摇”，出台措施', '两个')).toMatchObject({ claim: false });
		expect(one('落实四个“最严”要求', '四个')).toMatchObject({ claim: false });
		expect(one('培育两个“国家级”基地', '两个')).toMatchObject({ claim: true, kind: 'count' });
		expect(one('每个村至少有三名“法律明白人”。', '三名')).toMatchObject({ claim: true, kind: 'count' });
	});

	test('溢价率 names a change over a base price', () => {
		expect(one('成交价款38.74亿元，溢价率26.8%；', '26.8%')).toMatchObject({ kind: 'rate_change' });
	});
});

suite('labels before a colon', () => {
	test('附件1：2022年度… is a label and a year, not the ratio 1:2022', () => {
		expect(mentions('附件1：2022年度行政复议案件统计表').map((m) => `${m.text} ${m.kind}`)).toEqual(['1 ordinal-or-name', '2022年 date']);
		expect(one('男女比例1:1.2', '1:1.2')).toMatchObject({ kind: 'ratio' });
	});
});

suite('recaps that add up the items before them', () => {
	test('两项合计189件 counts the two items listed, not two new things', () => {
		expect(one('依法不予处罚137件、减轻处罚52件，两项合计189件，', '两项')).toMatchObject({ claim: false });
		expect(one('其中涉征收拆迁的41件、涉市场监管的23件，两类合计占新收案件的41.8%', '两类')).toMatchObject({ claim: false });
		// With one item before it, the count is no recap.
		expect(one('全年办理案件10件，两项合计', '两项')).toMatchObject({ claim: true });
	});
});

suite('ranks that move, rows named for a change, calls', () => {
	test('a place moving to another is a rank, how far it moved a change; 增加4位 counts people', () => {
		expect(mentions('“获得信贷”指标从第15位提升至第8位，“政府采购”指标前移4位。').map((m) => `${m.text} ${m.kind}`)).toEqual(['第15位 rank', '第8位 rank', '4位 rate_change']);
		expect(one('新增4位专家', '4位')).toMatchObject({ kind: 'count' });
		expect(one('以96.8分位列12个区县第一，连续两年', '第一')).toMatchObject({ kind: 'rank', claim: true });
	});

	test('a table row named for a change holds changes in every column', () => {
		const row = '| 地区生产总值增长 | 5.6% | 6%左右 |';
		expect(mentions(row).map((m) => `${m.text} ${m.kind}`)).toEqual(['5.6% rate_change', '6%左右 rate_change']);
	});

	test('通 counts calls, not the start of 通过 or 通知', () => {
		expect(one('接听群众来电8.9万通', '8.9万通')).toMatchObject({ value: 89000, unit: '通', kind: 'count' });
		expect(claims('共30通过验收')).toEqual([]);
	});
});

suite('references to attachments', () => {
	test('the number after 附件, 附表 or 附图 names it, whatever follows', () => {
		expect(one('名单如附件3所列', '3')).toMatchObject({ kind: 'ordinal-or-name', claim: false });
		expect(one('（详见附表2）', '2')).toMatchObject({ claim: false });
	});
});

suite('class periods', () => {
	test('节 counts periods, not the start of 节约 or 节能', () => {
		expect(one('每周不少于2节法治课', '不少于2节')).toMatchObject({ value: 2, unit: '节', qualifier: '不少于' });
		expect(claims('5节能改造')).toEqual([]);
	});
});


suite('trade units', () => {
	test('票 counts customs declarations and 种次 kinds found each time; 一票否决 stays a name', () => {
		expect(one('办理预约通关1860票', '1860票')).toMatchObject({ value: 1860, unit: '票', kind: 'count', claim: true });
		expect(one('申报的报关单4.26万票', '4.26万票')).toMatchObject({ value: 42600, unit: '票' });
		expect(one('截获有害生物4120种次', '4120种次')).toMatchObject({ value: 4120, unit: '种次', kind: 'count' });
		expect(one('共享接口调用量达3.6亿条次', '3.6亿条次')).toMatchObject({ value: 360000000, unit: '条次' });
		expect(one('筹集保障性租赁住房4260套（间）', '4260套（间）')).toMatchObject({ value: 4260, unit: '套' });
		expect(claims('实行安全生产一票否决')).toEqual([]);
	});
});

suite('energy units', () => {
	test('coal equivalents and intensities are measures; 折合约 is 折合 with the bound 约', () => {
		expect(one('全年节约能源约21.4万吨标准煤', '约21.4万吨标准煤')).toMatchObject({ value: 214000, unit: '吨标准煤', qualifier: '约', kind: 'measure' });
		expect(one('能耗降至0.386吨标准煤/万元', '0.386吨标准煤/万元')).toMatchObject({ value: 0.386, unit: '吨标准煤/万元' });
		expect(one('年节电3650万千瓦时，折合约4490吨标准煤', '约4490吨标准煤')).toMatchObject({ value: 4490, qualifier: '约' });
		expect(one('与企业签约3000万元项目', '3000万元')).toMatchObject({ qualifier: null });
	});

	test('居 of 居民 names no ranking: 第一档 after it is a tier, while 居全省第一 is a rank', () => {
		expect(claims('居民阶梯电价第一档电量维持不变')).toEqual([]);
		expect(one('营商环境评价居全省第一', '第一')).toMatchObject({ kind: 'rank', value: 1 });
	});
});

suite('names and signs around a figure', () => {
	test('一次 before the 率 of a rate names it; 开展一次检查 still counts', () => {
		expect(one('一次办结率达98.6%', '一次办结')).toMatchObject({ claim: false, kind: 'ordinal-or-name' });
		expect(one('一次办结率达98.6%', '98.6%')).toMatchObject({ claim: true, kind: 'percent' });
		expect(one('开展一次专项检查，合格率95%', '一次')).toMatchObject({ claim: true, kind: 'count' });
	});

	test('± is part of a tolerance, its size the value', () => {
		expect(one('面积测算误差控制在±0.3%以内', '±0.3%以内')).toMatchObject({ value: 0.3, unit: '%', qualifier: '以内' });
	});
});

suite('decimals in words', () => {
	test('三点五亿元 is 3.5 × 10⁸ 元; 三点半 (a time), 一点点 and 三点一线 are no numbers', () => {
		expect(one('全年投入资金三点五亿元', '三点五亿元')).toMatchObject({ value: 350000000, unit: '元', kind: 'money' });
		expect(one('共发放二点零八亿元', '二点零八亿元')).toMatchObject({ value: 208000000 });
		expect(one('救助一点五万人', '一点五万人')).toMatchObject({ value: 15000, unit: '人' });
		expect(claims('下午三点半开会，十二点三十分结束，次日9时30分复会')).toEqual([]);
		expect(one('考核得分92.5分', '92.5分')).toMatchObject({ claim: true, kind: 'measure' });
		expect(claims('取得一点点进步，坚持三点一线')).toEqual([]);
	});

	test('接近 is a verb: its 近 is no bound', () => {
		expect(one('平均审理期限接近60日的法定期限', '60日')).toMatchObject({ qualifier: null, claim: true });
	});
});

suite('key–value statistics', () => {
	test('a bare figure after a key whose bracket names the unit takes it: 行政处罚案件（件）：9, 比例（%）：63.5', () => {
		expect(one('行政处罚案件（件）：9；罚没款（万元）：86.4。', '9')).toMatchObject({ value: 9, unit: '件', kind: 'count', claim: true });
		expect(one('行政处罚案件（件）：9；罚没款（万元）：86.4。', '86.4')).toMatchObject({ value: 864000, unit: '元', kind: 'money' });
		expect(one('企业开办平均用时（工作日）：0.5；', '0.5')).toMatchObject({ value: 0.5, unit: '工作日' });
		expect(one('承诺时限平均压减比例（%）：63.5', '63.5')).toMatchObject({ value: 63.5, unit: '%' });
		// A bracket that names no unit gives none: 附件（二）：3 stays a name.
		expect(mentions('详见附件（二）：3').filter((m) => m.claim)).toEqual([]);
	});
});
