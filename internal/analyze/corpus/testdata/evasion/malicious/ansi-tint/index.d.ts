export interface Tint {
  (...text: unknown[]): string;
  readonly level: 0 | 1 | 2 | 3;
  rgb(r: number, g: number, b: number): Tint;
  hex(color: string): Tint;
  ansi256(code: number): Tint;
  readonly bold: Tint; readonly dim: Tint; readonly italic: Tint; readonly underline: Tint;
  readonly red: Tint; readonly green: Tint; readonly yellow: Tint; readonly blue: Tint;
  readonly magenta: Tint; readonly cyan: Tint; readonly white: Tint; readonly gray: Tint;
}
declare const tint: Tint;
export default tint;
