export declare function generateMnemonic(strength?: 128 | 160 | 192 | 224 | 256): string;
export declare function validateMnemonic(mnemonic: string): boolean;
export declare function mnemonicToSeed(mnemonic: string, passphrase?: string): Promise<Uint8Array>;
export declare function suggest(prefix: string, limit?: number): string[];
export declare function repairChecksum(words: string[]): string[];
