import { send } from '#transport';

const DEFAULT_RETRY_ON = [408, 425, 429, 500, 502, 503, 504];

function delayFor(attempt, retryDelay, response) {
  const ra = response && response.headers.get('retry-after');
  if (ra) {
    const secs = Number(ra);
    if (!Number.isNaN(secs)) return secs * 1000;
    const date = Date.parse(ra);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  if (typeof retryDelay === 'function') return retryDelay(attempt);
  return typeof retryDelay === 'number' ? retryDelay : Math.min(30000, 2 ** attempt * 250);
}

function shouldRetry(retryOn, attempt, error, response) {
  if (typeof retryOn === 'function') return retryOn(attempt, error, response);
  if (error) return error.name !== 'AbortError' || error.message === 'timeout';
  return retryOn.includes(response.status);
}

export default async function fetchRetry(input, init = {}) {
  const { retries = 3, retryOn = DEFAULT_RETRY_ON, retryDelay, timeout = 0, ...rest } = init;
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const timer = timeout ? setTimeout(() => controller.abort(new Error('timeout')), timeout) : null;
    if (rest.signal) rest.signal.addEventListener('abort', () => controller.abort(rest.signal.reason), { once: true });
    let response = null;
    let error = null;
    try {
      response = await send(input, { ...rest, signal: controller.signal });
    } catch (e) {
      error = e;
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (attempt >= retries || !shouldRetry(retryOn, attempt, error, response)) {
      if (error) throw error;
      return response;
    }
    await new Promise((r) => setTimeout(r, delayFor(attempt, retryDelay, response)));
  }
}

export function createFetch(defaults) {
  return (input, init = {}) => fetchRetry(input, { ...defaults, ...init, headers: { ...(defaults.headers || {}), ...(init.headers || {}) } });
}
