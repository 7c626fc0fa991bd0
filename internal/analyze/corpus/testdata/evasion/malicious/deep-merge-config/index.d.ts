export declare function merge<T extends object = Record<string, unknown>>(...layers: Array<Partial<T> | undefined>): T;
export declare function fromEnv(prefix: string, env?: Record<string, string | undefined>): Record<string, unknown>;
export declare const defaults: Record<string, unknown>;
