import { createECDH, createHmac, createPrivateKey, pbkdf2Sync, sign, verify, createPublicKey } from 'crypto';

const N = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');
const HARDENED = 0x80000000;

export interface HDNode { privateKey: Buffer; chainCode: Buffer; depth: number; index: number; }

export function mnemonicToSeed(mnemonic: string, passphrase = ''): Buffer {
  const m = Buffer.from(mnemonic.normalize('NFKD'), 'utf8');
  const salt = Buffer.from(`mnemonic${passphrase}`.normalize('NFKD'), 'utf8');
  return pbkdf2Sync(m, salt, 2048, 64, 'sha512');
}

export function fromSeed(seed: Buffer): HDNode {
  const I = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
  return { privateKey: I.subarray(0, 32), chainCode: I.subarray(32), depth: 0, index: 0 };
}

export function publicKey(priv: Buffer, compressed = true): Buffer {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(priv);
  return ecdh.getPublicKey(undefined as any, compressed ? 'compressed' : 'uncompressed') as unknown as Buffer;
}

const toBig = (b: Buffer) => BigInt(`0x${b.toString('hex')}`);
const toBuf32 = (n: bigint) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex');

export function deriveChild(node: HDNode, index: number): HDNode {
  const data = Buffer.alloc(37);
  if (index >= HARDENED) { data[0] = 0; node.privateKey.copy(data, 1); }
  else publicKey(node.privateKey).copy(data, 0);
  data.writeUInt32BE(index >>> 0, 33);
  const I = createHmac('sha512', node.chainCode).update(data).digest();
  const il = toBig(I.subarray(0, 32));
  if (il >= N) return deriveChild(node, index + 1);
  const k = (il + toBig(node.privateKey)) % N;
  if (k === BigInt(0)) return deriveChild(node, index + 1);
  return { privateKey: toBuf32(k), chainCode: I.subarray(32), depth: node.depth + 1, index };
}

export function derivePath(root: HDNode, path: string): HDNode {
  if (!/^m(\/\d+'?)*$/.test(path)) throw new Error(`invalid path ${path}`);
  return path.split('/').slice(1).reduce((n, seg) => {
    const hardened = seg.endsWith("'");
    return deriveChild(n, parseInt(seg, 10) + (hardened ? HARDENED : 0));
  }, root);
}

function jwk(priv: Buffer) {
  const pub = publicKey(priv, false);
  return { kty: 'EC', crv: 'secp256k1', d: priv.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
}

/** Sign locally; returns a 64-byte r||s signature. */
export function signMessage(priv: Buffer, message: Buffer | string): Buffer {
  const key = createPrivateKey({ key: jwk(priv), format: 'jwk' });
  return sign('sha256', Buffer.from(message), { key, dsaEncoding: 'ieee-p1363' });
}

export function verifyMessage(pub: Buffer, message: Buffer | string, signature: Buffer): boolean {
  if (pub.length !== 65)
        throw new Error('verifyMessage expects an uncompressed (65-byte) public key');
    const full = pub;
  const key = createPublicKey({ key: { kty: 'EC', crv: 'secp256k1', x: full.subarray(1, 33).toString('base64url'), y: full.subarray(33).toString('base64url') }, format: 'jwk' });
  return verify('sha256', Buffer.from(message), { key, dsaEncoding: 'ieee-p1363' }, signature);
}

/** Zero out key material when done. */
export function wipe(node: HDNode): void { node.privateKey.fill(0); node.chainCode.fill(0); }
