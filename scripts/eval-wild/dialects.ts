// JUnit XML as each framework's default reporter writes it, for one run of a case's tests. Pure:
// the caller supplies where each test is defined (line, absolute project path, Go package).
// The layouts follow reports those reporters really produce (shared/corpus/junit/generated-here):
// pytest xunit2 (no file attribute), jest-junit defaults, Vitest's junit reporter, node:test's
// junit reporter, Mocha's built-in xunit reporter, gotestsum's junit, Surefire and Gradle files.
import { posix } from 'node:path';
import type { Framework, JavaDialect, TestRef } from './cases.js';

export interface RunTest {
  readonly ref: TestRef;
  readonly failed: boolean;
  /** The recorded failure text; null = none was available (the report then says only that it failed). */
  readonly text: string | null;
  /** 1-based line of the test's definition in its file (where the stack frame points). */
  readonly line: number;
  readonly seconds: number;
}

export interface DialectContext {
  readonly framework: Framework;
  readonly dialect?: JavaDialect | undefined;
  /** Repository-relative project directory ('' = the repository root). */
  readonly root: string;
  /** Absolute path of the materialised project directory (stack frames are absolute in JS runners). */
  readonly projectAbs: string;
  /** Go: the import path of the package holding a test file. */
  readonly goPackage?: (file: string) => string;
  /** ISO time of the run (reports carry one; fixed per run so output is reproducible). */
  readonly timestamp: string;
}

export interface ReportFile {
  readonly name: string;
  readonly xml: string;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
const text = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Control characters other than tab/newline are not allowed in XML 1.0 at all.
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const secs = (s: number, digits = 3): string => s.toFixed(digits);
const firstLine = (s: string): string => s.split('\n')[0] ?? '';

/** File relative to the project directory. */
export function projectFile(ref: TestRef, root: string): string {
  return root === '' ? ref.file : posix.relative(root, ref.file);
}

/** The exception type a failure text names (`sqlite3.OperationalError: ...` -> OperationalError), if any. */
export function exceptionName(t: string): string | null {
  const m = /^(?:[\w$]+\.)*([A-Z][\w$]*(?:Error|Exception|Failure|Fault|Timeout)\w*)\b/.exec(t.trim());
  if (m) return m[1] ?? null;
  if (/^assert\b/.test(t.trim())) return 'AssertionError';
  return null;
}

function failureText(t: RunTest): string {
  return clean(t.text ?? '');
}

export function renderRun(tests: readonly RunTest[], ctx: DialectContext): ReportFile[] {
  switch (ctx.framework) {
    case 'pytest':
      return [{ name: 'junit.xml', xml: pytest(tests, ctx) }];
    case 'jest':
      return [{ name: 'junit.xml', xml: jest(tests, ctx) }];
    case 'vitest':
      return [{ name: 'junit.xml', xml: vitest(tests, ctx) }];
    case 'node':
      return [{ name: 'junit.xml', xml: nodeTest(tests, ctx) }];
    case 'mocha':
      return [{ name: 'junit.xml', xml: mocha(tests, ctx) }];
    case 'go':
      return [{ name: 'junit.xml', xml: gotestsum(tests, ctx) }];
    case 'junit':
      return java(tests, ctx);
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}

const failures = (tests: readonly RunTest[]): number => tests.filter((t) => t.failed).length;
const total = (tests: readonly RunTest[]): number => tests.reduce((s, t) => s + t.seconds, 0);

// pytest >= 6.1 default (junit_family=xunit2): classname is the dotted module path (+ class), no file.
function pytest(tests: readonly RunTest[], ctx: DialectContext): string {
  const cases = tests.map((t) => {
    const file = projectFile(t.ref, ctx.root);
    const classname = [file.replace(/\.py$/, '').split('/').join('.'), ...(t.ref.class ? [t.ref.class] : [])].join('.');
    const open = `<testcase classname="${attr(classname)}" name="${attr(t.ref.name)}" time="${secs(t.seconds)}"`;
    if (!t.failed) return `${open} />`;
    const body = failureText(t);
    const exc = exceptionName(body);
    const where = `${file}:${t.line}${exc ? `: ${exc}` : ''}`;
    return `${open}><failure message="${attr(firstLine(body) || 'failed')}">${text(body ? `${body}\n\n${where}` : where)}</failure></testcase>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="${failures(tests)}" skipped="0" tests="${tests.length}" time="${secs(total(tests))}" timestamp="${ctx.timestamp}" hostname="ci">${cases.join('')}</testsuite></testsuites>`;
}

function jsFrame(t: RunTest, ctx: DialectContext, fn: string): string {
  return `    at ${fn} (${posix.join(ctx.projectAbs, projectFile(t.ref, ctx.root))}:${t.line}:5)`;
}

// jest-junit 17 defaults: suite name = first describe title, classname = name = "{describe...} {title}", no file, no message attribute.
function jest(tests: readonly RunTest[], ctx: DialectContext): string {
  const suites = groupBy(tests, (t) => t.ref.file);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="jest tests" tests="${tests.length}" failures="${failures(tests)}" errors="0" time="${secs(total(tests))}">`];
  for (const group of suites.values()) {
    const title = group[0]?.ref.suite?.[0] ?? 'undefined';
    out.push(`  <testsuite name="${attr(title)}" errors="0" failures="${failures(group)}" skipped="0" timestamp="${ctx.timestamp.slice(0, 19)}" time="${secs(total(group))}" tests="${group.length}">`);
    for (const t of group) {
      const full = [...(t.ref.suite ?? []), t.ref.name].join(' ');
      out.push(`    <testcase classname="${attr(full)}" name="${attr(full)}" time="${secs(t.seconds)}">`);
      if (t.failed) {
        const body = failureText(t);
        out.push(`      <failure>${text(`${body || 'Error'}\n${jsFrame(t, ctx, 'Object.<anonymous>')}`)}</failure>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}

function errorType(body: string): string {
  return /^([A-Z][\w$]*(?:Error|Exception))\b/.exec(body)?.[1] ?? 'Error';
}

// Vitest's junit reporter: one testsuite per file (relative path), classname = file, name = "describe > title".
function vitest(tests: readonly RunTest[], ctx: DialectContext): string {
  const out = [`<?xml version="1.0" encoding="UTF-8" ?>`, `<testsuites name="vitest tests" tests="${tests.length}" failures="${failures(tests)}" errors="0" time="${secs(total(tests), 9)}">`];
  for (const [, group] of groupBy(tests, (t) => t.ref.file)) {
    const file = projectFile(group[0]!.ref, ctx.root);
    out.push(`    <testsuite name="${attr(file)}" timestamp="${ctx.timestamp}" hostname="ci" tests="${group.length}" failures="${failures(group)}" errors="0" skipped="0" time="${secs(total(group), 9)}">`);
    for (const t of group) {
      const name = [...(t.ref.suite ?? []), t.ref.name].join(' > ');
      out.push(`        <testcase classname="${attr(file)}" name="${attr(name)}" time="${secs(t.seconds, 9)}">`);
      if (t.failed) {
        const body = failureText(t);
        const type = errorType(body);
        const shown = body.startsWith(`${type}:`) ? body : `${type}: ${body}`;
        out.push(`            <failure message="${attr(firstLine(body).replace(new RegExp(`^${type}: `), '') || 'failed')}" type="${attr(type)}">\n${text(`${shown}\n ❯ ${file}:${t.line}:5`)}\n            </failure>`);
      }
      out.push('        </testcase>');
    }
    out.push('    </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}

// node --test --test-reporter=junit: nested testsuite per describe, classname "test", no file; the
// file shows only in the stack frames.
function nodeTest(tests: readonly RunTest[], ctx: DialectContext): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  const testcase = (t: RunTest, indent: string): void => {
    if (!t.failed) {
      out.push(`${indent}<testcase name="${attr(t.ref.name)}" time="${secs(t.seconds, 6)}" classname="test"/>`);
      return;
    }
    const body = failureText(t) || 'test failed';
    const msg = firstLine(body);
    out.push(`${indent}<testcase name="${attr(t.ref.name)}" time="${secs(t.seconds, 6)}" classname="test" failure="${attr(msg)}">`);
    out.push(`${indent}\t<failure type="testCodeFailure" message="${attr(msg)}">\n${text(`Error [ERR_TEST_FAILURE]: ${body}\n${jsFrame(t, ctx, 'TestContext.<anonymous>')}\n    at Test.runInAsyncScope (node:async_hooks:206:9)`)}\n${indent}\t</failure>`);
    out.push(`${indent}</testcase>`);
  };
  const emit = (group: readonly RunTest[], depth: number, indent: string): void => {
    for (const t of group.filter((g) => (g.ref.suite?.length ?? 0) === depth)) testcase(t, indent);
    for (const [title, inner] of groupBy(group.filter((g) => (g.ref.suite?.length ?? 0) > depth), (g) => g.ref.suite![depth]!)) {
      out.push(`${indent}<testsuite name="${attr(title)}" time="${secs(total(inner), 6)}" disabled="0" errors="0" tests="${inner.length}" failures="${failures(inner)}" skipped="0" hostname="ci">`);
      emit(inner, depth + 1, `${indent}\t`);
      out.push(`${indent}</testsuite>`);
    }
  };
  for (const [, group] of groupBy(tests, (t) => t.ref.file)) emit(group, 0, '\t');
  out.push('</testsuites>');
  return out.join('\n');
}

// mocha --reporter xunit (Mocha 11/12): one testsuite, classname = parent full title, file = absolute path,
// failures counted as errors, the failure element holds message and stack.
function mocha(tests: readonly RunTest[], ctx: DialectContext): string {
  const out = [`<testsuite name="Mocha Tests" tests="${tests.length}" failures="0" errors="${failures(tests)}" skipped="0" timestamp="${new Date(ctx.timestamp).toUTCString()}" time="${secs(total(tests))}">`];
  for (const t of tests) {
    const a = `classname="${attr((t.ref.suite ?? []).join(' '))}" name="${attr(t.ref.name)}" file="${attr(posix.join(ctx.projectAbs, projectFile(t.ref, ctx.root)))}" time="${secs(t.seconds)}"`;
    if (!t.failed) {
      out.push(`<testcase ${a}/>`);
      continue;
    }
    const body = failureText(t) || 'Error';
    const type = errorType(body);
    const stack = `${body.startsWith(`${type}:`) ? body : `${type}: ${body}`}\n${jsFrame(t, ctx, 'Context.<anonymous>')}\n    at process.processImmediate (node:internal/timers:483:21)`;
    out.push(`<testcase ${a}><failure>${text(`${body.replace(new RegExp(`^${type}: `), '')}\n${stack}`)}</failure></testcase>`);
  }
  out.push('</testsuite>');
  return out.join('\n');
}

// gotestsum --junitfile: one testsuite per package (import path), message "Failed", the test's output as body.
function gotestsum(tests: readonly RunTest[], ctx: DialectContext): string {
  const pkgOf = (t: RunTest) => ctx.goPackage?.(t.ref.file) ?? posix.dirname(t.ref.file);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites tests="${tests.length}" failures="${failures(tests)}" errors="0" time="${secs(total(tests), 6)}">`];
  for (const [pkg, group] of groupBy(tests, pkgOf)) {
    out.push(`\t<testsuite tests="${group.length}" failures="${failures(group)}" time="${secs(total(group), 6)}" name="${attr(pkg)}" timestamp="${ctx.timestamp.slice(0, 19)}Z">`);
    out.push('\t\t<properties>\n\t\t\t<property name="go.version" value="go1.22.5 linux/amd64"></property>\n\t\t</properties>');
    for (const t of group) {
      const a = `classname="${attr(pkg)}" name="${attr(t.ref.name)}" time="${secs(t.seconds, 6)}"`;
      if (!t.failed) {
        out.push(`\t\t<testcase ${a}></testcase>`);
        continue;
      }
      const body = failureText(t);
      // `go test` prefixes each t.Error line with the file's base name and line unless the text already has it.
      const lines = body === '' ? [] : /^\s*[\w.-]+_test\.go:\d+:/.test(body) ? body.split('\n') : [`${posix.basename(t.ref.file)}:${t.line}: ${body.split('\n')[0]}`, ...body.split('\n').slice(1)];
      const output = `=== RUN   ${t.ref.name}\n${lines.map((l) => `    ${l.trimStart()}`).join('\n')}${lines.length ? '\n' : ''}--- FAIL: ${t.ref.name} (${secs(t.seconds, 2)}s)\n`;
      out.push(`\t\t<testcase ${a}>\n\t\t\t<failure message="Failed" type="">${attr(output)}</failure>\n\t\t</testcase>`);
    }
    out.push('\t</testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}

// Surefire writes TEST-<class>.xml per class; Gradle the same file name with its own suite
// attributes and empty system-out/err sections. The case records the name as reported (Gradle
// reports JUnit 5 methods as `method()`).
function java(tests: readonly RunTest[], ctx: DialectContext): ReportFile[] {
  const gradle = ctx.dialect === 'gradle';
  return [...groupBy(tests, (t) => t.ref.class!)].map(([cls, group]) => {
    const head = gradle
      ? `<testsuite name="${attr(cls)}" tests="${group.length}" skipped="0" failures="${failures(group)}" errors="0" timestamp="${ctx.timestamp.slice(0, 19)}" hostname="ci" time="${secs(total(group))}">\n  <properties/>`
      : `<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" version="3.0.2" name="${attr(cls)}" time="${secs(total(group))}" tests="${group.length}" errors="0" skipped="0" failures="${failures(group)}">\n  <properties/>`;
    const cases = group.map((t) => {
      const a = `name="${attr(t.ref.name)}" classname="${attr(cls)}" time="${secs(t.seconds)}"`;
      if (!t.failed) return `  <testcase ${a}/>`;
      const body = failureText(t);
      const type = /^([\w$]+(?:\.[\w$]+)+)(?::|$)/.exec(body)?.[1] ?? 'org.opentest4j.AssertionFailedError';
      const message = body.startsWith(type) ? body.slice(type.length).replace(/^:\s*/, '') : body;
      const method = t.ref.name.replace(/\(.*$/, '');
      const stack = `${type}${message ? `: ${message}` : ''}\n\tat ${cls}.${method}(${posix.basename(t.ref.file)}:${t.line})\n`;
      return `  <testcase ${a}>\n    <failure message="${attr(gradle ? `${type}: ${firstLine(message)}` : firstLine(message))}" type="${attr(type)}">${text(stack)}</failure>\n  </testcase>`;
    });
    const tail = gradle ? '  <system-out><![CDATA[]]></system-out>\n  <system-err><![CDATA[]]></system-err>\n</testsuite>' : '</testsuite>';
    return { name: `TEST-${cls}.xml`, xml: `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${cases.join('\n')}\n${tail}\n` };
  });
}
