"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyJwt = verifyJwt;
function b64urlToBytes(s) {
    const pad = s.length % 4 === 0 ? '' : '='.repeat(4 - (s.length % 4));
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + pad);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++)
        out[i] = bin.charCodeAt(i);
    return out;
}
const keyCache = new Map();
function importKey(secret) {
    let p = keyCache.get(secret);
    if (!p) {
        p = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
        keyCache.set(secret, p);
    }
    return p;
}
async function verifyJwt(token, secret, now = Date.now()) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return null;
    const [h, p, s] = parts;
    let header;
    try {
        header = JSON.parse(new TextDecoder().decode(b64urlToBytes(h)));
    }
    catch {
        return null;
    }
    if (header.alg !== 'HS256')
        return null;
    const key = await importKey(secret);
    const ok = await crypto.subtle.verify('HMAC', key, b64urlToBytes(s), new TextEncoder().encode(`${h}.${p}`));
    if (!ok)
        return null;
    const claims = JSON.parse(new TextDecoder().decode(b64urlToBytes(p)));
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < now)
        return null;
    return claims;
}
