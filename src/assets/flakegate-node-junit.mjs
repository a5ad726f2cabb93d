// flakegate's node:test reporter: Node's own junit reporter, plus a test case for a describe's
// `before`/`after` hook that failed.
//
// Node 20's junit reporter writes a describe as a <testsuite> and drops the describe's own error, so
// when a `before` hook throws, the report shows only its tests, each "cancelled by parent", and the
// hook's error (an EADDRINUSE, an ENOENT) is nowhere. This passes every event through unchanged and,
// just before a describe fails with `hookFailed`, adds a test named `before all hook` (or
// `after all hook`) inside it that fails with the hook's own error, so the report keeps it. The name
// has no quotes: Node 20's junit reporter escapes `"` twice.
// It must not throw: a broken reporter would lose the whole report.
import { junit } from 'node:test/reporters';

const HOOK_FAILED = /^failed running (before|after) hook$/;

function hookCase(data) {
  try {
    const error = data?.details?.error;
    if (data?.details?.type !== 'suite' || error?.failureType !== 'hookFailed') return null;
    const which = HOOK_FAILED.exec(String(error.message ?? ''))?.[1];
    if (which === undefined || typeof data.nesting !== 'number') return null;
    const base = { name: `${which} all hook`, nesting: data.nesting + 1, testNumber: 0, file: data.file, line: data.line, column: data.column };
    return [
      { type: 'test:start', data: base },
      { type: 'test:fail', data: { ...base, details: { duration_ms: 0, error: hookError(error.cause ?? error) } } },
    ];
  } catch {
    return null;
  }
}

// The thrown value's message and stack under the failure type Node gives hook failures, so the
// report's `type` attribute is not "undefined" for a plain Error.
function hookError(thrown) {
  const isObject = thrown !== null && typeof thrown === 'object';
  const error = new Error(isObject && typeof thrown.message === 'string' ? thrown.message : String(thrown));
  error.stack = isObject && typeof thrown.stack === 'string' ? thrown.stack : error.message;
  error.failureType = 'hookFailed';
  if (isObject && typeof thrown.code === 'string') error.code = thrown.code;
  return error;
}

async function* withHookCases(source) {
  for await (const event of source) {
    if (event?.type === 'test:fail') yield* hookCase(event.data) ?? [];
    yield event;
  }
}

export default async function* flakegateJunit(source) {
  yield* junit(withHookCases(source));
}
