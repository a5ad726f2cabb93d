// Faster timings than production so the suite does not sit waiting for caches and heartbeats.
process.env.FLAGPOLE_READ_CACHE_MS = '150';
process.env.FLAGPOLE_HEARTBEAT_MS = '200';
