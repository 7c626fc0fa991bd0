'use strict';
const { HttpError, createError } = require('./lib/errors');
const { loadErrorConfig } = require('./lib/config');

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

function notFound(req, res, next) {
  next(createError(404, `Cannot ${req.method} ${req.path}`));
}

function errorHandler(options) {
  const opts = Object.assign({ expose: process.env.NODE_ENV !== 'production', log: console.error }, options);
  return function (err, req, res, next) {
    if (res.headersSent) return next(err);
    const status = err.status || err.statusCode || 500;
    if (status >= 500) opts.log(err);
    res.status(status).type('application/problem+json').json({
      type: 'about:blank',
      title: err.expose || opts.expose ? err.message : 'Internal Server Error',
      status,
      detail: opts.expose ? err.stack : undefined
    });
  };
}

loadErrorConfig();

module.exports = { HttpError, createError, asyncHandler, notFound, errorHandler };
