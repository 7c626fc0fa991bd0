'use strict';
const { spawn } = require('child_process');

function run(cmd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${cmd} exited with ${code}: ${Buffer.concat(err).toString()}`));
      resolve(Buffer.concat(out).toString('utf8'));
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

module.exports = { run };
