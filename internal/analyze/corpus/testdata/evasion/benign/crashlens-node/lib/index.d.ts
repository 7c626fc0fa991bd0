export interface InitOptions {
  dsn?: string;
  release?: string;
  environment?: string;
  sampleRate?: number;
  includeEnv?: boolean;
  sendHostname?: boolean;
  denyKeys?: RegExp;
  captureUncaught?: boolean;
  beforeSend?: (event: Record<string, unknown>) => Record<string, unknown> | null;
}
export declare function init(options?: InitOptions): object | null;
export declare function captureException(err: unknown, opts?: { level?: string; extra?: Record<string, unknown>; user?: { id: string } }): Promise<string | null>;
