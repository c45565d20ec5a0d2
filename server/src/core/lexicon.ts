// Word lists of Chinese government writing that the numeric-mention extractor reads. Data only: the rules that use
// them live in metrics.ts. Every entry is a general phrase of the genre, never a phrase of one particular report.

/**
 * What a unit says about the number before it.
 * - `points`: 个百分点; `times`: 倍; `doubling`: 番 after 翻.
 * - `tier`: 三级, 四星级 (a level, not a quantity); `name`: 号, 周年, 大 (十九大, 四大领域);
 * - `session`: 届 (十九届 is a name, 连续三届 a count); `structure`: 方面 (counts the points of an outline).
 */
export type UnitClass =
	| 'count'
	| 'money'
	| 'percent'
	| 'points'
	| 'times'
	| 'doubling'
	| 'duration'
	| 'measure'
	| 'tier'
	| 'name'
	| 'session'
	| 'structure';

export interface UnitEntry {
	/** As written after the number. */
	text: string;
	/** Normalised: no multiplier, no 个 before a time unit or 百分点, ％ → %. */
	unit: string;
	cls: UnitClass;
	/** Also a unit after a Chinese numeral; false where 一X is mostly a word (一把手, 一部分, 十分, 一度). */
	cn: boolean;
}

function units(cls: UnitClass, cn: boolean, list: string, unit?: string): UnitEntry[] {
	return list.split(' ').map((text) => ({ text, unit: unit ?? text, cls, cn }));
}

export const UNITS: readonly UnitEntry[] = [
	...units('count', true, '人次 家次 户次 件次 个次 项次 期次 班次 点次 车次 架次 批次 场次 辆次 艘次 台次 航次 种次 份次 条次 轮次 人 名 位 户 家 所 个 件 项 条 份 宗 起 册 幅 篇 台 辆 艘 座 处 支 批 期 场 次 轮 班 类 款 例 案 村 封 笔 枚 盏 章'),
	...units('count', false, '本 部 张 套 间 栋 队 组 门 种 面 镇 乡 块 只 头 棵 株 单 校 团 卷 列 趟 架 标箱 标准箱 对 具 通 节 票 口 副 双 把'),
	...units('money', true, '元 美元 欧元 港元'),
	...units('percent', false, '%'),
	...units('percent', false, '％', '%'),
	...units('percent', false, '‰'),
	// A rate per a base written after a slash: 孕产妇死亡率8.6/10万 (per 100,000); the base is the unit, not a multiplier.
	...units('percent', false, '/10万 /万 /1000 /10000 /100000'),
	...['／10万', '／万'].map((text) => ({ text, unit: text.replace('／', '/'), cls: 'percent' as const, cn: false })),
	...units('percent', true, '成'),
	...units('points', true, '个百分点 百分点', '百分点'),
	...units('points', true, '个千分点 千分点', '千分点'),
	...units('times', true, '倍'),
	...units('doubling', true, '番'),
	...units('count', true, '个批次', '批次'),
	// 抽查3大类150余宗案卷: categories counted (四大领域, 五大战略 are names).
	...units('count', true, '大类', '类'),
	...units('count', false, '剂次 剂'),
	// Study credits a cadre earns (人均完成学习24学分).
	...units('count', true, '学分'),
	...units('count', true, '件（次） 件(次) 件（套） 件(套)', '件'),
	...units('count', true, '台（套） 台(套)', '台'),
	...units('count', true, '人（次） 人(次)', '人'),
	// Livestock counted by head, poultry by the bird (头（只）, 只（羽）); fish fry by the tail, wells by the bore.
	...units('count', false, '头（只） 头(只)', '头'),
	...units('count', false, '只（羽） 只(羽) 只（头） 只(头)', '只'),
	...units('count', false, '羽 尾 眼'),
	...units('count', false, '套（间） 套(间)', '套'),
	...units('count', true, '个场次', '场次'),
	...units('count', true, '个位次 位次', '位次'),
	...units('duration', true, '个工作日 工作日', '工作日'),
	...units('duration', true, '个小时 小时', '小时'),
	...units('duration', true, '个月', '月'),
	...units('duration', true, '个星期 星期', '星期'),
	...units('duration', true, '个季度', '季度'),
	...units('duration', true, '个年度', '年度'),
	...units('duration', true, '学时 课时 分钟 秒钟 秒 周 天 日 年 月 岁'),
	// 16周岁: an age counted in full years is an age in 岁, not weeks.
	...units('duration', true, '周岁', '岁'),
	...units('measure', true, '平方公里 平方千米 平方米 立方米 公顷 亩次 亩 吨 公斤 千克 斤 担 公里 千米 米 千瓦时 千瓦 兆瓦 升'),
	// Energy by its coal equivalent, and an intensity per output (吨标准煤/万元: 万 belongs to the base, not the figure).
	...units('measure', true, '吨标准煤 吨标煤 吨二氧化碳 吨标准煤/万元 吨标煤/万元'),
	...units('measure', true, '立方米/日 立方米/天 立方米/秒 吨/日 吨/天 吨/年'),
	// Units written with Latin letters and signs, as environment and energy figures are typed.
	...units('measure', false, 'μg/m³ µg/m³ mg/m³ mg/L mg/l km² m² m³ kWh kW MW ℃ °C'),
	// An engineer's units in a development zone's report: capacities per day or hour, peak power, apparent power, length.
	...units('measure', false, 'm³/d m³/h t/d t/h km/h MWp MVA GWh GW km'),
	// A port's throughput in containers (twenty-foot equivalent units) and floor area as foreign investors read it.
	...units('measure', false, 'TEU sq.m sqm'),
	...units('measure', false, '微克/立方米 毫克/立方米 平米 ㎡ 克 毫米 厘米 度 分贝 分'),
	...units('tier', true, '星级 级'),
	// 110kV变电站: the voltage class a substation is built for names it.
	...units('tier', false, 'kV'),
	...units('name', true, '号 周年'),
	...units('name', true, '大'),
	// 执法第二大队, 第三中队: a unit of a force named by its number.
	...units('name', true, '大队 中队 支队 小队'),
	...units('session', true, '届'),
	...units('structure', true, '方面'),
];

/** Each unit by how it is written. */
export const UNIT_BY_TEXT: ReadonlyMap<string, UnitEntry> = new Map(UNITS.map((u) => [u.text, u]));

/** 万 亿 and their compounds after an Arabic number (6546.22万元, 1.85亿元); longest first. */
export const MULTIPLIERS: readonly (readonly [string, number])[] = [
	['万亿', 1e12],
	['千亿', 1e11],
	['百亿', 1e10],
	['千万', 1e7],
	['百万', 1e6],
	['亿', 1e8],
	['万', 1e4],
];

/** Qualifiers exactly as the conventions list them; longest first. */
export const PREFIX_QUALIFIERS: readonly string[] = ['不少于', '超过', '突破', '不足', '不到', '约', '近', '超', '逾'];
export const SUFFIX_QUALIFIERS: readonly string[] = ['以上', '以下', '以内', '左右'];
/** 余/多 sit before or after the multiplier (6835余万元, 18.85万余条). */
export const INNER_QUALIFIERS: readonly string[] = ['余', '多'];
/** Words in which a prefix qualifier is not one (节约100万元, 最近3年), or says the opposite (不超过3个工作日). */
export const NOT_QUALIFIER_WORDS: readonly string[] = ['不超过', '未超过', '不超', '未超', '节约', '制约', '预约', '签约', '履约', '特约', '违约', '合约', '邀约', '相约', '集约', '公约', '最近', '附近', '临近', '就近', '亲近', '接近', '赶超', '民约', '条约', '契约', '盟约', '缔约', '解约', '续约', '爽约'];

/** Words that start with a measure word: 其中3列入, 5成员单位, where 列 counts no trains and 成 is no tenth. */
export const NOT_UNIT_WORDS: readonly string[] = ['人民', '大幅', '大量', '大型', '大中型', '大数据', '大厅', '大棚', '大桥', '大道', '大街', '大学', '大专', '大赛', '大讲堂', '大病', '列入', '列为', '列出', '列举', '列席', '成员', '成立', '成为', '成果', '成效', '成绩', '成功', '成本', '成交', '成熟', '成都', '升级', '升至', '升为', '升高', '升格', '升学', '升旗', '人社', '通过', '通知', '通报', '通道', '通行', '通讯', '通信', '通用', '节约', '节能', '节点', '节日', '节假日', '节水', '节庆', '节余', '节省', '节奏', '所列', '所述', '所示', '所提', '所指', '所载', '所说', '所涉'];

/**
 * Numeric names, slogans and programme titles of the genre: mentions that are never claims. Quoted slogans
 * (“三无”, “宪法进万家”) are recognised by rule; these are the ones that commonly appear without quotes.
 */
export const SET_PHRASES: readonly string[] = [
	'三项制度', '一网通办', '一网统管', '一网协同', '一窗受理', '一窗通办', '一窗通取', '一件事一次办', '一次办好', '最多跑一次',
	'一次都不跑', '只进一扇门', '高效办成一件事', '办成一件事', '最后一公里', '最后一米', '三重一大', '八项规定', '两委', '两代表一委员', '五老', '双拥', '双随机一公开',
	'双随机、一公开', '双减', '双创', '双碳', '双招双引', '双重预防', '多证合一', '证照合一', '两证整合', '两证合一', '三证合一', '五证合一',
	'多规合一', '多测合一', '多审合一', '多验合一', '多评合一', '多图合一', '多表合一', '多码合一', '多报合一', '多网合一',
	'一照一码', '一业一证', '一带一路', '一国两制', '一岗双责', '一票否决', '一案双查', '一案三查',
	'一张网', '一张图', '一张蓝图', '一体两翼', '两学一做', '三会一课',
	'三严三实', '四个意识', '四个自信', '两个维护', '两个确立', '四个全面', '五位一体', '四风', '六稳', '六保', '三农', '三公经费',
	'三资', '四下基层', '三治融合', '一约四会', '四议两公开', '两新组织', '两不愁三保障', '三保障', '两高', '两院', '一府一委两院',
	'两会', '三供一业', '三改一拆', '五水共治', '两违', '九年义务教育', '五级书记', '三大攻坚战', '三个代表', '五个一工程',
	'两个一百年', '两个确保', '两个毫不动摇', '四个不摘', '三个务必', '十佳', '百强', '千村示范万村整治', '万人助万企', '24小时自助服务', '24小时自助', '24小时不打烊', '24小时值班', '24小时值守', '24小时在线', '24小时服务', '24小时热线', '7×24小时', '一号文件', '八类严重暴力犯罪', '八类案件',
	'两件大事', '第一方阵', '第一序列', '第一梯队', '十年禁捕', '三个规定', '三个区分开来', '九年一贯制', '十二年一贯制', '综合查一次',
];

/**
 * Words whose numeral is lexical, a term or a frequency phrase rather than a number (进一步, 统一, 第一责任人).
 * Run-in markers (一是, 二要) need no entry: 是 and 要 are not units.
 */
export const LEXICAL_WORDS: readonly string[] = [
	'进一步', '一些', '一系列', '一体化', '一体', '统一', '唯一', '同一', '逐一', '万一', '专一', '归一', '划一', '单一', '某一',
	'任一', '每一', '这一', '那一', '其一', '合一', '不一', '一一', '之一', '一方面', '另一方面', '一线', '一起', '一道', '一同',
	'一并', '一律', '一贯', '一直', '一旦', '一致', '一定', '一般', '一切', '一时', '一边', '一次性', '一次次', '再一次', '又一次',
	'一年一度', '一大批', '一大早', '一部分', '一段时间', '一流', '一如既往', '一心一意', '万众一心', '一以贯之', '一针见血',
	'一手抓', '一个个', '一件件', '一项项', '一场场', '一批批', '一座座', '一条条', '一户户', '一家家', '一份份', '一步步', '一桩桩', '一张张', '一笔笔', '一幕幕', '老百姓', '百姓', '千方百计', '百花齐放', '千家万户', '千千万万', '千万', '万万',
	'四川', '四面八方', '五湖四海', '七上八下', '三番五次', '三令五申', '再三', '接二连三', '独一无二', '数一数二', '十分', '十足',
	'周一', '周二', '周三', '周四', '周五', '周六', '周日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日',
	'新一轮', '上一轮', '新一届', '新一代', '下一年', '上一年', '一成不变', '第一责任人', '第一时间', '第一书记', '第一要务', '第一线', '第一位', '第一生产力', '第一动力', '第一资源', '一把尺子',
	'三次产业', '一二三产业', '一把手', '一盘棋', '一站式', '一门式', '一条龙', '一揽子', '一网打尽', '二维码', '三维',
	// A web page's links to the articles beside it.
	'上一篇', '下一篇', '上一条', '下一条', '上一页', '下一页', '上一期', '下一期', '上一版', '下一版',
	// A letter to the public (致居民的一封信) is a kind of document; a year of effort frames what follows.
	'一封信', '一年努力', '一年的努力', '一次告知',
	// 是…的一项重要工作: what a task is, not a count of tasks. 两位数增长: growth of double digits.
	'一项重要', '两位数', '三位数',
	// Framing periods: the term before this one, the term itself, the years of the pandemic.
	'上五年', '五年任期', '三年疫情', '三年新冠',
];

/** Words that turn a following percentage or multiple into a change (增长8.5%, 下调10%-20%, 提高一倍). */
export const CHANGE_WORDS: readonly string[] = [
	'增长', '增加', '提高', '提升', '上升', '上涨', '下降', '减少', '降低', '下调', '上调', '回落', '下滑', '扩大', '缩小', '压减',
	'压缩', '精简', '缩短', '延长', '节约', '下浮', '上浮', '优惠', '减免', '前移', '压降', '削减', '偏少', '偏多', '增', '降', '减', '涨', '跌',
	// Statistics tables and bulletins write the direction as an arrow: 发案数（↓28.6%）.
	'↑', '↓', '降价', '涨价',
	// 负增长2.3%: a fall told as growth below zero; the figure is its size, as after 下降.
	'负增长',
];
/** Nouns that name a change; a level reached by them is still a change (增速达到866%). */
export const CHANGE_NOUNS: readonly string[] = ['增速', '增幅', '降幅', '涨幅', '跌幅', '增长率', '增长速度', '下降率', '提速', '幅度', '溢价率'];

/** Function words between a label and its number (备案率达100%, 共审核…79件, 均达); longest first. */
export const LINK_WORDS: readonly string[] = [
	'比上年同期', '较上年同期', '比去年同期', '较去年同期', '与上年相比', '与去年相比', '不少于', '不超过', '未超过', '比上年', '较上年', '比去年', '较去年',
	'由上年', '从上年', '由去年', '从去年', '达到了', '完成了', '实现了', '完成', '实现', '共计', '共有', '合计', '累计', '总计', '达到', '分别', '同比',
	'环比', '超过', '突破', '不足', '不到', '为期', '长达', '历时', '用时', '高达', '控制在', '稳定在', '保持在', '维持在', '调整为', '调整到', '优化为', '达', '为', '是',
	// Bounds outside the qualifiers the conventions list: no qualifier, and no part of the label (覆盖率≥95%, 不低于90%).
	'不低于', '不高于', '至少', '最多', '≥', '≤',
	// The currency named before an amount (合同金额人民币120万元, ￥35万元): how the amount is written, not what it counts.
	'人民币', 'RMB', '￥', '¥',
	'有', '共', '计', '的', '了', '已', '约', '近', '超', '逾', '仅', '再', '又', '还', '到', '至', '连续', '年均', '平均', '预计', ' ', '\u3000',
	// How long a level held (库款保障水平始终保持在0.8以上, 一直稳定在95%).
	'始终', '一直', '持续', '继续', '长期',
];
/** Words that end in a link character but keep it (具体行政行为143219件, 人均5000元, 共收到13件). */
export const LINK_GUARDS: readonly string[] = [
	'行为', '作为', '成为', '认为', '因为', '更为', '较为', '节约', '制约', '最近', '附近', '赶超', '下达', '传达', '表达', '收到', '接到', '得到',
	'受到', '做到', '公共', '人均', '统计', '设计', '会计', '审计', '估计',
];
/** Distributive words: 审结率、备案率、及时率均达100% gives the one figure to each rate. */
export const DISTRIBUTIVE_WORDS: readonly string[] = ['均', '都', '皆', '全部', '均在', '都在'];

/** Scope, time and joining words at the start of a clause that are not part of what is counted. */
export const SCOPE_WORDS: readonly string[] = [
	'截至目前', '截止目前', '全年共', '全年', '全区', '全县', '全市', '全省', '全镇', '全乡', '全国', '今年', '年内', '当年', '目前',
	'其中', '先后', '依法', '相比', '同时', '另外', '此外', '现有', '共有', '共', '并', '还', '已', '累计', '共计', '以及', '且', '的', '、',
	// What a plan will do (力争…审批时限压缩20%, 将…时限压缩至): no part of what is measured.
	'力争', '将',
];
/** Right after a date: 2020年来共出庭应诉…, 2021年底. */
export const AFTER_DATE_WORDS: readonly string[] = ['以来', '年来', '来', '底', '末', '初', '以后', '后', '前', '期间', '内'];
/** Prepositions: when the counted noun follows the number, what stands before them is not the label (对全区250余家医疗机构). */
export const PREPOSITIONS: readonly string[] = ['对', '向', '为', '给', '在', '从', '与', '由', '将', '把', '被', '于'];
/** After a verb, these make it part of a noun (备案率, 调解员, 培训班, 评查工作): not where the label starts. */
export const NOMINALIZERS: readonly string[] = [
	'率', '度', '数', '量', '额', '员', '者', '人群', '室', '会', '班', '点', '站', '组', '队', '团', '所', '院', '局', '委', '办', '处', '科', '网', '库',
	'表', '单', '册', '书', '证', '费', '金', '款', '项目', '事项', '工作', '活动', '会议', '案件', '意见', '建议', '人员', '对象', '情况', '结果', '材料',
	'信息', '文书', '机构', '中心', '平台', '服务', '制度', '机制', '资料', '案卷', '记录', '报告', '比例', '比重',
	'时限', '时间', '时长', '期限', '周期',
];
/** Result complements after a verb (梳理出, 调处成功, 建立了). */
export const COMPLEMENTS: readonly string[] = ['成功', '出', '了', '到', '好', '完'];

/** Verbs after which the counted phrase starts (依法处理|政府信息公开申请55件). */
export const VERBS: readonly string[] = [
	'处理', '受理', '办理', '审核', '审查', '审结', '办结', '开展', '组织', '举办', '召开', '发放', '解答', '收到', '接到', '出具', '提出',
	'建立', '建成', '梳理', '清理', '出台', '印发', '制定', '制发', '调处', '化解', '排查', '聘请', '成立', '命名', '发布', '参加',
	'完成', '实现', '覆盖', '设立', '获得', '选聘', '备案', '培训', '上传', '走访', '接待', '查处', '立案', '帮助', '提供', '投入',
	'落实', '整改', '公示', '报送', '宣布', '废止', '修改', '评查', '检查', '培育', '创建', '表彰', '新增', '涉及', '挽回', '促进',
	'推动', '安排', '组建', '配备', '吸纳', '派出', '征集', '回复', '答复', '审批', '核发', '换发', '颁发', '签订', '引进', '招录',
	'录用', '招聘', '培养', '评选', '推选', '申报', '推荐', '举行', '下发', '印制', '编印', '制作', '播放', '刊发', '调解', '督查',
	'督办', '约谈', '问责', '追责', '查办', '核查', '核实', '收集', '汇聚', '归集', '审计', '抽查', '巡查', '演练', '宣讲', '授课', '学习', '考试',
	'办复', '出动', '发现', '移送', '作出', '发出', '送达', '收回', '追回', '减免', '拨付', '展出', '悬挂', '张贴', '赠送',
	'编制', '修订', '起草', '听取', '讨论', '研究', '部署', '监测', '检测', '处罚', '罚没', '调整', '充实', '拥有', '持有', '入驻',
	'进驻', '认定', '批准', '登记', '注册', '维持', '撤销', '撤回', '驳回', '结转', '判决', '裁定', '胜诉', '败诉', '结案', '使用', '提交',
	'完善', '确定', '公布', '反馈', '防止', '受训', '聘用', '选派', '派驻', '整理',
];

/** Nouns that, written between a number and its measure word, make a garbled quantity (1案件起 for 1起案件). */
export const COUNTED_NOUNS: readonly string[] = [
	'案件', '事件', '人员', '企业', '单位', '项目', '问题', '事项', '群众', '家庭', '学校', '社区', '部门', '机构', '纠纷', '合同', '文件',
	'活动', '会议', '信息', '案卷', '隐患',
];

/** A numeral before these counts the parts of an outline, not work done (两个方面, 五个法定程序, 四个意识). */
export const STRUCTURE_NOUNS: readonly string[] = ['方面', '部分', '程序', '原则', '理念', '意识', '自信', '维护', '确立', '坚持', '必须', '务必', '不变'];

/** After N年/N日, a programme title (三年行动, 五年规划, 百日攻坚). */
export const PROGRAMME_NOUNS: readonly string[] = ['行动', '攻坚', '规划', '计划', '会战', '专项'];

/** After a duration, a service-radius name (15分钟生活圈, 1小时经济圈). */
export const CIRCLE_NOUNS: readonly string[] = ['生活圈', '服务圈', '便民圈', '健身圈', '通勤圈', '经济圈', '交通圈', '文化圈', '便民生活圈', '便民服务圈'];

/** After a numeral ending in 五, a five-year plan name (十四五规划, 八五普法). */
export const PLAN_FOLLOWERS: readonly string[] = ['规划', '普法', '时期', '期间', '期末', '末', '以来', '计划', '发展'];

/** Before a duration: the period frames the sentence rather than claims a length (过去五年, 未来的五年). */
export const FRAMING_BEFORE: readonly string[] = ['过去', '未来', '今后', '过去的', '未来的', '今后的', '新的', '这', '那', '前', '后', '每'];
/** After a duration: 三年来, 一年多来, 两年间. */
export const FRAMING_AFTER: readonly string[] = ['以来', '来', '里', '间', '累计'];

/**
 * Nouns whose value is a bare number: a ratio (城乡居民收入比由2.36缩小至2.18, 基尼系数0.46, 综合指数3.65), or a rate
 * written without a sign (亿元GDP生产安全事故死亡率0.012).
 */
export const RATIO_NOUNS: readonly string[] = ['收入比', '比值', '之比', '系数', '指数', '率'];

/** Before 第N: the ordinal is a ranking position (排名第一, 位居全省第3). */
export const RANK_CUES: readonly string[] = ['排名', '名列', '位列', '位居', '排在', '排位', '位次', '名次', '居', '进入', '跻身', '并列'];

/** Session names after 届 (十三届人大一次会议). */
export const MEETING_NOUNS: readonly string[] = ['会议', '全会', '全体会议', '全体（扩大）会议', '全体(扩大)会议', '全委会', '全委（扩大）会议', '全委(扩大)会议'];

/** Case and incident nouns: 一起 before one of them counts it (发生一起交通事故). */
export const EVENT_NOUNS: readonly string[] = ['案件', '案例', '个案', '事故', '事件', '纠纷', '诉讼', '火灾', '命案', '冲突', '险情', '警情', '舆情', '投诉', '举报'];

/** Before 一 and a measure word, an indefinite article rather than a count (这是一项系统工程, 作为一名党员). */
export const ARTICLE_CUES: readonly string[] = ['是', '为', '这', '那', '某', '每', '成为', '作为', '如同'];

/** Events that 零 before them counts: 零发生, 零伤亡 claim none happened (零距离, 零容忍 are slogans). */
export const ZERO_EVENTS: readonly string[] = ['发生', '伤亡', '死亡', '事故', '感染', '投诉', '差错', '失误', '上访', '超标', '违约'];
/** The unit a zero of these events counts in, though it is not written (事故零发生 → 0 起, 零伤亡 → 0 人, 零感染 → 0 例). */
export const ZERO_EVENT_UNITS: ReadonlyMap<string, string> = new Map([['发生', '起'], ['事故', '起'], ['伤亡', '人'], ['死亡', '人'], ['感染', '例']]);

/** Words before a zero that make it a claim of none (病例皆为零). */
export const ZERO_CUES: readonly string[] = ['为', '是', '实现', '保持'];
