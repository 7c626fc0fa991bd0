'use strict';
const { EventEmitter } = require('events');

class TokenStore extends EventEmitter {
  constructor(initial) {
    super();
    this.access = initial && initial.accessToken;
    this.refresh = initial && initial.refreshToken;
  }

  set(tokens) {
    this.access = tokens.accessToken;
    if (tokens.refreshToken) this.refresh = tokens.refreshToken;
    this.emit('tokens', { expiresIn: tokens.expiresIn });
  }

  clear() {
    this.access = this.refresh = undefined;
    this.emit('logout');
  }
}

module.exports = { TokenStore };
