const config = require('./config');

function totals(lines, taxRate = config.taxRate) {
  const net = lines.reduce((sum, l) => sum + Math.round(l.qty * l.unitPrice * 100), 0);
  const tax = Math.round(net * taxRate);
  return { net: net / 100, tax: tax / 100, gross: (net + tax) / 100 };
}

function format(amount) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: config.currency() }).format(amount);
}

module.exports = { totals, format };
