export interface DraftOptions {
  key?: string;
  ttlHours?: number;
  debounceMs?: number;
  restore?: boolean;
  clearOnSubmit?: boolean;
  onSave?(p: { savedAt: number; data: Record<string, unknown> }): void;
  onRestore?(p: { savedAt: number; data: Record<string, unknown> }): void;
}
export interface DraftKeeper { save(): void; restore(): boolean; clear(): void; destroy(): void }
export declare function keepDraft(form: HTMLFormElement, options?: DraftOptions): DraftKeeper;
export declare function purgeExpired(maxAgeHours?: number): number;
