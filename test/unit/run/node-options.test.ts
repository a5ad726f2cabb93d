import { describe, expect, it } from 'vitest';
import { customRuntimeProbe, withNodePreload } from '../../../src/frameworks/node-probe.js';
import { createNodeTestPreset } from '../../../src/frameworks/node-test.js';
import { nodeOptionsWithPreload, preloadOption, withNodeProbe } from '../../../src/run/node-options.js';
import { recordingLogger, tempProject } from '../frameworks/temp-project.js';

describe('NODE_OPTIONS with the probe preload', () => {
  it("appends to the user's options, double-quoting a path with spaces", () => {
    expect(nodeOptionsWithPreload(undefined, '/opt/fg/probe.cjs')).toBe('--require /opt/fg/probe.cjs');
    expect(nodeOptionsWithPreload('  --max-old-space-size=512 ', '/opt/my fg/probe.cjs')).toBe('--max-old-space-size=512 --require "/opt/my fg/probe.cjs"');
  });

  it('refuses a path NODE_OPTIONS cannot carry, and then leaves the options as they were', () => {
    for (const path of ['/opt/a"b/probe.cjs', '/opt/a\\b/probe.cjs', '/opt/a\nb/probe.cjs', 'relative/probe.cjs']) {
      expect(preloadOption(path).ok).toBe(false);
      expect(nodeOptionsWithPreload('--trace-warnings', path)).toBe('--trace-warnings');
    }
  });

  it('adds the preload and the project only to a run that has a probe directory', () => {
    const env = { PATH: '/bin', NODE_OPTIONS: '--enable-source-maps' };
    expect(withNodeProbe(env, undefined, '/fg/probe.cjs', '/p')).toEqual(env);
    expect(withNodeProbe(env, '/o/probe', undefined, '/p')).toEqual(env);
    expect(withNodeProbe(env, '/o/probe', '/fg/probe.cjs', '/p')).toEqual({ PATH: '/bin', NODE_OPTIONS: '--enable-source-maps --require /fg/probe.cjs', FLAKEGATE_PROBE_PROJECT: '/p' });
  });
});

describe('which presets load the Node probe', () => {
  it('attaches the preload to a JS preset, and warns and skips it when its path cannot be passed', () => {
    const log = recordingLogger();
    expect(withNodePreload(createNodeTestPreset('node', 'test'), log, () => '/fg/flakegate-probe.cjs').nodePreload).toBe('/fg/flakegate-probe.cjs');
    expect(withNodePreload(createNodeTestPreset('node', 'test'), log, () => '/fg/"odd"/flakegate-probe.cjs').nodePreload).toBeUndefined();
    expect(log.lines).toEqual([expect.stringMatching(/^warn: resource probe: not loading the Node probe, .*quote/)]);
  });

  it("decides a custom command's probe from the project's files, not the command", async () => {
    expect(await customRuntimeProbe(tempProject({ 'package.json': JSON.stringify({ scripts: { test: 'jest' } }) }))).toBe('node');
    expect(await customRuntimeProbe(tempProject({ 'package.json': '{}', 'Makefile': 'test:\n\tnode run.js\n' }))).toBe('node');
    expect(await customRuntimeProbe(tempProject({ 'go.mod': 'module x\n' }))).toBeUndefined();
    expect(await customRuntimeProbe(tempProject({ 'pytest.ini': '[pytest]\n', 'package.json': '{}' }))).toBeUndefined();
  });
});
