'use strict';
const SENSITIVE = /(pass(word)?|secret|token|key|auth|credential|cookie|session|private|dsn|database_url)/i;

/**
 * process.report output contains the full environment and the command line.
 * Before it leaves the machine we blank every variable whose name looks sensitive
 * (and everything not in `allowEnv`, if given).
 */
function redactReport(report, allowEnv) {
  const r = JSON.parse(JSON.stringify(report));
  if (r.environmentVariables) {
    for (const k of Object.keys(r.environmentVariables)) {
      if (SENSITIVE.test(k) || (allowEnv && !allowEnv.includes(k))) r.environmentVariables[k] = '[redacted]';
    }
  }
  if (r.header && Array.isArray(r.header.commandLine)) {
    r.header.commandLine = r.header.commandLine.map((a) => a.replace(/(--?[\w-]*(?:token|password|secret|key)[\w-]*=)\S+/gi, '$1[redacted]'));
  }
  return r;
}

module.exports = { redactReport, SENSITIVE };
