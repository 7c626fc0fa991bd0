'use strict';
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
module.exports = function escape(v) {
  return v == null ? '' : String(v).replace(/[&<>"']/g, (c) => MAP[c]);
};
