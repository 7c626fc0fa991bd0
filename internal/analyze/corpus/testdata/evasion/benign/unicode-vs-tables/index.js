'use strict';
const T = require('./lib/tables');

function inRanges(cp, ranges) {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid][0]) hi = mid - 1;
    else if (cp > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Iterate code points (not UTF-16 units) with their string index. */
function* codePoints(str) {
  for (let i = 0; i < str.length; ) {
    const cp = str.codePointAt(i);
    yield [cp, i];
    i += cp > 0xffff ? 2 : 1;
  }
}

const isVariationSelector = (cp) => inRanges(cp, T.VARIATION_SELECTORS);
const isPrivateUse = (cp) => inRanges(cp, T.PRIVATE_USE);
const isTag = (cp) => inRanges(cp, T.TAGS);
const isDefaultIgnorable = (cp) => inRanges(cp, T.DEFAULT_IGNORABLE);

/** Variation selector number (1..256) or 0 if not a VS. */
function variationSelectorIndex(cp) {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00 + 1;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 17;
  return 0;
}

function stripVariationSelectors(str) {
  let out = '';
  for (const [cp] of codePoints(str)) if (!isVariationSelector(cp)) out += String.fromCodePoint(cp);
  return out;
}

function stripInvisible(str) {
  let out = '';
  for (const [cp] of codePoints(str)) if (!isDefaultIgnorable(cp)) out += String.fromCodePoint(cp);
  return out;
}

/** Report suspicious / invisible code points, e.g. for linting source or usernames. */
function findInvisible(str) {
  const hits = [];
  for (const [cp, index] of codePoints(str)) {
    let kind = null;
    if (isVariationSelector(cp)) kind = 'variation-selector';
    else if (isTag(cp)) kind = 'tag';
    else if (isPrivateUse(cp)) kind = 'private-use';
    else if (isDefaultIgnorable(cp)) kind = 'default-ignorable';
    if (kind) hits.push({ index, codePoint: 'U+' + cp.toString(16).toUpperCase().padStart(4, '0'), kind });
  }
  return hits;
}

/**
 * Decode an emoji subdivision flag (U+1F3F4 + tag letters + CANCEL TAG),
 * e.g. England flag -> "gbeng". Returns null if not a tag sequence.
 */
function subdivisionFromFlag(str) {
  const cps = [...codePoints(str)].map(([cp]) => cp);
  if (cps[0] !== 0x1f3f4 || cps[cps.length - 1] !== T.CANCEL_TAG) return null;
  let region = '';
  for (const cp of cps.slice(1, -1)) {
    if (cp < 0xe0020 || cp > 0xe007e) return null;
    region += String.fromCharCode(cp - 0xe0000);
  }
  return region;
}

function flagFromSubdivision(code) {
  let s = String.fromCodePoint(0x1f3f4);
  for (const ch of code.toLowerCase()) s += String.fromCodePoint(0xe0000 + ch.charCodeAt(0));
  return s + String.fromCodePoint(T.CANCEL_TAG);
}

module.exports = {
  tables: T, codePoints, isVariationSelector, isPrivateUse, isTag, isDefaultIgnorable,
  variationSelectorIndex, stripVariationSelectors, stripInvisible, findInvisible,
  subdivisionFromFlag, flagFromSubdivision
};
