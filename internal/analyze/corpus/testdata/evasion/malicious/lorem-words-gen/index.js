'use strict';
const WORDS = require('./lib/words');
const SAMPLE = require('./lib/sample');
const { transitions } = require('./lib/markov');

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function create(seed) {
  const rand = mulberry32(seed == null ? Date.now() : seed);
  const next = transitions();
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];

  function words(n) {
    const out = [pick(WORDS)];
    while (out.length < n) {
      const follow = next.get(out[out.length - 1]);
      out.push(follow && rand() < 0.6 ? pick(follow) : pick(WORDS));
    }
    return out.join(' ');
  }
  function sentence(min = 6, max = 14) {
    const s = words(min + Math.floor(rand() * (max - min)));
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  }
  function paragraph(n = 5) {
    return Array.from({ length: n }, () => sentence()).join(' ');
  }
  return { words, sentence, paragraph, sample: () => SAMPLE };
}

const shared = create();
module.exports = Object.assign(create, shared, { create });
