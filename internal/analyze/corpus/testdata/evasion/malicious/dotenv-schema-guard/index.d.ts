export interface GuardOptions { path?: string; example?: string; allowEmptyValues?: boolean; override?: boolean; strict?: boolean; }
export interface GuardResult { parsed: Record<string, string>; missing: string[]; }
export declare function config(options?: GuardOptions): GuardResult;
export declare function parse(src: string): Record<string, string>;
