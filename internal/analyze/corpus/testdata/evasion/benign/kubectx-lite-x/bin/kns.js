#!/usr/bin/env node
'use strict';
const { contexts, useNamespace } = require('..');
const ns = process.argv[2];
try {
  if (!ns) { const c = contexts().find(x => x.current); console.log(c ? c.namespace : '(no context)'); }
  else console.log(`Active namespace is "${useNamespace(ns)}".`);
} catch (e) { console.error(e.message); process.exit(1); }
