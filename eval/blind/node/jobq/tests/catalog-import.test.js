const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { importCatalog } = require('../src/catalog');
const { connectWarehouse } = require('../src/warehouse');

// The importer reads the export the exporter suite produced (var/exports/catalog.json).
describe('catalog import', () => {
  let warehouse;

  before(async () => {
    warehouse = await connectWarehouse();
  });

  it('imports every product from the latest export', async () => {
    const catalog = importCatalog();
    for (const product of catalog.values()) await warehouse.upsert(product);
    assert.equal(catalog.size, 12);
    assert.deepEqual([...catalog.keys()].slice(0, 3), ['KB-101', 'MS-202', 'MN-303']);
  });

  it('keeps the exported prices', () => {
    const catalog = importCatalog();
    assert.equal(catalog.get('MS-202').price, 19.5);
    assert.equal(catalog.get('CB-707').price, 9.9);
  });
});
