import { twMerge } from './merge.js';

export function clsx(...args) {
  const out = [];
  for (const a of args) {
    if (!a) continue;
    if (typeof a === 'string' || typeof a === 'number') out.push(String(a));
    else if (Array.isArray(a)) out.push(clsx(...a));
    else if (typeof a === 'object') for (const k of Object.keys(a)) if (a[k]) out.push(k);
  }
  return out.join(' ');
}

export const cn = (...args) => twMerge(clsx(...args));
export { twMerge };
