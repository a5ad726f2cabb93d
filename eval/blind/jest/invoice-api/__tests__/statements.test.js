const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { exportStatement } = require('../src/csv-export');
const { notifyPaid } = require('../src/reminders');
const { renderInvoice } = require('../src/render');
const { createServer } = require('../src/server');
const { book } = require('../test-support/invoices');
const { startWebhookStub } = require('../test-support/webhook-stub');
const { cleanExports } = require('../test-support/exports');

const november = book('03', Array(8).fill('2026-11-30')).map((inv, i) => ({ ...inv, customer: `Client ${i + 1}`, paid: i * 100 }));

describe('month end', () => {
  let webhook;
  beforeAll(async () => {
    webhook = await startWebhookStub();
  });
  afterAll(async () => {
    await webhook.close();
  });

  afterAll(() => {
    cleanExports();
  });

  test('notifies the accounting webhook about settled invoices', async () => {
    for (const invoice of november.slice(0, 6)) await notifyPaid(invoice);
    expect(webhook.received.map((e) => e.number)).toEqual(['INV-0301', 'INV-0302', 'INV-0303', 'INV-0304', 'INV-0305', 'INV-0306']);
  });

  test('exports the monthly statement as CSV', async () => {
    const file = await exportStatement(november);
    const rows = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('number,customer,due,gross,paid');
    expect(rows.slice(1)).toEqual(november.map((i) => `${i.number},${i.customer},2026-11-30,1224.6,${i.paid}`));
  });

  test('exports a draft statement into a per-worker directory', async () => {
    const dir = path.join(os.tmpdir(), `invoice-api-drafts-${process.env.JEST_WORKER_ID}`);
    const file = await exportStatement(november.slice(0, 2), { dir });
    try {
      expect(fs.readFileSync(file, 'utf8')).toBe('number,customer,due,gross,paid\nINV-0301,Client 1,2026-11-30,1224.6,0\nINV-0302,Client 2,2026-11-30,1224.6,100\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('invoice rendering', () => {
  let dir;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-render-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('renders an invoice as a text document', async () => {
    const file = await renderInvoice(november[0], dir);
    expect(fs.readFileSync(file, 'utf8')).toContain('Invoice INV-0301\nCustomer: Client 1\n');
  });
});

describe('http server', () => {
  let server;
  beforeAll(async () => {
    server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('answers the health check', async () => {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/health`);
    expect(await res.json()).toEqual({ ok: true, env: 'test' });
  });
});
