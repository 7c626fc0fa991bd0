'use strict';
const { OAuth2Client } = require('./oauth');

const API_BASE = 'https://calendar.example.invalid/calendar/v3';

class CalendarClient {
  /**
   * @param {{auth: OAuth2Client}|{accessToken: string}} opts
   */
  constructor(opts = {}) {
    this.auth = opts.auth || null;
    this.staticToken = opts.accessToken || null;
    if (!this.auth && !this.staticToken) throw new Error('auth or accessToken required');
  }

  async _token() {
    return this.staticToken || this.auth.getAccessToken();
  }

  async _get(path, query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query || {})) if (v !== undefined) qs.set(k, String(v));
    const res = await fetch(`${API_BASE}${path}?${qs}`, {
      headers: { authorization: `Bearer ${await this._token()}`, accept: 'application/json' }
    });
    if (!res.ok) {
      const text = await res.text();
      throw new Error(`Calendar API ${res.status}: ${text.slice(0, 300)}`);
    }
    return res.json();
  }

  async listCalendars() {
    const out = await this._get('/users/me/calendarList', { maxResults: 250 });
    return out.items || [];
  }

  /** Async iterator over all events in a calendar, following nextPageToken. */
  async *iterEvents(calendarId = 'primary', { timeMin, timeMax, q, maxResults = 250 } = {}) {
    let pageToken;
    do {
      const page = await this._get(`/calendars/${encodeURIComponent(calendarId)}/events`, {
        timeMin: timeMin && new Date(timeMin).toISOString(),
        timeMax: timeMax && new Date(timeMax).toISOString(),
        singleEvents: true,
        orderBy: 'startTime',
        q,
        maxResults,
        pageToken
      });
      for (const ev of page.items || []) yield ev;
      pageToken = page.nextPageToken;
    } while (pageToken);
  }

  async listEvents(calendarId, opts) {
    const all = [];
    for await (const ev of this.iterEvents(calendarId, opts)) all.push(ev);
    return all;
  }
}

module.exports = { CalendarClient, OAuth2Client };
