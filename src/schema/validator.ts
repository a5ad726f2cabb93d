// The one validator of flakegate's JSON contracts (schema/report@1.json, schema/shard@1.json):
// every reader of a report or shard manifest checks it here, against the same schema the tests
// check every produced report against. Ajv (docs/decisions.md) compiles each schema once, lazily.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import reportSchema from '../../schema/report@1.json' with { type: 'json' };
import shardSchema from '../../schema/shard@1.json' with { type: 'json' };

/** What can be validated: a whole report, a shard manifest, or a kept `runs/index.json`. */
export type Contract = 'report' | 'shard' | 'runs';

/**
 * `reader`: fields the schema does not describe are dropped (a newer producer's additions are
 * neither trusted nor fatal). `strict`: they are an error, so a producer cannot add a field
 * without describing it (the tests validate every report they produce this way).
 */
export type Strictness = 'reader' | 'strict';

export type Validation = { readonly ok: true } | { readonly ok: false; readonly problem: string };

const REPORT_ID = reportSchema.$id;
const SCHEMAS: Readonly<Record<Contract, object>> = {
  report: { $ref: REPORT_ID },
  shard: { $ref: shardSchema.$id },
  runs: { type: 'array', maxItems: 100000, items: { $ref: `${REPORT_ID}#/$defs/runRecord` } },
};

const compiled = new Map<string, ValidateFunction>();

function validator(contract: Contract, strictness: Strictness): ValidateFunction {
  const key = `${contract}:${strictness}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    // `strict` is Ajv's own schema strictness (unknown keywords are schema bugs), not ours.
    const ajv = new Ajv2020({ allErrors: false, strict: true, removeAdditional: strictness === 'reader', schemas: [reportSchema, shardSchema] });
    validate = ajv.compile(SCHEMAS[contract]);
    compiled.set(key, validate);
  }
  return validate;
}

/**
 * Checks `data` (parsed JSON; in `reader` mode unknown fields are removed from it in place) and
 * says what is wrong in one sentence naming the field: `runs[0].id must be a run id ...`.
 */
export function validate(contract: Contract, data: unknown, strictness: Strictness = 'reader'): Validation {
  const check = validator(contract, strictness);
  if (check(data)) return { ok: true };
  return { ok: false, problem: describeErrors(check.errors ?? [], data) };
}

/** `/runs/0/id` -> `runs[0].id`; the root is the contract's own name. */
export function fieldName(pointer: string): string {
  if (pointer === '') return '(the document)';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`), '');
}

function describeErrors(errors: readonly ErrorObject[], data: unknown): string {
  const first = errors[0];
  if (first === undefined) return 'does not match the schema';
  // anyOf (a number or null, ...): Ajv lists each branch's complaint about the same field.
  const alternatives = errors.filter((e) => e.instancePath === first.instancePath && e.keyword !== 'anyOf');
  const anyOf = errors.some((e) => e.keyword === 'anyOf');
  const field = first.keyword === 'required' || first.keyword === 'additionalProperties' ? childField(first) : fieldName(first.instancePath);
  const what = anyOf ? alternatives.map(describeOne).join(' or ') : describeOne(first);
  const got = first.keyword === 'required' ? '' : ` (got ${preview(valueAt(data, first.instancePath, first))})`;
  return `${field} ${what}${got}`;
}

function childField(e: ErrorObject): string {
  const parent = fieldName(e.instancePath);
  const name = String((e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (e.params as { additionalProperty?: string }).additionalProperty);
  return parent === '(the document)' ? name : `${parent}.${name}`;
}

function describeOne(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'is missing';
    case 'additionalProperties':
      return 'is not a field of this schema';
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'pattern':
      if (e.schemaPath.includes('/runId/')) return 'must be a run id (letters, digits, `.`, `-`, `_`; no `/`), so it stays inside runs/';
      if (e.schemaPath.includes('/reportPath/')) return 'must be a relative path inside the result folder (no `..`, not absolute)';
      return `must match ${String(params['pattern'])}`;
    case 'maxItems':
      return `must have at most ${String(params['limit'])} items`;
    case 'maxLength':
      return `must be at most ${String(params['limit'])} characters`;
    case 'maximum':
    case 'minimum':
      return `must be ${e.keyword === 'maximum' ? '<=' : '>='} ${String(params['limit'])}`;
    default:
      return e.message ?? 'does not match the schema';
  }
}

function valueAt(data: unknown, pointer: string, e: ErrorObject): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  if (e.keyword === 'additionalProperties' && typeof value === 'object' && value !== null) {
    return (value as Record<string, unknown>)[String((e.params as { additionalProperty?: string }).additionalProperty)];
  }
  return value;
}

/** A short, single-line picture of an offending value (callers sanitise before printing). */
function preview(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
