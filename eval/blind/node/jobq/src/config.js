const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');

module.exports = {
  root,
  host: '127.0.0.1',
  port: Number(process.env.JOBQ_PORT || 43180),
  // Catalog sync: the exporter writes here, the importer on the other side reads it.
  exportFile: path.join(root, 'var', 'exports', 'catalog.json'),
  // Structured log, tailed by the ops dashboard.
  logFile: process.env.JOBQ_LOG || path.join(os.tmpdir(), 'jobq-service.log'),
  webhookSecret: () => process.env.WEBHOOK_SECRET || 'dev-webhook-secret',
};
