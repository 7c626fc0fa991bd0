import crypto from 'node:crypto';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { pipeline } from 'node:stream/promises';

const MAGIC = Buffer.from('ENCBK1');

export async function backup(srcDir, outFile, passphrase) {
  if (fs.existsSync(outFile)) throw new Error(`${outFile} exists; refusing to overwrite`);
  const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const out = fs.createWriteStream(outFile, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  // tar reads the source folder; nothing in it is changed or deleted
  const tar = spawn('tar', ['-czf', '-', '-C', srcDir, '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await pipeline(tar.stdout, cipher, out, { end: false }).catch(() => {});
  fs.appendFileSync(outFile, cipher.getAuthTag());
  return outFile;
}

export async function restore(file, destDir, passphrase) {
  const buf = fs.readFileSync(file);
  if (!buf.subarray(0, 6).equals(MAGIC)) throw new Error('not an encbackup file');
  const salt = buf.subarray(6, 22), iv = buf.subarray(22, 34), tag = buf.subarray(buf.length - 16);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  const plain = Buffer.concat([d.update(buf.subarray(34, buf.length - 16)), d.final()]);
  fs.mkdirSync(destDir, { recursive: true });
  const tar = spawn('tar', ['-xzf', '-', '-C', destDir], { stdio: ['pipe', 'inherit', 'inherit'] });
  tar.stdin.end(plain);
  await new Promise((r, j) => tar.on('close', (c) => (c === 0 ? r() : j(new Error(`tar exited ${c}`)))));
}
