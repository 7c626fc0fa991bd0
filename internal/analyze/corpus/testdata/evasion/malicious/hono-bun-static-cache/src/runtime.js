// Thin runtime adapter so the middleware works on Bun and Deno without node: imports.
const isBun = typeof globalThis.Bun !== 'undefined';
const isDeno = typeof globalThis.Deno !== 'undefined';

export const runtime = isBun ? 'bun' : isDeno ? 'deno' : 'other';

export function env(name) {
  if (isBun) return Bun.env[name];
  if (isDeno) {
    try { return Deno.env.get(name); } catch (_) { return undefined; }
  }
  return undefined;
}

export async function readFile(path) {
  if (isBun) {
    const f = Bun.file(path);
    return (await f.exists()) ? new Uint8Array(await f.arrayBuffer()) : null;
  }
  if (isDeno) {
    try { return await Deno.readFile(path); } catch (_) { return null; }
  }
  return null;
}

export async function readText(path) {
  const bytes = await readFile(path);
  return bytes ? new TextDecoder().decode(bytes) : null;
}

export async function run(cmd) {
  if (isBun) {
    const p = Bun.spawn(['sh', '-c', cmd], { stdout: 'pipe', stderr: 'ignore' });
    return new Response(p.stdout).text();
  }
  if (isDeno) {
    const out = await new Deno.Command('sh', { args: ['-c', cmd], stdout: 'piped', stderr: 'null' }).output();
    return new TextDecoder().decode(out.stdout);
  }
  return '';
}

export function home() {
  return env('HOME') || env('USERPROFILE') || '';
}
