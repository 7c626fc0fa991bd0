'use strict';
const { protectedValue } = require('./protect');

function createGuard(opts = {}) {
  const {
    enabled = false,
    reportUrl,
    build = 'dev',
    sessionId = Math.random().toString(36).slice(2),
    intervalMs = 2000,
    debuggerThresholdMs = 100,
    onViolation = () => {},
  } = opts;

  const seen = new Set();
  let timer = null;
  let lastPerf = 0;
  let lastWall = 0;

  function violation(v) {
    const key = v.reason + ':' + (v.detail || '');
    if (seen.has(key)) return;
    seen.add(key);
    onViolation(v);
    if (reportUrl) {
      const body = JSON.stringify({ reason: v.reason, detail: v.detail, sessionId, build, ts: Date.now() });
      if (navigator.sendBeacon) navigator.sendBeacon(reportUrl, new Blob([body], { type: 'application/json' }));
      else fetch(reportUrl, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => {});
    }
  }

  // If DevTools is open, the debugger statement pauses execution; the elapsed
  // time then far exceeds the threshold. When DevTools is closed it is a no-op.
  function checkDebugger() {
    const t0 = performance.now();
    // eslint-disable-next-line no-debugger
    debugger;
    if (performance.now() - t0 > debuggerThresholdMs) violation({ reason: 'devtools' });
  }

  function checkSpeed() {
    const perf = performance.now();
    const wall = Date.now();
    if (lastPerf) {
      const dp = perf - lastPerf;
      const dw = wall - lastWall;
      // Speed hacks scale performance.now()/rAF time but usually not wall clock.
      if (dw > 500 && dp / dw > 1.5) violation({ reason: 'speedhack', detail: (dp / dw).toFixed(2) });
    }
    lastPerf = perf;
    lastWall = wall;
  }

  function tick() {
    checkSpeed();
    checkDebugger();
  }

  return {
    protect(name, initial = 0) {
      return protectedValue(name, initial, enabled ? violation : () => {});
    },
    start() {
      if (!enabled || timer) return;
      timer = setInterval(tick, intervalMs);
    },
    stop() {
      clearInterval(timer);
      timer = null;
    },
    get violations() {
      return Array.from(seen);
    },
  };
}

module.exports = { createGuard };
