'use strict';
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
module.exports = s => s == null ? '' : String(s).replace(/[&<>"']/g, c => MAP[c]);
