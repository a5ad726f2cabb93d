// Each process-state and timing line rule on a one-line synthetic test body: what it flags, and
// the cause the runner's process model gives it.
import { describe, expect, it } from 'vitest';
import { processStateLines } from '../../../src/explain/process-state.js';
import type { Lang, Region } from '../../../src/explain/source-lang.js';
import { timingLines } from '../../../src/explain/timing-sensitive.js';

const EXT: Partial<Record<Lang, string>> = { python: 'py', js: 'js', go: 'go', java: 'java' };

function body(lang: Lang, lines: readonly string[], scope: Region['scope'] = 'test'): Region[] {
  return [{ path: `t/sample.${EXT[lang] ?? 'txt'}`, lines, start: 0, end: lines.length - 1, scope }];
}

describe('process-wide state', () => {
  it.each([
    ['python', 'agent = OCRAgent.get_instance(lang="eng")', 'order-dependence', 'global:OCRAgent'],
    ['python', 'spy = mocker.spy(Engine, "get_instance")', 'order-dependence', 'global:Engine'],
    ['python', 'load_config.cache_clear()', 'order-dependence', 'global:load_config'],
    ['python', 'logging.disable(logging.CRITICAL)', 'order-dependence', 'global:logging'],
    ['python', 'assert caplog.records[0].levelname == "WARNING"', 'order-dependence', 'global:logging'],
    ['python', 'sys.modules["app.settings"] = fake', 'order-dependence', 'global:modules'],
    ['python', 'REGISTRY.unregister(collector)', 'order-dependence', 'global:metrics'],
    ['python', 'match = resolve("/pages/about/")', 'order-dependence', 'global:django-urlconf'],
    ['python', 'sys.path.insert(0, str(plugin_dir))', 'order-dependence', 'global:sys-path'],
    ['python', 'structlog.configure(processors=[], cache_logger_on_first_use=True)', 'order-dependence', 'global:logging'],
    ['python', 'logging.config.dictConfig(LOGGING)', 'order-dependence', 'global:logging'],
    ['js', 'const store = Store.getInstance();', 'order-dependence', 'global:Store'],
    ['js', "jest.spyOn(Cache, 'getInstance');", 'order-dependence', 'global:Cache'],
    ['go', '\tlog.SetOutput(&buf)', 'shared-global-state', 'global:log'],
    ['go', '\thttp.DefaultClient = &http.Client{Transport: rt}', 'shared-global-state', 'global:http-default'],
    ['go', '\tflag.Set("v", "2")', 'shared-global-state', 'global:flags'],
    ['go', '\tprometheus.MustRegister(counter)', 'shared-global-state', 'global:metrics'],
    ['go', '\tviper.SetDefault("timeout", 5)', 'shared-global-state', 'global:viper'],
    ['java', '        System.setOut(new PrintStream(out));', 'shared-global-state', 'global:stdio'],
    ['java', '        Locale.setDefault(Locale.GERMANY);', 'shared-global-state', 'global:defaults'],
    ['java', '        Metrics.addRegistry(registry);', 'shared-global-state', 'global:metrics'],
  ] as const)('%s: %s', (lang, line, cause, resource) => {
    expect(processStateLines(body(lang, [line]), lang).map((p) => [p.cause, p.resource])).toEqual([[cause, resource]]);
  });

  it.each([
    ['python', 'path = Path("/tmp/x").resolve()'],
    ['python', 'instance = make_instance()'],
    ['go', '\tv := viper.New()'],
    ['js', 'const x = path.resolve(__dirname, "a")'],
    ['go', '\tlogger := log.New(&buf, "", 0)'],
  ] as const)('not flagged, %s: %s', (lang, line) => {
    expect(processStateLines(body(lang, [line]), lang)).toEqual([]);
  });

  it('module data and unused file lines are not what the test runs', () => {
    expect(processStateLines(body('python', ['agent = OCRAgent.get_instance()'], 'file'), 'python')).toEqual([]);
    expect(processStateLines(body('python', ['agent = OCRAgent.get_instance()'], 'module'), 'python')).toEqual([]);
  });
});

describe('timing lines', () => {
  it.each([
    ['python', ['time.sleep(0.2)', 'assert job.done']],
    ['python', ['await asyncio.sleep(1)', 'assert events == ["saved"]']],
    ['js', ['await sleep(100);', 'expect(queue.length).toBe(0);']],
    ['js', ['await waitFor(() => ready(), { timeout: 200 });']],
    ['go', ['\ttime.Sleep(50 * time.Millisecond)', '\tif got != want {', '\t\tt.Fatalf("got %d", got)']],
    ['go', ['\tctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)']],
    ['java', ['        Thread.sleep(100);', '        assertEquals(1, sink.size());']],
    ['java', ['        await().atMost(500, MILLISECONDS).until(done::get);']],
  ] as const)('%s: a fixed wait or a sub-second deadline (%s)', (lang, lines) => {
    expect(timingLines(body(lang, lines)).map((t) => t.kind)).toEqual(['fixed-wait']);
  });

  it.each([
    ['python', ['time.sleep(0.2)', 'x = 1', 'y = 2', 'z = 3', 'w = 4', 'assert x']],
    ['python', ['msg = ws.receive(timeout=2)']],
    ['python', ['assert await ws.receive_nothing(timeout=0.5) is True']],
    ['go', ['\tctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)']],
    ['js', ['await waitFor(() => ready(), { timeout: 5000 });']],
  ] as const)('not a reading, %s: %s', (lang, lines) => {
    expect(timingLines(body(lang, lines))).toEqual([]);
  });
});
