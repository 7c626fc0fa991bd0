var __webpack_modules__ = { 1: function (m) { m.exports = 'x'; } };
var names = ['a', 'b', 'c'];
function get(i) { return names[i]; }
module.exports = names[0] + names[1] + get(2);
