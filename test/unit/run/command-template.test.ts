// The custom template: validation messages, and that nothing flakegate fills in is ever parsed by
// the shell (checked by running the built command for real and reading the child's argv back).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplateCommand, parseTemplate, shellQuote, SIGNAL_PRELUDE } from '../../../src/run/command-template.js';
import { executeCommand } from '../../../src/run/execute.js';
import { tempDir } from './processes.js';

const dir = tempDir();
const nastyDir = tempDir(`fg dir "$(touch x)" it's `);
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
// Writes its argv (after the script path) as JSON to the path following `--junit`.
const dumper = join(dir, 'dump-argv.mjs');
writeFileSync(
  dumper,
  "import { writeFileSync } from 'node:fs';\n" +
    'const args = process.argv.slice(2);\n' +
    "writeFileSync(args[args.indexOf('--junit') + 1], JSON.stringify(args));\n",
);

/** Builds the template's command, runs it, returns the argv the child saw. */
async function argvSeen(template: string, junitPath: string, tests?: string[]): Promise<string[]> {
  const cmd = buildTemplateCommand(template, { workers: 4, junitPath, ...(tests ? { tests } : {}) });
  const result = await executeCommand(cmd, { cwd: dir, env: { ...env, ...cmd.env }, timeoutMs: 60_000 });
  expect(result.exitCode, result.outputTail).toBe(0);
  return JSON.parse(readFileSync(junitPath, 'utf8')) as string[];
}

const errorOf = (template: string): string => {
  const result = parseTemplate(template);
  return result.ok ? '' : result.error;
};

describe('parseTemplate', () => {
  it('accepts a template with {workers} and {junit}, and notes {tests} support', () => {
    const plain = parseTemplate('pytest -n {workers} --junitxml={junit}');
    expect(plain.ok && plain.template.supportsSubset).toBe(false);
    const subset = parseTemplate('cd api && pytest -n {workers} --junitxml={junit} {tests}');
    expect(subset.ok && subset.template.supportsSubset).toBe(true);
  });

  it('names the input and what is missing', () => {
    expect(errorOf('pytest --junitxml={junit}')).toMatch(/^input "command" must contain \{workers\}/);
    expect(errorOf('pytest -n {workers}')).toMatch(/^input "command" must contain \{junit\} \(where .*JUnit/);
    expect(errorOf('pytest')).toMatch(/must contain \{workers\} .* and \{junit\}/);
    expect(errorOf('   ')).toMatch(/^input "command" is empty/);
  });

  it('also gives the problem without the input name, for callers that name it themselves', () => {
    const result = parseTemplate('pytest -n {workers}');
    expect(result.ok ? '' : result.problem).toMatch(/^must contain \{junit\}/);
  });

  it('rejects unknown placeholders, e.g. a typo', () => {
    expect(errorOf('pytest -n {worker} --junitxml={junit}')).toBe(
      'input "command" has an unknown placeholder {worker}; the placeholders are {workers}, {junit} and {tests}',
    );
  });

  it('leaves shell braces alone: ${VAR}, brace expansion, groups, {}', () => {
    const template = 'X=${HOME}; { echo {a,b}; find . -name x -exec true {} \\; ; } && run -n {workers} -o {junit}';
    expect(parseTemplate(template).ok).toBe(true);
  });

  it('rejects an unterminated quote', () => {
    expect(errorOf("run -n {workers} -o '{junit}")).toBe(`input "command" has an unterminated ' quote`);
  });
});

describe('buildTemplateCommand', () => {
  it('runs through sh -c with the path in the environment, and displays the human form', () => {
    const cmd = buildTemplateCommand('pytest -n {workers} --junitxml={junit} {tests}', {
      workers: 4,
      junitPath: '/out/runs/d 1/junit.xml',
      tests: ['t.py::a', "t.py::it's"],
    });
    expect(cmd.file).toBe('sh');
    expect(cmd.args).toEqual([
      '-c',
      `${SIGNAL_PRELUDE}\npytest -n 4 --junitxml="\${FLAKEGATE_JUNIT}" "$@"`,
      'flakegate',
      't.py::a',
      "t.py::it's",
    ]);
    expect(cmd.env).toEqual({ FLAKEGATE_JUNIT: '/out/runs/d 1/junit.xml' });
    expect(cmd.display).toBe(`pytest -n 4 --junitxml='/out/runs/d 1/junit.xml' t.py::a 't.py::it'\\''s'`);
  });

  it('passes hostile test ids to the child verbatim, one argv entry each', async () => {
    const canary = join(dir, 'canary');
    const ids = [
      '; rm -rf /',
      '$(id)',
      '`id`',
      `$(touch ${canary})`,
      `\`touch ${canary}\``,
      `"double" 'single' \\ back`,
      'a b\tc\nd',
      '*',
      '$HOME',
      '-x',
      '',
      'ünïcode::テスト',
    ];
    const argv = await argvSeen(`node '${dumper}' -n {workers} --junit {junit} {tests}`, join(dir, 'a.json'), ids);
    expect(argv).toEqual(['-n', '4', '--junit', join(dir, 'a.json'), ...ids]);
    expect(existsSync(canary)).toBe(false);
  });

  it('keeps a hostile junit path one word in every quoting context', async () => {
    const nasty = join(nastyDir, 'junit $HOME `id`.json');
    for (const template of [
      `node '${dumper}' --junit {junit} -n {workers}`,
      `node '${dumper}' --junit "{junit}" -n "{workers}"`,
      `node '${dumper}' --junit '{junit}' -n '{workers}'`,
    ]) {
      expect(await argvSeen(template, nasty)).toEqual(['--junit', nasty, '-n', '4']);
    }
  });

  it('handles {tests} inside quotes and with no tests at all (the full suite)', async () => {
    const out = join(dir, 'b.json');
    expect(await argvSeen(`node '${dumper}' --junit {junit} -n {workers} "{tests}"`, out, ['a b', 'c'])).toEqual([
      '--junit', out, '-n', '4', 'a b', 'c',
    ]);
    expect(await argvSeen(`node '${dumper}' --junit {junit} -n {workers} {tests}`, out)).toEqual([
      '--junit', out, '-n', '4',
    ]);
  });

  it('supports shell syntax in the trusted template itself', async () => {
    const out = join(dir, 'c.json');
    const argv = await argvSeen(`cd '${dir}' && N={workers}; node ./dump-argv.mjs --junit {junit} -n "$N"`, out);
    expect(argv).toEqual(['--junit', out, '-n', '4']);
  });

  it('reports a runner that died of a signal as that signal, not as the shell\'s exit 128+N', async () => {
    const run = async (template: string) => {
      const cmd = buildTemplateCommand(template, { workers: 1, junitPath: join(dir, 'unused.xml') });
      return executeCommand(cmd, { cwd: dir, env: { ...env, ...cmd.env }, timeoutMs: 60_000 });
    };
    const segv = `node -e 'process.kill(process.pid, "SIGSEGV")' {workers} {junit}`;
    expect(await run(segv)).toMatchObject({ exitCode: null, signal: 'SIGSEGV' });
    expect(await run(`cd / && ${segv}`)).toMatchObject({ exitCode: null, signal: 'SIGSEGV' });
    expect(await run('exit 3; : {workers} {junit}')).toMatchObject({ exitCode: 3, signal: null });
    expect(await run('true {workers} {junit}')).toMatchObject({ exitCode: 0, signal: null });
  });

  it('throws on a string template that config validation should have rejected', () => {
    expect(() => buildTemplateCommand('pytest', { workers: 1, junitPath: '/j' })).toThrow(/must contain/);
    expect(() => buildTemplateCommand('x {workers} {junit}', { workers: 0, junitPath: '/j' })).toThrow(RangeError);
  });
});

describe('shellQuote', () => {
  it('leaves plain words bare and single-quotes the rest', () => {
    expect(shellQuote('tests/a.py::b')).toBe('tests/a.py::b');
    expect(shellQuote("it's $x")).toBe(`'it'\\''s $x'`);
    expect(shellQuote('')).toBe(`''`);
  });
});
