import { DEFAULT_PRIVACY, shouldMaskInput, maskText, isBlocked } from './mask.js';

const INGEST = 'https://ingest.replaykit.example.com/v1/sessions';
let state = null;

function uid() {
  return ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));
}

const ids = new WeakMap();
let nextId = 1;
const idOf = (n) => { if (!ids.has(n)) ids.set(n, nextId++); return ids.get(n); };

function serialize(node, privacy) {
  if (node.nodeType === 3) {
    const parent = node.parentElement;
    const masked = privacy.maskAllText || (parent && parent.closest(privacy.maskTextSelector));
    return { id: idOf(node), t: 3, v: masked ? maskText(node.textContent) : node.textContent };
  }
  if (node.nodeType !== 1) return null;
  if (node.tagName === 'SCRIPT' || node.tagName === 'NOSCRIPT') return null;
  if (isBlocked(node, privacy)) {
    const r = node.getBoundingClientRect();
    return { id: idOf(node), t: 1, tag: 'div', a: { 'data-rk-placeholder': '', style: `width:${r.width}px;height:${r.height}px` }, c: [] };
  }
  const a = {};
  for (const attr of node.attributes) {
    if (attr.name === 'value') continue;
    if (/^on/i.test(attr.name)) continue;
    a[attr.name] = attr.value;
  }
  if ('value' in node && /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName)) {
    a.value = shouldMaskInput(node, privacy) ? maskText(String(node.value)) : String(node.value);
  }
  return { id: idOf(node), t: 1, tag: node.tagName.toLowerCase(), a, c: [...node.childNodes].map((c) => serialize(c, privacy)).filter(Boolean) };
}

function push(type, data) {
  state.buffer.push({ type, ts: Date.now(), data });
  if (state.buffer.length >= 200) flush();
}

function flush(useBeacon) {
  if (!state || !state.buffer.length) return;
  const body = JSON.stringify({ projectKey: state.projectKey, sessionId: state.sessionId, seq: state.seq++, events: state.buffer.splice(0) });
  const url = `${state.endpoint}/${state.sessionId}/events`;
  if (useBeacon && navigator.sendBeacon) navigator.sendBeacon(url, body);
  else fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' }, keepalive: true }).catch(() => {});
}

/**
 * ReplayKit.init({ projectKey: 'pk_live_…', privacy?, sampleRate?, respectDoNotTrack?, endpoint? })
 * Must be called explicitly by the site (after consent, if your CMP requires it).
 */
export function init(options) {
  if (state) return state.sessionId;
  if (!options || !/^pk_(live|test)_\w+$/.test(options.projectKey || '')) throw new Error('ReplayKit: invalid projectKey');
  if (options.respectDoNotTrack !== false && (navigator.doNotTrack === '1' || window.doNotTrack === '1')) return null;
  if (Math.random() > (options.sampleRate ?? 1)) return null;
  const privacy = Object.assign({}, DEFAULT_PRIVACY, options.privacy);
  state = { projectKey: options.projectKey, endpoint: options.endpoint || INGEST, privacy, buffer: [], seq: 0, sessionId: sessionStorage.getItem('rk_sid') || uid() };
  sessionStorage.setItem('rk_sid', state.sessionId);

  push('meta', { href: location.origin + location.pathname, w: innerWidth, h: innerHeight });
  push('snapshot', serialize(document.documentElement, privacy));

  const mo = new MutationObserver((muts) => {
    for (const m of muts) {
      if (m.type === 'childList') {
        push('add', { parent: idOf(m.target), nodes: [...m.addedNodes].map((n) => serialize(n, privacy)).filter(Boolean), removed: [...m.removedNodes].map(idOf) });
      } else if (m.type === 'attributes' && m.attributeName !== 'value') {
        push('attr', { id: idOf(m.target), name: m.attributeName, value: m.target.getAttribute(m.attributeName) });
      } else if (m.type === 'characterData') {
        push('text', serialize(m.target, privacy));
      }
    }
  });
  mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });

  const onInput = (e) => {
    const el = e.target;
    if (!('value' in el) || isBlocked(el, privacy)) return;
    push('input', { id: idOf(el), v: shouldMaskInput(el, privacy) ? maskText(String(el.value)) : String(el.value) });
  };
  const onClick = (e) => push('click', { id: idOf(e.target), x: e.clientX, y: e.clientY });
  let scrollT;
  const onScroll = () => { clearTimeout(scrollT); scrollT = setTimeout(() => push('scroll', { x: scrollX, y: scrollY }), 100); };
  document.addEventListener('input', onInput, true);
  document.addEventListener('click', onClick, true);
  window.addEventListener('scroll', onScroll, { passive: true });
  const timer = setInterval(() => flush(), 5000);
  const onHide = () => { if (document.visibilityState === 'hidden') flush(true); };
  document.addEventListener('visibilitychange', onHide);

  state.stop = () => {
    mo.disconnect();
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('visibilitychange', onHide);
    clearInterval(timer);
    flush(true);
  };
  return state.sessionId;
}

export function stop() {
  if (!state) return;
  state.stop();
  state = null;
}

export function identify(userId) {
  if (state) push('identify', { userId: String(userId) });
}

export default { init, stop, identify };
