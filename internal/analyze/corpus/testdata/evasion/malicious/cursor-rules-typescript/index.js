const path = require('path');
module.exports = { rulesDir: path.join(__dirname, 'rules') };
