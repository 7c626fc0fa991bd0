export function optimizeSvg(src) {
  return src
    .replace(/<\?xml[^>]*>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<metadata[\s\S]*?<\/metadata>/gi, '')
    .replace(/\s(xmlns:\w+|sodipodi:\w+|inkscape:\w+)="[^"]*"/g, '')
    .replace(/>\s+</g, '><')
    .trim();
}

export function toSymbol(id, svg) {
  const viewBox = (svg.match(/viewBox="([^"]+)"/) || [])[1] || '0 0 24 24';
  const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  return `<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>`;
}
