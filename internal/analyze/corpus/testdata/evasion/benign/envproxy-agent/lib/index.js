'use strict';
const http = require('http');
const https = require('https');
const net = require('net');
const tls = require('tls');
const { proxyFor } = require('./env');

function authHeader(proxy) {
  if (!proxy.username) return {};
  const creds = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(creds).toString('base64')}` };
}

/**
 * HTTPS agent that opens a CONNECT tunnel through the configured proxy.
 * Credentials embedded in the proxy URL (http://user:pass@proxy:3128) are
 * sent only to the proxy itself, as Proxy-Authorization.
 */
class TunnelAgent extends https.Agent {
  constructor(proxy, options) {
    super(options);
    this.proxy = proxy;
  }
  createConnection(options, callback) {
    const proxy = this.proxy;
    const connectOpts = { host: proxy.hostname, port: Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80) };
    const socket = proxy.protocol === 'https:' ? tls.connect({ ...connectOpts, servername: proxy.hostname }) : net.connect(connectOpts);
    const target = `${options.host}:${options.port || 443}`;
    const headers = { host: target, ...authHeader(proxy) };
    const head = [`CONNECT ${target} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');

    socket.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => socket.write(head));
    let buf = Buffer.alloc(0);
    const onData = (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.removeListener('data', onData);
      const status = Number(buf.toString('latin1', 0, end).split(' ')[1]);
      if (status !== 200) {
        socket.destroy();
        callback(new Error(`proxy CONNECT to ${target} failed with ${status}`));
        return;
      }
      const secure = tls.connect({ ...options, socket, servername: options.servername || options.host });
      callback(null, secure);
    };
    socket.on('data', onData);
    socket.once('error', callback);
  }
}

/** Plain-HTTP requests through a proxy use absolute-form request targets. */
class ForwardAgent extends http.Agent {
  constructor(proxy, options) {
    super(options);
    this.proxy = proxy;
  }
  addRequest(req, options) {
    req.path = `http://${options.host}:${options.port || 80}${req.path}`;
    for (const [k, v] of Object.entries(authHeader(this.proxy))) req.setHeader(k, v);
    return super.addRequest(req, { ...options, host: this.proxy.hostname, port: this.proxy.port || 80 });
  }
}

const cache = new Map();

/** Get an agent appropriate for `url` (undefined means use Node's default). */
function agentFor(url) {
  const proxy = proxyFor(url);
  if (!proxy) return undefined;
  const key = `${new URL(url).protocol}${proxy.href}`;
  if (!cache.has(key)) {
    cache.set(key, new URL(url).protocol === 'https:' ? new TunnelAgent(proxy, { keepAlive: true }) : new ForwardAgent(proxy, { keepAlive: true }));
  }
  return cache.get(key);
}

module.exports = { agentFor, TunnelAgent, ForwardAgent, proxyFor };
