'use strict';
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
module.exports = { escape: (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => MAP[c]) };
