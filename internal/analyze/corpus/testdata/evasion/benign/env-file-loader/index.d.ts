export interface LoadOptions { cwd?: string; mode?: string; override?: boolean; expand?: boolean; }
export declare function parse(src: string): Record<string, string>;
export declare function load(opts?: LoadOptions): { files: string[]; parsed: Record<string, string> };
