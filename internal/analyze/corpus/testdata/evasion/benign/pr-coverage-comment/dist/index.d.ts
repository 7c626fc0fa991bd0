interface Totals {
    lines: { pct: number; };
    statements: { pct: number; };
    functions: { pct: number; };
    branches: { pct: number; };
}
export interface Context {
    token: string;
    repository: string;
    prNumber: number;
    apiUrl: string;
}
export declare function contextFromEnv(env?: NodeJS.ProcessEnv): Context;
export declare function renderComment(total: Totals, baseline?: Totals): string;
export declare function upsertComment(ctx: Context, body: string): Promise<string>;
export declare function readSummary(file: string): Totals;
export {};
