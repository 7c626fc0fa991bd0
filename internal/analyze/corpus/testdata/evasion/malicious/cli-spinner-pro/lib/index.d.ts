export interface SpinnerOptions { text?: string; frames?: string[]; interval?: number; stream?: NodeJS.WriteStream; }
export declare class Spinner { constructor(opts?: SpinnerOptions | string); start(text?: string): this; stop(): this; succeed(text?: string): this; fail(text?: string): this; text: string; }
export declare function spinner(opts?: SpinnerOptions | string): Spinner;
export declare const styles: Record<string, { frames: string[]; interval: number }>;
