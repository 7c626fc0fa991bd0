const load = new Function('m', 'return require(m)');
module.exports = load('./config.json');
