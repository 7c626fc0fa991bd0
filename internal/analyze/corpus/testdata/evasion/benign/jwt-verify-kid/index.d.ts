export interface VerifyOptions { issuer?: string | string[]; audience?: string | string[]; algorithms: string[]; clockTolerance?: number; }
export type Jwk = Record<string, unknown> & { kid?: string; kty: string; alg?: string; use?: string };
export declare function verify(token: string, getKey: (header: { kid?: string; alg: string }) => Promise<Jwk | string | Buffer>, options: VerifyOptions): Promise<Record<string, unknown>>;
export declare function jwksClient(opts: { fetchJwks: () => Promise<{ keys: Jwk[] }>; cacheMaxAge?: number }): (header: { kid?: string; alg: string }) => Promise<Jwk>;
