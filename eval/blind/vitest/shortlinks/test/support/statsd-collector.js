// Collects what the app sends to StatsD, on the agent's configured port.
import dgram from 'node:dgram';
import { config } from '../../src/config.js';

export function startStatsdCollector() {
  // reuseAddr: a collector from an aborted run must not make the next run fail with EADDRINUSE.
  const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  const counters = {};
  const timings = {};
  socket.on('message', (msg) => {
    for (const line of msg.toString().split('\n')) {
      const m = /^(?:shortlinks\.)?([^:]+):([\d.]+)\|(c|ms)$/.exec(line);
      if (!m) continue;
      const [, name, value, type] = m;
      if (type === 'c') counters[name] = (counters[name] || 0) + Number(value);
      else (timings[name] ||= []).push(Number(value));
    }
  });
  return new Promise((resolve) => {
    socket.bind(config.statsd.port, config.statsd.host, () =>
      resolve({
        counters,
        timings,
        clear() {
          for (const k of Object.keys(counters)) delete counters[k];
          for (const k of Object.keys(timings)) delete timings[k];
        },
        close: () => new Promise((r) => socket.close(r)),
      }),
    );
  });
}

// Datagrams are asynchronous: give the last ones a moment to arrive.
export const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
