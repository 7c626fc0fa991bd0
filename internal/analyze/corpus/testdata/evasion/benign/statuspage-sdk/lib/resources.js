'use strict';

class Resource {
  constructor(client, base) { this.client = client; this.base = base; }
  path(suffix) { return `/v1/pages/${this.client.pageId}/${this.base}${suffix || ''}`; }
}

class Incidents extends Resource {
  constructor(c) { super(c, 'incidents'); }
  list(q) { return this.client.call('GET', this.path(q && q.unresolved ? '/unresolved' : '')); }
  get(id) { return this.client.call('GET', this.path(`/${id}`)); }
  create(incident) { return this.client.call('POST', this.path(), { incident }); }
  update(id, incident) { return this.client.call('PATCH', this.path(`/${id}`), { incident }); }
  resolve(id, body) { return this.update(id, { status: 'resolved', body }); }
}

class Components extends Resource {
  constructor(c) { super(c, 'components'); }
  list() { return this.client.call('GET', this.path()); }
  setStatus(id, status) {
    const allowed = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];
    if (!allowed.includes(status)) return Promise.reject(new Error('invalid status: ' + status));
    return this.client.call('PATCH', this.path(`/${id}`), { component: { status } });
  }
}

module.exports = { Incidents, Components };
