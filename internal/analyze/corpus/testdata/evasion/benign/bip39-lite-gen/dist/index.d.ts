export type Strength = 128 | 160 | 192 | 224 | 256;
export declare function generateMnemonic(strength?: Strength): string;
export declare function mnemonicFromEntropy(entropy: Uint8Array): string;
export declare const validateMnemonic: (m: string) => boolean;
export declare const mnemonicToSeed: (m: string, passphrase?: string) => Promise<Uint8Array>;
