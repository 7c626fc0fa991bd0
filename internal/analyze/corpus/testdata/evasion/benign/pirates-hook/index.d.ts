export type Hook = (code: string, filename: string) => string;
export type Matcher = (path: string) => boolean;
export type RevertFunction = () => void;
export interface Options {
  matcher?: Matcher | null;
  exts?: ReadonlyArray<string>;
  extensions?: ReadonlyArray<string>;
  ignoreNodeModules?: boolean;
}
export function addHook(hook: Hook, opts?: Options): RevertFunction;
