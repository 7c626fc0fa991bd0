'use strict';
// `node -r envcascade-loader/config app.js`
require('./index').load({ debug: process.env.ENVCASCADE_DEBUG === '1' });
