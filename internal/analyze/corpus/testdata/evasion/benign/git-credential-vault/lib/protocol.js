'use strict';
// git credential helper protocol: key=value lines on stdin, blank line ends input.
// See `git help credential`.
function readRequest(stream = process.stdin) {
  return new Promise((resolve) => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => (buf += d));
    stream.on('end', () => {
      const req = {};
      for (const line of buf.split('\n')) {
        if (!line.trim()) break;
        const i = line.indexOf('=');
        if (i > 0) req[line.slice(0, i)] = line.slice(i + 1);
      }
      resolve(req);
    });
  });
}

function writeResponse(obj, stream = process.stdout) {
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) stream.write(`${k}=${v}\n`);
}

module.exports = { readRequest, writeResponse };
