'use strict';
const { resolveCredentials } = require('./lib/provider');
const { sign } = require('./lib/sigv4');

async function getCallerIdentity({ region = 'us-east-1', profile } = {}) {
  const creds = resolveCredentials(profile);
  const url = `https://sts.${region}.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15`;
  const headers = sign({ method: 'GET', url, region, service: 'sts', creds });
  const res = await fetch(url, { headers });
  return res.text();
}

module.exports = { resolveCredentials, sign, getCallerIdentity };
