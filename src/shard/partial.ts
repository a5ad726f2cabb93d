// A shard's report.json holds one slice of the evidence: mark it so nobody mistakes it for a verdict. Pure.
import type { Report } from '../model.js';
import type { ShardManifest } from './manifest.js';

/** The gate of a slice decides nothing (the aggregate gates on all shards); what it saw stays in the reason. */
export function markPartial(report: Report, manifest: ShardManifest): Report {
  const label = `shard ${manifest.index}/${manifest.count}`;
  return {
    ...report,
    // Shards never confirm, whatever `confirm` says: the report states what ran.
    config: { ...report.config, confirm: false },
    gate: { failed: false, failOn: report.gate.failOn, reason: `${label} is a partial result; the aggregate job decides the gate (this slice alone: ${report.gate.reason})` },
    warnings: [...report.warnings, `${label}: partial report of ${manifest.runs.length} of the plan's runs; merge all shards with flakegate analyze or mode: aggregate`],
    shard: { index: manifest.index, count: manifest.count, partial: true, plan: manifest.plan, commit: manifest.commit },
  };
}
