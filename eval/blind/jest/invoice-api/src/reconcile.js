// Matches bank transactions to invoices by the reference customers put on their transfers.
const db = require('./db');
const { applyPayment } = require('./invoices');

// The bank's transaction-detail API is slow; stubbed as a wait.
const fetchDetails = (tx) => new Promise((resolve) => setTimeout(() => resolve({ ...tx, settled: true }), 300));

const REFERENCE = /INV-\d{4}/;

// Money we cannot match stays in suspense until someone in accounting assigns it.
function holdInSuspense(tx) {
  return db.update((data) => {
    data.suspense = [...(data.suspense || []), tx];
  });
}

async function reconcile(transactions) {
  const result = { matched: [], unmatched: [] };
  for (const tx of transactions) {
    const details = await fetchDetails(tx);
    const ref = REFERENCE.exec(details.reference);
    if (!ref) {
      await holdInSuspense(details);
      result.unmatched.push(tx);
      continue;
    }
    result.matched.push(await applyPayment(ref[0], details.amount));
  }
  return result;
}

module.exports = { reconcile };
