export interface CSPair { readonly open: string; readonly close: string }
export interface ColorBase { readonly close: string; ansi256(code: number): string; ansi16m(r: number, g: number, b: number): string }
declare const ansiStyles: {
  readonly modifier: Record<string, CSPair>;
  readonly color: ColorBase & Record<string, CSPair>;
  readonly bgColor: ColorBase & Record<string, CSPair>;
  readonly codes: ReadonlyMap<number, number>;
  hexToRgb(hex: string): [number, number, number];
  rgbToAnsi256(r: number, g: number, b: number): number;
} & Record<string, CSPair>;
export default ansiStyles;
