export type Sections = Map<string, Map<string, string>>;

export function parseIni(text: string): Sections {
  const out: Sections = new Map();
  let cur: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[\s*(?:profile\s+)?([^\]]+?)\s*\]$/.exec(line);
    if (sec) { cur = new Map(); out.set(sec[1], cur); continue; }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (kv && cur) cur.set(kv[1], kv[2]);
  }
  return out;
}
