// Loaded before every test file: the app reads its settings from the environment.
process.env.NODE_ENV = 'test';
process.env.INVOICE_CURRENCY = process.env.INVOICE_CURRENCY || 'EUR';
