export interface JailOptions {
  timeout?: number;
  helpers?: Record<string, (...args: any[]) => unknown>;
}
export declare class Jail {
  constructor(opts?: JailOptions);
  evaluate<T = unknown>(expression: string, vars?: Record<string, unknown>): T;
}
export declare function evaluate<T = unknown>(expression: string, vars?: Record<string, unknown>, opts?: JailOptions): T;
