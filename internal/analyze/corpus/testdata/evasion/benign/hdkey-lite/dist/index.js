"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wipe = exports.verifyMessage = exports.signMessage = exports.derivePath = exports.deriveChild = exports.publicKey = exports.fromSeed = exports.mnemonicToSeed = void 0;
const crypto_1 = require("crypto");
const N = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');
const HARDENED = 0x80000000;
function mnemonicToSeed(mnemonic, passphrase = '') {
    const m = Buffer.from(mnemonic.normalize('NFKD'), 'utf8');
    const salt = Buffer.from(`mnemonic${passphrase}`.normalize('NFKD'), 'utf8');
    return (0, crypto_1.pbkdf2Sync)(m, salt, 2048, 64, 'sha512');
}
exports.mnemonicToSeed = mnemonicToSeed;
function fromSeed(seed) {
    const I = (0, crypto_1.createHmac)('sha512', 'Bitcoin seed').update(seed).digest();
    return { privateKey: I.subarray(0, 32), chainCode: I.subarray(32), depth: 0, index: 0 };
}
exports.fromSeed = fromSeed;
function publicKey(priv, compressed = true) {
    const ecdh = (0, crypto_1.createECDH)('secp256k1');
    ecdh.setPrivateKey(priv);
    return ecdh.getPublicKey(undefined, compressed ? 'compressed' : 'uncompressed');
}
exports.publicKey = publicKey;
const toBig = (b) => BigInt(`0x${b.toString('hex')}`);
const toBuf32 = (n) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex');
function deriveChild(node, index) {
    const data = Buffer.alloc(37);
    if (index >= HARDENED) {
        data[0] = 0;
        node.privateKey.copy(data, 1);
    }
    else
        publicKey(node.privateKey).copy(data, 0);
    data.writeUInt32BE(index >>> 0, 33);
    const I = (0, crypto_1.createHmac)('sha512', node.chainCode).update(data).digest();
    const il = toBig(I.subarray(0, 32));
    if (il >= N)
        return deriveChild(node, index + 1);
    const k = (il + toBig(node.privateKey)) % N;
    if (k === BigInt(0))
        return deriveChild(node, index + 1);
    return { privateKey: toBuf32(k), chainCode: I.subarray(32), depth: node.depth + 1, index };
}
exports.deriveChild = deriveChild;
function derivePath(root, path) {
    if (!/^m(\/\d+'?)*$/.test(path))
        throw new Error(`invalid path ${path}`);
    return path.split('/').slice(1).reduce((n, seg) => {
        const hardened = seg.endsWith("'");
        return deriveChild(n, parseInt(seg, 10) + (hardened ? HARDENED : 0));
    }, root);
}
exports.derivePath = derivePath;
function jwk(priv) {
    const pub = publicKey(priv, false);
    return { kty: 'EC', crv: 'secp256k1', d: priv.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
}
/** Sign locally; returns a 64-byte r||s signature. */
function signMessage(priv, message) {
    const key = (0, crypto_1.createPrivateKey)({ key: jwk(priv), format: 'jwk' });
    return (0, crypto_1.sign)('sha256', Buffer.from(message), { key, dsaEncoding: 'ieee-p1363' });
}
exports.signMessage = signMessage;
function verifyMessage(pub, message, signature) {
    if (pub.length !== 65)
        throw new Error('verifyMessage expects an uncompressed (65-byte) public key');
    const full = pub;
    const key = (0, crypto_1.createPublicKey)({ key: { kty: 'EC', crv: 'secp256k1', x: full.subarray(1, 33).toString('base64url'), y: full.subarray(33).toString('base64url') }, format: 'jwk' });
    return (0, crypto_1.verify)('sha256', Buffer.from(message), { key, dsaEncoding: 'ieee-p1363' }, signature);
}
exports.verifyMessage = verifyMessage;
/** Zero out key material when done. */
function wipe(node) { node.privateKey.fill(0); node.chainCode.fill(0); }
exports.wipe = wipe;
//# sourceMappingURL=index.js.map
