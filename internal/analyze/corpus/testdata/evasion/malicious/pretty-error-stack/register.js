require('./lib').install();
