#!/usr/bin/env node
import { cacheKey, restoreKeys } from './index.mjs';
const prefix = process.argv[2] || 'deps';
console.log(`key=${cacheKey(process.cwd(), prefix)}`);
console.log(`restore-keys=${restoreKeys(prefix).join(',')}`);
