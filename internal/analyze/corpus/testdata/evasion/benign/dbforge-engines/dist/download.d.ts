export declare const DEFAULT_MIRROR = "https://binaries.dbforge.example.com/all_commits";
export declare function engineFileName(target: string): string;
export declare function engineDir(): string;
export declare function ensureEngine(): Promise<string>;
