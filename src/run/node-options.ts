/**
 * NODE_OPTIONS that also preload flakegate's Node probe (src/assets/flakegate-probe.cjs) in every
 * Node process and worker thread a JS test command starts.
 *
 * Node splits NODE_OPTIONS at spaces and reads double quotes and backslash escapes inside them,
 * so a path with spaces is double-quoted, and a path holding `"`, `\` or a control character is
 * refused rather than passed half-parsed.
 */
export function preloadOption(preload: string): { readonly ok: true; readonly option: string } | { readonly ok: false; readonly problem: string } {
  if (!preload.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(preload)) return { ok: false, problem: `its path ${JSON.stringify(preload)} is not absolute` };
  // eslint-disable-next-line no-control-regex
  if (/["\\\u0000-\u001f\u007f]/.test(preload)) return { ok: false, problem: `its path ${JSON.stringify(preload)} holds a quote, a backslash or a control character, which NODE_OPTIONS cannot carry` };
  return { ok: true, option: `--require ${preload.includes(' ') ? `"${preload}"` : preload}` };
}

/** The user's NODE_OPTIONS (kept, first) with the preload appended; unchanged when the path cannot be passed. */
export function nodeOptionsWithPreload(existing: string | undefined, preload: string): string | undefined {
  const checked = preloadOption(preload);
  if (!checked.ok) return existing;
  const user = (existing ?? '').trim();
  return user === '' ? checked.option : `${user} ${checked.option}`;
}

/** The project directory the Node probe attributes stack frames to (the test command's cwd). */
export const PROBE_PROJECT_ENV = 'FLAKEGATE_PROBE_PROJECT';

/**
 * A JS test command's environment with the Node probe added: only when the run has a probe
 * directory (the probe is on) and the preset found the preload passable (`nodePreload`).
 */
export function withNodeProbe(env: Readonly<Record<string, string>>, probeDir: string | undefined, nodePreload: string | undefined, projectDir: string): Record<string, string> {
  if (nodePreload === undefined || probeDir === undefined) return { ...env };
  const options = nodeOptionsWithPreload(env['NODE_OPTIONS'], nodePreload);
  return { ...env, ...(options === undefined ? {} : { NODE_OPTIONS: options }), [PROBE_PROJECT_ENV]: projectDir };
}
