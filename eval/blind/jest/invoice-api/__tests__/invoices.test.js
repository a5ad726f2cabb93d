const db = require('../src/db');
const { createInvoice } = require('../src/invoices');
const { totals } = require('../src/money');
const { line } = require('../test-support/invoices');

describe('invoice ledger', () => {
  beforeAll(async () => {
    await db.reset();
  });

  test('numbers new invoices sequentially', async () => {
    for (let customerId = 11; customerId <= 22; customerId++) {
      await createInvoice({ customerId, lines: [line('Support plan', 1, 99 + customerId)], dueDate: '2026-11-30' });
    }
    const ledger = await db.read();
    expect(ledger.invoices.map((i) => `${i.number} ${i.customer} ${i.status}`)).toEqual([
      'INV-0001 Customer 11 open', 'INV-0002 Customer 12 open', 'INV-0003 Customer 13 open', 'INV-0004 Customer 14 open',
      'INV-0005 Customer 15 open', 'INV-0006 Customer 16 open', 'INV-0007 Customer 17 open', 'INV-0008 Customer 18 open',
      'INV-0009 Customer 19 open', 'INV-0010 Customer 20 open', 'INV-0011 Customer 21 open', 'INV-0012 Customer 22 open',
    ]);
  });
});

test('computes totals with tax', () => {
  expect(totals([line('Licence', 3, 19.99), line('Setup', 1, 50)])).toEqual({ net: 109.97, tax: 21.99, gross: 131.96 });
});
