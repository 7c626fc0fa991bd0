/** Adler-32 checksum of a string (UTF-8) or binary input, as an unsigned 32-bit integer. */
export declare function adler32(input: string | ArrayBuffer | ArrayBufferView): number;
export declare const NMAX: number;
