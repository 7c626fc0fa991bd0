'use strict';
// Loads the user's task module (a plain object of functions) and serves calls from the parent.
const tasks = require(process.argv[2]);
process.on('message', async ({ id, fn, args }) => {
  try {
    if (typeof tasks[fn] !== 'function') throw new Error(`unknown task ${fn}`);
    process.send({ id, result: await tasks[fn](...args) });
  } catch (e) {
    process.send({ id, error: { message: e.message, stack: e.stack } });
  }
});
