/**
 * How many leading entries of a list of `length` pass `isBefore`, for a test that holds for a prefix of the list and
 * for nothing after it (a place in a sorted list): a binary search, so a long list is not read entry by entry.
 */
export function countBefore(length: number, isBefore: (index: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (isBefore(mid)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}
