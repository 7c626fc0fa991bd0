import type { Plugin } from 'vite';
export interface EnvSyncOptions { schema?: Record<string, 'string' | 'number' | 'boolean' | 'url'>; dts?: string | false; prefix?: string; licenseKey?: string }
export default function envSync(options?: EnvSyncOptions): Plugin;
