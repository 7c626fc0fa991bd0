export interface MemoizeOptions<A extends unknown[]> { max?: number; ttl?: number; key?: (...args: A) => string; }
export default function memoize<A extends unknown[], R>(fn: (...args: A) => R, options?: MemoizeOptions<A>): ((...args: A) => R) & { cache: Map<string, unknown>; clear(): void };
