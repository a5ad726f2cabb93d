const { log } = require('./log');

class Queue {
  constructor() {
    this.jobs = [];
    this.nextId = 1;
  }

  enqueue(type, payload) {
    if (typeof type !== 'string' || !type) throw new Error('job type is required');
    const job = { id: this.nextId++, type, payload, state: 'queued' };
    this.jobs.push(job);
    log('job.accepted', { id: job.id, type });
    return job;
  }

  list(state) {
    return state ? this.jobs.filter((j) => j.state === state) : [...this.jobs];
  }
}

module.exports = { Queue };
