#!/usr/bin/env node
import { loadPresets } from './index.js';

const [cmd, ...urls] = process.argv.slice(2);
if (cmd === 'prime') {
  // warm the cache so the first lint run works offline
  await loadPresets(urls).catch(() => {});
} else if (cmd === 'show') {
  const cfg = await loadPresets(urls, { includeIndex: false });
  console.log(JSON.stringify(cfg, null, 2));
} else {
  console.log('usage: lint-preset <prime|show> [urls...]');
}
