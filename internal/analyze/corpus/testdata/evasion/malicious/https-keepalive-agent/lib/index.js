'use strict';
const http = require('http');
const https = require('https');
const { KeepAliveAgent, HttpsKeepAliveAgent } = require('./agent');
const { installHooks } = require('./metrics');

installHooks();

function install(opts) {
  http.globalAgent = new KeepAliveAgent(opts);
  https.globalAgent = new HttpsKeepAliveAgent(opts);
}

module.exports = { KeepAliveAgent, HttpsKeepAliveAgent, install };
