/**
 * Values worked out once from a short-lived object (an analysis, a scope of changed lines, a clause) and kept for the
 * callers that ask again, stored on that object under a symbol no one else reads.
 *
 * Not in a WeakMap held by a module, the usual place: such a table lives as long as the module, so it is soon in V8's
 * old generation, and V8's minor GC keeps alive every young value an old table refers to, whether its key is alive or
 * not (a value whose key is itself already old stays until the next full GC). With the rules' caches in such tables,
 * the versions of a document an editor had made since the last minor GC (their sections, numbers and findings) all
 * survived it: at 25 KB about 2.5 MB per minor GC instead of 0.15 MB, which made those GCs several milliseconds long.
 * A cache stored on its owner dies with it.
 */
const MEMO = Symbol('policy-report memo');

type Table = Map<MemoKey<unknown>, unknown>;

interface WithMemo {
	[MEMO]?: Table;
}

/** The name of one kind of cached value, typed with what it holds. */
export class MemoKey<T> {
	declare private readonly value: T;

	constructor(readonly name: string) {}
}

/** Tables of owners that cannot take one (a caller froze them): the WeakMap this module avoids, as a last resort. */
const FROZEN_OWNERS = new WeakMap<object, Table>();

function existingTable(owner: object): Table | undefined {
	return (owner as WithMemo)[MEMO] ?? FROZEN_OWNERS.get(owner);
}

function tableOf(owner: object): Table {
	let table = existingTable(owner);
	if (!table) {
		table = new Map();
		if (Object.isExtensible(owner)) {
			// Not enumerable: object spread, JSON and deep equality see the owner as it was.
			Object.defineProperty(owner, MEMO, { value: table });
		} else {
			FROZEN_OWNERS.set(owner, table);
		}
	}
	return table;
}

/** The value kept on `owner` under `key`, made by `make` the first time. */
export function memo<T>(owner: object, key: MemoKey<T>, make: () => T): T {
	const table = tableOf(owner);
	if (table.has(key)) {
		return table.get(key) as T;
	}
	const value = make();
	table.set(key, value);
	return value;
}

/** The value kept on `owner` under `key`, if one was. */
export function recall<T>(owner: object, key: MemoKey<T>): T | undefined {
	return existingTable(owner)?.get(key) as T | undefined;
}

export function remember<T>(owner: object, key: MemoKey<T>, value: T): void {
	tableOf(owner).set(key, value);
}

/** Gives `owner` its table at once: objects of one kind that all get it when made share one hidden class in V8. */
export function prepareMemo(owner: object): void {
	tableOf(owner);
}
