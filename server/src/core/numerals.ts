// Numerals as written in Chinese reports: Arabic (half- or full-width, grouped thousands) and Chinese
// (一 … 九, 十 百 千 万 亿, 零 〇, 两). The index-based readers work on a slice of a longer text without copying it.

const ZERO_CODE = 0x30;
const FULL_ZERO_CODE = 0xff10;
const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;
const DOT = 0x2e;
const FULL_DOT = 0xff0e;

/** . or ．, the decimal point of an Arabic number. */
export function isDecimalPoint(code: number): boolean {
	return code === DOT || code === FULL_DOT;
}

/** 0–9 for an Arabic digit (half- or full-width), else -1. */
export function arabicDigit(code: number): number {
	if (code >= ZERO_CODE && code <= ZERO_CODE + 9) {
		return code - ZERO_CODE;
	}
	if (code >= FULL_ZERO_CODE && code <= FULL_ZERO_CODE + 9) {
		return code - FULL_ZERO_CODE;
	}
	return -1;
}

/** 0–9 for a Chinese digit (零 〇 一 二 两 三 … 九), else -1. */
export function chineseDigit(code: number): number {
	// One table read: the extractor asks this of most characters it looks at, and a switch over eleven code points
	// compiles to a chain of compares. NaN (charCodeAt past the end) fails the range test.
	return code >= DIGIT_LOW && code <= DIGIT_HIGH ? DIGITS[code - DIGIT_LOW] : -1;
}

const DIGIT_CHARS: readonly (readonly [number, number])[] = [
	[0x96f6, 0], // 零
	[0x3007, 0], // 〇
	[0x4e00, 1], // 一
	[0x4e8c, 2], // 二
	[0x4e24, 2], // 两
	[0x4e09, 3], // 三
	[0x56db, 4], // 四
	[0x4e94, 5], // 五
	[0x516d, 6], // 六
	[0x4e03, 7], // 七
	[0x516b, 8], // 八
	[0x4e5d, 9], // 九
];
const DIGIT_LOW = 0x3007;
const DIGIT_HIGH = 0x96f6;
const DIGITS = new Int8Array(DIGIT_HIGH - DIGIT_LOW + 1).fill(-1);
for (const [code, digit] of DIGIT_CHARS) {
	DIGITS[code - DIGIT_LOW] = digit;
}

const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百
const THOUSAND = 0x5343; // 千
const TEN_THOUSAND = 0x4e07; // 万
const HUNDRED_MILLION = 0x4ebf; // 亿
const LIANG = 0x4e24; // 两
const BIG_UNITS: readonly (readonly [number, number])[] = [[HUNDRED_MILLION, 1e8], [TEN_THOUSAND, 1e4]];

function smallUnit(code: number): number {
	return code === TEN ? 10 : code === HUNDRED ? 100 : code === THOUSAND ? 1000 : 0;
}

/** A character of a Chinese numeral: a digit, 十 百 千, 万 or 亿. */
export function isChineseNumeralChar(code: number): boolean {
	return code >= DIGIT_LOW && code <= DIGIT_HIGH && NUMERAL_CHARS[code - DIGIT_LOW] === 1;
}

/** 1 where `isChineseNumeralChar` holds, offset like DIGITS: every numeral character lies in DIGITS' range. */
const NUMERAL_CHARS = new Uint8Array(DIGIT_HIGH - DIGIT_LOW + 1);
for (const code of [...DIGIT_CHARS.map(([c]) => c), TEN, HUNDRED, THOUSAND, TEN_THOUSAND, HUNDRED_MILLION]) {
	NUMERAL_CHARS[code - DIGIT_LOW] = 1;
}

/** A numeral made only of 百 千 万 亿 (百姓, 千万, 万家): a word, not a number, unless a rule says otherwise. */
export function isMagnitudeOnly(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (chineseDigit(code) >= 0 || code === TEN) {
			return false;
		}
	}
	return true;
}

/** Longer runs of numeral characters are not one numeral (the longest, 九千九百九十九万九千九百九十九亿…, is far shorter). */
const MAX_NUMERAL_LENGTH = 24;

/**
 * The value of the Chinese numeral text[start, end), or null when it is not one well-formed numeral.
 * 十二 → 12, 两千 → 2000, 一万二 → 12000, 三百零五 → 305, 二〇二一 → 2021, 三万亿 → 3e12.
 */
export function chineseNumeralValue(text: string, start: number, end: number): number | null {
	if (end <= start || end - start > MAX_NUMERAL_LENGTH) {
		return null;
	}
	if (end - start >= 2 && isPositional(text, start, end)) {
		let value = 0;
		for (let i = start; i < end; i++) {
			value = value * 10 + chineseDigit(text.charCodeAt(i));
		}
		return value;
	}
	return withBigUnits(text, start, end);
}

/** 二〇二一, 一九九八: digit by digit, as years are written. */
function isPositional(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (chineseDigit(code) < 0 || code === LIANG) {
			return false;
		}
	}
	return true;
}

function withBigUnits(text: string, start: number, end: number): number | null {
	for (let b = 0; b < BIG_UNITS.length; b++) {
		const code = BIG_UNITS[b][0];
		const unit = BIG_UNITS[b][1];
		const at = lastIndexIn(text, code, start, end);
		if (at < start) {
			continue;
		}
		const high = at === start ? 1 : withBigUnits(text, start, at);
		const low = abbreviatedTail(text, at + 1, end, unit) ?? withBigUnits(text, at + 1, end);
		if (high === null || (low === null && at + 1 < end) || (low ?? 0) >= unit) {
			return null;
		}
		return high * unit + (low ?? 0);
	}
	return section(text, start, end);
}

function lastIndexIn(text: string, code: number, start: number, end: number): number {
	for (let i = end - 1; i >= start; i--) {
		if (text.charCodeAt(i) === code) {
			return i;
		}
	}
	return -1;
}

/** 一万二 = 12000, 三千五 = 3500: a lone digit right after a unit counts in the next lower place. */
function abbreviatedTail(text: string, start: number, end: number, unit: number): number | null {
	if (end - start !== 1) {
		return null;
	}
	const digit = chineseDigit(text.charCodeAt(start));
	return digit > 0 ? (digit * unit) / 10 : null;
}

/** A numeral below 10000: digits, 十 百 千 and 零. */
function section(text: string, start: number, end: number): number | null {
	let value = 0;
	let digit = -1;
	let lastUnit = 10000;
	let afterUnit = 0;
	let zero = false;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const d = chineseDigit(code);
		if (d === 0) {
			if (digit >= 0) {
				return null;
			}
			zero = true;
			afterUnit = 0;
			continue;
		}
		if (d > 0) {
			if (digit >= 0) {
				return null;
			}
			digit = d;
			continue;
		}
		const unit = smallUnit(code);
		if (unit === 0 || unit >= lastUnit || (digit < 0 && zero && unit !== 10)) {
			return null;
		}
		value += (digit < 0 ? 1 : digit) * unit;
		digit = -1;
		lastUnit = unit;
		afterUnit = unit;
		zero = false;
	}
	if (digit >= 0) {
		value += afterUnit > 10 ? (digit * afterUnit) / 10 : digit;
	}
	return value;
}

/** Parses a whole string as a Chinese numeral; null when any character does not belong to one. */
export function parseChineseNumeral(s: string): number | null {
	for (let i = 0; i < s.length; i++) {
		if (!isChineseNumeralChar(s.charCodeAt(i))) {
			return null;
		}
	}
	return chineseNumeralValue(s, 0, s.length);
}

/** The parts of an Arabic number: `mantissa / 10^decimals` is its value, `end` is just after it. */
export interface ArabicNumber {
	end: number;
	mantissa: number;
	decimals: number;
	/** Digits before any grouping comma or decimal point. */
	intDigits: number;
	/** Written with thousands separators or a decimal point. */
	plain: boolean;
}

/**
 * Reads the Arabic number starting at `start` (which must be a digit): digits, thousands groups (`1,234`, `1，234`,
 * `1 234`, only when the first group has 1–3 digits and every later one exactly 3) and a decimal part (`.` or `．`).
 */
export function readArabic(text: string, start: number): ArabicNumber {
	let i = start;
	let mantissa = 0;
	for (let d = digitAt(text, i); d >= 0; d = digitAt(text, i)) {
		mantissa = mantissa * 10 + d;
		i++;
	}
	const intDigits = i - start;
	let plain = true;
	if (intDigits <= 3) {
		while (isGroup(text, i)) {
			for (let k = 1; k <= 3; k++) {
				mantissa = mantissa * 10 + arabicDigit(text.charCodeAt(i + k));
			}
			i += 4;
			plain = false;
		}
	}
	let decimals = 0;
	const point = i < text.length ? text.charCodeAt(i) : NaN;
	if (isDecimalPoint(point) && digitAt(text, i + 1) >= 0) {
		i++;
		plain = false;
		for (let d = digitAt(text, i); d >= 0; d = digitAt(text, i)) {
			mantissa = mantissa * 10 + d;
			decimals++;
			i++;
		}
	}
	return { end: i, mantissa, decimals, intDigits, plain };
}

/**
 * The Arabic digit at `at`, or -1 (also past the end). Each character is read once, and the range test is written out:
 * V8 compiles a charCodeAt call site that has once read past the end as a call of the generic builtin for good.
 */
function digitAt(text: string, at: number): number {
	return at < text.length ? arabicDigit(text.charCodeAt(at)) : -1;
}

function isGroup(text: string, at: number): boolean {
	const sep = at < text.length ? text.charCodeAt(at) : NaN;
	return (
		(sep === COMMA || sep === FULL_COMMA || GROUP_SPACES.has(sep)) &&
		digitAt(text, at + 1) >= 0 &&
		digitAt(text, at + 2) >= 0 &&
		digitAt(text, at + 3) >= 0 &&
		digitAt(text, at + 4) < 0
	);
}

/** One space between digit groups (1 200件, 13 000): the thousands spacing GB/T 15835 allows, read like a comma. */
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);

/** The value of an Arabic number times `multiplier`, computed on the integer mantissa so 6546.22万 is exactly 65462200. */
export function arabicValue(n: ArabicNumber, multiplier = 1): number {
	return (n.mantissa * multiplier) / pow10(n.decimals);
}

/** Powers of ten up to 1e22, all exact: a figure's value then costs a table read rather than a call to pow. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, d) => 10 ** d);

/** 10 ** d for an integer d ≥ 0. */
export function pow10(d: number): number {
	return d < POW10.length ? POW10[d] : 10 ** d;
}

/** A year written in digits of either width (2023, ２０２３) or in Chinese numerals (二〇二三); null otherwise. */
export function parseYear(s: string): number | null {
	return parseArabicNumber(s) ?? chineseNumeralValue(s, 0, s.length);
}

/** Parses a whole string as an Arabic number (full-width digits, `．`, grouped thousands); null otherwise. */
export function parseArabicNumber(s: string): number | null {
	if (s.length === 0 || arabicDigit(s.charCodeAt(0)) < 0) {
		return null;
	}
	const n = readArabic(s, 0);
	return n.end === s.length ? arabicValue(n) : null;
}

/**
 * Financial capitals (大写数字), which contracts, receipts and payment orders use for amounts so they cannot be altered:
 * 壹 贰 叁 肆 伍 陆 柒 捌 玖 with 拾 佰 仟 (traditional 貳 參 陸 too), read as the plain numerals they stand for.
 */
const CAPITALS: ReadonlyMap<number, string> = new Map([...'壹一贰二貳二叁三參三肆四伍五陆六陸六柒七捌八玖九拾十佰百仟千'].flatMap((c, i, all) => (i % 2 === 0 ? [[c.charCodeAt(0), all[i + 1]] as const] : [])));

export function isCapitalNumeralChar(code: number): boolean {
	return CAPITALS.has(code);
}

/**
 * The value of text[start, end) written in capitals, alone or with 零 万 亿 (壹佰贰拾万, 叁仟伍佰), or null. At least one
 * capital digit and a capital 拾 佰 仟 or a 万 亿 after it: a lone 伍 or 陆 is a word (队伍, 陆续), not an amount.
 */
export function capitalNumeralValue(text: string, start: number, end: number): number | null {
	let plain = '';
	let digit = false;
	let magnitude = false;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const capital = CAPITALS.get(code);
		if (capital !== undefined) {
			const place = smallUnit(capital.charCodeAt(0)) > 0;
			digit ||= !place;
			magnitude ||= place && digit;
		} else {
			magnitude ||= digit && (code === TEN_THOUSAND || code === HUNDRED_MILLION);
		}
		plain += capital ?? text[i];
	}
	return digit && magnitude ? chineseNumeralValue(plain, 0, plain.length) : null;
}

