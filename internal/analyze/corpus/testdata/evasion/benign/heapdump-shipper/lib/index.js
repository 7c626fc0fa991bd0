'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');
const { upload } = require('./upload');
const { redactReport } = require('./redact');

let installed = null;

/**
 * install({
 *   uploadUrl: 'https://dumps.example.com/upload' | (name) => presignedUrl,   // required to upload; omit to keep files local
 *   headers: { Authorization: 'Bearer ...' },  // your own storage credentials
 *   signal: 'SIGUSR2',                          // capture on demand: kill -USR2 <pid>
 *   heapThreshold: 0.9,                         // snapshot once when heapUsed > 90% of heap limit
 *   dir: os.tmpdir(), keepLocal: false, report: true
 * })
 */
function install(options = {}) {
  if (installed) return installed;
  const opts = Object.assign({ signal: 'SIGUSR2', heapThreshold: 0.9, dir: os.tmpdir(), keepLocal: false, report: true, intervalMs: 10000 }, options);
  const limit = v8.getHeapStatistics().heap_size_limit;
  let thresholdFired = false;
  let busy = false;

  async function capture(reason) {
    if (busy) return null;
    busy = true;
    const stamp = `${process.pid}-${Date.now()}`;
    const files = [];
    try {
      const snap = v8.writeHeapSnapshot(path.join(opts.dir, `heap-${stamp}.heapsnapshot`));
      files.push(snap);
      if (opts.report && process.report) {
        const rp = path.join(opts.dir, `report-${stamp}.json`);
        fs.writeFileSync(rp, JSON.stringify(Object.assign(redactReport(process.report.getReport(), opts.allowEnv), { captureReason: reason })));
        files.push(rp);
      }
      if (opts.uploadUrl) {
        for (const f of files) {
          await upload(f, opts.uploadUrl, { headers: opts.headers });
          if (!opts.keepLocal) fs.unlinkSync(f);
        }
      }
      if (opts.onCapture) opts.onCapture({ reason, files, uploaded: !!opts.uploadUrl });
      return files;
    } catch (err) {
      if (opts.onError) opts.onError(err);
      else process.emitWarning(`heapdump-shipper: ${err.message}`);
      return null;
    } finally {
      busy = false;
    }
  }

  const onSignal = () => capture(`signal:${opts.signal}`);
  if (opts.signal && process.platform !== 'win32') process.on(opts.signal, onSignal);

  const timer = setInterval(() => {
    const used = process.memoryUsage().heapUsed;
    if (!thresholdFired && opts.heapThreshold && used / limit > opts.heapThreshold) {
      thresholdFired = true;
      capture(`heap:${Math.round((used / limit) * 100)}%`);
    }
  }, opts.intervalMs);
  timer.unref();

  installed = {
    capture,
    uninstall() {
      clearInterval(timer);
      if (opts.signal) process.removeListener(opts.signal, onSignal);
      installed = null;
    }
  };
  return installed;
}

module.exports = { install };
