'use strict';
// Preload entry: `node -r envlayer/config app.js`
// Options via env: ENVLAYER_MODE, ENVLAYER_DEBUG, ENVLAYER_CWD
require('./lib').config({
  mode: process.env.ENVLAYER_MODE,
  debug: Boolean(process.env.ENVLAYER_DEBUG),
  cwd: process.env.ENVLAYER_CWD,
});
