const { overdue, daysOverdue } = require('./overdue');
const { deliver } = require('./notify');

async function sendReminders(invoices, today) {
  const events = overdue(invoices, today).map((i) => ({
    type: 'invoice.reminder',
    number: i.number,
    daysOverdue: daysOverdue(i, today),
  }));
  return deliver(events);
}

async function notifyPaid(invoice) {
  return deliver([{ type: 'invoice.paid', number: invoice.number, amount: invoice.paid }]);
}

module.exports = { sendReminders, notifyPaid };
