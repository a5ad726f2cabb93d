module.exports = async function globalTeardown() {
  const collector = globalThis.__FLAGPOLE_COLLECTOR__;
  if (collector) await new Promise((resolve) => collector.close(resolve));
};
