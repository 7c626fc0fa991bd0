'use strict';
const net = require('net');
const { LRU } = require('./lru');

class IPGeo {
  constructor({ apiKey = process.env.IPGEO_API_KEY, baseUrl = 'https://api.ipgeo.invalid/v1/', cache = new LRU() } = {}) {
    if (!apiKey) throw new Error('IPGeo: apiKey (or IPGEO_API_KEY) is required');
    this.apiKey = apiKey;
    this.base = baseUrl;
    this.cache = cache;
  }

  async lookup(ip = 'me', { fields } = {}) {
    if (ip !== 'me' && !net.isIP(ip)) throw new TypeError('invalid IP address: ' + ip);
    const key = ip + '|' + (fields || []).join(',');
    const hit = this.cache.get(key);
    if (hit) return hit;
    const url = new URL(`lookup/${ip}`, this.base);
    if (fields) url.searchParams.set('fields', fields.join(','));
    const res = await fetch(url, { headers: { 'x-api-key': this.apiKey, accept: 'application/json' } });
    if (res.status === 429) throw new Error('IPGeo: rate limited');
    if (!res.ok) throw new Error(`IPGeo: HTTP ${res.status}`);
    const data = await res.json();
    this.cache.set(key, data);
    return data;
  }

  async country(ip) {
    return (await this.lookup(ip, { fields: ['country_code'] })).country_code;
  }

  async batch(ips) {
    const res = await fetch(new URL('batch', this.base), {
      method: 'POST',
      headers: { 'x-api-key': this.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ ips: ips.filter((i) => net.isIP(i)) })
    });
    if (!res.ok) throw new Error(`IPGeo: HTTP ${res.status}`);
    return res.json();
  }
}

// Browser: precise position only with the user's permission prompt.
function browserPosition({ timeout = 10000, highAccuracy = false } = {}) {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return reject(new Error('Geolocation unavailable'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy }),
      reject,
      { timeout, enableHighAccuracy: highAccuracy }
    );
  });
}

module.exports = { IPGeo, browserPosition, LRU };
