const db = require('../src/db');
const { createInvoice } = require('../src/invoices');
const { reconcile } = require('../src/reconcile');
const { format } = require('../src/money');
const { line } = require('../test-support/invoices');

describe('bank reconciliation', () => {
  // The month's ledger: three open invoices, then the bank feed is applied in two batches.
  beforeAll(async () => {
    await db.reset();
    for (const [customerId, amount] of [[31, 1000], [32, 250], [33, 80]]) {
      await createInvoice({ customerId, lines: [line('Retainer', 1, amount)], dueDate: '2026-12-15' });
    }
  });

  test('applies matched transfers to the open balances', async () => {
    const { matched, unmatched } = await reconcile([
      { reference: 'Payment INV-0001 part 1', amount: 400 },
      { reference: 'INV-0002', amount: 300 },
      { reference: 'thanks!', amount: 12 },
      { reference: 'Payment INV-0001 part 2', amount: 400 },
      { reference: 'inv INV-0003', amount: 50 },
      { reference: 'Payment INV-0001 part 3', amount: 400 },
      { reference: 'INV-0003 rest', amount: 46 },
      { reference: 'Payment INV-0001 fee', amount: 0.5 },
    ]);
    expect(unmatched).toHaveLength(1);
    const byNumber = Object.fromEntries(matched.map((i) => [i.number, `${i.paid}/${i.status}`]));
    expect(byNumber).toEqual({ 'INV-0001': '1200.5/paid', 'INV-0002': '300/paid', 'INV-0003': '96/paid' });
  });

  test('keeps unmatched transfers in suspense', async () => {
    await reconcile([
      { reference: 'december', amount: 20 },
      { reference: 'INV-0002 again', amount: 100 },
      { reference: 'see email', amount: 35 },
      { reference: 'ACME', amount: 1000 },
    ]);
    const data = await db.read();
    expect(data.suspense.slice(-3).map((tx) => tx.reference)).toEqual(['december', 'see email', 'ACME']);
    expect(data.invoices.map((i) => `${i.number} ${i.customer}`)).toEqual(['INV-0001 Customer 31', 'INV-0002 Customer 32', 'INV-0003 Customer 33']);
  });
});

describe('currency formatting', () => {
  const saved = process.env.INVOICE_CURRENCY;
  afterEach(() => {
    process.env.INVOICE_CURRENCY = saved;
  });

  test('formats amounts in the configured currency', () => {
    process.env.INVOICE_CURRENCY = 'CHF';
    expect(format(1234.5).replace(/\s/g, ' ')).toBe('CHF 1,234.50');
  });
});
