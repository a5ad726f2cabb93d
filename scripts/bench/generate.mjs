// Streamed generators of synthetic JUnit reports: written in ~1 MB slices, never held in memory.
// Shapes follow what the real tools write (pytest xunit1 + flakegate's plugin properties,
// jest-junit, Maven Surefire), with failures, skips and captured output in plausible proportions:
//   pytest:   ~4% failed (traceback + captured stdout), ~3% skipped, ~8% passing with output
//   jest:     ~4% failed (no message attribute, stack in the text), ~3% skipped, suite-level output
//   surefire: ~3% failed (message + CDATA stack), ~2% skipped, ~30% with CDATA log output, 40
//             <properties> per suite
import { closeSync, openSync, writeSync } from 'node:fs';

/** Deterministic PRNG (mulberry32): the same seed gives the same report. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Buffered sequential writer; `patch` rewrites bytes already written (fixed-width counters). */
class Out {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buf = [];
    this.len = 0;
    this.bytes = 0;
  }
  write(s) {
    this.buf.push(s);
    this.len += s.length;
    if (this.len >= 1 << 20) this.flush();
  }
  flush() {
    if (this.buf.length === 0) return;
    const b = Buffer.from(this.buf.join(''), 'utf8');
    writeSync(this.fd, b);
    this.bytes += b.length;
    this.buf = [];
    this.len = 0;
  }
  /** Bytes written so far, buffered included (ASCII content: chars = bytes). */
  get size() {
    return this.bytes + this.len;
  }
  patch(position, s) {
    this.flush();
    writeSync(this.fd, s, position);
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

const WORDS = ['cache', 'order', 'user', 'invoice', 'session', 'report', 'widget', 'export', 'token', 'queue', 'ledger', 'cart', 'search', 'profile', 'audit'];
const pad10 = (n) => String(n).padStart(10, '0');

function pyTraceback(r, file, func, line) {
  const n = 6 + Math.floor(r() * 20);
  const lines = [`self = &lt;tests.${func}.Test object at 0x7f${Math.floor(r() * 1e9).toString(16)}&gt;`, '', `    def ${func}(self):`];
  for (let i = 0; i < n; i++) lines.push(`        value_${i} = compute_${WORDS[i % WORDS.length]}(fixture, ${i}, retries=3)`);
  lines.push(`&gt;       assert result == expected`, `E       AssertionError: assert ${Math.floor(r() * 100)} == ${Math.floor(r() * 100)}`, `E        +  where result = compute(fixture)`, '', `${file}:${line}: AssertionError`);
  return lines.join('\n');
}

function logLines(r, n, style) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const w = WORDS[Math.floor(r() * WORDS.length)];
    if (style === 'java') out.push(`2026-11-23 08:0${i % 10}:1${i % 10}.${100 + i} INFO  [main] c.a.s.${w}.Service - processed ${w} id=${Math.floor(r() * 1e6)} in ${Math.floor(r() * 90)} ms`);
    else out.push(`INFO:${w}:processing ${w} ${Math.floor(r() * 1e6)} took ${(r() * 2).toFixed(3)}s`);
  }
  return out.join('\n');
}

function pytestCase(r, i, t0) {
  const mod = `test_${WORDS[i % 15]}_${Math.floor(i / 97) % 400}`;
  const file = `tests/unit/${mod}.py`;
  const func = `test_${WORDS[(i * 7) % 15]}_${i % 53}`;
  const name = i % 5 === 0 ? `${func}[case-${i % 11}-${WORDS[i % 4]}]` : func;
  const line = 10 + (i % 400);
  const time = (r() * 0.05).toFixed(3);
  const start = t0 + i * 0.01;
  const props = `<properties><property name="flakegate_worker" value="gw${i % 4}"/><property name="flakegate_start" value="${start.toFixed(6)}"/><property name="flakegate_end" value="${(start + Number(time)).toFixed(6)}"/></properties>`;
  const open = `<testcase classname="tests.unit.${mod}" name="${name}" file="${file}" line="${line}" time="${time}">${props}`;
  const x = r();
  if (x < 0.04) {
    const msg = `AssertionError: assert ${Math.floor(r() * 100)} == ${Math.floor(r() * 100)}`;
    return { kind: 'f', xml: `${open}<failure message="${msg}">${pyTraceback(r, file, func, line)}</failure><system-out>--------------------------------- Captured stdout call ---------------------------------\n${logLines(r, 3 + Math.floor(r() * 15), 'py')}</system-out></testcase>\n` };
  }
  if (x < 0.07) return { kind: 's', xml: `${open}<skipped type="pytest.skip" message="requires network access">${file}:${line}: requires network access</skipped></testcase>\n` };
  if (x < 0.15) return { kind: 'p', xml: `${open}<system-out>--------------------------------- Captured stdout call ---------------------------------\n${logLines(r, 2 + Math.floor(r() * 8), 'py')}</system-out></testcase>\n` };
  return { kind: 'p', xml: `${open}</testcase>\n` };
}

function writePytest(out, target, seed) {
  const r = rng(seed);
  out.write('<?xml version="1.0" encoding="utf-8"?>');
  const header = '<testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="';
  out.write(header);
  const at = out.size;
  out.write(`${pad10(0)}" skipped="${pad10(0)}" tests="${pad10(0)}" time="812.345" timestamp="2026-11-23T08:00:00.000000" hostname="runner">\n`);
  const counts = { f: 0, s: 0, p: 0 };
  let i = 0;
  while (out.size < target - 200) {
    const c = pytestCase(r, i++, 1795939200);
    counts[c.kind]++;
    out.write(c.xml);
  }
  out.write('</testsuite></testsuites>\n');
  out.patch(at, `${pad10(counts.f)}" skipped="${pad10(counts.s)}" tests="${pad10(i)}`);
  return i;
}

function jestStack(r, file) {
  const frames = [`Error: expect(received).toBe(expected) // Object.is equality`, '', `Expected: ${Math.floor(r() * 100)}`, `Received: ${Math.floor(r() * 100)}`];
  frames.push(`    at Object.toBe (/home/runner/work/app/app/${file}:${10 + Math.floor(r() * 200)}:${5 + Math.floor(r() * 30)})`);
  const n = 6 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) frames.push(`    at ${['Promise.then.completed', 'new Promise (&lt;anonymous&gt;)', 'callAsyncCircusFn', '_callCircusTest', 'processTicksAndRejections (node:internal/process/task_queues:95:5)', '_runTest'][i % 6]} (/home/runner/work/app/app/node_modules/jest-circus/build/utils.js:${200 + i}:${10 + i})`);
  return frames.join('\n');
}

function writeJest(out, target, seed) {
  const r = rng(seed);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="');
  const at = out.size;
  out.write(`${pad10(0)}" failures="${pad10(0)}" errors="0" time="301.2">\n`);
  let total = 0;
  let failures = 0;
  let s = 0;
  while (out.size < target - 300) {
    const w = WORDS[s % 15];
    const file = `src/${w}/${w[0].toUpperCase()}${w.slice(1)}${s}.test.js`;
    const cases = [];
    let f = 0;
    let sk = 0;
    const n = 5 + Math.floor(r() * 60);
    for (let i = 0; i < n; i++) {
      const describe = `${w[0].toUpperCase()}${w.slice(1)}${s} ${WORDS[(i * 3) % 15]}`;
      const title = `handles ${WORDS[(i * 5) % 15]} state ${i}`;
      const open = `    <testcase classname="${describe}" name="${describe} ${title}" time="${(r() * 0.2).toFixed(3)}" file="${file}">`;
      const x = r();
      if (x < 0.04) {
        f++;
        cases.push(`${open}\n      <failure>${jestStack(r, file)}</failure>\n    </testcase>\n`);
      } else if (x < 0.07) {
        sk++;
        cases.push(`${open}\n      <skipped/>\n    </testcase>\n`);
      } else cases.push(`${open}\n    </testcase>\n`);
    }
    const output = r() < 0.2 ? `    <system-out>${esc(`console.log\n    ${logLines(r, 2 + Math.floor(r() * 10), 'js')}\n\n      at Object.log (${file}:12:13)`)}</system-out>\n` : '';
    out.write(`  <testsuite name="${file}" errors="0" failures="${f}" skipped="${sk}" timestamp="2026-11-23T08:00:${String(s % 60).padStart(2, '0')}" time="${(r() * 3).toFixed(3)}" tests="${n}">\n${cases.join('')}${output}  </testsuite>\n`);
    total += n;
    failures += f;
    s++;
  }
  out.write('</testsuites>\n');
  out.patch(at, `${pad10(total)}" failures="${pad10(failures)}`);
  return total;
}

const JAVA_PROPS = Array.from({ length: 40 }, (_, i) => `    <property name="${['java.version', 'os.name', 'user.dir', 'maven.home', 'surefire.test.class.path', 'file.encoding', 'java.vm.vendor', 'sun.boot.library.path'][i % 8]}.${i}" value="/usr/lib/jvm/temurin-21-jdk-amd64/lib:/home/runner/.m2/repository/org/junit/${i}"/>`).join('\n');

function javaStack(r, cls, method) {
  const frames = [`org.opentest4j.AssertionFailedError: expected: <${Math.floor(r() * 100)}> but was: <${Math.floor(r() * 100)}>`];
  frames.push(`\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)`, `\tat org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:166)`, `\tat ${cls}.${method}(${cls.split('.').at(-1)}.java:${20 + Math.floor(r() * 300)})`);
  const n = 20 + Math.floor(r() * 25);
  for (let i = 0; i < n; i++) frames.push(`\tat ${['java.base/java.lang.reflect.Method.invoke(Method.java:580)', 'org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)', 'org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:60)', 'org.apache.maven.surefire.junitplatform.JUnitPlatformProvider.invoke(JUnitPlatformProvider.java:184)'][i % 4]}`);
  return frames.join('\n');
}

function writeSurefire(out, target, seed) {
  const r = rng(seed);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n');
  let total = 0;
  let s = 0;
  while (out.size < target - 300) {
    const w = WORDS[s % 15];
    const cls = `com.acme.${w}.${w[0].toUpperCase()}${w.slice(1)}Service${s}Test`;
    const n = 3 + Math.floor(r() * 40);
    const cases = [];
    let f = 0;
    let sk = 0;
    for (let i = 0; i < n; i++) {
      const method = `should${WORDS[(i * 7) % 15]}When${WORDS[(i * 11) % 15]}${i}`;
      const open = `  <testcase name="${method}" classname="${cls}" time="${(r() * 0.5).toFixed(3)}"`;
      const out2 = r() < 0.3 ? `\n    <system-out><![CDATA[${logLines(r, 5 + Math.floor(r() * 15), 'java')}]]></system-out>` : '';
      const x = r();
      if (x < 0.03) {
        f++;
        const msg = esc(`expected: <${Math.floor(r() * 100)}> but was: <${Math.floor(r() * 100)}>`);
        cases.push(`${open}>\n    <failure message="${msg}" type="org.opentest4j.AssertionFailedError"><![CDATA[${javaStack(r, cls, method)}]]></failure>${out2}\n  </testcase>\n`);
      } else if (x < 0.05) {
        sk++;
        cases.push(`${open}>\n    <skipped message="Disabled until ACME-${i} is fixed"/>\n  </testcase>\n`);
      } else cases.push(out2 === '' ? `${open}/>\n` : `${open}>${out2}\n  </testcase>\n`);
    }
    out.write(`<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" version="3.0.2" name="${cls}" time="${(r() * 5).toFixed(3)}" tests="${n}" errors="0" skipped="${sk}" failures="${f}">\n  <properties>\n${JAVA_PROPS}\n  </properties>\n${cases.join('')}</testsuite>\n`);
    total += n;
    s++;
  }
  out.write('</testsuites>\n');
  return total;
}

export const SHAPES = { pytest: writePytest, jest: writeJest, surefire: writeSurefire };

/** Writes a `shape` report of about `bytes` bytes to `path`; returns { bytes, tests }. */
export function generateReport(shape, path, bytes, seed = 1) {
  const out = new Out(path);
  const tests = SHAPES[shape](out, bytes, seed);
  const size = out.size;
  out.close();
  return { bytes: size, tests };
}

// ---- Section 2: one suite, many runs ----

/**
 * The synthetic suite of the analysis benchmark: `tests` pytest tests, of which 0.2% fail only in
 * parallel (60% of parallel runs), 0.1% are flaky (20% everywhere), 0.1% broken, 1% skipped.
 */
export function suiteFailure(i, workers, run, r) {
  const k = i % 1000;
  if (k === 7 || k === 507) return workers > 1 && r() < 0.6 ? 'database' : null;
  if (k === 313) return r() < 0.2 ? 'flaky' : null;
  if (k === 911) return 'broken';
  return null;
}

const FAIL_TEXT = {
  database: ['sqlite3.OperationalError: database is locked', 'E   sqlite3.OperationalError: database is locked\n\ntests/db/test_db.py:41: OperationalError'],
  flaky: ['AssertionError: assert 0.51 &lt; 0.5', 'E   AssertionError: assert 0.51 &lt; 0.5\n\ntests/unit/test_random.py:12: AssertionError'],
  broken: ['AssertionError: assert 41 == 42', 'E   AssertionError: assert 41 == 42\n\ntests/unit/test_total.py:9: AssertionError'],
};

/** One run's pytest report (xunit1 + flakegate plugin properties) of the synthetic suite. */
export function generateRunReport(path, tests, workers, run, seed) {
  const r = rng(seed);
  const out = new Out(path);
  out.write('<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="' + tests + '" time="100.0">\n');
  const t0 = 1795939200 + run * 1000;
  for (let i = 0; i < tests; i++) {
    const mod = `tests/pkg${i % 20}/test_mod${Math.floor(i / 50)}`;
    const start = t0 + (Math.floor(i / workers) * 0.002);
    const head = `<testcase classname="${mod.replace(/\//g, '.')}" name="test_case_${i}" file="${mod}.py" line="${10 + (i % 50) * 8}" time="0.001"><properties><property name="flakegate_worker" value="gw${i % workers}"/><property name="flakegate_start" value="${start.toFixed(6)}"/><property name="flakegate_end" value="${(start + 0.001).toFixed(6)}"/></properties>`;
    if (i % 100 === 42) {
      out.write(`${head}<skipped type="pytest.skip" message="needs docker">${mod}.py:3: needs docker</skipped></testcase>\n`);
      continue;
    }
    const failure = suiteFailure(i, workers, run, r);
    if (failure === null) out.write(`${head}</testcase>\n`);
    else out.write(`${head}<failure message="${FAIL_TEXT[failure][0]}">${FAIL_TEXT[failure][1]}</failure></testcase>\n`);
  }
  out.write('</testsuite></testsuites>\n');
  const size = out.size;
  out.close();
  return size;
}
