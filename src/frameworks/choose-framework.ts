import { DETECTION_PRIORITY, FRAMEWORK_LABELS, type DetectableFramework, type Detection } from './detect.js';
import { SetupError } from './errors.js';

export interface FrameworkChoice {
  readonly name: DetectableFramework;
  /** e.g. "detected Jest via package.json devDependencies" (+ what else was found and why not). */
  readonly reason: string;
}

const STRENGTH_WORDS: Readonly<Record<Detection['strength'], string>> = {
  3: 'the test script runs it',
  2: 'it has its own config file',
  1: 'it is a dependency',
};

/**
 * Picks the first of `detectFrameworks`' answer (strongest evidence, then DETECTION_PRIORITY)
 * and says so; throws a `SetupError` naming the `framework` setting when nothing was found.
 */
export function chooseFramework(detections: readonly Detection[], cwd: string): FrameworkChoice {
  const [chosen, ...others] = detections;
  if (chosen === undefined) {
    throw new SetupError(
      `framework auto found no test framework in ${cwd} (looked for pytest.ini, pyproject.toml [tool.pytest.ini_options], setup.cfg [tool:pytest], tox.ini, conftest.py, requirements*.txt, package.json jest/vitest/mocha/node --test, go.mod)`,
      `set framework to one of ${DETECTION_PRIORITY.join(', ')} (--framework, or the action input framework), or use framework custom with a command containing {workers} and {junit}`,
    );
  }
  let reason = `detected ${FRAMEWORK_LABELS[chosen.name]} via ${chosen.via}`;
  if (others.length > 0) {
    const list = others.map((other) => `${FRAMEWORK_LABELS[other.name]} (${other.via})`).join(', ');
    const why =
      others[0]?.strength === chosen.strength
        ? `equally strong evidence, so by priority ${DETECTION_PRIORITY.join(' > ')}`
        : `the strongest evidence: ${STRENGTH_WORDS[chosen.strength]}`;
    reason += `; also found ${list}; chose ${FRAMEWORK_LABELS[chosen.name]} by ${why}; set framework to choose another`;
  }
  return { name: chosen.name, reason };
}
