const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const MODS = ['ctrl', 'alt', 'shift', 'meta'];
const ALIASES = { esc: 'escape', return: 'enter', space: ' ', plus: '+', cmd: 'meta', command: 'meta', option: 'alt', control: 'ctrl' };
const SEQUENCE_TIMEOUT = 1000;

function normalizeCombo(combo) {
  const parts = combo.toLowerCase().split('+').map((p) => ALIASES[p] || p);
  const key = parts.pop();
  const mods = new Set(parts.map((m) => (m === 'mod' ? (IS_MAC ? 'meta' : 'ctrl') : m)));
  return MODS.filter((m) => mods.has(m)).concat(key).join('+');
}

function eventToCombo(e) {
  const key = (e.key.length === 1 ? e.key.toLowerCase() : e.key.toLowerCase());
  const mods = MODS.filter((m) => e[`${m}Key`] && key !== m && !(m === 'shift' && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey));
  return mods.concat(key).join('+');
}

function isEditable(el) {
  if (!el) return false;
  const tag = el.tagName;
  return el.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * createHotkeys(target = document)
 *  .bind('mod+k', handler, { scope, allowInInputs, preventDefault, description })
 *  .bind('g i', handler)   // sequence: press g then i within 1s
 *
 * Only the *current partial sequence* (at most a few key names, never text typed into inputs)
 * is kept in memory, and it is dropped after 1 second.
 */
export function createHotkeys(target = document) {
  const bindings = [];
  let scope = 'all';
  let buffer = [];
  let timer = null;

  function reset() {
    buffer = [];
    clearTimeout(timer);
  }

  function onKeyDown(e) {
    if (e.repeat || e.isComposing) return;
    const combo = eventToCombo(e);
    if (MODS.includes(combo)) return;
    buffer.push(combo);
    clearTimeout(timer);
    timer = setTimeout(reset, SEQUENCE_TIMEOUT);
    const typed = buffer.join(' ');
    const editable = isEditable(e.target);
    let partial = false;
    for (const b of bindings) {
      if (b.scope !== 'all' && b.scope !== scope) continue;
      if (editable && !b.allowInInputs) continue;
      if (b.keys === typed || (b.steps.length === 1 && b.keys === combo)) {
        if (b.preventDefault !== false) e.preventDefault();
        reset();
        b.handler(e, b);
        return;
      }
      if (b.keys.startsWith(typed + ' ')) partial = true;
    }
    if (!partial) buffer = buffer.slice(-1).filter(() => bindings.some((b) => b.keys.startsWith(combo + ' ')));
  }

  target.addEventListener('keydown', onKeyDown);
  if (typeof window !== 'undefined') window.addEventListener('blur', reset);

  const api = {
    bind(keys, handler, opts = {}) {
      const steps = keys.trim().split(/\s+/).map(normalizeCombo);
      bindings.push(Object.assign({ scope: 'all', allowInInputs: false }, opts, { keys: steps.join(' '), steps, raw: keys, handler }));
      return api;
    },
    unbind(keys) {
      const k = keys.trim().split(/\s+/).map(normalizeCombo).join(' ');
      for (let i = bindings.length - 1; i >= 0; i--) if (bindings[i].keys === k) bindings.splice(i, 1);
      return api;
    },
    setScope(s) { scope = s; reset(); return api; },
    getScope() { return scope; },
    /** For rendering a "?" help dialog. */
    cheatSheet() {
      return bindings.filter((b) => b.description).map((b) => ({ keys: formatForDisplay(b.raw), description: b.description, scope: b.scope }));
    },
    destroy() {
      target.removeEventListener('keydown', onKeyDown);
      if (typeof window !== 'undefined') window.removeEventListener('blur', reset);
      bindings.length = 0;
      reset();
    }
  };
  return api;
}

export function formatForDisplay(keys) {
  const map = IS_MAC ? { mod: '⌘', meta: '⌘', ctrl: '⌃', alt: '⌥', shift: '⇧' } : { mod: 'Ctrl', meta: 'Win', ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift' };
  return keys.split(' ').map((step) => step.split('+').map((p) => map[p] || p.toUpperCase()).join(IS_MAC ? '' : '+')).join(' then ');
}

export default createHotkeys;
