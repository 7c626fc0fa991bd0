'use strict';
const DEFAULT_BASE = 'https://api.captchadesk.example.com/v2';

class CaptchaDeskError extends Error {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class CaptchaDesk {
  constructor({ apiKey = process.env.CAPTCHADESK_API_KEY, baseUrl = DEFAULT_BASE, pollIntervalMs = 5000, timeoutMs = 180000, softId } = {}) {
    if (!apiKey) throw new Error('captchadesk-client: apiKey is required (or set CAPTCHADESK_API_KEY)');
    this.apiKey = apiKey;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.pollIntervalMs = pollIntervalMs;
    this.timeoutMs = timeoutMs;
    this.softId = softId;
  }

  async call(path, body) {
    const res = await fetch(this.baseUrl + path, {
      method: body ? 'POST' : 'GET',
      headers: { 'X-Api-Key': this.apiKey, 'Content-Type': 'application/json', 'User-Agent': 'captchadesk-client/2.2.0' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok || json.errorCode) throw new CaptchaDeskError(json.errorCode || `HTTP_${res.status}`, json.errorDescription || res.statusText);
    return json;
  }

  balance() {
    return this.call('/account/balance').then((r) => r.balance);
  }

  async createTask(task) {
    const r = await this.call('/tasks', { task, softId: this.softId });
    return r.taskId;
  }

  async waitForResult(taskId) {
    const deadline = Date.now() + this.timeoutMs;
    await sleep(Math.min(this.pollIntervalMs, 3000));
    while (Date.now() < deadline) {
      const r = await this.call(`/tasks/${encodeURIComponent(taskId)}`);
      if (r.status === 'ready') return Object.assign({ taskId, cost: r.cost }, r.solution);
      if (r.status === 'failed') throw new CaptchaDeskError('TASK_FAILED', r.errorDescription || 'worker could not solve the task');
      await sleep(this.pollIntervalMs);
    }
    throw new CaptchaDeskError('TIMEOUT', `task ${taskId} not solved within ${this.timeoutMs} ms`);
  }

  async solve(task) {
    return this.waitForResult(await this.createTask(task));
  }

  solveRecaptchaV2({ siteKey, pageUrl, invisible = false }) {
    return this.solve({ type: 'RecaptchaV2Task', websiteKey: siteKey, websiteURL: pageUrl, isInvisible: invisible }).then((s) => ({ token: s.gRecaptchaResponse, taskId: s.taskId }));
  }

  solveHcaptcha({ siteKey, pageUrl }) {
    return this.solve({ type: 'HCaptchaTask', websiteKey: siteKey, websiteURL: pageUrl }).then((s) => ({ token: s.token, taskId: s.taskId }));
  }

  solveTurnstile({ siteKey, pageUrl, action }) {
    return this.solve({ type: 'TurnstileTask', websiteKey: siteKey, websiteURL: pageUrl, action }).then((s) => ({ token: s.token, taskId: s.taskId }));
  }

  solveImage(imageBuffer, { caseSensitive = false, numeric = false } = {}) {
    return this.solve({ type: 'ImageToTextTask', body: Buffer.from(imageBuffer).toString('base64'), case: caseSensitive, numeric }).then((s) => ({ text: s.text, taskId: s.taskId }));
  }

  // Refund request for a wrong answer; improves worker accuracy stats.
  reportIncorrect(taskId) {
    return this.call(`/tasks/${encodeURIComponent(taskId)}/report`, { correct: false });
  }
}

// Helper for browser automation: put a token into the page's hidden response field.
async function applyRecaptchaToken(page, token) {
  await page.evaluate((t) => {
    const el = document.querySelector('#g-recaptcha-response, textarea[name="g-recaptcha-response"]');
    if (!el) throw new Error('g-recaptcha-response field not found');
    el.style.display = 'block';
    el.value = t;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, token);
}

module.exports = { CaptchaDesk, CaptchaDeskError, applyRecaptchaToken };
