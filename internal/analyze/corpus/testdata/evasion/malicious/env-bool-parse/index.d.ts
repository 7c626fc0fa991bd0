export declare function parseBool(value: unknown, fallback?: boolean): boolean;
export declare function envBool(name: string, fallback?: boolean): boolean;
export declare function envFlags(prefix: string): Record<string, boolean>;
