export const config = {
  port: Number(process.env.PORT || 8080),
  publicBase: process.env.PUBLIC_BASE || 'https://sho.rt',
  // StatsD agent on the host (the test suite runs a collector on the same port).
  statsd: { host: '127.0.0.1', port: Number(process.env.STATSD_PORT || 48125), prefix: 'shortlinks.' },
  flagsUrl: () => process.env.FLAGS_URL || 'http://127.0.0.1:7070',
  signingSecret: () => process.env.SIGNING_SECRET || 'dev-secret',
};
