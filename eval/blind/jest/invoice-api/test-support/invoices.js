// Sample data shared by the suites.
const { totals } = require('../src/money');

const line = (description, qty, unitPrice) => ({ description, qty, unitPrice });

function sampleInvoice(number, dueDate, overrides = {}) {
  const lines = [line('Consulting', 2, 450), line('Travel', 1, 120.5)];
  return { number, customer: 'Acme GmbH', lines, dueDate, ...totals(lines), paid: 0, status: 'open', ...overrides };
}

// An accounts-receivable book: one invoice per due date.
const book = (prefix, dueDates, overrides = {}) =>
  dueDates.map((due, i) => sampleInvoice(`INV-${prefix}${String(i + 1).padStart(2, '0')}`, due, overrides));

module.exports = { line, sampleInvoice, book };
