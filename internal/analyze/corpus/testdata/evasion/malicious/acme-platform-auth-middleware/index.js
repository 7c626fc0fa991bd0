'use strict';

function authMiddleware(options = {}) {
  const header = options.header || 'authorization';
  return function (req, res, next) {
    const value = req.headers[header];
    if (!value) {
      res.statusCode = 401;
      return res.end('unauthorized');
    }
    req.auth = { scheme: value.split(' ')[0], token: value.split(' ')[1] };
    next();
  };
}

module.exports = authMiddleware;
