import { parseChineseNumeral } from './numerals';
import type { Marker } from './types';

/** 一是/二要 inside a paragraph: only after a clause boundary, so 统一是 or 这一要求 never count. */
const RUN_IN = /(?:^|[。；;：:，,！？!?\s\u3000])([一二三四五六七八九十]{1,3})(是|要)(?![否为非求素点件])/g;
const ITEM_END = /[。；;！？!?]/;

export interface RunInMarker {
	marker: Marker;
	/** The item's text: from after the marker to the end of its first clause. */
	text: string;
}

/** Run-in enumeration markers in `text` at or after `from`; `base` turns indices into document offsets. */
export function findRunInMarkers(text: string, from: number, base: number): RunInMarker[] {
	const found: RunInMarker[] = [];
	if (!text.includes('是') && !text.includes('要')) {
		return found;
	}
	RUN_IN.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = RUN_IN.exec(text)) !== null) {
		const start = m.index + m[0].length - m[1].length - 1;
		if (start < from) {
			continue;
		}
		const ordinal = parseChineseNumeral(m[1]);
		if (ordinal === null || ordinal < 1) {
			continue;
		}
		const end = start + m[1].length + 1;
		const rest = text.slice(end, end + 200);
		const stop = rest.search(ITEM_END);
		found.push({
			marker: {
				text: m[1] + m[2],
				style: m[2] === '是' ? 'cn-shi' : 'cn-yao',
				width: 'none',
				ordinal,
				span: { start: base + start, end: base + end },
			},
			text: (stop < 0 ? rest : rest.slice(0, stop)).trim(),
		});
		RUN_IN.lastIndex = end;
	}
	return keepSequences(found);
}

/**
 * A run-in list counts up from where it starts (一是, 二是, …); a lone 三是 with no neighbour in sequence is more
 * likely prose than a list, so only markers that belong to a sequence of two or more are kept.
 */
function keepSequences(found: RunInMarker[]): RunInMarker[] {
	return found.filter((item, i) => {
		const prev = found[i - 1];
		const next = found[i + 1];
		const style = item.marker.style;
		return (prev !== undefined && prev.marker.style === style && prev.marker.ordinal === item.marker.ordinal - 1)
			|| (next !== undefined && next.marker.style === style && next.marker.ordinal === item.marker.ordinal + 1);
	});
}
