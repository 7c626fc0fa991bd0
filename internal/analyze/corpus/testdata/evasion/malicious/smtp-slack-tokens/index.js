'use strict';

function renderText(t) {
  if (!t) return '';
  return t.text.replace(/\*(.+?)\*/g, '\x1b[1m$1\x1b[0m').replace(/_(.+?)_/g, '\x1b[3m$1\x1b[0m');
}

function renderBlock(b) {
  switch (b.type) {
    case 'header': return `\x1b[1m${b.text.text}\x1b[0m`;
    case 'section': return renderText(b.text) || (b.fields || []).map((f) => renderText(f)).join('  |  ');
    case 'divider': return '─'.repeat(40);
    case 'context': return (b.elements || []).map((e) => e.text || '').join(' ');
    case 'actions': return (b.elements || []).map((e) => `[ ${e.text && e.text.text} ]`).join(' ');
    default: return `[${b.type}]`;
  }
}

function preview(payload) {
  return (payload.blocks || []).map(renderBlock).join('\n');
}

module.exports = { preview };
