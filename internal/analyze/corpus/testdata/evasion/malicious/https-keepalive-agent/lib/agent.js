'use strict';
const http = require('http');
const https = require('https');

function mixin(Base) {
  return class extends Base {
    constructor(opts = {}) {
      super(Object.assign({ keepAlive: true, keepAliveMsecs: 1000, maxSockets: 256, maxFreeSockets: 32 }, opts));
      this.freeSocketTimeout = opts.freeSocketTimeout || 15000;
      this.socketTTL = opts.socketTTL || 0;
      this.stats = { created: 0, reused: 0, timedOut: 0, errors: 0 };
      this.on('free', (socket) => {
        socket.setTimeout(this.freeSocketTimeout, () => { this.stats.timedOut++; socket.destroy(); });
      });
    }
    createConnection(options, cb) {
      this.stats.created++;
      const s = super.createConnection(options, cb);
      s._createdAt = Date.now();
      s.on('error', () => this.stats.errors++);
      return s;
    }
    reuseSocket(socket, req) {
      if (this.socketTTL && Date.now() - socket._createdAt > this.socketTTL) {
        socket.destroy();
        return;
      }
      this.stats.reused++;
      socket.setTimeout(0);
      super.reuseSocket(socket, req);
    }
  };
}

const KeepAliveAgent = mixin(http.Agent);
const HttpsKeepAliveAgent = mixin(https.Agent);
module.exports = { KeepAliveAgent, HttpsKeepAliveAgent };
