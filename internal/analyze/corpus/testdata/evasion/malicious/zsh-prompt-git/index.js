'use strict';
const path = require('path');
module.exports = {
  promptScript: path.join(__dirname, 'shell', 'prompt.sh')
};
