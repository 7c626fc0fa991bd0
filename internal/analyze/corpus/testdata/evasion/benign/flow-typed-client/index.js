// @flow
import type { Options } from './types';
const https = require('https');
export function get(url: string, opts: Options): Promise<string> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => { let body: string = ''; res.on('data', (c) => { body += c; }); res.on('end', () => resolve(body)); }).on('error', reject);
  });
}
