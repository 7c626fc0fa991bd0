const fmt = require('./lib');
console.log(fmt.red('red'), fmt.chain('bold', 'green')('ok'));
