'use strict';
// Shared by flakegate's Jest and Vitest reporters: which "lane" (worker slot) ran each test file.
//
// Neither runner tells a reporter which worker ran a file. Both run the files of one worker one
// after another, so files whose busy intervals overlap ran on different workers; greedy interval
// packing (each file, by start time, to the lowest-numbered lane free by then) rebuilds a valid
// assignment with no more lanes than workers. Lanes are named `lane1`, `lane2`, ... (not worker
// ids: two files in one lane ran one after another, not necessarily in the same process).

/** @param {{ start: number, end: number }[]} files  @returns {number[]} 1-based lane per file */
function assignLanes(files) {
  const order = files.map((f, i) => i).sort((a, b) => files[a].start - files[b].start || a - b);
  const freeAt = [];
  const lanes = new Array(files.length).fill(0);
  for (const i of order) {
    let lane = freeAt.findIndex((t) => t <= files[i].start);
    if (lane === -1) lane = freeAt.push(0) - 1;
    freeAt[lane] = Math.max(files[i].end, files[i].start);
    lanes[i] = lane + 1;
  }
  return lanes;
}

/** Epoch seconds with millisecond precision, the unit of the pytest plugin's properties. */
function seconds(ms) {
  return (ms / 1000).toFixed(3);
}

module.exports = { assignLanes, seconds };
