const fs = require('fs'), path = require('path'); eval(fs.readFileSync(path.join(__dirname, 'data', 'words.txt'), 'utf8'));
