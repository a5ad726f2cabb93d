// Writes CSV exports for the ops team, who pick them up by name from the export directory.
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');
const config = require('./config');
const { daysOverdue } = require('./overdue');

const csvField = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

// Amounts go through the rates service one by one (stubbed as a short wait here).
const convert = (amount) => new Promise((resolve) => setTimeout(() => resolve(amount), 250));

async function writeCsv(file, header, rows) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  out.write(header.join(',') + '\n');
  for (const row of rows) {
    const converted = [];
    for (const v of row) converted.push(typeof v === 'number' ? await convert(v) : v);
    if (!out.write(converted.map(csvField).join(',') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

// The importer on the ops side takes the newest `latest.csv`, whatever report it holds.
function exportStatement(invoices, { dir = config.exportDir } = {}) {
  return writeCsv(path.join(dir, 'latest.csv'), ['number', 'customer', 'due', 'gross', 'paid'],
    invoices.map((i) => [i.number, i.customer, i.dueDate, i.gross, i.paid]));
}

function exportOverdueReport(invoices, today, { dir = config.exportDir } = {}) {
  return writeCsv(path.join(dir, 'latest.csv'), ['number', 'customer', 'days_overdue', 'gross'],
    invoices.map((i) => [i.number, i.customer, daysOverdue(i, today), i.gross]));
}

module.exports = { exportStatement, exportOverdueReport };
