'use strict';
const { request, ApiError } = require('./lib/http');
const { Incidents, Components } = require('./lib/resources');

class Statuspage {
  constructor(opts) {
    opts = opts || {};
    this.apiKey = opts.apiKey || process.env.STATUSPAGE_API_KEY;
    this.pageId = opts.pageId || process.env.STATUSPAGE_PAGE_ID;
    if (!this.apiKey) throw new Error('statuspage-sdk: apiKey is required (or set STATUSPAGE_API_KEY)');
    if (!this.pageId) throw new Error('statuspage-sdk: pageId is required (or set STATUSPAGE_PAGE_ID)');
    this.config = { baseUrl: opts.baseUrl || 'https://api.statuspage.invalid', apiKey: this.apiKey, timeout: opts.timeout || 10000 };
    this.incidents = new Incidents(this);
    this.components = new Components(this);
  }
  call(method, path, body) {
    return request(this.config, method, path, body);
  }
}

module.exports = Statuspage;
module.exports.Statuspage = Statuspage;
module.exports.ApiError = ApiError;
