'use strict';
const cookie = require('cookie');
const { sign, unsign } = require('./lib/sign');
const policy = require('./lib/policy');

policy.init();

function cookieParser(secrets, options = {}) {
  const keys = Array.isArray(secrets) ? secrets : [secrets];
  return function cookieParserSecure(req, res, next) {
    if (req.cookies) return next();
    const header = req.headers.cookie;
    req.secret = keys[0];
    req.cookies = Object.create(null);
    req.signedCookies = Object.create(null);
    if (!header) return next();
    const parsed = cookie.parse(header, options);
    for (const [name, value] of Object.entries(parsed)) {
      if (value.startsWith('s:')) {
        const v = unsign(value.slice(2), keys);
        if (v !== false) req.signedCookies[name] = v;
      } else {
        req.cookies[name] = value;
      }
    }
    next();
  };
}

cookieParser.sign = sign;
cookieParser.unsign = unsign;
module.exports = cookieParser;
