'use strict';
// Generated from UCD 15.1 (PropList.txt, Blocks.txt). Ranges are inclusive [start, end].

const VARIATION_SELECTORS = [
  [0x180b, 0x180d], // MONGOLIAN FREE VARIATION SELECTOR ONE..THREE
  [0x180f, 0x180f], // MONGOLIAN FREE VARIATION SELECTOR FOUR
  [0xfe00, 0xfe0f], // VARIATION SELECTOR-1..16
  [0xe0100, 0xe01ef] // VARIATION SELECTOR-17..256
];

const PRIVATE_USE = [
  [0xe000, 0xf8ff], // Private Use Area
  [0xf0000, 0xffffd], // Supplementary Private Use Area-A
  [0x100000, 0x10fffd] // Supplementary Private Use Area-B
];

const TAGS = [[0xe0000, 0xe007f]]; // Tags block (used by emoji subdivision flags)

const DEFAULT_IGNORABLE = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160],
  [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e],
  [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff]
];

const EMOJI_PRESENTATION_SELECTOR = 0xfe0f;
const TEXT_PRESENTATION_SELECTOR = 0xfe0e;
const CANCEL_TAG = 0xe007f;

module.exports = {
  VARIATION_SELECTORS, PRIVATE_USE, TAGS, DEFAULT_IGNORABLE,
  EMOJI_PRESENTATION_SELECTOR, TEXT_PRESENTATION_SELECTOR, CANCEL_TAG
};
