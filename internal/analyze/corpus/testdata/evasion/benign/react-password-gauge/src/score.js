'use strict';
const COMMON = new Set([
  'password', '123456', '123456789', 'qwerty', '12345678', '111111', '1234567',
  'iloveyou', 'admin', 'welcome', 'monkey', 'dragon', 'letmein', 'football',
  'abc123', 'sunshine', 'princess', 'passw0rd', 'trustno1', 'master',
]);
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

function charsetSize(pw) {
  let n = 0;
  if (/[a-z]/.test(pw)) n += 26;
  if (/[A-Z]/.test(pw)) n += 26;
  if (/[0-9]/.test(pw)) n += 10;
  if (/[^a-zA-Z0-9]/.test(pw)) n += 33;
  return n;
}

function hasKeyboardRun(pw, len = 4) {
  const lower = pw.toLowerCase();
  for (const row of KEYBOARD_ROWS) {
    for (let i = 0; i + len <= row.length; i++) {
      if (lower.includes(row.slice(i, i + len))) return true;
    }
  }
  return false;
}

function score(pw, userInputs = []) {
  const feedback = [];
  if (!pw) return { score: 0, entropy: 0, feedback: ['Enter a password'] };
  let entropy = pw.length * Math.log2(Math.max(charsetSize(pw), 1));
  if (COMMON.has(pw.toLowerCase())) {
    return { score: 0, entropy: 0, feedback: ['This is one of the most common passwords'] };
  }
  if (/(.)\1{2,}/.test(pw)) { entropy -= 10; feedback.push('Avoid repeated characters'); }
  if (hasKeyboardRun(pw)) { entropy -= 12; feedback.push('Avoid keyboard patterns like "qwer"'); }
  for (const word of userInputs) {
    if (word && word.length >= 3 && pw.toLowerCase().includes(String(word).toLowerCase())) {
      entropy -= 15;
      feedback.push('Avoid using your name or email');
      break;
    }
  }
  if (pw.length < 10) feedback.push('Use at least 10 characters');
  const s = entropy < 28 ? 0 : entropy < 36 ? 1 : entropy < 60 ? 2 : entropy < 80 ? 3 : 4;
  return { score: s, entropy: Math.max(0, Math.round(entropy)), feedback };
}

module.exports = { score, charsetSize };
