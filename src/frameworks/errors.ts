/**
 * A project that flakegate cannot run as configured: no framework detected, no interpreter with
 * pytest-xdist, a missing JUnit reporter. The entries print `message` and then `fix: <hint>`, and
 * exit 2 (a setup problem, not a gate verdict).
 */
export class SetupError extends Error {
  override readonly name = 'SetupError';
  /** One line the user can act on, e.g. `npm install --save-dev jest-junit`. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}
