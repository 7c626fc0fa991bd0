'use strict';
// `node -r dotenv-layered/config app.js`
require('./index').config({
  mode: process.env.DOTENV_MODE || process.env.NODE_ENV,
  debug: process.env.DOTENV_DEBUG === 'true'
});
