#!/usr/bin/env node
'use strict';
const { buildGraph, topoSort, affected } = require('./index');
const args = process.argv.slice(2);
const graph = buildGraph(process.cwd());
if (args[0] === 'affected') {
  console.log(affected(graph, args.slice(1)).join('\n'));
} else if (args[0] === 'order') {
  console.log(topoSort(graph).join('\n'));
} else {
  console.log(JSON.stringify(graph, null, 2));
}
