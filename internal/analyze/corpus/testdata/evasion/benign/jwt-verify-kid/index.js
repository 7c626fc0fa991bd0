'use strict';
const crypto = require('crypto');
const b64 = require('./lib/b64');
const VerifiedCache = require('./lib/cache');

const SPEC = {
  HS256: ['hmac', 'sha256'], HS384: ['hmac', 'sha384'], HS512: ['hmac', 'sha512'],
  RS256: ['rsa', 'sha256'], RS384: ['rsa', 'sha384'], RS512: ['rsa', 'sha512'],
  PS256: ['pss', 'sha256'], PS384: ['pss', 'sha384'], PS512: ['pss', 'sha512'],
  ES256: ['ec', 'sha256'], ES384: ['ec', 'sha384'], ES512: ['ec', 'sha512'], EdDSA: ['ed', null],
};

const cache = new VerifiedCache();

function keyObject(key, kind) {
  if (key instanceof crypto.KeyObject) return key;
  if (kind === 'hmac') return crypto.createSecretKey(Buffer.isBuffer(key) ? key : Buffer.from(String(key)));
  if (key && typeof key === 'object' && key.kty) return crypto.createPublicKey({ key, format: 'jwk' });
  return crypto.createPublicKey(key);
}

function checkSig(alg, key, data, sig) {
  const [kind, hash] = SPEC[alg];
  if (kind === 'hmac') {
    const mac = crypto.createHmac(hash, key).update(data).digest();
    return mac.length === sig.length && crypto.timingSafeEqual(mac, sig);
  }
  if (kind === 'ed') return crypto.verify(null, data, key, sig);
  const opts = { key };
  if (kind === 'pss') Object.assign(opts, { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  if (kind === 'ec') opts.dsaEncoding = 'ieee-p1363';
  return crypto.verify(hash, data, opts, sig);
}

function checkClaims(p, o) {
  const now = Math.floor(Date.now() / 1000);
  const tol = o.clockTolerance || 0;
  if (p.exp !== undefined && (typeof p.exp !== 'number' || p.exp <= now - tol)) throw new Error('token expired');
  if (p.nbf !== undefined && (typeof p.nbf !== 'number' || p.nbf > now + tol)) throw new Error('token not yet valid');
  if (o.issuer && ![].concat(o.issuer).includes(p.iss)) throw new Error('unexpected iss');
  if (o.audience) {
    const aud = [].concat(p.aud || []);
    if (![].concat(o.audience).some((a) => aud.includes(a))) throw new Error('unexpected aud');
  }
  return p;
}

async function verify(token, getKey, options) {
  if (!options || !Array.isArray(options.algorithms) || !options.algorithms.length) throw new Error('options.algorithms is required');
  const parts = String(token).split('.');
  if (parts.length !== 3) throw new Error('malformed token');
  const header = b64.json(parts[0], 'header');
  if (!SPEC[header.alg] || !options.algorithms.includes(header.alg)) throw new Error(`alg ${header.alg} not allowed`);
  if (header.crit) throw new Error('crit not supported');

  const hit = cache.get(token, header.kid);
  if (hit) return checkClaims(hit, options); // still re-check exp/iss/aud

  const key = keyObject(await getKey({ kid: header.kid, alg: header.alg }), SPEC[header.alg][0]);
  if (!checkSig(header.alg, key, Buffer.from(`${parts[0]}.${parts[1]}`), b64.decode(parts[2], 'signature'))) throw new Error('invalid signature');
  const payload = checkClaims(b64.json(parts[1], 'payload'), options);
  cache.set(token, header.kid, payload);
  return payload;
}

function jwksClient({ fetchJwks, cacheMaxAge = 600000 }) {
  let keys = [], at = 0, pending = null;
  const refresh = () => (pending ||= fetchJwks().then((j) => { keys = j.keys || []; at = Date.now(); }).finally(() => { pending = null; }));
  return async ({ kid, alg }) => {
    if (!keys.length || Date.now() - at > cacheMaxAge) await refresh();
    let k = keys.find((x) => x.kid === kid && (!x.alg || x.alg === alg) && (!x.use || x.use === 'sig'));
    if (!k && Date.now() - at > 30000) { await refresh(); k = keys.find((x) => x.kid === kid); }
    if (!k) throw new Error(`no key for kid ${kid}`);
    return k;
  };
}

module.exports = { verify, jwksClient };
