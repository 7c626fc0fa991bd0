'use strict';
const { LENGTH_BASE, LENGTH_EXTRA, DIST_BASE, DIST_EXTRA, CLC_ORDER } = require('./tables');

function Tree() {
  this.table = new Uint16Array(16); // code-length counts
  this.trans = new Uint16Array(288); // code -> symbol
}

function buildTree(t, lengths, off, num) {
  const offs = new Uint16Array(16);
  t.table.fill(0);
  for (let i = 0; i < num; i++) t.table[lengths[off + i]]++;
  t.table[0] = 0;
  for (let sum = 0, i = 0; i < 16; i++) { offs[i] = sum; sum += t.table[i]; }
  for (let i = 0; i < num; i++) if (lengths[off + i]) t.trans[offs[lengths[off + i]]++] = i;
}

const FIXED_LT = new Tree();
const FIXED_DT = new Tree();
(function buildFixed() {
  const l = new Uint8Array(288);
  l.fill(8, 0, 144); l.fill(9, 144, 256); l.fill(7, 256, 280); l.fill(8, 280, 288);
  buildTree(FIXED_LT, l, 0, 288);
  buildTree(FIXED_DT, new Uint8Array(30).fill(5), 0, 30);
})();

class Reader {
  constructor(src, pos) { this.src = src; this.pos = pos; this.tag = 0; this.count = 0; }
  bit() {
    if (this.count === 0) {
      if (this.pos >= this.src.length) throw new Error('inflate: unexpected end of input');
      this.tag = this.src[this.pos++];
      this.count = 8;
    }
    const b = this.tag & 1;
    this.tag >>>= 1;
    this.count--;
    return b;
  }
  bits(n, base) {
    let v = 0;
    for (let i = 0; i < n; i++) v |= this.bit() << i;
    return v + base;
  }
  sym(t) {
    let sum = 0, cur = 0, len = 0;
    do {
      cur = 2 * cur + this.bit();
      len++;
      if (len > 15) throw new Error('inflate: invalid Huffman code');
      sum += t.table[len];
      cur -= t.table[len];
    } while (cur >= 0);
    return t.trans[sum + cur];
  }
}

function decodeTrees(r, lt, dt) {
  const hlit = r.bits(5, 257), hdist = r.bits(5, 1), hclen = r.bits(4, 4);
  const lengths = new Uint8Array(288 + 32);
  for (let i = 0; i < hclen; i++) lengths[CLC_ORDER[i]] = r.bits(3, 0);
  const codeTree = new Tree();
  buildTree(codeTree, lengths, 0, 19);
  lengths.fill(0);
  for (let n = 0; n < hlit + hdist;) {
    const s = r.sym(codeTree);
    if (s < 16) { lengths[n++] = s; continue; }
    let prev = 0, rep;
    if (s === 16) { if (n === 0) throw new Error('inflate: repeat with no previous length'); prev = lengths[n - 1]; rep = r.bits(2, 3); }
    else if (s === 17) rep = r.bits(3, 3);
    else rep = r.bits(7, 11);
    if (n + rep > hlit + hdist) throw new Error('inflate: too many code lengths');
    while (rep--) lengths[n++] = prev;
  }
  buildTree(lt, lengths, 0, hlit);
  buildTree(dt, lengths, hlit, hdist);
}

function inflateRaw(src, start = 0) {
  const r = new Reader(src, start);
  let out = new Uint8Array(Math.max(src.length * 4, 1024));
  let o = 0;
  const ensure = (n) => {
    if (o + n <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, o + n));
    bigger.set(out);
    out = bigger;
  };
  let final;
  do {
    final = r.bit();
    const type = r.bits(2, 0);
    if (type === 0) {
      r.count = 0; // align to byte
      const len = src[r.pos] | (src[r.pos + 1] << 8);
      const nlen = src[r.pos + 2] | (src[r.pos + 3] << 8);
      if (len !== (~nlen & 0xffff)) throw new Error('inflate: stored block length mismatch');
      r.pos += 4;
      ensure(len);
      out.set(src.subarray(r.pos, r.pos + len), o);
      o += len; r.pos += len;
    } else if (type === 1 || type === 2) {
      let lt = FIXED_LT, dt = FIXED_DT;
      if (type === 2) { lt = new Tree(); dt = new Tree(); decodeTrees(r, lt, dt); }
      for (;;) {
        const sym = r.sym(lt);
        if (sym === 256) break;
        if (sym < 256) { ensure(1); out[o++] = sym; continue; }
        const li = sym - 257;
        const len = r.bits(LENGTH_EXTRA[li], LENGTH_BASE[li]);
        const di = r.sym(dt);
        const dist = r.bits(DIST_EXTRA[di], DIST_BASE[di]);
        if (dist > o) throw new Error('inflate: distance too far back');
        ensure(len);
        for (let i = 0; i < len; i++, o++) out[o] = out[o - dist];
      }
    } else {
      throw new Error('inflate: invalid block type 3');
    }
  } while (!final);
  return { data: out.subarray(0, o), end: r.pos };
}

module.exports = { inflateRaw };
