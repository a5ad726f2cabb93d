import { describe, expect, it } from 'vitest';
import type { TestAnalysis } from '../../../../src/model.js';
import { renderHtml } from '../../../../src/report/html/index.js';
import { MAX_FINDING_ROWS, MAX_STABLE_ROWS, type PageData } from '../../../../src/report/html/page-data.js';
import type { RunTimeline } from '../../../../src/report/html/timeline.js';
import { sampleReport, stats, test } from '../sample-report.js';

const HOSTILE = '</script><img src=x onerror=alert(1)><!-- \u2028\u2029 & "q"';
const GHP = `ghp_${'Zx9'.repeat(12)}`;

/** The embedded page data, parsed the way the page's script reads it. */
function dataOf(html: string): PageData {
  const m = /<script type="application\/json" id="fg-data">([^<]*)<\/script>/.exec(html);
  if (m === null) throw new Error('no embedded data element');
  return JSON.parse(m[1] ?? '') as PageData;
}

const hostileTest = test({
  id: `tests/evil.py::${HOSTILE}`,
  file: 'tests/evil.py',
  line: 7,
  classname: '',
  name: HOSTILE,
  verdict: 'parallel-only',
  confidence: 'likely',
  pValue: 0.01,
  byWorkers: { '1': stats(0, 5), '2': stats(3, 2), '4': stats(5, 0) },
  threshold: 2,
  messages: [`boom ${HOSTILE} token=${GHP}`],
  partners: ['tests/evil.py::partner'],
  causes: [{ cause: 'port-conflict', score: 0.7, evidence: [{ kind: 'signature', text: `EADDRINUSE ${HOSTILE}`, file: 'tests/evil.py', line: 9 }], fix: { summary: 'Bind port 0.', example: `sock.bind(("127.0.0.1", 0))  # ${HOSTILE}` } }],
});

describe('renderHtml', () => {
  it('keeps hostile test names inside the data element, intact as text', () => {
    const timeline: RunTimeline = { kind: 'timed', run: 'd-002-w4', workers: 4, phase: 'discovery', failing: [hostileTest.id], omittedBars: 0, bars: [{ test: hostileTest.id, worker: '</script>', start: 0, end: 10, outcome: 'failed' }] };
    const html = renderHtml(sampleReport([hostileTest]), { timelines: [timeline] });
    // Exactly the two script elements the page has: the data and the code.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<!--|\u2028|\u2029/);
    const data = dataOf(html);
    expect(data.tests[0]?.name).toBe(`tests/evil.py::${HOSTILE.replace(/\s+/g, ' ')}`);
    expect(data.tests[0]?.causes[0]?.fix.example).toContain('</script><img');
    expect(data.timelines[0]?.kind === 'timed' && data.timelines[0].bars[0]?.worker).toBe('</script>');
  });

  it('renders test-derived text through textContent only', () => {
    const html = renderHtml(sampleReport([hostileTest]));
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(html).toMatch(/\.textContent = /);
  });

  it('redacts secrets from test output', () => {
    const html = renderHtml(sampleReport([hostileTest]), { secrets: ['s3cr3t-value'] });
    expect(html).not.toContain(GHP);
    const withSecret = renderHtml(sampleReport([{ ...hostileTest, messages: ['password is s3cr3t-value'] }]), { secrets: ['s3cr3t-value'] });
    expect(withSecret).not.toContain('s3cr3t-value');
  });

  it('loads nothing from the network and says so in a CSP', () => {
    const html = renderHtml(sampleReport());
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\s(src|href)=["']?(?!#)/i);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'unsafe-inline'");
    expect(csp).toContain("style-src 'unsafe-inline'");
  });

  it('has the heatmap, the verdict and cause filters, the timelines and the details', () => {
    const html = renderHtml(sampleReport());
    for (const id of ['fg-heatmap', 'fg-verdicts', 'fg-cause', 'fg-timelines', 'fg-details']) expect(html).toContain(`id="${id}"`);
    const data = dataOf(html);
    expect(data.workers).toEqual(['1', '2', '4']);
    expect(data.tests.map((t) => t.verdict)).toEqual(['parallel-only', 'flaky', 'stable']);
    const cell = data.tests[0]?.cells.find((c) => c.w === '4');
    expect(cell).toMatchObject({ ran: 5, failed: 4, rate: 0.8 });
    expect(data.tests[0]?.causes[0]?.evidence[0]?.at).toBe('tests/test_db.py:14');
  });

  it('bounds many thousands of tests: findings first, stable ones collapsed', () => {
    const many: TestAnalysis[] = [];
    for (let i = 0; i < 10_000; i++) many.push(test({ id: `tests/t${i}.py::test_${i}`, name: `test_${i}` }));
    for (let i = 0; i < 2500; i++) many.push(test({ id: `tests/p${i}.py::test_par_${i}`, name: `test_par_${i}`, verdict: 'parallel-only', messages: ['x'.repeat(5000)], byWorkers: { '1': stats(0, 5), '4': stats(2, 3) } }));
    const html = renderHtml(sampleReport(many));
    const data = dataOf(html);
    expect(data.tests).toHaveLength(MAX_FINDING_ROWS + MAX_STABLE_ROWS);
    expect(data.tests[0]?.verdict).toBe('parallel-only');
    expect(data.tests.at(-1)?.verdict).toBe('stable');
    expect(data.omitted).toEqual({ findings: 2500 - MAX_FINDING_ROWS, stable: 10_000 - MAX_STABLE_ROWS });
    expect(html.length).toBeLessThan(8_000_000);
  });

  it('is deterministic', () => {
    expect(renderHtml(sampleReport())).toBe(renderHtml(sampleReport()));
  });
});
