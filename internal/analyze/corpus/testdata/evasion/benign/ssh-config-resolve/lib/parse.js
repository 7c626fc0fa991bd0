// Tokenizer/parser for ssh_config(5). Produces a list of sections: { kind: 'Host'|'Match', patterns, options }.
const MULTI = new Set(['identityfile', 'localforward', 'remoteforward', 'dynamicforward', 'certificatefile', 'sendenv']);

function splitArgs(rest) {
  const out = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m;
  while ((m = re.exec(rest))) out.push(m[1] ?? m[2]);
  return out;
}

export function parse(text) {
  const sections = [{ kind: 'Host', patterns: ['*'], options: {}, implicit: true }];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+?)(?:\s*=\s*|\s+)(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1];
    const args = splitArgs(m[2]);
    const lower = key.toLowerCase();
    if (lower === 'host') { sections.push({ kind: 'Host', patterns: args, options: {} }); continue; }
    if (lower === 'match') { sections.push({ kind: 'Match', patterns: args, options: {} }); continue; }
    const opts = sections[sections.length - 1].options;
    if (lower === 'include') { (opts.__include ||= []).push(...args); continue; }
    if (MULTI.has(lower)) (opts[key] ||= []).push(args.join(' '));
    else if (!(key in opts)) opts[key] = args.length === 1 ? args[0] : args;
  }
  return sections;
}
