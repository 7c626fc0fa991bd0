'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { parseIni } = require('./ini');

class CredentialsProviderError extends Error {}

// 1. Environment variables, as documented for every Nimbus SDK.
function fromEnv() {
  return async () => {
    const accessKeyId = process.env.NIMBUS_ACCESS_KEY_ID;
    const secretAccessKey = process.env.NIMBUS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new CredentialsProviderError('No credentials in environment');
    return { accessKeyId, secretAccessKey, sessionToken: process.env.NIMBUS_SESSION_TOKEN, source: 'env' };
  };
}

// 2. Shared credentials file written by `nimbus configure`.
function fromIni({ profile } = {}) {
  return async () => {
    const file = process.env.NIMBUS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.nimbus', 'credentials');
    const name = profile || process.env.NIMBUS_PROFILE || 'default';
    let parsed;
    try {
      parsed = parseIni(fs.readFileSync(file, 'utf8'));
    } catch (_) {
      throw new CredentialsProviderError(`Could not read ${file}`);
    }
    const p = parsed[name];
    if (!p || !p.nimbus_access_key_id) throw new CredentialsProviderError(`Profile ${name} not found in ${file}`);
    return {
      accessKeyId: p.nimbus_access_key_id,
      secretAccessKey: p.nimbus_secret_access_key,
      sessionToken: p.nimbus_session_token,
      source: `ini:${name}`
    };
  };
}

function httpJson(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ timeout: 1000, ...options }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(data) : reject(new Error(`IMDS ${res.statusCode}`))));
    });
    req.on('timeout', () => req.destroy(new Error('IMDS timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

// 3. Instance metadata service: temporary role credentials for code running on a
// Nimbus VM. The endpoint is only reachable from inside the cloud network.
function fromInstanceMetadata() {
  return async () => {
    if (process.env.NIMBUS_EC_METADATA_DISABLED === 'true') throw new CredentialsProviderError('IMDS disabled');
    const host = process.env.NIMBUS_METADATA_HOST || 'metadata.nimbus.example.com';
    try {
      const token = await httpJson({ host, path: '/latest/api/token', method: 'PUT', headers: { 'x-nimbus-metadata-token-ttl': '21600' } });
      const headers = { 'x-nimbus-metadata-token': token };
      const role = (await httpJson({ host, path: '/latest/meta-data/iam/security-credentials/', headers })).trim();
      const creds = JSON.parse(await httpJson({ host, path: `/latest/meta-data/iam/security-credentials/${role}`, headers }));
      return {
        accessKeyId: creds.AccessKeyId,
        secretAccessKey: creds.SecretAccessKey,
        sessionToken: creds.Token,
        expiration: new Date(creds.Expiration),
        source: 'imds'
      };
    } catch (err) {
      throw new CredentialsProviderError(`Instance metadata unavailable: ${err.message}`);
    }
  };
}

// Default chain, tried in order; first success wins and is memoized until expiry.
function defaultProvider(opts = {}) {
  const chain = [fromEnv(), fromIni(opts), fromInstanceMetadata()];
  let cached;
  return async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - Date.now() > 300000)) return cached;
    const errors = [];
    for (const provider of chain) {
      try {
        cached = await provider();
        return cached;
      } catch (err) {
        errors.push(err.message);
      }
    }
    throw new CredentialsProviderError(`Could not load credentials from any providers:\n - ${errors.join('\n - ')}`);
  };
}

module.exports = { fromEnv, fromIni, fromInstanceMetadata, defaultProvider, CredentialsProviderError };
