const { describe, it, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const config = require('../src/config');
const { exportCatalog } = require('../src/catalog');
const { readLog, rotate } = require('../src/log');
const { products } = require('./helpers/products');

describe('catalog export', () => {
  beforeEach(() => {
    rotate();
  });

  it('exports every product with its current price', async () => {
    const file = await exportCatalog(products);
    assert.equal(file, config.exportFile);
    const { products: rows } = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(rows.length, 12);
    assert.deepEqual(rows[2], { sku: 'MN-303', name: 'Monitor 27"', price: 239 });
  });

  it('logs one line per exported product', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobq-export-'));
    try {
      await exportCatalog(products, path.join(dir, 'out', 'catalog.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const lines = readLog();
    assert.deepEqual(lines.map((l) => `${l.event} ${l.sku}`), products.map((p) => `catalog.exported ${p.sku}`));
  });
});
