'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { planDispatch } = require('../src/planner');
const { shipments } = require('./support/data');

describe('dispatch planning', () => {
  test('never loads a truck over capacity', () => {
    const plan = planDispatch(shipments(400), { capacityKg: 500, budgetMs: 60000 });
    for (const t of plan.trucks) assert.ok(t.loadKg <= 500, `${t.lane} truck carries ${t.loadKg} kg`);
    assert.equal(plan.trucks.reduce((n, t) => n + t.items.length, 0), 400);
  });

  test('keeps every truck to a single lane', () => {
    const plan = planDispatch(shipments(300), { budgetMs: 60000 });
    for (const t of plan.trucks) {
      const lanes = new Set(t.items.map((id) => shipments(300).find((s) => s.trackingId === id).lane));
      assert.deepEqual([...lanes], [t.lane]);
    }
  });

  test('plans a full day of shipments within the planning budget', () => {
    const plan = planDispatch(shipments(5000));
    assert.deepEqual(plan.unplaced, []);
    assert.equal(plan.complete, true);
  });
});
