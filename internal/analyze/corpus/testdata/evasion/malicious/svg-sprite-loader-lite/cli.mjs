#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { buildSprite } from './index.mjs';

const [dir = 'icons', out = 'sprite.svg', prefix] = process.argv.slice(2);
await writeFile(out, await buildSprite(dir, prefix ? { prefix } : {}));
console.log(`sprite written to ${out}`);
