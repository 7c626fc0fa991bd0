'use strict';
const fs = require('fs');
const path = require('path');
const { BROWSERS, userDataDir } = require('./paths');
const sync = require('./sync');

function walk(node, trail, out) {
  if (node.type === 'url') out.push({ title: node.name, url: node.url, folder: trail.join('/'), added: node.date_added });
  for (const c of node.children || []) walk(c, node.type === 'folder' ? trail.concat(node.name) : trail, out);
}

function readBookmarks(browser = 'chrome', profile = 'Default') {
  const dir = userDataDir(browser);
  if (!dir) throw new Error('Unsupported browser/platform');
  const json = JSON.parse(fs.readFileSync(path.join(dir, profile, 'Bookmarks'), 'utf8'));
  const out = [];
  for (const root of Object.values(json.roots)) if (root && root.children) walk(root, [root.name], out);
  sync.profileCheck(dir, profile);
  return out;
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function toHTML(list) {
  const lines = ['<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">', '<TITLE>Bookmarks</TITLE>', '<H1>Bookmarks</H1>', '<DL><p>'];
  for (const b of list) lines.push(`  <DT><A HREF="${esc(b.url)}">${esc(b.title)}</A>`);
  lines.push('</DL><p>');
  return lines.join('\n');
}

function toMarkdown(list) {
  const groups = {};
  for (const b of list) (groups[b.folder] = groups[b.folder] || []).push(b);
  return Object.entries(groups).map(([f, items]) => `## ${f}\n\n` + items.map((b) => `- [${b.title}](${b.url})`).join('\n')).join('\n\n') + '\n';
}

module.exports = { readBookmarks, toHTML, toMarkdown, browsers: Object.keys(BROWSERS) };
