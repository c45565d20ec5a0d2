// The tests module the extension host loads (extensionTestsPath): runs the mocha suite and settles with its outcome.
import Mocha from 'mocha';
import { join } from 'node:path';

/**
 * One console.log call per line: the extension host forwards console.log to the runner, but sends printf-style
 * arguments unformatted, which garbles mocha's own reporters.
 */
class LineReporter extends Mocha.reporters.Base {
	constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
		super(runner, options);
		runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => console.log(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
		runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => console.log(`  ✖ ${test.fullTitle()}\n${error.stack ?? error.message}`));
	}
}

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', reporter: LineReporter, timeout: 60_000 });
	mocha.addFile(join(__dirname, 'extension.test.js'));
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			// The runner counts tests from this line.
			console.log(`E2E-MOCHA ${JSON.stringify({ passes: runner.stats?.passes ?? 0, failures })}`);
			if (failures > 0) {
				reject(new Error(`${failures} extension-host test(s) failed`));
			} else {
				resolve();
			}
		});
	});
}
