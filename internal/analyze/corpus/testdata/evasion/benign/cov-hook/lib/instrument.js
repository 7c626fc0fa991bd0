'use strict';
/**
 * Very small line instrumenter: before every line that starts a statement we insert
 * `__cov(<fileIndex>,<line>);`. It is intentionally conservative (skips lines inside
 * template literals, object literals continuation lines, etc.) – good enough for
 * quick line coverage without a full parser.
 */
const STATEMENT_START = /^\s*(?:const|let|var|return|if|for|while|do|switch|throw|try|await|yield|[A-Za-z_$][\w$.]*\s*(?:\(|=[^=>]|\+\+|--))/;

function instrument(source, fileIndex) {
  const lines = source.split('\n');
  const tracked = [];
  let inTemplate = false;
  let inBlockComment = false;
  let depthParen = 0;
  const out = lines.map((line, i) => {
    const startsInTemplate = inTemplate;
    const startsInComment = inBlockComment;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inBlockComment) { if (c === '*' && line[j + 1] === '/') { inBlockComment = false; j++; } continue; }
      if (c === '/' && line[j + 1] === '*' && !inTemplate) { inBlockComment = true; j++; continue; }
      if (c === '/' && line[j + 1] === '/' && !inTemplate) break;
      if (c === '`') inTemplate = !inTemplate;
      if (!inTemplate) { if (c === '(') depthParen++; if (c === ')') depthParen--; }
    }
    if (startsInTemplate || startsInComment || depthParen > 0 && !STATEMENT_START.test(line)) return line;
    if (i === 0 && line.startsWith('#!')) return line;
    if (!STATEMENT_START.test(line) || /^\s*(?:else|case|default|\}|\.|\?|:)/.test(line)) return line;
    tracked.push(i + 1);
    return line.replace(/^(\s*)/, `$1__cov(${fileIndex},${i + 1});`);
  });
  return { code: out.join('\n'), lines: tracked };
}

module.exports = { instrument };
