export declare function adler32(input: Uint8Array | string): Promise<number>;
export default adler32;
