const cache = new Map();

export async function resolveOrigin(option, requestOrigin, req) {
  if (!requestOrigin) return null;
  if (option === true || option === '*') return option === true ? requestOrigin : '*';
  if (cache.has(requestOrigin)) return cache.get(requestOrigin);
  let allowed = false;
  if (typeof option === 'string') allowed = option === requestOrigin;
  else if (option instanceof RegExp) allowed = option.test(requestOrigin);
  else if (Array.isArray(option)) allowed = option.some((o) => (o instanceof RegExp ? o.test(requestOrigin) : o === requestOrigin));
  else if (typeof option === 'function') allowed = await option(requestOrigin, req);
  const result = allowed ? requestOrigin : null;
  if (cache.size > 1000) cache.clear();
  cache.set(requestOrigin, result);
  return result;
}
