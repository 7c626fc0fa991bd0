'use strict';
const https = require('https');
const net = require('net');
const LRU = require('./lib/lru');

class IpGeo {
  constructor({ apiKey = process.env.IPGEO_API_KEY, baseUrl = 'https://api.ipgeo.invalid', cacheSize = 500, timeout = 5000 } = {}) {
    if (!apiKey) throw new Error('ipgeo-sdk: apiKey is required');
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.cache = new LRU(cacheSize);
  }
  _get(path) {
    const url = new URL(path, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = https.get(url, { headers: { 'X-Api-Key': this.apiKey, Accept: 'application/json' }, timeout: this.timeout }, res => {
        let body = '';
        res.on('data', c => { body += c; });
        res.on('end', () => {
          if (res.statusCode === 429) return reject(Object.assign(new Error('rate limited'), { retryAfter: +res.headers['retry-after'] || 60 }));
          if (res.statusCode !== 200) return reject(new Error(`ipgeo: HTTP ${res.statusCode}`));
          try { resolve(JSON.parse(body)); } catch (e) { reject(e); }
        });
      });
      req.on('timeout', () => req.destroy(new Error('ipgeo: timeout')));
      req.on('error', reject);
    });
  }
  async lookup(ip) {
    if (ip && !net.isIP(ip)) throw new TypeError(`not an IP address: ${ip}`);
    const key = ip || 'self';
    const hit = this.cache.get(key);
    if (hit) return hit;
    const data = await this._get(ip ? `/v1/ip/${ip}` : '/v1/ip/me');
    const out = { ip: data.ip, country: data.country_code, city: data.city, asn: data.asn, timeZone: data.time_zone };
    this.cache.set(key, out);
    return out;
  }
  async country(ip) { return (await this.lookup(ip)).country; }
}

module.exports = IpGeo;
module.exports.IpGeo = IpGeo;
