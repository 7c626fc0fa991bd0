export declare function hashFiles(patterns: string[]): Promise<string>;
export declare function cacheKey(prefix: string, patterns: string[]): Promise<{ key: string; restoreKeys: string[] }>;
export declare function scope(): string;
