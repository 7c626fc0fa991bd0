export declare function crc32(input: string | Uint8Array): number;
export declare function fnv1a(input: string | Uint8Array): number;
export declare function murmur3(input: string | Uint8Array, seed?: number): number;
export declare function digest(algo: "sha1" | "sha256" | "sha512" | "md5", input: string | Uint8Array): string;
