import { expect, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import type { ReportAnalysis } from '../../../server/src/core/types';
import { lines } from '../helpers';

const TABLE = lines(
	'# 某市教育局2023年法治政府建设年度报告',
	'',
	'## 一、主要举措和成效',
	'',
	'全市各级各类学校基本情况如下：',
	'',
	'| 学段 | 学校（所） | 在校学生（万人） | 专任教师（人） |',
	'| --- | ---: | ---: | ---: |',
	'| 幼儿园 | 186 | 4.12 | 3368 |',
	'| 合计 | 424 | 22.92 | 17019 |',
	'',
);

/** The table's numbers as value + unit, row by row. */
function cells(a: ReportAnalysis): string[] {
	return a.metrics.filter((m) => m.line >= 9).map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`);
}

test('a table cell takes the unit its header row names in brackets for its column, multiplier included', () => {
	expect(cells(analyzeReport(TABLE, { format: 'markdown' }))).toEqual([
		'9 186=186所', '9 4.12=41200人', '9 3368=3368人',
		'10 424=424所', '10 22.92=229200人', '10 17019=17019人',
	]);
});

test('tags inside the cells of a pipe table (<br/>, <font>) are no cell breaks; the row keeps its columns', () => {
	const a = analyzeReport(lines('# 某县农业农村局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '',
		'| 执法领域 | 立案（件） | 结案（件） | 罚没款（万元） |', '| --- | --- | --- | --- |', '| 农资<br/>（种子、农药） | 38 | 36 | 21.4 |',
		'| 渔业 | 15 | 15 | 6.1 |', '| **合计** | <font style="color:#DF2A3F;">53</font> | 51 | 27.5 |', ''), { format: 'markdown' });
	expect(a.metrics.filter((m) => m.line >= 7).map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`)).toEqual([
		'7 38=38件', '7 36=36件', '7 21.4=214000元', '8 15=15件', '8 15=15件', '8 6.1=61000元', '9 53=53件', '9 51=51件', '9 27.5=275000元',
	]);
	expect(checkReport(a).filter((f) => f.rule === 'metric.sum-mismatch')).toEqual([]);
});

test('a pandoc grid table: its +----+ borders are rules between rows, its header row names the units', () => {
	const a = analyzeReport(lines('# 某市住建局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '',
		'+--------+----------+--------------+', '| 领域   | 立案（件） | 罚没款（万元） |', '+========+==========+==============+',
		'| 建筑   | 46       | 312.6        |', '+--------+----------+--------------+', '| 合计   | 46       | 312.6        |', '+--------+----------+--------------+', ''), { format: 'markdown' });
	expect(a.metrics.map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`)).toEqual(['8 46=46件', '8 312.6=3126000元', '10 46=46件', '10 312.6=3126000元']);
});

test('an edit of the header row reaches the rows below it when the numbers are taken over from the last version', () => {
	const first = analyzeReport(TABLE, { format: 'markdown' });
	void first.metrics;
	const edited = TABLE.replace('在校学生（万人）', '在校学生（人）');
	const second = analyzeReport(edited, { format: 'markdown', previous: first });
	expect(cells(second)).toEqual(cells(analyzeReport(edited, { format: 'markdown' })));
	expect(cells(second)).toContain('9 4.12=4.12人');
});

const SPACED = lines(
	'某县司法局2023年法治政府建设情况报告',
	'一、主要举措和成效',
	'全年受理行政复议申请97件，直接纠错率11.2%。',
	'附件：2023年主要法治指标完成情况表',
	'指标名称　　　　　　单位　　2022年    2023年    增减',
	'行政复议申请受理数　　件　　　86        97        +11',
	'行政复议直接纠错率　　% 　　　14.0      11.2      -2.8',
	'法律援助挽回损失　　　万元　　1286.5    1530.2    +243.7',
	'',
);

test('a table laid out with runs of spaces: each figure takes the unit of its row\'s unit cell, signs included', () => {
	const figures = analyzeReport(SPACED).metrics.filter((m) => m.line >= 6).map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`);
	expect(figures).toEqual([
		'6 86=86件', '6 97=97件', '6 +11=11件',
		'7 14.0=14%', '7 11.2=11.2%', '7 -2.8=-2.8%',
		'8 1286.5=12865000元', '8 1530.2=15302000元', '8 +243.7=2437000元',
	]);
	// A line of prose with one wide space is no row, and the single space of 412 件 is no cell break.
	const prose = analyzeReport(lines('某县司法局2023年报告', '一、主要举措', '来源：某县司法局  发布时间：2024年1月5日', '全年办理法律援助案件412 件。'));
	expect(prose.metrics.map((m) => `${m.text}=${m.value}${m.unit ?? ''}`)).toEqual(['412 件=412件']);
});

test('a row laid out with spaces takes its header\'s bracketed units, also when the numbers are taken over after an edit of the header', () => {
	const table = lines(
		'某县司法局2023年法治政府建设情况报告',
		'一、主要举措和成效',
		'全年受理行政复议申请97件。',
		'附件：主要指标',
		'事项　　　　受理数（件）　　办结数（件）',
		'行政复议　　97　　　　　　　90',
		'行政应诉　　26　　　　　　　26',
		'',
	);
	const figures = (a: ReportAnalysis) => a.metrics.filter((m) => m.line >= 6).map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`);
	const first = analyzeReport(table);
	expect(figures(first)).toEqual(['6 97=97件', '6 90=90件', '7 26=26件', '7 26=26件']);
	const edited = table.replace('办结数（件）', '办结数（万件）');
	const second = analyzeReport(edited, { previous: first });
	expect(figures(second)).toEqual(figures(analyzeReport(edited)));
	expect(figures(second)).toContain('6 90=900000件');
});

test('a figure in a column headed 增长 or 同比 is a change, signed or not; one under a year is a level', () => {
	const table = lines(
		'# 某县2025年政府工作报告',
		'',
		'## 一、2024年工作回顾',
		'',
		'| 指标 | 2024年 | 增长 |',
		'| --- | ---: | ---: |',
		'| 地区生产总值 | 312.6亿元 | 5.9% |',
		'| 城镇化率 | 58.2% | 1.2% |',
		'',
	);
	const kinds = analyzeReport(table, { format: 'markdown' }).metrics.filter((m) => m.line >= 7).map((m) => `${m.text} ${m.kind}`);
	expect(kinds).toEqual(['312.6亿元 money', '5.9% rate_change', '58.2% percent', '1.2% rate_change']);
});

test('a total row takes the unit every row above it names in brackets; rows that name different units give it none', () => {
	const table = (second: string) => lines('某县人民政府关于2025年度法治政府建设情况的报告', '一、主要举措和成效', '分领域情况如下：', '',
		'| 项目 | 2024年 | 2025年 | 同比 |', '| --- | ---: | ---: | ---: |', '| 市场监管案件数（件） | 412 | 468 | +13.6% |', `| ${second} | 95 | 92 | -3.2% |`, '| 合计 | 507 | 560 | +10.5% |', '');
	const totals = (a: ReportAnalysis) => a.metrics.filter((m) => m.line === 9).map((m) => `${m.text}=${m.value}${m.unit ?? ''}`);
	expect(totals(analyzeReport(table('生态环境案件数（件）'), { format: 'markdown' }))).toEqual(['507=507件', '560=560件', '+10.5%=10.5%']);
	expect(totals(analyzeReport(table('罚没款（万元）'), { format: 'markdown' }))).toEqual(['507=507', '560=560', '+10.5%=10.5%']);
	// Tab-separated rows from a Word table read the same way.
	const tabbed = lines('某县人民政府关于2025年度法治政府建设情况的报告', '一、主要举措和成效', '项目\t2024年\t2025年', '受理案件（件）\t41\t50', '办结案件（件）\t39\t48', '合计\t80\t98', '');
	expect(analyzeReport(tabbed).metrics.filter((m) => m.line === 6).map((m) => `${m.value}${m.unit}`)).toEqual(['80件', '98件']);
});

test('a table drawn with box-drawing characters reads like any other: header units, 序号 cells, and its total checked', () => {
	const drawn = lines('某县应急管理局', '关于2024年法治政府建设情况的报告', '一、主要举措和成效', '表1　执法情况统计表',
		'┌──┬─────┬───────┬─────┐',
		'│序号│ 执法领域 │检查企业（家）│立案（件）│',
		'├──┼─────┼───────┼─────┤',
		'│ 1  │危险化学品│     286      │    52    │',
		'├──┼─────┼───────┼─────┤',
		'│ 2  │非煤矿山  │     164      │    31    │',
		'├──┴─────┼───────┼─────┤',
		'│      合计      │     450      │    83    │',
		'└────────┴───────┴─────┘', '全年检查企业450家。', '');
	const a = analyzeReport(drawn);
	expect(a.mentions.filter((m) => m.line === 8).map((m) => `${m.text}=${m.value}${m.unit ?? ''}:${m.claim}`)).toEqual(['1=1:false', '286=286家:true', '52=52件:true']);
	expect(a.metrics.filter((m) => m.line === 12).map((m) => `${m.value}${m.unit}`)).toEqual(['450家', '83件']);
	expect(a.allSections.map((s) => s.line)).toEqual([3]);
	const wrongTotal = drawn.replace('│    83    │', '│    73    │');
	expect(checkReport(analyzeReport(wrongTotal)).filter((f) => f.rule === 'metric.sum-mismatch').map((f) => f.line)).toEqual([12]);
	expect(checkReport(a).filter((f) => f.rule === 'metric.sum-mismatch')).toEqual([]);
});

test('a target cell with its bound (6左右, 34以上) is a figure of its row, the bound its qualifier', () => {
	const table = lines('政府工作报告', '一、2027年工作安排', '指标\t单位\t2026年完成\t2027年目标', '地区生产总值增长\t%\t5.8\t6左右', '一般公共预算收入\t亿元\t32.6\t34以上', '');
	const a = analyzeReport(table);
	expect(a.metrics.filter((m) => m.line >= 4).map((m) => `${m.text}=${m.value}${m.unit}/${m.qualifier ?? ''}/${m.kind}`)).toEqual([
		'5.8=5.8%//rate_change', '6左右=6%/左右/rate_change', '32.6=3260000000元//money', '34以上=3400000000元/以上/money',
	]);
});

test('raw HTML table rows in a Markdown report read as rows: a column headed with its unit keeps it over the row\'s unit cell', () => {
	const a = analyzeReport(lines('# 某市住建局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '', '<table border="1">',
		'<tr><th>序号</th><th>检查类别</th><th>单位</th><th>检查数量</th><th>整改率（%）</th></tr>',
		'<tr><td>1</td><td>建筑施工安全检查</td><td>次</td><td>126</td><td>98.1</td></tr>', '</table>', ''), { format: 'markdown' });
	expect(a.mentions.filter((m) => m.line === 7).map((m) => `${m.text}=${m.value}${m.unit ?? ''} ${m.claim} ${m.label ?? ''}`)).toEqual([
		'1=1 false ', '126=126次 true 建筑施工安全检查', '98.1=98.1% true 建筑施工安全检查',
	]);
	// The 1 of border="1" is markup, no figure.
	expect(a.mentions.filter((m) => m.line === 5)).toEqual([]);
});

test('a table set one cell per line: figures take the unit of their row\'s 单位 cell, with their bound; a 增速 row is a change', () => {
	const a = analyzeReport(lines('政府工作报告', '——2026年1月8日在某县第十八届人民代表大会第五次会议上', '一、2026年工作安排', '主要预期目标如下：',
		'序号', '指标', '单位', '2025年完成', '2026年目标', '1', '地区生产总值增速', '%', '5.8', '6左右', '2', '一般公共预算收入', '亿元', '12.6', '13.2以上',
		'全县上下要真抓实干。'));
	expect(a.metrics.filter((m) => m.line >= 10).map((m) => `${m.text}=${m.value}${m.unit ?? ''} ${m.kind} ${m.qualifier ?? ''} ${m.label ?? ''}`)).toEqual([
		'5.8=5.8% rate_change  地区生产总值增速', '6左右=6% rate_change 左右 地区生产总值增速',
		'12.6=1260000000元 money  一般公共预算收入', '13.2以上=1320000000元 money 以上 一般公共预算收入',
	]);
	expect(a.pageNumberLines).toEqual([]);
});

test('a breakdown row (其中：…, or a name indented in its cell) takes the unit of the row it breaks down', () => {
	const a = analyzeReport(lines('# 某县司法局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '', '| 项目 | 2025年 | 2024年 |', '| --- | ---: | ---: |',
		'| 行政复议案件（件） | 86 | 74 |', '| 其中：维持 | 52 | 45 |', '| 　　　撤销 | 9 | 7 |', '| 行政应诉案件 | 12 | 10 |', ''), { format: 'markdown' });
	expect(a.metrics.map((m) => `${m.line} ${m.text}${m.unit ?? ''}`)).toEqual(['7 86件', '7 74件', '8 52件', '8 45件', '9 9件', '9 7件', '10 12', '10 10']);
});

test('a row whose breakdown rows name every outcome must equal their sum; rows that name other things are not summed', () => {
	const table = (total: string, rows: string[]) => lines('# 某县司法局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '', '| 项目 | 2025年 | 2024年 |', '| --- | ---: | ---: |',
		`| 审结案件（件） | ${total} | 178 |`, ...rows, '');
	const outcomes = ['| 其中：维持 | 118 | 97 |', '| 　　　驳回 | 29 | 24 |', '| 　　　撤销 | 11 | 12 |', '| 　　　其他方式终止 | 54 | 45 |'];
	const sums = (text: string) => checkReport(analyzeReport(text, { format: 'markdown' })).filter((f) => f.rule === 'metric.sum-mismatch').map((f) => `${f.line} ${f.evidence}`);
	expect(sums(table('214', outcomes))).toEqual(['7 | 审结案件（件） | 214']);
	expect(sums(table('212', outcomes))).toEqual([]);
	// Kinds of cases, not outcomes: a breakdown that may leave some out.
	expect(sums(table('214', ['| 其中：行政许可类 | 118 | 97 |', '| 　　　行政处罚类 | 29 | 24 |', '| 　　　行政强制类 | 11 | 12 |']))).toEqual([]);
});

test('a header set over two rows: the row of bracketed units under it gives each column its unit, and 合计 adds the rows it totals', () => {
	const table = (total: string) => lines(
		'某省司法厅2025年度法治政府建设情况报告',
		'一、主要举措和成效',
		'全年办理行政复议、行政诉讼和法律援助案件110481件。',
		'附件：主要指标',
		'指标\t2025年\t2024年\t增减',
		'\t（件）\t（件）\t（%）',
		'行政复议案件收案数\t14862\t12930\t+14.9',
		'其中：政府信息公开类\t1735\t1988\t-12.7',
		'行政诉讼一审案件数\t9214\t8876\t+3.8',
		'行政机关负责人出庭应诉率\t98.7%\t96.2%\t+2.5个百分点',
		'法律援助案件数\t86405\t81120\t+6.5',
		`合计\t${total}\t102926\t+7.3`,
		'',
	);
	const a = analyzeReport(table('110841'));
	expect(a.metrics.filter((m) => m.line === 7).map((m) => `${m.text}=${m.value}${m.unit} ${m.kind}`)).toEqual(['14862=14862件 count', '12930=12930件 count', '+14.9=14.9% rate_change']);
	// The 其中 row is in its row already, and the rate row adds nothing to counts: 14862 + 9214 + 86405 = 110481.
	expect(checkReport(a).filter((f) => f.rule === 'metric.sum-mismatch').map((f) => `${f.line} ${f.evidence}`)).toEqual(['12 合计\t110841']);
	expect(checkReport(analyzeReport(table('110481'))).filter((f) => f.rule === 'metric.sum-mismatch')).toEqual([]);
});

test('a row of figures alone under a header of categories: each figure is named by its column, a total column lends the parts its unit', () => {
	const a = analyzeReport(lines('某县2025年度行政执法数据年报', '', '一、主要数据', '表一　某县行政处罚实施情况统计表', '序号 | 警告 | 罚款 | 合计(宗) | 罚没金额(万元) |',
		'1 | 12175 | 94929 | 108842 | 6873.26 |', '', '申请数量 | 受理数量 | 许可数量 |', '26569 | 26569 | 26462 |', ''));
	expect(a.metrics.filter((m) => m.line >= 6).map((m) => `${m.line} ${m.label}=${m.value}${m.unit ?? ''}`)).toEqual([
		'6 警告=12175宗', '6 罚款=94929宗', '6 合计=108842宗', '6 罚没金额=68732600元', '9 申请数量=26569', '9 受理数量=26569', '9 许可数量=26462',
	]);
	// The 序号 column is no figure of the row.
	expect(a.mentions.find((m) => m.line === 6 && m.text === '1')?.claim).toBe(false);
});

test('a year column counts nothing, and a total lends its unit only to the columns left of it; 人数 counts people', () => {
	const a = analyzeReport(lines('某县2025年度行政执法数据年报', '', '一、主要数据', '年份 | 收案 | 结案 | 合计(件) | 涉案人数 | 违法行为 |', '2024 | 120 | 110 | 230 | 56 | 98 |', ''));
	expect(a.metrics.filter((m) => m.line === 5).map((m) => `${m.label}=${m.value}${m.unit ?? ''}`)).toEqual(['收案=120件', '结案=110件', '合计=230件', '涉案人数=56人', '违法行为=98']);
});

test('a disclosure table\'s columns: 本年制发件数 counts in 件, （单位：万元） multiplies, a second header under the first table\'s figures starts its own columns', () => {
	const a = analyzeReport(lines('青禾县水利局2022年政府信息公开工作年度报告', '一、总体情况', '2022年，我局主动公开政府信息60条。', '二、主动公开政府信息情况',
		'信息内容 | 本年制发件数 | 本年废止件数 |', '行政规范性文件 | 3 | 1 |', '信息内容 | 本年收费金额（单位：万元） |', '行政事业性收费 | 1.5 |', '三、收到和处理政府信息公开申请情况'));
	expect(a.metrics.filter((m) => m.line >= 6).map((m) => `${m.text}=${m.value}${m.unit ?? ''} ${m.kind}`)).toEqual(['3=3件 count', '1=1件 count', '1.5=15000元 money']);
});

test('a gazette’s name heading every page, the first line too, is a running header, not a title', () => {
	const a = analyzeReport(lines('1', '某市人民政府公报', '某市2024年法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。', '2', '某市人民政府公报', '继续推进。', '3', '某市人民政府公报', '推进。'));
	expect(a.runningHeaderLines).toEqual([2, 8, 11]);
	expect(a.title).toEqual(['某市2024年法治政府建设情况报告']);
});

test('a disclosure report\'s table set one cell per line: row labels, marked or not, title nothing, and its figures are no page numbers', () => {
	const tight = analyzeReport(lines('青禾镇2024年政府信息公开工作年度报告', '一、总体情况', '2024年，青禾镇主动公开政府信息52条。', '二、收到和处理政府信息公开申请情况',
		'申请人情况', '自然人', '总计', '一、本年新收政府信息公开申请数量', '3', '3', '二、上年结转政府信息公开申请数量', '0', '0', '三、本年度办理结果', '（一）予以公开', '3', '3',
		'三、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议、行政诉讼。'));
	expect(tight.allSections.map((s) => `${s.line} ${s.level} ${s.marker?.text ?? ''}${s.title}`)).toEqual(['2 1 一、总体情况', '4 1 二、收到和处理政府信息公开申请情况', '18 1 三、政府信息公开行政复议、行政诉讼情况']);
	expect([tight.pageNumberLines, checkReport(tight).filter((f) => f.rule.startsWith('numbering') || f.rule === 'text.page-number')]).toEqual([[], []]);
	// A blank line between cells, as between a web page's paragraphs; a 0 is never a page's number.
	const spaced = analyzeReport(lines('青禾乡2022年政府信息公开工作年度报告', '', '一、总体情况', '', '2022年，青禾乡主动公开政府信息35条。', '', '二、主动公开政府信息情况', '', '信息内容', '',
		'本年处理决定数量', '', '行政许可', '', '12', '', '行政处罚', '', '0', '', '信息内容', '', '本年收费金额（单位：万元）', '', '行政事业性收费', '', '0', '',
		'三、收到和处理政府信息公开申请情况', '', '申请人情况', '', '自然人', '', '其他', '', '总计', '', '一、本年新收政府信息公开申请数量', '', '2', '', '2', '',
		'四、政府信息公开行政复议、行政诉讼情况', '', '本年度未发生。'));
	expect(spaced.allSections.map((s) => `${s.line} ${s.marker?.text ?? ''}${s.title}`)).toEqual(['3 一、总体情况', '7 二、主动公开政府信息情况', '29 三、收到和处理政府信息公开申请情况', '45 四、政府信息公开行政复议、行政诉讼情况']);
	expect([spaced.pageNumberLines, checkReport(spaced).filter((f) => f.rule.startsWith('numbering') || f.rule === 'text.page-number')]).toEqual([[], []]);
	// Near miss: a marker split from its title (1. ⏎ 特色农业) is no figure, and a heading over text stays one.
	const split = analyzeReport(lines('某镇2024年政府工作报告', '一、2023年工作回顾', '（一）产业发展', '1.', '特色农业提质扩量。', '全年新建茶园50亩。'));
	expect(split.allSections.map((s) => `${s.line} ${s.level} ${s.marker?.text ?? ''}`)).toEqual(['2 1 一、', '3 2 （一）', '5 3 1.']);
});

test('a scraped page\'s tags of any name with quoted attributes are markup, a converter\'s numbered list of them no headings', () => {
	const a = analyzeReport(lines('    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>', '    2. <meter id="h4sia"></meter>', '    3. <rp id="h4sia"><option id="h4sia"></option></rp>', '',
		'某市卫生健康委员会2019年工作总结', '', '一、注重党建引领', '全年开展学习12次，PM2.5<35微克/立方米。'));
	expect([a.title, a.allSections.map((s) => `${s.line} ${s.level} ${s.marker?.text ?? ''}${s.title}`), a.reportYear]).toEqual([['某市卫生健康委员会2019年工作总结'], ['7 1 一、注重党建引领'], 2019]);
	expect(a.metrics.map((m) => m.text)).toEqual(['12次', '35微克/立方米']);
});
