export type Address = `0x${string}`;
export declare function isAddress(value: unknown): value is Address;
export declare function toChecksumAddress(address: string): Address;
export declare function isChecksumValid(address: string): boolean;
export declare function shortenAddress(address: string, chars?: number): string;
