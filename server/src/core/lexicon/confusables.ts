// Phrases commonly miswritten in official writing, each an unambiguous error with one correct form. Pairs whose
// choice depends on meaning (制定/制订, 必须/必需, 其他/其它, 截止到, 签定) are left out on purpose: only a
// reader of the sentence can tell those apart.

export interface Confusable {
	wrong: string;
	right: string;
	/** Characters that, directly before the match, make its first character the end of another word (发布署名). */
	exceptAfter?: string;
	/** Characters that, directly after the match, make its last character the start of another word (今年以年度). */
	exceptBefore?: string;
}

export const CONFUSABLES: readonly Confusable[] = [
	// 截至 takes a point in time (up to now); 截止 marks an end (报名截止), so it does not take 目前.
	{ wrong: '截止目前', right: '截至目前' },
	{ wrong: '截止当前', right: '截至当前' },
	{ wrong: '截止现在', right: '截至现在' },
	{ wrong: '今年以年', right: '今年以来', exceptBefore: '度初底终中末' },
	{ wrong: '布署', right: '部署', exceptAfter: '发公颁宣分散遍密星摆瀑开铺满' },
	{ wrong: '惯彻', right: '贯彻', exceptAfter: '习' },
	{ wrong: '按排', right: '安排', exceptBefore: '名序列位行号' },
	{ wrong: '再接再励', right: '再接再厉' },
	{ wrong: '事在必行', right: '势在必行' },
	{ wrong: '明查暗访', right: '明察暗访' },
	{ wrong: '名符其实', right: '名副其实' },
	{ wrong: '融汇贯通', right: '融会贯通' },
	{ wrong: '一如继往', right: '一如既往' },
	{ wrong: '既往开来', right: '继往开来' },
	{ wrong: '有的放失', right: '有的放矢' },
	{ wrong: '按步就班', right: '按部就班' },
	{ wrong: '相辅相承', right: '相辅相成' },
	{ wrong: '出谋化策', right: '出谋划策' },
	{ wrong: '全神灌注', right: '全神贯注' },
	{ wrong: '一股作气', right: '一鼓作气' },
	{ wrong: '默守成规', right: '墨守成规' },
	{ wrong: '穿流不息', right: '川流不息' },
	{ wrong: '再所难免', right: '在所难免' },
	{ wrong: '再所不惜', right: '在所不惜' },
	{ wrong: '幅射', right: '辐射' },
	{ wrong: '震憾', right: '震撼' },
	{ wrong: '编篡', right: '编纂' },
	{ wrong: '追朔', right: '追溯' },
	{ wrong: '松驰', right: '松弛' },
	{ wrong: '气慨', right: '气概' },
	{ wrong: '峻工', right: '竣工', exceptAfter: '险高严陡' },
	{ wrong: '台帐', right: '台账', exceptBefore: '篷幕' },
	{ wrong: '帐户', right: '账户' },
	{ wrong: '贯切', right: '贯彻', exceptAfter: '一连' },
	{ wrong: '按装', right: '安装' },
	{ wrong: '消毁', right: '销毁' },
	{ wrong: '分岐', right: '分歧' },
	{ wrong: '侯选', right: '候选' },
	{ wrong: '行政复义', right: '行政复议' },
	{ wrong: '精兵减政', right: '精兵简政' },
	{ wrong: '如火如茶', right: '如火如荼' },
	{ wrong: '迫不急待', right: '迫不及待' },
	{ wrong: '走头无路', right: '走投无路' },
	{ wrong: '发人深醒', right: '发人深省' },
	{ wrong: '既往不究', right: '既往不咎' },
	{ wrong: '重蹈复辙', right: '重蹈覆辙' },
	{ wrong: '直接了当', right: '直截了当' },
	{ wrong: '变本加利', right: '变本加厉' },
	{ wrong: '不加思索', right: '不假思索' },
	{ wrong: '以偏盖全', right: '以偏概全' },
	{ wrong: '出奇不意', right: '出其不意' },
	{ wrong: '言简意骇', right: '言简意赅' },
	{ wrong: '相形见拙', right: '相形见绌' },
	{ wrong: '美仑美奂', right: '美轮美奂' },
	{ wrong: '全力以付', right: '全力以赴' },
	{ wrong: '针贬时弊', right: '针砭时弊' },
	{ wrong: '蛛丝蚂迹', right: '蛛丝马迹' },
	{ wrong: '一视同人', right: '一视同仁' },
	{ wrong: '挺而走险', right: '铤而走险' },
	{ wrong: '事得其反', right: '适得其反' },
	{ wrong: '专心至志', right: '专心致志' },
	{ wrong: '鞠躬尽粹', right: '鞠躬尽瘁' },
	{ wrong: '不径而走', right: '不胫而走' },
	{ wrong: '渊远流长', right: '源远流长' },
	{ wrong: '大相经庭', right: '大相径庭' },
	{ wrong: '惹事生非', right: '惹是生非' },
];
