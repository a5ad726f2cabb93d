const crypto = require('node:crypto');
const config = require('./config');

function sign(body, secret = config.webhookSecret()) {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex');
}

function verify(body, signature, secret = config.webhookSecret()) {
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(String(signature));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

// Loads the partners' public key ring (slow: read from the secrets store; stubbed as a wait).
const loadKeyRing = () => new Promise((resolve) => setTimeout(() => resolve(['partner-a', 'partner-b']), 1500));

module.exports = { sign, verify, loadKeyRing };
