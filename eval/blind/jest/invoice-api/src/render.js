const fs = require('node:fs/promises');
const path = require('node:path');
const { format } = require('./money');

async function renderInvoice(invoice, dir) {
  const lines = [
    `Invoice ${invoice.number}`,
    `Customer: ${invoice.customer}`,
    ...invoice.lines.map((l) => `  ${l.qty} x ${l.description} @ ${format(l.unitPrice)}`),
    `Total: ${format(invoice.gross)}`,
  ];
  const file = path.join(dir, `${invoice.number}.txt`);
  await fs.writeFile(file, lines.join('\n') + '\n');
  return file;
}

module.exports = { renderInvoice };
