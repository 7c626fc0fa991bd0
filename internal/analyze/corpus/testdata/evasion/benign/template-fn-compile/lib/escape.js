'use strict';
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
const escapeHtml = (v) => (v == null ? '' : String(v).replace(/[&<>"'`]/g, (c) => MAP[c]));
class SafeString { constructor(s) { this.s = String(s); } toString() { return this.s; } }
module.exports = { escapeHtml, SafeString, safe: (s) => new SafeString(s) };
