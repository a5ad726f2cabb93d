// The resource probe end to end in a JS project: `flakegate run` on test/fixtures/node/probe-helper,
// where two test files collide on a port their helper module reads from service.json. Neither
// failure message nor any test source names the port; with the probe the cause is port-conflict
// from the probe's records, without it no probe evidence exists.
import { createServer } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';

const PLANTED = ['inventory service > answers with its own name, once', 'invoices service > answers with its own name, once'];

/** A port free right now: each copy gets its own, so two copies never collide with each other. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function runProbeHelper(probe: boolean): Promise<{ report: Report; port: number }> {
  const dir = copyFixture('node/probe-helper');
  const port = await freePort();
  writeFileSync(join(dir, 'service.json'), JSON.stringify({ port }));
  const out = join(dir, '.flakegate');
  const result = runCli(['run', '--framework', 'node', '--workers', '1,2', '--iterations', '2', ...(probe ? [] : ['--no-resource-probe']), '--cwd', dir, '--out', out], { cwd: dir, timeoutMs: 900_000 });
  const path = join(out, 'report.json');
  if (!existsSync(path)) throw new Error(`no report.json (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
  return { report: JSON.parse(readFileSync(path, 'utf8')) as Report, port };
}

const planted = (report: Report) => PLANTED.map((name) => report.tests.find((t) => t.name.endsWith(name) || t.id.endsWith(name)));

describe('the Node probe through the pipeline (node:test, port set up in a helper module)', () => {
  beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

  it('names port-conflict from the probe, with the port and the partner', async () => {
    const { report, port } = await runProbeHelper(true);
    const [inventory, invoices] = planted(report);
    expect(inventory?.probe?.[0]?.tests).toEqual([invoices?.id]);
    expect(invoices?.probe?.[0]?.tests).toEqual([inventory?.id]);
    for (const test of planted(report)) {
      expect(test?.verdict).toBe('parallel-only');
      const top = test?.causes[0];
      expect(top?.cause).toBe('port-conflict');
      expect(top?.evidence.some((e) => e.kind === 'probe' && e.text.includes(String(port)))).toBe(true);
      expect(test?.probe?.[0]).toMatchObject({ resource: `port ${port}`, kind: 'port', processes: 2, err: 'EADDRINUSE' });
    }
    // Neither the messages nor the test sources hold the port: the probe is where it came from.
    expect(planted(report).flatMap((t) => t?.messages ?? []).join('\n')).not.toContain(String(port));
  }, 900_000);

  it('has no probe evidence with --no-resource-probe', async () => {
    const { report } = await runProbeHelper(false);
    for (const test of planted(report)) {
      expect(test?.verdict).toBe('parallel-only');
      expect(test?.probe).toBeUndefined();
      expect(test?.causes.flatMap((c) => c.evidence).some((e) => e.kind === 'probe')).toBe(false);
    }
  }, 900_000);
});

describe('the Node probe through the pipeline (node:test, a file one test reads and another writes)', () => {
  beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

  it('names order-dependence from the probe: the failing test only reads what the other test file removes and writes', () => {
    const dir = copyFixture('node/probe-consumer');
    const out = join(dir, '.flakegate');
    const result = runCli(['run', '--framework', 'node', '--workers', '1,2', '--iterations', '2', '--cwd', dir, '--out', out], { cwd: dir, timeoutMs: 900_000 });
    const path = join(out, 'report.json');
    if (!existsSync(path)) throw new Error(`no report.json (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
    const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
    const find = (name: string) => report.tests.find((t) => t.name.endsWith(name) || t.id.endsWith(name));
    const reader = find('catalog import > imports every product from the latest export');
    const writer = find('catalog export > writes every product to the export');
    expect(reader?.verdict).toBe('parallel-only');
    expect(writer?.verdict).toBe('stable');
    expect(reader?.causes[0]?.cause).toBe('order-dependence');
    const probe = reader?.causes[0]?.evidence.find((e) => e.kind === 'probe');
    expect(probe?.text).toMatch(/var\/exports\/catalog\.json is only read by this test and removed and written by a test of test\/catalog-export\.test\.js in another worker process; it was missing \(ENOENT\)/);
    expect(reader?.probe?.[0]).toMatchObject({ kind: 'file', ops: ['read', 'remove', 'write'], err: 'ENOENT', processes: 2 });
  }, 900_000);
});
