export declare function hash32(input: string | Uint8Array, seed?: number): number;
export declare const isNative: boolean;
