// The page's stylesheet (inline: the report opens from disk or a CI artifact, with no network).
export const STYLES = `
:root { color-scheme: light; --fail: #da3633; --pass: #2ea043; --partner: #d29922; --muted: #656d76; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 16px 24px 48px; color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.gate { padding: 8px 12px; border-radius: 6px; font-weight: 600; margin: 8px 0; }
.gate.failed { background: #ffebe9; color: #82071e; border: 1px solid #ff8182; }
.gate.passed { background: #dafbe1; color: #116329; border: 1px solid #4ac26b; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 0; position: sticky; top: 0; background: #fff; z-index: 2; }
.filter { display: inline-flex; gap: 4px; align-items: center; cursor: pointer; }
table.heat { border-collapse: collapse; width: 100%; }
table.heat th, table.heat td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
table.heat th { background: #f6f8fa; position: sticky; top: 40px; }
td.num, th.num { text-align: right; white-space: nowrap; width: 90px; }
td.cell.hot { color: #fff; font-weight: 600; }
td.cell.empty { color: var(--muted); }
td.name { word-break: break-all; }
.loc { color: var(--muted); font-size: 12px; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; background: #eaeef2; }
.v-parallel-only { background: #ffd8b5; color: #762c00; }
.v-flaky { background: #fff1a8; color: #5c4400; }
.v-broken { background: #ffcecb; color: #82071e; }
.v-lost { background: #e6dcff; color: #3e1f79; }
.v-stable { background: #d2f4d9; color: #116329; }
.tier { color: var(--muted); font-size: 12px; }
details.test { border: 1px solid #d0d7de; border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.test summary { cursor: pointer; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dt { color: var(--muted); }
dd { margin: 0; word-break: break-all; }
pre { background: #f6f8fa; padding: 8px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.cause { border-left: 3px solid var(--partner); padding-left: 10px; margin: 10px 0; }
.cause h4 { margin: 4px 0; }
.ekind { color: var(--muted); }
.fix { font-weight: 600; }
.timeline { margin-bottom: 18px; }
.lane { display: flex; align-items: center; gap: 8px; margin: 2px 0; }
.lane-label { width: 64px; font: 12px monospace; color: var(--muted); text-align: right; }
.track { position: relative; flex: 1; height: 18px; background: #f6f8fa; border-radius: 3px; }
.bar { position: absolute; top: 2px; height: 14px; border-radius: 2px; background: #8c959f; opacity: 0.6; min-width: 2px; }
.bar.o-failed, .bar.o-error { background: var(--fail); opacity: 0.8; }
.bar.failing { background: var(--fail); opacity: 1; outline: 2px solid #82071e; z-index: 1; }
.bar.partner { background: var(--partner); opacity: 1; outline: 2px solid #7d4e00; z-index: 1; }
.legend span { display: inline-block; margin-right: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.swatch.focus { background: var(--fail); outline: 2px solid #82071e; }
.swatch.partner { background: var(--partner); outline: 2px solid #7d4e00; }
.swatch.failed { background: var(--fail); opacity: 0.8; }
.swatch.passed { background: #8c959f; opacity: 0.6; }
.focus select { max-width: 60ch; }
.untimed { font-style: italic; color: var(--muted); }
li.warn { color: #9a6700; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; word-break: break-all; }
`;
