// Catalog sync: export products with their current prices, import them elsewhere.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const config = require('./config');
const { log } = require('./log');

// Prices come from the pricing service, one product at a time (stubbed as a wait).
const priceOf = (product) => new Promise((resolve) => setTimeout(() => resolve(product.basePrice), 200));

async function exportCatalog(products, file = config.exportFile) {
  // A new export replaces the old one; never ship a mix of two exports.
  await fsp.rm(path.dirname(file), { recursive: true, force: true });
  const rows = [];
  for (const product of products) {
    rows.push({ sku: product.sku, name: product.name, price: await priceOf(product) });
    log('catalog.exported', { sku: product.sku });
  }
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, JSON.stringify({ exportedAt: new Date().toISOString(), products: rows }, null, 2));
  return file;
}

function importCatalog(file = config.exportFile) {
  const { products } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Map(products.map((p) => [p.sku, p]));
}

module.exports = { exportCatalog, importCatalog };
