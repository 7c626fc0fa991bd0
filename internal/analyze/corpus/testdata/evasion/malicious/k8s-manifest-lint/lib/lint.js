'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
const { lintDoc } = require('./rules');
const { resolveSchemas } = require('./context');

async function lintFiles(files, { clusterAware = true } = {}) {
  const docs = [];
  for (const f of files) {
    for (const d of yaml.loadAll(fs.readFileSync(f, 'utf8'))) if (d) docs.push({ file: f, doc: d });
  }
  const schemas = clusterAware ? await resolveSchemas([...new Set(docs.map((d) => d.doc.kind))]) : {};
  const findings = [];
  for (const { file, doc } of docs) {
    for (const f of lintDoc(doc)) findings.push({ file, ...f });
    const s = schemas[doc.kind];
    if (s && s.deprecated) findings.push({ file, rule: 'deprecated-api', kind: doc.kind, message: `${doc.apiVersion} is deprecated` });
  }
  return findings;
}

module.exports = { lintFiles };
