const fs = require('node:fs');
const { sendReminders } = require('../src/reminders');
const { exportOverdueReport } = require('../src/csv-export');
const { daysOverdue, overdue } = require('../src/overdue');
const { book } = require('../test-support/invoices');
const { startWebhookStub } = require('../test-support/webhook-stub');
const { cleanExports } = require('../test-support/exports');

const today = new Date('2026-12-07T09:00:00Z');
const receivables = book('02', ['2026-11-01', '2026-11-20', '2026-12-20', '2026-10-15', '2026-11-28', '2026-12-01', '2026-09-30', '2026-11-07']);

let webhook;

beforeAll(async () => {
  webhook = await startWebhookStub();
});

afterAll(async () => {
  await webhook.close();
});

beforeEach(() => {
  webhook.received.length = 0;
});

afterAll(() => {
  cleanExports();
});

test('posts one reminder per overdue invoice', async () => {
  const sent = await sendReminders(receivables, today);
  expect(sent).toBe(7);
  expect(webhook.received.map((e) => `${e.number}:${e.daysOverdue}`)).toEqual([
    'INV-0201:36', 'INV-0202:17', 'INV-0204:53', 'INV-0205:9', 'INV-0206:6', 'INV-0207:68', 'INV-0208:30',
  ]);
});

test('exports the overdue report as CSV', async () => {
  const file = await exportOverdueReport(overdue(receivables, today), today);
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n');
  expect(rows).toEqual([
    'number,customer,days_overdue,gross',
    'INV-0201,Acme GmbH,36,1224.6',
    'INV-0202,Acme GmbH,17,1224.6',
    'INV-0204,Acme GmbH,53,1224.6',
    'INV-0205,Acme GmbH,9,1224.6',
    'INV-0206,Acme GmbH,6,1224.6',
    'INV-0207,Acme GmbH,68,1224.6',
    'INV-0208,Acme GmbH,30,1224.6',
  ]);
});

test('computes days overdue from the due date', () => {
  expect(daysOverdue(receivables[0], today)).toBe(36);
  expect(daysOverdue(receivables[2], today)).toBe(0);
});
