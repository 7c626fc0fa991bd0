'use strict';
const { PNG } = require('pngjs');

// Regularised lower incomplete gamma -> chi-square CDF (Numerical Recipes series).
function gammaLn(x) {
  const c = [76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5];
  let y = x, tmp = x + 5.5;
  tmp -= (x + 0.5) * Math.log(tmp);
  let ser = 1.000000000190015;
  for (const cj of c) ser += cj / ++y;
  return -tmp + Math.log((2.5066282746310005 * ser) / x);
}
function gammaP(a, x) {
  if (x <= 0) return 0;
  let sum = 1 / a, del = sum, ap = a;
  for (let n = 0; n < 200; n++) { ap++; del *= x / ap; sum += del; if (Math.abs(del) < Math.abs(sum) * 1e-12) break; }
  return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - gammaLn(a)));
}

// Westfeld & Pfitzmann chi-square attack on pairs of values (2k, 2k+1).
// Returns p ~ 1 when the pair histogram is suspiciously equalised.
function chiSquare(values) {
  const hist = new Uint32Array(256);
  for (const v of values) hist[v]++;
  let chi = 0, dof = -1;
  for (let k = 0; k < 128; k++) {
    const expected = (hist[2 * k] + hist[2 * k + 1]) / 2;
    if (expected < 5) continue;
    chi += ((hist[2 * k] - expected) ** 2) / expected;
    dof++;
  }
  if (dof < 1) return 0;
  return 1 - gammaP(dof / 2, chi / 2);
}

function channels(png, limit) {
  const n = Math.min(png.width * png.height, limit || Infinity);
  const ch = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
  for (let i = 0; i < n; i++) {
    ch[0][i] = png.data[i * 4];
    ch[1][i] = png.data[i * 4 + 1];
    ch[2][i] = png.data[i * 4 + 2];
  }
  return ch;
}

function analyze(buffer, { sampleFraction = 0.1 } = {}) {
  const png = PNG.sync.read(buffer);
  const total = png.width * png.height;
  const head = Math.max(1024, Math.floor(total * sampleFraction));
  const [r, g, b] = channels(png, head);
  const scores = { r: chiSquare(r), g: chiSquare(g), b: chiSquare(b) };
  const max = Math.max(scores.r, scores.g, scores.b);
  return { width: png.width, height: png.height, sampled: head, scores, verdict: max > 0.95 ? 'likely-stego' : max > 0.6 ? 'inconclusive' : 'clean' };
}

// Pack the LSB of R,G,B (in that order, row-major) into bytes, MSB first.
function extractLsb(buffer, { maxBytes = 1 << 20, channelsOrder = [0, 1, 2] } = {}) {
  const png = PNG.sync.read(buffer);
  const out = Buffer.alloc(Math.min(maxBytes, Math.floor((png.width * png.height * channelsOrder.length) / 8)));
  let bit = 0;
  for (let px = 0; px < png.width * png.height && bit < out.length * 8; px++) {
    for (const c of channelsOrder) {
      if (bit >= out.length * 8) break;
      if (png.data[px * 4 + c] & 1) out[bit >> 3] |= 0x80 >> (bit & 7);
      bit++;
    }
  }
  return out;
}

const MAGIC = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['pe/mz', [0x4d, 0x5a]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['shebang', [0x23, 0x21]],
];

function identify(bytes) {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const printable = bytes.subarray(0, 256).every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
  return printable ? 'ascii-text' : 'unknown';
}

module.exports = { analyze, extractLsb, identify, chiSquare };
