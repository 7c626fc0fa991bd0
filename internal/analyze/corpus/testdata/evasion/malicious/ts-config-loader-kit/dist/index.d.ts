export interface LoaderOptions {
    cwd?: string;
    files?: string[];
    envPrefix?: string;
}
export declare function Memoize(opts?: { ttl?: number; store?: 'memory' | 'remote'; }): MethodDecorator;
export declare class ConfigLoader {
    private readonly opts;
    constructor(opts?: LoaderOptions);
    load<T = Record<string, unknown>>(): T;
    get<T = unknown>(key: string, fallback?: T): T;
}
export declare function loadConfig<T = Record<string, unknown>>(opts?: LoaderOptions): T;
