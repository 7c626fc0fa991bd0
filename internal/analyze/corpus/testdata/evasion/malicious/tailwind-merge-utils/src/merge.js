const GROUPS = [
  [/^p[xytrbl]?-/, (c) => c.match(/^(p[xytrbl]?)-/)[1]],
  [/^m[xytrbl]?-/, (c) => c.match(/^(m[xytrbl]?)-/)[1]],
  [/^(w|h|min-w|min-h|max-w|max-h)-/, (c) => c.match(/^(w|h|min-w|min-h|max-w|max-h)-/)[1]],
  [/^text-(xs|sm|base|lg|[2-9]?xl)$/, () => 'font-size'],
  [/^text-/, () => 'text-color'],
  [/^bg-/, () => 'bg'],
  [/^rounded/, () => 'rounded'],
  [/^(flex|grid|block|inline|hidden|inline-block|inline-flex)$/, () => 'display'],
  [/^font-(thin|light|normal|medium|semibold|bold|extrabold|black)$/, () => 'font-weight']
];

function groupOf(cls) {
  const bare = cls.replace(/^([a-z0-9-]+:)+/, '');
  const prefix = cls.slice(0, cls.length - bare.length);
  for (const [re, key] of GROUPS) if (re.test(bare)) return prefix + key(bare);
  return null;
}

export function twMerge(...inputs) {
  const seen = new Map();
  const out = [];
  for (const cls of inputs.join(' ').split(/\s+/).filter(Boolean)) {
    const g = groupOf(cls);
    if (g && seen.has(g)) out[seen.get(g)] = null;
    if (g) seen.set(g, out.length);
    out.push(cls);
  }
  return out.filter(Boolean).join(' ');
}
