var g = Function('return this')();
var h = (function () {}).constructor('return this')();
module.exports = g || h;
