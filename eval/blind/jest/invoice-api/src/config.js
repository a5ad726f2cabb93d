const os = require('node:os');
const path = require('node:path');

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: Number(process.env.PORT || 3000),
  // The JSON "database". Tests get their own file so they never touch development data.
  dbFile: env === 'test'
    ? path.join(__dirname, '..', 'data', 'invoices.test.json')
    : path.join(__dirname, '..', 'data', 'invoices.json'),
  // Exports are written next to each other so the ops team can pick them up by name.
  exportDir: path.join(os.tmpdir(), 'invoice-api-exports'),
  // Where payment events and reminders are delivered (the accounting system's inbound hook).
  webhookUrl: process.env.WEBHOOK_URL || 'http://127.0.0.1:38417/hooks/invoices',
  currency: () => process.env.INVOICE_CURRENCY || 'EUR',
  taxRate: 0.2,
};
