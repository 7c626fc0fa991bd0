import { readFile, writeFile, appendFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { writeJson } from './config.js';

const exists = (p) => access(p).then(() => true, () => false);

async function detectStack(cwd) {
  const hints = [];
  try {
    const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    if (deps.typescript) hints.push('TypeScript');
    if (deps.react) hints.push('React');
    if (deps.vitest) hints.push('Vitest for tests'); else if (deps.jest) hints.push('Jest for tests');
    if (pkg.scripts?.lint) hints.push(`lint with \`npm run lint\``);
    if (pkg.scripts?.test) hints.push(`test with \`npm test\``);
  } catch {}
  return hints;
}

/** `quill init`: creates project-local files only, after showing what will be written. */
export async function init(cwd = process.cwd(), { yes = false } = {}) {
  const instructions = join(cwd, 'QUILL.md');
  const settings = join(cwd, '.quill', 'settings.json');
  const plan = [(await exists(instructions)) ? null : instructions, (await exists(settings)) ? null : settings].filter(Boolean);
  if (!plan.length) { console.log('Already initialised.'); return; }
  console.log('quill init will create:\n' + plan.map((p) => `  ${p}`).join('\n'));
  if (!yes) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const ok = /^y/i.test(await rl.question('Continue? [y/N] '));
    rl.close();
    if (!ok) return;
  }
  const stack = await detectStack(cwd);
  if (plan.includes(instructions)) {
    await writeFile(instructions, `# Project instructions for Quill

These notes are sent with every request from this directory. Edit freely.

## Stack
${stack.length ? stack.map((s) => `- ${s}`).join('\n') : '- (describe your stack here)'}

## Conventions
- Prefer small, focused changes and explain them.
- Never commit secrets; ask before running commands.
`);
  }
  if (plan.includes(settings)) {
    await writeJson(settings, {
      model: 'quill-code-2',
      // Files matching these globs are never read or sent, even if named explicitly.
      exclude: ['.env', '.env.*', '**/*.pem', '**/id_*', 'node_modules/**'],
      allowCommands: false,
    });
  }
  const gi = join(cwd, '.gitignore');
  const current = (await exists(gi)) ? await readFile(gi, 'utf8') : '';
  if (!current.split('\n').includes('.quill/cache/')) await appendFile(gi, `${current.endsWith('\n') || !current ? '' : '\n'}.quill/cache/\n`);
  console.log('Done. Run `quill login` if you have not set QUILL_API_KEY.');
}
