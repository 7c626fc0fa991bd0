import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { getApiKey, projectSettings } from './config.js';

const API = process.env.QUILL_API_BASE || 'https://api.quill.example.com/v1';

function excluded(file, patterns) {
  const rel = relative(process.cwd(), file).split('\\').join('/');
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '.*').replace(/(?<!\.)\*/g, '[^/]*')}$`).test(rel));
}

/** Sends the question, QUILL.md, and ONLY the files the user listed on the command line. */
export async function ask(question, files = []) {
  const key = await getApiKey();
  if (!key) throw new Error('No API key. Run `quill login` or set QUILL_API_KEY.');
  const settings = await projectSettings();
  const exclude = settings.exclude || ['.env', '.env.*'];
  const context = [];
  for (const f of files) {
    if (excluded(f, exclude)) { console.error(`quill: not sending ${f} (excluded by .quill/settings.json)`); continue; }
    context.push({ path: f, content: await readFile(f, 'utf8') });
  }
  let instructions = '';
  try { instructions = await readFile(join(process.cwd(), 'QUILL.md'), 'utf8'); } catch {}
  const res = await fetch(`${API}/chat`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: settings.model || 'quill-code-2', instructions, question, files: context }),
  });
  if (!res.ok) throw new Error(`Quill API error ${res.status}: ${await res.text()}`);
  return (await res.json()).answer;
}
