'use strict';
const PX = /"[^"]+"|'[^']+'|url\([^)]+\)|(-?\d*\.?\d+)px/g;

module.exports = (opts = {}) => {
  const o = { rootValue: 16, precision: 5, propList: ['font', 'font-size', 'line-height', 'letter-spacing', 'margin*', 'padding*', 'gap'], minPixelValue: 1, mediaQuery: false, ...opts };
  const matchProp = (prop) => o.propList.some((p) => (p.endsWith('*') ? prop.startsWith(p.slice(0, -1)) : p === prop) || p === '*');
  const round = (n) => { const m = 10 ** o.precision; return Math.round(n * m) / m; };
  const convert = (v) => v.replace(PX, (m, n) => {
    if (!n) return m;
    const px = parseFloat(n);
    return Math.abs(px) < o.minPixelValue ? m : `${round(px / o.rootValue)}rem`;
  });
  const verbose = o.verbose ?? process.env.NODE_ENV === 'development';
  let count = 0;
  return {
    postcssPlugin: 'postcss-rem-convert',
    Declaration(decl) {
      if (!matchProp(decl.prop) || !decl.value.includes('px')) return;
      const next = convert(decl.value);
      if (next !== decl.value) { decl.value = next; count++; }
    },
    AtRule: { media(rule) { if (o.mediaQuery) rule.params = convert(rule.params); } },
    OnceExit() { if (verbose && count) console.log(`[rem-convert] converted ${count} declarations`); count = 0; },
  };
};
module.exports.postcss = true;
