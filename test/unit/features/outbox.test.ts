import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import type { Message } from 'vscode-languageserver/node';
import { FramedStreamWriter } from '../../../server/src/outbox';

/** A stdout stand-in that keeps every byte written to it. */
function sink(): { stream: PassThrough; bytes: () => string } {
	const stream = new PassThrough();
	const chunks: Buffer[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(chunk));
	return { stream, bytes: () => Buffer.concat(chunks).toString('utf8') };
}

test('a message encoded in pieces goes out as one frame: the header counts the bytes of every piece', async () => {
	const { stream, bytes } = sink();
	const pieces = ['{"jsonrpc":"2.0","id":1,"result":', '[{"name":"一、总体情况"', ',"kind":2}', ']}'].map((p) => Buffer.from(p, 'utf8'));
	const writer = new FramedStreamWriter(stream, () => pieces);
	await writer.write({ jsonrpc: '2.0' } as Message);
	await writer.write({ jsonrpc: '2.0' } as Message);
	const body = Buffer.concat(pieces).toString('utf8');
	const frame = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
	expect(bytes()).toBe(frame + frame);
	expect(JSON.parse(body)).toEqual({ jsonrpc: '2.0', id: 1, result: [{ name: '一、总体情况', kind: 2 }] });
});

test('an encoder that throws rejects the write and writes nothing', async () => {
	const { stream, bytes } = sink();
	const writer = new FramedStreamWriter(stream, () => {
		throw new Error('cannot encode');
	});
	await expect(writer.write({ jsonrpc: '2.0' } as Message)).rejects.toThrow('cannot encode');
	expect(bytes()).toBe('');
});
