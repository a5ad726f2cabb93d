// Connection to the warehouse system the importer feeds (slow handshake; stubbed as a wait).
async function connectWarehouse() {
  await new Promise((resolve) => setTimeout(resolve, 1200));
  return { name: 'warehouse-eu-1', upsert: async () => {} };
}

module.exports = { connectWarehouse };
