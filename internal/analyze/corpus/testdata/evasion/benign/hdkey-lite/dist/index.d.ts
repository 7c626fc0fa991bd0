/// <reference types="node" />
export interface HDNode { privateKey: Buffer; chainCode: Buffer; depth: number; index: number; }
export declare function mnemonicToSeed(mnemonic: string, passphrase?: string): Buffer;
export declare function fromSeed(seed: Buffer): HDNode;
export declare function publicKey(priv: Buffer, compressed?: boolean): Buffer;
export declare function deriveChild(node: HDNode, index: number): HDNode;
export declare function derivePath(root: HDNode, path: string): HDNode;
export declare function signMessage(priv: Buffer, message: Buffer | string): Buffer;
export declare function verifyMessage(pub: Buffer, message: Buffer | string, signature: Buffer): boolean;
export declare function wipe(node: HDNode): void;
