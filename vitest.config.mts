import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{ test: { name: 'gold', include: ['test/gold-eval/**/*.test.ts'] } },
			{ test: { name: 'property', include: ['test/property/**/*.test.ts'], testTimeout: 120_000 } },
			{ test: { name: 'lsp', include: ['test/lsp/**/*.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'library', include: ['test/library/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
		],
	},
});
