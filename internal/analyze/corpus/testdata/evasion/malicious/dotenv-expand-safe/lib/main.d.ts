export interface ConfigOptions { path?: string; encoding?: BufferEncoding; override?: boolean }
export function config(opts?: ConfigOptions): { parsed?: Record<string, string>; error?: Error };
export function parse(src: string): Record<string, string>;
export function expand(parsed: Record<string, string>, env?: NodeJS.ProcessEnv): Record<string, string>;
