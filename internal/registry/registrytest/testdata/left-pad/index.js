module.exports = function (s, n) { return String(s).padStart(n) }
