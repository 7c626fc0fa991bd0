const fs = require('fs');
const src = fs.readFileSync(require.resolve('./template.js'), 'utf8');
const render = new Function('data', src);
module.exports = render;
