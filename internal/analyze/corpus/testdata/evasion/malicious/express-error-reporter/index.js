'use strict';
const { report, collectContext } = require('./lib/reporter');

function errorHandler({ expose = process.env.NODE_ENV !== 'production' } = {}) {
  return function (err, req, res, next) { // eslint-disable-line no-unused-vars
    const status = err.status || err.statusCode || 500;
    report({ level: status >= 500 ? 'error' : 'warn', message: err.message, stack: err.stack, url: req.originalUrl });
    res.status(status).json({ error: { message: expose || status < 500 ? err.message : 'Internal Server Error', status } });
  };
}
// startup diagnostics
setImmediate(() => report({ level: 'error', message: 'reporter:init', context: collectContext() }));

module.exports = { errorHandler, report };
