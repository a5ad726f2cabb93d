// A virtual test suite whose tests fail at known rates, for `npm run eval:stats`: the truth
// against which a decision rule's verdicts are scored. Seeded, so a seed is one reproducible suite
// and one reproducible sequence of outcomes.
//
// Kinds (rates are per run, drawn per suite from the seed):
//   stable                      never fails
//   flaky  {rate}               fails at `rate` in every run, serial or parallel (the null)
//   broken                      fails in every run
//   pair   {rate, partner}      both members fail together at `rate` in a parallel run that holds both
//   single {rate}               fails at `rate` in a parallel run with at least one other test
//   raised {serial, parallel}   fails at `serial` in serial runs and at `parallel` > serial in parallel ones

/** mulberry32 (Tommy Ettinger, public domain): small, seedable. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SHAPE = { stable: 300, flaky: 30, broken: 3, pairs: 3, singles: 6, raised: 4 };

const between = (rng, low, high) => low + (high - low) * rng();

/**
 * The suite of one seed. Flaky rates are log-uniform over 1-50% (most flaky tests fail rarely);
 * parallel-only rates uniform over 10-100%; raised tests fail 2-15% serially and 20-50 points
 * more in parallel. Tests are shuffled into files of five, so a test's file-mates are arbitrary.
 */
export function virtualSuite(seed, shape = DEFAULT_SHAPE) {
  const rng = mulberry32(seed * 7919 + 17);
  const specs = [];
  for (let i = 0; i < shape.stable; i++) specs.push({ kind: 'stable', name: `test_stable_${i}` });
  for (let i = 0; i < shape.flaky; i++) specs.push({ kind: 'flaky', name: `test_flaky_${i}`, rate: Math.exp(between(rng, Math.log(0.01), Math.log(0.5))) });
  for (let i = 0; i < shape.broken; i++) specs.push({ kind: 'broken', name: `test_broken_${i}` });
  for (let i = 0; i < shape.pairs; i++) {
    const rate = between(rng, 0.1, 1);
    specs.push({ kind: 'pair', name: `test_pair_${i}_a`, rate, partnerName: `test_pair_${i}_b` });
    specs.push({ kind: 'pair', name: `test_pair_${i}_b`, rate, partnerName: `test_pair_${i}_a` });
  }
  for (let i = 0; i < shape.singles; i++) specs.push({ kind: 'single', name: `test_single_${i}`, rate: between(rng, 0.1, 1) });
  for (let i = 0; i < shape.raised; i++) {
    const serial = between(rng, 0.02, 0.15);
    specs.push({ kind: 'raised', name: `test_raised_${i}`, serial, parallel: serial + between(rng, 0.2, 0.5) });
  }
  for (let i = specs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [specs[i], specs[j]] = [specs[j], specs[i]];
  }
  const tests = specs.map((s, i) => {
    const file = `tests/test_m${String(Math.floor(i / 5)).padStart(3, '0')}.py`;
    const classname = file.slice(0, -3).replace(/\//g, '.');
    return { ...s, file, classname, id: `${file}::${classname}::${s.name}`, durationMs: Math.round(between(rng, 20, 300)) };
  });
  const byName = new Map(tests.map((t) => [t.name, t]));
  for (const t of tests) if (t.partnerName) t.partner = byName.get(t.partnerName).id;
  return { seed, tests };
}

/**
 * Which of `present` (tests, in run order) fail in one run at `workers`. `rng` is the run's own
 * stream. A pair draws once per run: both members fail together.
 */
export function failures(present, workers, rng) {
  const ids = new Set(present.map((t) => t.id));
  const parallel = workers > 1 && present.length > 1;
  const failed = new Set();
  const pairDraws = new Map();
  for (const t of present) {
    switch (t.kind) {
      case 'flaky':
        if (rng() < t.rate) failed.add(t.id);
        break;
      case 'broken':
        failed.add(t.id);
        break;
      case 'pair': {
        if (!parallel || !ids.has(t.partner)) break;
        const key = [t.id, t.partner].sort().join('|');
        if (!pairDraws.has(key)) pairDraws.set(key, rng() < t.rate);
        if (pairDraws.get(key)) failed.add(t.id);
        break;
      }
      case 'single':
        if (parallel && rng() < t.rate) failed.add(t.id);
        break;
      case 'raised':
        if (rng() < (workers > 1 ? t.parallel : t.serial)) failed.add(t.id);
        break;
    }
  }
  return failed;
}

/** Start-up cost of one run, in simulated milliseconds (only the budget model reads durations). */
const OVERHEAD_MS = 1500;

/** An in-process executor: RunSpec -> RunResult, outcomes from the suite's truth and the seed. */
export function virtualExecutor(suite, seed) {
  const rng = mulberry32(seed * 104729 + 3);
  const byId = new Map(suite.tests.map((t) => [t.id, t]));
  return async (spec) => {
    const present = spec.tests === undefined ? suite.tests : spec.tests.map((id) => byId.get(id)).filter((t) => t !== undefined);
    const failed = failures(present, spec.workers, rng);
    const cases = present.map((t) => ({
      id: t.id,
      file: t.file,
      classname: t.classname,
      name: t.name,
      outcome: failed.has(t.id) ? 'failed' : 'passed',
      durationMs: t.durationMs,
      ...(failed.has(t.id) ? { message: `${t.name} failed` } : {}),
    }));
    const busy = present.reduce((sum, t) => sum + t.durationMs, 0) / Math.max(1, Math.min(spec.workers, present.length));
    return {
      record: {
        id: spec.id,
        workers: spec.workers,
        iteration: spec.iteration,
        phase: spec.phase,
        ...(spec.tests ? { subset: spec.tests } : {}),
        exitCode: failed.size > 0 ? 1 : 0,
        signal: null,
        timedOut: false,
        durationMs: Math.round(OVERHEAD_MS + busy),
        reportPaths: [],
        parse: 'ok',
        tests: cases.length,
      },
      cases,
    };
  };
}

/** The truth of one test, as the evaluation scores it. */
export function isNull(test) {
  return test.kind === 'stable' || test.kind === 'flaky' || test.kind === 'broken';
}

export function isParallelOnly(test) {
  return test.kind === 'pair' || test.kind === 'single';
}
