// Minimal StatsD client: fire-and-forget UDP datagrams.
import dgram from 'node:dgram';
import { config } from './config.js';

const socket = dgram.createSocket('udp4');
socket.unref();

function send(line) {
  return new Promise((resolve) => socket.send(`${config.statsd.prefix}${line}`, config.statsd.port, config.statsd.host, () => resolve()));
}

export const increment = (name, by = 1) => send(`${name}:${by}|c`);
export const timing = (name, ms) => send(`${name}:${Math.round(ms)}|ms`);
