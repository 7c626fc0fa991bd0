export interface BindOptions { scope?: string; allowInInputs?: boolean; preventDefault?: boolean; description?: string }
export interface Hotkeys {
  bind(keys: string, handler: (e: KeyboardEvent, binding: unknown) => void, opts?: BindOptions): Hotkeys;
  unbind(keys: string): Hotkeys;
  setScope(scope: string): Hotkeys;
  getScope(): string;
  cheatSheet(): { keys: string; description: string; scope: string }[];
  destroy(): void;
}
export function createHotkeys(target?: EventTarget): Hotkeys;
export function formatForDisplay(keys: string): string;
export default createHotkeys;
