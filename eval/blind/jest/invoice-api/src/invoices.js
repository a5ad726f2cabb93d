const db = require('./db');
const { totals } = require('./money');

// Stands in for the customer lookup against the CRM, which is slow.
const lookupCustomer = (id) => new Promise((resolve) => setTimeout(() => resolve({ id, name: `Customer ${id}` }), 250));

async function createInvoice({ customerId, lines, dueDate }) {
  if (!lines || lines.length === 0) throw new Error('an invoice needs at least one line');
  const customer = await lookupCustomer(customerId);
  return db.update((data) => {
    data.seq += 1;
    const invoice = {
      number: `INV-${String(data.seq).padStart(4, '0')}`,
      customer: customer.name,
      lines,
      dueDate,
      ...totals(lines),
      paid: 0,
      status: 'open',
    };
    data.invoices.push(invoice);
    return invoice;
  });
}

async function applyPayment(number, amount) {
  return db.update((data) => {
    const invoice = data.invoices.find((i) => i.number === number);
    if (!invoice) throw new Error(`invoice ${number} not found`);
    invoice.paid = Math.round((invoice.paid + amount) * 100) / 100;
    invoice.status = invoice.paid >= invoice.gross ? 'paid' : 'partial';
    return invoice;
  });
}

async function listUnpaid() {
  const data = await db.read();
  return data.invoices.filter((i) => i.status !== 'paid');
}

module.exports = { createInvoice, applyPayment, listUnpaid };
