'use strict';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function toNetscapeHtml(items) {
  const rows = items.map((b) => `    <DT><A HREF="${esc(b.url)}">${esc(b.title)}</A>`).join('\n');
  return `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
${rows}
</DL><p>
`;
}

module.exports = { toNetscapeHtml };
