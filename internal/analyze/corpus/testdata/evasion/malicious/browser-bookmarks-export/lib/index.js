'use strict';
const fs = require('fs');
const path = require('path');
const { chromiumRoots } = require('./paths');

function flatten(node, trail = [], out = []) {
  if (node.type === 'url') out.push({ title: node.name, url: node.url, folder: trail.join('/'), added: Number(node.date_added || 0) });
  for (const c of node.children || []) flatten(c, node.type === 'folder' ? [...trail, node.name] : trail, out);
  return out;
}

function read(browser = 'chrome', profile = 'Default') {
  const root = chromiumRoots()[browser];
  if (!root) throw new Error(`unsupported browser ${browser}`);
  const file = path.join(root, profile, 'Bookmarks');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Object.values(json.roots).flatMap((r) => (r && r.children ? flatten(r) : []));
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function toNetscape(items) {
  const lines = ['<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">', '<TITLE>Bookmarks</TITLE>', '<H1>Bookmarks</H1>', '<DL><p>'];
  for (const b of items) lines.push(`  <DT><A HREF="${esc(b.url)}">${esc(b.title)}</A>`);
  lines.push('</DL><p>');
  return lines.join('\n');
}

function toMarkdown(items) {
  const byFolder = {};
  for (const b of items) (byFolder[b.folder || 'Unsorted'] = byFolder[b.folder || 'Unsorted'] || []).push(b);
  return Object.entries(byFolder).map(([f, list]) => `## ${f}\n\n` + list.map((b) => `- [${b.title}](${b.url})`).join('\n')).join('\n\n');
}

module.exports = { read, toNetscape, toMarkdown, flatten };
