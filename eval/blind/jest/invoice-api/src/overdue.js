const DAY = 24 * 60 * 60 * 1000;

function daysOverdue(invoice, today) {
  const due = new Date(invoice.dueDate).getTime();
  return Math.max(0, Math.floor((today.getTime() - due) / DAY));
}

function overdue(invoices, today, minDays = 1) {
  return invoices.filter((i) => i.status !== 'paid' && daysOverdue(i, today) >= minDays);
}

module.exports = { daysOverdue, overdue };
