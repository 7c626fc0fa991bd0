export declare function crc32(input: string | Uint8Array, previous?: number): number;
export declare function crc32c(input: string | Uint8Array, previous?: number): number;
export declare const wasm: boolean;
