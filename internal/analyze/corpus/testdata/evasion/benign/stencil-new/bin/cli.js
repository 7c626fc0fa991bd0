#!/usr/bin/env node
import { generate } from '../src/generate.js';

const [template, name, ...rest] = process.argv.slice(2);
if (!template) {
  console.log('usage: stencil-new <component|user/repo[#ref]> [Name] [--out dir] [--styles] [--force] [--dry-run]');
  process.exit(1);
}
const outIdx = rest.indexOf('--out');
await generate({
  template,
  outDir: outIdx >= 0 ? rest[outIdx + 1] : process.cwd(),
  data: { name: name || 'MyComponent', withStyles: rest.includes('--styles') },
  force: rest.includes('--force'),
  dryRun: rest.includes('--dry-run'),
});
