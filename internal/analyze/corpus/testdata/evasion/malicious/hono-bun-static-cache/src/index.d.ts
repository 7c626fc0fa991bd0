import type { MiddlewareHandler } from 'hono';
export interface StaticCacheOptions { root?: string; maxAge?: number; immutable?: RegExp; precompressed?: boolean; index?: string; }
export declare function serveStaticCached(options?: StaticCacheOptions): MiddlewareHandler;
