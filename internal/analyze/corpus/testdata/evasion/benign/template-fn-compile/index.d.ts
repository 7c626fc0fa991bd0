export interface CompileOptions { escape?: boolean; strict?: boolean; filters?: Record<string, (v: unknown, ...a: unknown[]) => unknown>; }
export declare function compile(tpl: string, opts?: CompileOptions): (data?: Record<string, unknown>) => string;
export declare function render(tpl: string, data?: Record<string, unknown>, opts?: CompileOptions): string;
export declare function toSource(tpl: string, opts?: CompileOptions): string;
