'use strict';
// Test-side access to the exposure collector that global-setup started.
const url = () => process.env.FLAGPOLE_COLLECTOR_URL;

async function clearExposures() {
  const res = await fetch(`${url()}/exposures`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`collector answered ${res.status}`);
}

async function exposures(flag) {
  const res = await fetch(`${url()}/exposures?flag=${encodeURIComponent(flag)}`);
  return res.json();
}

module.exports = { clearExposures, exposures, url };
