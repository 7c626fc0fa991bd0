import type { Plugin } from "vite";
export interface EnvGuardOptions { required?: string[]; forbidPatterns?: RegExp[]; native?: boolean; }
export default function envGuard(opts?: EnvGuardOptions): Plugin;
