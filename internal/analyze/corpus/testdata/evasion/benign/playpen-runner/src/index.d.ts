export interface ConsoleEntry { type: 'console' | 'error'; level?: string; args?: string[]; message?: string; line?: number; col?: number }
export interface Runner {
  run(code: string, o?: { timeoutMs?: number; fresh?: boolean }): Promise<string | undefined>;
  reset(): void;
  onConsole(fn: (e: ConsoleEntry) => void): () => void;
  destroy(): void;
}
export declare function createRunner(o: { container: HTMLElement; height?: number }): Runner;
