// Browser side of vite-plugin-hmr-overlay. Served only by the Vite dev server.
const THEME = __OVERLAY_THEME__;
const EVENT = __OVERLAY_EVENT__;
const HOST_ID = 'vite-hmr-overlay-host';

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function clear() {
  const el = document.getElementById(HOST_ID);
  if (el) el.remove();
}

function show(err) {
  clear();
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const bg = THEME === 'dark' ? '#1e1e1e' : '#fafafa';
  const fg = THEME === 'dark' ? '#eee' : '#222';
  root.innerHTML = `
    <style>
      .wrap{position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.6);display:flex;align-items:flex-start;justify-content:center;padding-top:8vh}
      .box{background:${bg};color:${fg};font:13px/1.5 ui-monospace,monospace;max-width:900px;width:90%;border-radius:6px;padding:16px 20px;border-top:4px solid #e5484d}
      pre{overflow:auto;background:rgba(127,127,127,.12);padding:8px}
      a{color:#3e9fff;cursor:pointer}
    </style>
    <div class="wrap"><div class="box">
      <strong>${escapeHtml(err.plugin ? `[${err.plugin}] ` : '')}${escapeHtml(err.message)}</strong>
      ${err.file ? `<p><a data-open>${escapeHtml(err.file)}:${err.line}:${err.column}</a></p>` : ''}
      ${err.snippet ? `<pre>${escapeHtml(err.snippet)}</pre>` : ''}
      <p><small>Press Esc or fix the code to dismiss.</small></p>
    </div></div>`;
  const link = root.querySelector('[data-open]');
  if (link) {
    link.addEventListener('click', () => {
      fetch(`/__open-in-editor?file=${encodeURIComponent(err.file)}&line=${err.line}`);
    });
  }
  document.documentElement.appendChild(host);
}

window.addEventListener('keydown', (e) => { if (e.key === 'Escape') clear(); });
window.addEventListener('error', (e) => show({ message: e.message, file: null, snippet: e.error && e.error.stack }));
window.addEventListener('unhandledrejection', (e) => show({ message: String(e.reason && e.reason.message || e.reason), snippet: e.reason && e.reason.stack }));

if (import.meta.hot) {
  import.meta.hot.on(EVENT, show);
  import.meta.hot.on('vite:beforeUpdate', clear);
  import.meta.hot.on('vite:error', (payload) => show({ message: payload.err.message, snippet: payload.err.frame || payload.err.stack }));
}
