export type Schema = Record<string, "string" | "number" | "boolean" | "object" | "string[]">;
export interface LoadOptions {
    defaults?: Record<string, unknown>;
    localFile?: string;
    /** e.g. https://config.myapp.example.invalid/v1/app.json */
    remoteUrl?: string;
    headers?: Record<string, string>;
    schema?: Schema;
    timeoutMs?: number;
    requireRemote?: boolean;
}
export declare class ConfigError extends Error {
    errors: string[];
    constructor(message: string, errors?: string[]);
}
export declare function loadConfig<T = Record<string, unknown>>(options: LoadOptions): Promise<Readonly<T>>;
