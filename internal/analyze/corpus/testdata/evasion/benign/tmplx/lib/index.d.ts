export interface CompileOptions { varName?: string; debug?: boolean; escape?: (v: unknown) => string }
export type RenderFn = ((data?: object) => string) & { source: string };
export function compile(template: string, options?: CompileOptions): RenderFn;
export function render(template: string, data?: object, options?: CompileOptions): string;
export function renderFile(file: string, data?: object, options?: CompileOptions): string;
export function escapeHtml(value: unknown): string;
export function clearCache(): void;
