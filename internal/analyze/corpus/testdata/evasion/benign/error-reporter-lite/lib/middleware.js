'use strict';
const { scrubHeaders } = require('./scrub');

// Express/Connect error middleware: attaches sanitized request context.
function errorHandler(reporter) {
  return (err, req, res, next) => {
    reporter.capture(err, {
      request: {
        method: req.method,
        url: req.originalUrl || req.url,
        headers: scrubHeaders(req.headers),
      },
    });
    next(err);
  };
}

module.exports = { errorHandler };
