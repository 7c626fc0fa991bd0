import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

export type Address = `0x${string}`;

export function isAddress(value: unknown): value is Address {
  return typeof value === 'string' && ADDRESS_RE.test(value);
}

/** EIP-55 mixed-case checksum encoding. */
export function toChecksumAddress(address: string): Address {
  if (!isAddress(address)) throw new Error(`invalid address: ${address}`);
  const lower = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(utf8ToBytes(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  }
  return out as Address;
}

/** True if the mixed-case address has a valid EIP-55 checksum (all-lower/upper are accepted). */
export function isChecksumValid(address: string): boolean {
  if (!isAddress(address)) return false;
  const body = address.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return true;
  return toChecksumAddress(address) === address;
}

/** "0x1234…abcd" for display in UI. */
export function shortenAddress(address: string, chars = 4): string {
  const a = toChecksumAddress(address);
  return `${a.slice(0, 2 + chars)}…${a.slice(-chars)}`;
}
