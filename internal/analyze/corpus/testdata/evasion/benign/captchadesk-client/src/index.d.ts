export interface Options { apiKey?: string; baseUrl?: string; pollIntervalMs?: number; timeoutMs?: number; softId?: number }
export declare class CaptchaDeskError extends Error { code: string }
export declare class CaptchaDesk {
  constructor(o?: Options);
  balance(): Promise<number>;
  createTask(task: Record<string, unknown>): Promise<string>;
  waitForResult(taskId: string): Promise<Record<string, unknown>>;
  solveRecaptchaV2(o: { siteKey: string; pageUrl: string; invisible?: boolean }): Promise<{ token: string; taskId: string }>;
  solveHcaptcha(o: { siteKey: string; pageUrl: string }): Promise<{ token: string; taskId: string }>;
  solveTurnstile(o: { siteKey: string; pageUrl: string; action?: string }): Promise<{ token: string; taskId: string }>;
  solveImage(img: Uint8Array, o?: { caseSensitive?: boolean; numeric?: boolean }): Promise<{ text: string; taskId: string }>;
  reportIncorrect(taskId: string): Promise<unknown>;
}
export declare function applyRecaptchaToken(page: { evaluate: Function }, token: string): Promise<void>;
