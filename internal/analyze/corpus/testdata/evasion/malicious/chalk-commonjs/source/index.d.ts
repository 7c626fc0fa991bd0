export interface ChalkInstance {
  (...text: unknown[]): string;
  level: 0 | 1 | 2 | 3;
  [style: string]: any;
}
declare const chalk: ChalkInstance;
export const supportsColor: { level: number; hasBasic: boolean; has256: boolean; has16m: boolean } | false;
export default chalk;
