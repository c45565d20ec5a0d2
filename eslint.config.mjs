import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'test/gold/**', 'test/e2e/out/**', '.bench/**', '**/*.d.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts', '**/*.mts'],
		languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['vitest.config.mts'] }, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['**/*.{ts,mts,mjs,cjs,js}'],
		plugins: { '@stylistic': stylistic },
		rules: {
			'@stylistic/indent': ['error', 'tab', { SwitchCase: 1 }],
			'@stylistic/quotes': ['error', 'single', { avoidEscape: true }],
			'@stylistic/semi': ['error', 'always'],
			'@stylistic/comma-dangle': ['error', 'always-multiline'],
			'@stylistic/no-trailing-spaces': 'error',
			'@stylistic/eol-last': 'error',
		},
	},
	{
		files: ['**/*.{mjs,cjs,js}'],
		languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', performance: 'readonly', global: 'readonly' } },
	},
	{
		// The core is pure: text in, model out. No editor, protocol or Node APIs.
		files: ['server/src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: ['vscode', 'vscode-*', 'node:*'], message: 'The analysis core must stay pure (no vscode, LSP or Node imports).' },
					{ group: ['fs', 'path', 'os', 'child_process', 'util', 'buffer', 'crypto'], message: 'The analysis core must not use Node built-ins.' },
				],
			}],
		},
	},
	{
		// The client talks to the server only through the protocol module.
		files: ['client/src/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/*', '!**/server/src/protocol'], message: 'The client may import only server/src/protocol.ts.' }] }],
		},
	},
);
