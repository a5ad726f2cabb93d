// A minimal TestAnalysis for gate tests: only the verdict, the tier and the quarantine mark matter.
import type { Confidence, Quarantined, TestAnalysis, Verdict } from '../../../src/model.js';

export function analysisOf(id: string, verdict: Verdict, confidence: Confidence, quarantined?: Quarantined): TestAnalysis {
  return {
    id,
    display: id,
    classname: 'c',
    name: id,
    verdict,
    confidence,
    pValue: null,
    probParallelWorse: null,
    byWorkers: {},
    threshold: null,
    cluster: null,
    messages: [],
    causes: [],
    ...(quarantined === undefined ? {} : { quarantined }),
  };
}
