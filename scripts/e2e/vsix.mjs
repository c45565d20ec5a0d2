// Reads a .vsix (a zip) without an unzip binary: the runner lists what the package holds and unpacks it so that the
// extension-host tests run the very files a user installs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The entries of a zip file, each with a function that returns its bytes. */
export function readZip(file) {
	const zip = readFileSync(file);
	// The end record is the last thing in the file, followed only by a comment of at most 64 KiB.
	let end = zip.length - 22;
	while (end >= Math.max(0, zip.length - 22 - 0xffff) && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
		end--;
	}
	if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
		throw new Error(`${file} is not a zip file`);
	}
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const entries = [];
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
			throw new Error(`${file}: broken central directory`);
		}
		const method = zip.readUInt16LE(at + 10);
		const compressedSize = zip.readUInt32LE(at + 20);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const headerOffset = zip.readUInt32LE(at + 42);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		entries.push({
			name,
			size,
			data() {
				if (zip.readUInt32LE(headerOffset) !== LOCAL_FILE_HEADER) {
					throw new Error(`${file}: broken entry ${name}`);
				}
				const start = headerOffset + 30 + zip.readUInt16LE(headerOffset + 26) + zip.readUInt16LE(headerOffset + 28);
				const raw = zip.subarray(start, start + compressedSize);
				if (method === 0) {
					return raw;
				}
				if (method === 8) {
					return inflateRawSync(raw);
				}
				throw new Error(`${file}: ${name} uses compression method ${method}`);
			},
		});
	}
	return entries;
}

/** Writes the files under the package's extension/ folder into `dir`, which then is an extension folder. */
export function unpackExtension(file, dir) {
	for (const entry of readZip(file)) {
		if (!entry.name.startsWith('extension/') || entry.name.endsWith('/')) {
			continue;
		}
		const target = normalize(join(dir, entry.name.slice('extension/'.length)));
		if (!target.startsWith(normalize(dir))) {
			throw new Error(`${file}: ${entry.name} points outside the package`);
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, entry.data());
	}
}
