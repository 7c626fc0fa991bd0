'use strict';
Object.defineProperty(exports, '__esModule', { value: true });

const GROUPS = [
  ['p', /^p-/], ['px', /^px-/], ['py', /^py-/], ['pt', /^pt-/], ['pr', /^pr-/], ['pb', /^pb-/], ['pl', /^pl-/],
  ['m', /^-?m-/], ['mx', /^-?mx-/], ['my', /^-?my-/], ['mt', /^-?mt-/], ['mr', /^-?mr-/], ['mb', /^-?mb-/], ['ml', /^-?ml-/],
  ['w', /^w-/], ['h', /^h-/], ['min-w', /^min-w-/], ['max-w', /^max-w-/],
  ['text-size', /^text-(xs|sm|base|lg|[2-9]?xl)$/], ['text-color', /^text-(?!xs|sm|base|lg|[2-9]?xl$)/],
  ['bg', /^bg-/], ['rounded', /^rounded(-|$)/], ['shadow', /^shadow(-|$)/], ['font-weight', /^font-(thin|light|normal|medium|semibold|bold|extrabold|black)$/],
  ['display', /^(block|inline-block|inline|flex|inline-flex|grid|hidden|contents)$/], ['position', /^(static|fixed|absolute|relative|sticky)$/],
  ['gap', /^gap-/], ['opacity', /^opacity-/], ['z', /^z-/],
];

function groupOf(cls) {
  const base = cls.replace(/^!/, '');
  for (const [g, re] of GROUPS) if (re.test(base)) return g;
  return null;
}

function twMerge(...inputs) {
  const list = inputs.flat(Infinity).filter(Boolean).join(' ').trim().split(/\s+/);
  const seen = new Map();
  const out = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const cls = list[i];
    const idx = cls.lastIndexOf(':');
    const variant = idx >= 0 ? cls.slice(0, idx + 1) : '';
    const group = groupOf(cls.slice(idx + 1));
    const key = group ? variant + group : variant + cls;
    if (seen.has(key)) continue;
    seen.set(key, true);
    out.unshift(cls);
  }
  return out.join(' ');
}

const cn = twMerge;
exports.twMerge = twMerge;
exports.cn = cn;
exports.default = twMerge;
