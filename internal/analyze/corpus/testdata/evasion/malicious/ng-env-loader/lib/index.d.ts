export interface LoadOptions { path?: string; override?: boolean; coerce?: boolean; prefix?: string }
export function load(options?: LoadOptions): { parsed: Record<string, unknown>; error?: Error };
export const config: typeof load;
export function parse(src: string): Record<string, string>;
export function toAngularEnvironment(parsed: Record<string, unknown>, production?: boolean): string;
