import { EventEmitter } from 'events';
export interface FlagpoleOptions { sdkKey: string; baseUrl?: string; refreshInterval?: number; offline?: boolean; bootstrap?: { flags: unknown[] }; }
export interface Context { userId?: string; sessionId?: string; [attr: string]: unknown; }
export declare class Flagpole extends EventEmitter {
  constructor(opts: FlagpoleOptions);
  start(): this;
  isEnabled(flag: string, ctx?: Context, fallback?: boolean): boolean;
  getVariant(flag: string, ctx?: Context): { name: string; enabled: boolean; payload?: unknown };
  close(): void;
}
export declare function initialize(opts: FlagpoleOptions): Flagpole;
