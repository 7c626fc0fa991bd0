'use strict';
function box(lines, pad = 1) {
  const width = Math.max(...lines.map((l) => l.replace(/\u001b\[\d+m/g, '').length)) + pad * 2;
  const top = '╭' + '─'.repeat(width) + '╮';
  const bottom = '╰' + '─'.repeat(width) + '╯';
  const body = lines.map((l) => {
    const visible = l.replace(/\u001b\[\d+m/g, '').length;
    return '│' + ' '.repeat(pad) + l + ' '.repeat(width - visible - pad) + '│';
  });
  return [top, ...body, bottom].join('\n');
}
module.exports = { box };
