'use strict';
const fs = require('fs');
const path = require('path');

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

function findProjects(root) {
  const rootPkg = readJson(path.join(root, 'package.json')) || {};
  let globs = rootPkg.workspaces || [];
  if (!Array.isArray(globs)) globs = globs.packages || [];
  if (!globs.length) globs = ['packages/*', 'apps/*', 'libs/*'];
  const projects = [];
  for (const g of globs) {
    const base = g.replace(/\/\*+$/, '');
    const dir = path.join(root, base);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const pj = readJson(path.join(dir, entry.name, 'package.json'));
      const proj = readJson(path.join(dir, entry.name, 'project.json'));
      if (pj || proj) {
        projects.push({
          name: (pj && pj.name) || (proj && proj.name) || entry.name,
          root: path.join(base, entry.name),
          deps: Object.keys(Object.assign({}, pj && pj.dependencies, pj && pj.devDependencies)),
          implicit: (proj && proj.implicitDependencies) || []
        });
      }
    }
  }
  return projects;
}

function buildGraph(root = process.cwd()) {
  const projects = findProjects(root);
  const names = new Set(projects.map((p) => p.name));
  const nodes = {};
  const edges = {};
  for (const p of projects) {
    nodes[p.name] = { root: p.root };
    edges[p.name] = [...new Set([...p.deps, ...p.implicit])].filter((d) => names.has(d));
  }
  return { nodes, dependencies: edges };
}

function topoSort(graph) {
  const seen = new Set();
  const temp = new Set();
  const order = [];
  const visit = (n) => {
    if (seen.has(n)) return;
    if (temp.has(n)) throw new Error(`Circular dependency detected at ${n}`);
    temp.add(n);
    for (const d of graph.dependencies[n] || []) visit(d);
    temp.delete(n);
    seen.add(n);
    order.push(n);
  };
  Object.keys(graph.nodes).forEach(visit);
  return order;
}

function affected(graph, changed) {
  const rev = {};
  for (const [k, deps] of Object.entries(graph.dependencies)) {
    for (const d of deps) (rev[d] = rev[d] || []).push(k);
  }
  const out = new Set(changed);
  const queue = [...changed];
  while (queue.length) {
    const n = queue.shift();
    for (const r of rev[n] || []) if (!out.has(r)) { out.add(r); queue.push(r); }
  }
  return [...out];
}

module.exports = { buildGraph, topoSort, affected, findProjects };
