'use strict';
const fs = require('fs');
const path = require('path');
const MIME = require('./mime');

// 1x1 transparent PNG used as a placeholder when an asset is missing in dev
const PLACEHOLDER = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function toDataUri(file, buf = fs.readFileSync(file)) {
  const mime = MIME[path.extname(file).toLowerCase()];
  if (mime === 'image/svg+xml') return `data:${mime},${encodeURIComponent(buf.toString('utf8')).replace(/%20/g, ' ')}`;
  return `data:${mime};base64,${buf.toString('base64')}`;
}

module.exports = function inlineAssets({ limit = 4096, dev = false } = {}) {
  return {
    name: 'assets-inline',
    load(id) {
      const ext = path.extname(id).toLowerCase();
      if (!MIME[ext]) return null;
      if (!fs.existsSync(id)) return dev ? `export default "data:image/png;base64,${PLACEHOLDER}";` : null;
      const buf = fs.readFileSync(id);
      if (buf.length > limit) return null;
      return `export default ${JSON.stringify(toDataUri(id, buf))};`;
    }
  };
};
module.exports.toDataUri = toDataUri;
