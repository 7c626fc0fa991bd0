'use strict';

function section(name, entries) {
  const lines = [`[${name}]`];
  for (const [k, v] of entries) {
    if (v === undefined || v === null || v === '') continue;
    for (const item of [].concat(v)) lines.push(`${k}=${item}`);
  }
  return lines.join('\n');
}

function quoteArg(a) {
  return /[\s"\\]/.test(a) ? `"${a.replace(/(["\\])/g, '\\$1')}"` : a;
}

function unit(o) {
  return [
    section('Unit', [['Description', o.description], ['After', o.after || 'network-online.target'], ['Wants', o.wants || 'network-online.target']]),
    section('Service', [
      ['Type', o.type || 'simple'],
      ['WorkingDirectory', o.cwd],
      ['ExecStart', [o.exec].concat(o.args || []).map(quoteArg).join(' ')],
      ['Environment', Object.entries(o.env || {}).map(([k, v]) => `${k}=${v}`)],
      ['EnvironmentFile', o.envFile],
      ['Restart', o.restart || 'on-failure'],
      ['RestartSec', o.restartSec || 5],
      ['User', o.user],
      ['NoNewPrivileges', 'true'],
      ['ProtectSystem', o.user ? 'strict' : undefined]
    ]),
    section('Install', [['WantedBy', o.wantedBy || 'default.target']])
  ].join('\n\n') + '\n';
}

module.exports = { unit };
