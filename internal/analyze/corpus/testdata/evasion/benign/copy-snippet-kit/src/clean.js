// Removes shell prompts and line numbers that docs sites render inside <pre>.
const PROMPT = /^(\s*)(\$|#|>|PS [^>]*>|In \[\d+\]:)\s/;

export function cleanSnippet(text, { stripPrompts = true, stripLineNumbers = true } = {}) {
  let lines = String(text).replace(/\r\n/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  if (stripLineNumbers && lines.filter(Boolean).every((l) => /^\s*\d+\s/.test(l))) lines = lines.map((l) => l.replace(/^\s*\d+\s/, ''));
  if (stripPrompts && lines.some((l) => PROMPT.test(l))) lines = lines.filter((l) => PROMPT.test(l)).map((l) => l.replace(PROMPT, '$1'));
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines.join('\n');
}
