import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBudgeted } from '../../../src/report/budget.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { sampleReport, stats, test } from './sample-report.js';

const GOLDEN = join(import.meta.dirname, '../../golden/report/sample.md');
const GHP = `ghp_${'Zx9'.repeat(12)}`;

/** Columns of a GFM table row: pipes not escaped by an odd run of backslashes. */
function columns(row: string): number {
  return row.split(/(?<!\\)(?:\\\\)*\|/).length;
}

describe('renderMarkdown', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 to regenerate)', () => {
    const md = renderMarkdown(sampleReport());
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, md);
    }
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is deterministic: the order of report.tests does not matter', () => {
    const r = sampleReport();
    expect(renderMarkdown({ ...r, tests: [...r.tests].reverse() })).toBe(renderMarkdown(r));
  });

  it('shows verdict, rates with intervals, threshold, cluster, cause, chart, runs, notes, warnings', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('❌');
    expect(md).toContain('4/5 (80%)');
    expect(md).toContain('95% CI');
    expect(md).toContain('`shared-database`');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('<details>');
    expect(md).toContain('| `d-000-w1` |');
    expect(md).toContain('### Planner notes');
    expect(md).toContain('worker gw3 crashed');
  });

  it('renders a test without causes', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('not determined');
  });

  it('renders a clean run', () => {
    const md = renderMarkdown(sampleReport([test({ id: 'a::b', name: 'b' })]));
    expect(md).toContain('✅');
    expect(md).toContain('No test failed');
  });

  it('keeps hostile test names and messages inert', () => {
    const evil = test({
      id: 'x::evil',
      name: `<img src=x onerror=alert(1)> | broken | cell\n| --- | @org/team #12 ${GHP}`,
      verdict: 'parallel-only',
      byWorkers: { '1': stats(0, 5), '2': stats(1, 4), '4': stats(3, 2) },
      messages: [`::add-mask::x\n\`\`\`\n</details><script>alert(1)</script> ${GHP}`],
    });
    const md = renderMarkdown(sampleReport([evil]));
    // Inside code spans and fences HTML is shown, not interpreted; everywhere else it is escaped.
    const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`\n]*?\1/g, '');
    expect(prose).not.toContain('<img');
    expect(prose).not.toContain('<script');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;'); // in <summary>, as HTML-escaped <code>
    expect(md).not.toContain(GHP);
    // GitHub does not link mentions inside code (html-pipeline MentionFilter skips pre/code/a).
    expect(prose.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/@org\/team|#12\b/);
    const lines = md.split('\n');
    const header = lines.find((l) => l.startsWith('| Test |')) ?? '';
    const row = lines[lines.indexOf(header) + 2] ?? '';
    expect(columns(row)).toBe(columns(header));
  });

  it('stays within its budget and says how many tests it left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      test({ id: `t::case_${String(i).padStart(4, '0')}`, name: `case_${i}`, verdict: 'parallel-only', messages: ['x'.repeat(500)], byWorkers: { '1': stats(0, 5), '4': stats(2, 3) } }),
    );
    const md = renderMarkdown(sampleReport(many), { maxBytes: 60_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/\d+ tests omitted — see report\.json/);
    expect(md).toMatch(/Evidence for \d+ tests omitted/);
  });
});

describe('renderBudgeted', () => {
  it('keeps required sections, drops the tail of a group, and counts it', () => {
    const out = renderBudgeted(
      [{ text: 'HEAD', required: true }, ...Array.from({ length: 10 }, (_, i) => ({ text: `row ${i} ${'x'.repeat(20)}`, group: 'tests' })), { text: 'FOOT', required: true }],
      200,
    );
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out.startsWith('HEAD')).toBe(true);
    expect(out.endsWith('FOOT')).toBe(true);
    expect(out).toContain('row 0');
    expect(out).toMatch(/_\d tests omitted — see report\.json \/ the job summary\._/);
  });
  it('hard-truncates visibly when required sections alone are too big', () => {
    const out = renderBudgeted([{ text: 'y'.repeat(500), required: true }], 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/more characters\)$/);
  });
  it('returns everything when it fits', () => {
    expect(renderBudgeted([{ text: 'a' }, { text: 'b', group: 'g' }], 100)).toBe('a\nb');
  });
});
