import { Address } from './address';
export interface Eip1193Provider {
    request(args: { method: string; params?: unknown[] | object; }): Promise<unknown>;
    on?(event: string, listener: (...args: any[]) => void): void;
    removeListener?(event: string, listener: (...args: any[]) => void): void;
}
type Listener = (state: ConnectorState) => void;
export interface ConnectorState {
    account: Address | null;
    chainId: number | null;
}
declare global {
    interface Window {
        ethereum?: Eip1193Provider;
    }
}
export declare class Connector {
    private provider;
    private state;
    private listeners;
    constructor(provider?: Eip1193Provider | undefined);
    get account(): Address | null;
    subscribe(fn: Listener): () => void;
    private emit;
    private onAccounts;
    private onChain;
    connect(): Promise<ConnectorState>;
    disconnect(): void;
    switchChain(chainId: number): Promise<void>;
    signMessage(message: string): Promise<string>;
    copyAccountToClipboard(): Promise<string>;
}
export {};
