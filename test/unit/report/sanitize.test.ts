import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  collectSecrets,
  guardOutgoing,
  htmlCode,
  neutraliseMentions,
  neutraliseWorkflowCommands,
  redactSecrets,
  sanitizeBlock,
  sanitizeInline,
  sanitizeLog,
  stripControl,
  tableCell,
  truncate,
} from '../../../src/report/sanitize.js';
import { sanitizeTerminal } from '../../../src/report/sanitize-terminal.js';

const GHP = `ghp_${'a1B2'.repeat(9)}`; // 36 chars after the prefix, a fake token shape

describe('redactSecrets', () => {
  it('redacts known secret values, longest first', () => {
    expect(redactSecrets('pw=hunter22 and hunter22x', ['hunter22x', 'hunter22'])).toBe('pw=*** and ***');
  });
  it('redacts token shapes without being told', () => {
    const text = [
      `token ${GHP}`,
      `github_pat_${'A'.repeat(30)}`,
      'aws AKIAABCDEFGHIJKLMNOP',
      'slack xoxb-1234567890-abcdef',
      'jwt eyJhbGciOi.eyJzdWIiOiIx.SflKxwRJSM',
      'Authorization: Bearer abc.def-ghi',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const out = redactSecrets(text);
    expect(out).not.toContain(GHP);
    expect(out).not.toContain('github_pat_A');
    expect(out).not.toContain('AKIAABCDEFGHIJKLMNOP');
    expect(out).not.toContain('xoxb-1234567890');
    expect(out).not.toContain('eyJzdWIiOiIx');
    expect(out).toContain('Bearer ***');
    expect(out).not.toContain('MIIE');
  });
  it('leaves ordinary text alone', () => {
    expect(redactSecrets('expected 3 to equal 4')).toBe('expected 3 to equal 4');
  });
});

describe('collectSecrets', () => {
  it('takes secret-looking names with values of 6+ characters, plus extras', () => {
    const secrets = collectSecrets(
      { GITHUB_TOKEN: 'gho_abcdef123', DB_PASSWORD: 'p4ssw0rd!', API_KEY: 'short', HOME: '/home/runner', 'INPUT_COMMENT-KEY': 'build-test' },
      ['the-token-input'],
    );
    expect(secrets).toEqual(['the-token-input', 'gho_abcdef123', 'p4ssw0rd!']);
  });
  it('adds each line of a multi-line secret', () => {
    expect(collectSecrets({ SSH_KEY: 'line-one-x\nline-two-y' })).toContain('line-two-y');
  });
});

describe('stripControl', () => {
  it('removes ANSI colours, OSC links, control and bidi characters', () => {
    expect(stripControl('\u001b[31mred\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007 a\u0000b\u202Ec\r\nd')).toBe('red link abc\nd');
  });
  it('cannot be used to split a secret past redaction', () => {
    expect(sanitizeLog('sec\u001b[0mret-value', { secrets: ['secret-value'] })).toBe('***');
  });
});

describe('truncate', () => {
  it('keeps short text', () => {
    expect(truncate('abc', 10)).toBe('abc');
  });
  it('cuts by code points with a visible count that fits the bound', () => {
    const text = '😀'.repeat(100);
    const out = truncate(text, 40);
    expect(Array.from(out).length).toBeLessThanOrEqual(40);
    expect(out).toMatch(/… \((\d+) more characters\)$/);
    const dropped = Number(/\((\d+) more/.exec(out)?.[1]);
    expect(Array.from(out.replace(/… \(.*$/, '')).length + dropped).toBe(100);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone surrogate
  });
});

describe('sanitizeInline', () => {
  it('escapes HTML so <img onerror> stays text', () => {
    const out = sanitizeInline('<img src=x onerror=alert(1)>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('neutralises @user, @org/team and #123', () => {
    const out = sanitizeInline('ping @octocat and @my-org/core-team about #123');
    expect(out).not.toMatch(/@octocat|@my-org\/core-team|#123/);
    expect(out.replace(/\u200d/g, '')).toContain('@my-org/core-team about #123');
  });
  it('collapses newlines, escapes markdown, redacts', () => {
    expect(sanitizeInline(`a\n# b *c* [x](y) ${GHP}`)).toBe('a # b \\*c\\* \\[x\\](y) \\*\\*\\*');
  });
  it('does not touch e-mail addresses', () => {
    expect(neutraliseMentions('me@example.com')).toBe('me@example.com');
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a `b` ``c``')).toBe('``` a `b` ``c`` ```');
    expect(codeSpan('a ``x`` b')).toBe('```a ``x`` b```');
  });
  it('pads content that starts or ends with a backtick', () => {
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
  it('is one line and redacted', () => {
    expect(codeSpan(`test\nname ${GHP}`)).toBe('`test name ***`');
  });
});

describe('htmlCode', () => {
  it('escapes for <summary>', () => {
    expect(htmlCode('<b>&"')).toBe('<code>&lt;b&gt;&amp;&quot;</code>');
  });
});

describe('tableCell', () => {
  it('escapes pipes so a test name cannot add columns, even inside a code span', () => {
    expect(tableCell(codeSpan('a | b'))).toBe('`a \\| b`');
  });
  it('gives a pipe after a backslash an odd number of backslashes', () => {
    expect(tableCell('x\\|y')).toBe('x\\|y');
    expect(tableCell('x\\\\|y')).toBe('x\\\\\\|y');
  });
  it('collapses newlines (a table breaker)', () => {
    expect(tableCell('a\n\n| --- |\nb')).toBe('a \\| --- \\| b');
  });
});

describe('sanitizeBlock', () => {
  it('fences with more backticks than the content has', () => {
    const out = sanitizeBlock('```\ninjected\n```\n<script>');
    expect(out.startsWith('````text\n')).toBe(true);
    expect(out.endsWith('\n````')).toBe(true);
  });
  it('is bounded', () => {
    expect(sanitizeBlock('x'.repeat(10_000), { max: 100 }).length).toBeLessThan(120);
  });
});

describe('neutraliseWorkflowCommands', () => {
  it('prefixes lines that the runner would execute', () => {
    const out = neutraliseWorkflowCommands('ok\n::add-mask::x\n  ::set-output name=a::b\n::stop-commands::tok');
    for (const line of out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).toContain('::add-mask::x');
  });
  it('breaks the legacy ##[command] form anywhere in a line', () => {
    expect(neutraliseWorkflowCommands('x ##[error]boom')).not.toContain('##[');
  });
  it('applies to sanitizeLog', () => {
    expect(sanitizeLog('line\n::error::fake').split('\n')[1]?.trimStart().startsWith('::')).toBe(false);
  });
});

// The forms in which the issue-17 probe got secrets past redaction, and the one final pass.
describe('secrets in every form', () => {
  const SECRET = 'dk-live-9f8e7d6c5b4a39281706';

  it('a secret split by a colour code whose ESC the XML parser turned into U+FFFD', () => {
    expect(stripControl('a\uFFFD[31mb\uFFFD[0m')).toBe('ab');
    expect(sanitizeInline(`key dk-live-9f8e\uFFFD[31m7d6c5b4a39281706 end`, { secrets: [SECRET] })).toBe('key \\*\\*\\* end');
  });

  it('a secret split by the 8-bit CSI, the printable ESC symbol or an escape spelt out as text', () => {
    for (const esc of ['\u009b', '\u241b[', '\\x1b[', '\\u001b[', '\\033[', '\\e[', '^[[']) {
      expect(redactSecrets(stripControl(`dk-live-9f8e${esc}1;31m7d6c5b4a39281706`), [SECRET]), JSON.stringify(esc)).toBe('***');
    }
    // Text escapes only as colour codes: a regex in a message stays as written.
    expect(stripControl('expected /^[a-z]+$/')).toBe('expected /^[a-z]+$/');
  });

  it('a token or secret cut short before redaction loses its tail too', () => {
    const token = `ghp_${'Zq9'.repeat(12)}`;
    // The analyse stage keeps 500 characters of a message, without a note.
    const cut = `${'x'.repeat(480)} ${token}`.slice(0, 500);
    expect(redactSecrets(cut)).toBe(`${'x'.repeat(480)} ***`);
    expect(redactSecrets(`value ${SECRET.slice(0, 12)}\n… [truncated: 99 more characters]`, [SECRET])).toBe('value ***\n… [truncated: 99 more characters]');
    expect(redactSecrets(`value ${SECRET.slice(0, 9)}… (40 more characters)`, [SECRET])).toBe('value ***… (40 more characters)');
    // Too short a remainder to be told from a word, and a prefix that is not at a cut, stay.
    expect(redactSecrets('value dk-li', [SECRET])).toBe('value dk-li');
    expect(redactSecrets('dk-live-9f and more', [SECRET])).toBe('dk-live-9f and more');
  });

  it('redacts before truncating, so a kept prefix is never the visible part of a secret', () => {
    const out = sanitizeLog(`${'y'.repeat(90)} ${SECRET} ${'z'.repeat(50)}`, { secrets: [SECRET], max: 100 });
    expect(out).not.toMatch(/dk-live/);
    expect(sanitizeTerminal(`${'y'.repeat(190)} ${SECRET}`, 200, [SECRET])).not.toMatch(/dk-live/);
  });

  it('a secret inside a test name (a parametrised id) is redacted in every renderer and the final pass', () => {
    const name = `test_deploy[${SECRET}]`;
    expect(codeSpan(name, { secrets: [SECRET] })).toBe('`test_deploy[***]`');
    expect(htmlCode(name, { secrets: [SECRET] })).toBe('<code>test_deploy[***]</code>');
    expect(guardOutgoing(`flakegate: 1 test fails only in parallel: tests/x.py::${name}`, [SECRET])).toBe('flakegate: 1 test fails only in parallel: tests/x.py::test_deploy[***]');
  });

  it('the final pass strips escapes unless the CLI keeps its own colours', () => {
    expect(guardOutgoing(`\u001b[1m${SECRET.slice(0, 8)}\u001b[0m${SECRET.slice(8)}`, [SECRET])).toBe('***');
    expect(guardOutgoing(`\u001b[1mbold\u001b[0m ${SECRET}`, [SECRET], { keepEscapes: true })).toBe('\u001b[1mbold\u001b[0m ***');
  });
});
