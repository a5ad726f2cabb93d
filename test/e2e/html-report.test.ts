// report.html in a real headless Chromium (Debian's `chromium`, driven by playwright-core): the
// CLI bundle runs the pytest fixture with its planted parallel-only pairs, then the page must show
// them in the heatmap, filter by verdict, outline a collision partner in a timeline, load nothing
// from the network, log no errors, and draw a screenshot with the planted failures in it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, ROOT, runCli, type CliResult } from '../support/cli.js';
import { findTest, readExpected } from '../support/expected.js';
import { countNear, distinctColours, readPng } from '../support/png.js';

const CHROMIUM = '/usr/bin/chromium';
const expected = readExpected(join(ROOT, 'test', 'fixtures', 'pytest', 'basic'));
const plantedParallelOnly = Object.entries(expected.tests).filter(([, v]) => v === 'parallel-only').map(([k]) => k);

describe('report.html in headless Chromium', () => {
  let result: CliResult;
  let out: string;
  let report: Report;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    expect(bundleProblem(inject('bundleError'))).toBeNull();
    // CI installs Chromium through scripts/setup.sh; without it this must fail, never skip.
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/setup.sh (apt-get install chromium)`);
    const dir = copyFixture('pytest/basic');
    out = join(dir, '.flakegate');
    result = runCli(['run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '2', '--cwd', dir, '--out', out], { cwd: dir, timeoutMs: 900_000 });
    if (!existsSync(join(out, 'report.html'))) throw new Error(`no report.html (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
  }, 960_000);

  afterAll(async () => {
    await browser?.close();
  });

  const rows = (): Promise<{ test: string; verdict: string; visible: boolean }[]> =>
    page.$$eval('#fg-heat-body tr', (trs) => trs.map((tr) => ({ test: tr.getAttribute('data-test') ?? '', verdict: tr.getAttribute('data-verdict') ?? '', visible: (tr as unknown as { offsetParent: unknown }).offsetParent !== null })));

  it('shows every planted parallel-only test in the heatmap with that verdict', async () => {
    expect(result.stderr).not.toMatch(/internal error/);
    const shown = await rows();
    for (const key of plantedParallelOnly) {
      const ids = findTest(report, key).map((t) => t.id);
      expect(ids, key).toHaveLength(1);
      expect(shown.find((r) => r.test === ids[0]), key).toMatchObject({ verdict: 'parallel-only', visible: true });
    }
    // A red cell at the parallel worker count for each of them, with the interval in its tooltip.
    const title = await page.getAttribute('#fg-heat-body tr[data-verdict="parallel-only"] td[data-workers="4"]', 'title');
    expect(title).toMatch(/failed at 4 workers .*95% Wilson interval \d+%–\d+%/);
  });

  it('hides stable tests when the stable verdict is unticked', async () => {
    const before = await rows();
    expect(before.filter((r) => r.verdict === 'stable' && r.visible).length).toBeGreaterThan(0);
    await page.uncheck('input[data-verdict-filter="stable"]');
    const after = await rows();
    expect(after.filter((r) => r.verdict === 'stable' && r.visible)).toEqual([]);
    expect(after.filter((r) => r.verdict === 'parallel-only' && r.visible)).toHaveLength(plantedParallelOnly.length);
    expect(await page.textContent('#fg-count')).toMatch(new RegExp(`^${after.filter((r) => r.visible).length} of ${after.length} tests shown`));
    await page.check('input[data-verdict-filter="stable"]');
  });

  it('outlines the failing test and its collision partner in a run timeline', async () => {
    const timeline = page.locator('.timeline').first();
    const focus = await timeline.locator('select').inputValue();
    const partnersFound = report.tests.find((t) => t.id === focus)?.partners ?? [];
    expect(partnersFound.length, `partners of ${focus}`).toBeGreaterThan(0);
    expect(await timeline.locator('.bar.failing').getAttribute('data-test')).toBe(focus);
    const marked = await timeline.locator('.bar.partner').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-test')));
    expect(marked.length).toBeGreaterThan(0);
    for (const id of marked) expect(partnersFound).toContain(id);
  });

  it('opens the evidence and fix of a test from its heatmap row', async () => {
    await page.click('#fg-heat-body tr[data-verdict="parallel-only"] td.name a');
    const open = page.locator('details.test[open]').first();
    await expect.poll(() => open.count()).toBe(1);
    expect(await open.textContent()).toMatch(/Fix: /);
  });

  it('makes no network request and logs no error', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('renders a screenshot that shows the planted failures', async () => {
    const path = join(out, 'report.png');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path, fullPage: true });
    const png = readPng(readFileSync(path));
    expect(png.width).toBeGreaterThan(800);
    expect(distinctColours(png)).toBeGreaterThan(50);
    // The 100% cells of the failing tests are drawn in the failure red (#da3633).
    expect(countNear(png, [218, 54, 51])).toBeGreaterThan(2000);
  });

  it('is written by `flakegate analyze` too', () => {
    const again = join(out, 'reanalysed');
    const r = runCli(['analyze', '--out', again, out]);
    expect(r.status).toBe(1);
    const html = readFileSync(join(again, 'report.html'), 'utf8');
    for (const key of plantedParallelOnly) expect(html).toContain(findTest(report, key)[0]?.name ?? '?');
  });
});

describe('report.html with a hostile test name, in Chromium', () => {
  const NAME = '</script><img src=x onerror=alert(1)>';
  it('shows the name as text: no element, no script, no request, no dialog', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/setup.sh (apt-get install chromium)`);
    const dir = mkdtempSync(join(tmpdir(), 'fg-hostile-'));
    // A stand-in suite whose test name and failure message are markup (XML-escaped in the report).
    writeFileSync(
      join(dir, 'evil.sh'),
      [
        'if [ "$1" -gt 1 ]; then f=\'<failure message="&lt;img src=y onerror=alert(2)&gt; EADDRINUSE"/>\'; else f=""; fi',
        'printf \'<testsuite><testcase classname="evil" name="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;">%s</testcase><testcase classname="ok" name="fine"/></testsuite>\' "$f" > "$2"',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const r = runCli(['run', '--command', 'sh evil.sh {workers} {junit}', '--workers', '1,2', '--iterations', '2', '--no-confirm', '--fail-on-confidence', 'likely', '--cwd', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const events: string[] = [];
      page.on('request', (q) => {
        if (!q.url().startsWith('file://')) events.push(`request ${q.url()}`);
      });
      page.on('dialog', (d) => {
        events.push(`dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => events.push(`error ${String(e)}`));
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.textContent('#fg-heat-body tr[data-verdict="parallel-only"] td.name a')).toBe(`evil::${NAME}`);
      await page.click('#fg-heat-body tr[data-verdict="parallel-only"] td.name a');
      expect(await page.locator('details.test[open] pre.msg').first().textContent()).toContain('<img src=y onerror=alert(2)>');
      expect(events).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
