// One parser on one report, in its own process so that maxRSS is this parser's peak alone.
//   node --expose-gc parse-child.mjs <flakegate|xml2js|fast-xml-parser|noop> <report.xml> <parse bundle>
// Prints one JSON line: { ms, tests, failures, skipped, withMessage, rssBeforeKb, maxRssKb }.
// Timed: from before the file is opened to the normalised test cases; module loading excluded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [which, file, bundlePath] = process.argv.slice(2);
const require = createRequire(import.meta.url);

const firstLine = (text) => text?.split('\n').map((l) => l.trim()).find((l) => l !== '');
const textOf = (node) => (typeof node === 'string' ? node : node?._);
const attrsOf = (node) => (typeof node === 'object' && node !== null ? (node.$ ?? {}) : {});
const asArray = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

// The same normalisation for both DOM-style parsers (attributes under `$`, text under `_`):
// id file::classname::name, outcome, message (attribute, else the first line of the text).
function normalise(root) {
  const out = [];
  const visitSuite = (suite, file) => {
    const a = attrsOf(suite);
    const f = a.file ?? file;
    for (const tc of asArray(suite.testcase)) {
      const t = attrsOf(tc);
      const result = tc.failure ?? tc.error ?? tc.skipped;
      const outcome = tc.failure !== undefined ? 'failed' : tc.error !== undefined ? 'error' : tc.skipped !== undefined ? 'skipped' : 'passed';
      const r = asArray(result)[0];
      const message = outcome === 'passed' ? undefined : (attrsOf(r).message?.trim() || firstLine(textOf(r)));
      out.push({ id: `${t.file ?? f ?? ''}::${t.classname ?? ''}::${t.name ?? ''}`, outcome, message });
    }
    for (const s of asArray(suite.testsuite)) visitSuite(s, f);
  };
  if (root.testsuites !== undefined) for (const s of asArray(root.testsuites)) visitSuite(s, undefined);
  else for (const s of asArray(root.testsuite)) visitSuite(s, undefined);
  return out;
}

let parse;
if (which === 'flakegate') {
  const { parseJunitFile } = await import(pathToFileURL(bundlePath).href);
  parse = async () => {
    const report = await parseJunitFile(file);
    if (report.status !== 'ok') throw new Error(`flakegate: ${report.status}: ${report.error}`);
    return report.tests.map((t) => ({ id: t.id, outcome: t.outcome, message: t.message }));
  };
} else if (which === 'xml2js') {
  const xml2js = require('xml2js');
  // What most report actions do: the whole file as one string, default options.
  parse = async () => normalise(await xml2js.parseStringPromise(readFileSync(file, 'utf8')));
} else if (which === 'fast-xml-parser') {
  const { XMLParser } = require('fast-xml-parser');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: '$',
    textNodeName: '_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  });
  parse = async () => normalise(parser.parse(readFileSync(file, 'utf8')));
} else if (which === 'noop') {
  parse = async () => [];
} else {
  throw new Error(`unknown parser ${which}`);
}

globalThis.gc?.();
const rssBeforeKb = process.resourceUsage().maxRSS;
const t0 = performance.now();
const cases = await parse();
const ms = performance.now() - t0;
const count = (o) => cases.filter((c) => c.outcome === o).length;
console.log(JSON.stringify({
  ms,
  tests: cases.length,
  failures: count('failed') + count('error'),
  skipped: count('skipped'),
  withMessage: cases.filter((c) => c.message !== undefined).length,
  rssBeforeKb,
  maxRssKb: process.resourceUsage().maxRSS,
}));
