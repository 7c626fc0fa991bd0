const pkg = require('./package.json'); eval(pkg.description);
