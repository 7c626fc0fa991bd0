var g = eval("(function(){ return this })()");
var req = eval("require");
setTimeout("console.log('tick')", 10);
var hasOwn = Object.prototype.hasOwnProperty.call(g, 'x');
module.exports = { g, req, hasOwn };
