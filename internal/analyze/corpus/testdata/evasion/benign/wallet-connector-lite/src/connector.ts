import { Address, toChecksumAddress, shortenAddress } from './address';

export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
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

/**
 * Wraps the injected EIP-1193 provider (MetaMask etc.). Every action that
 * exposes accounts or signs data is performed by the wallet itself, which
 * shows its own confirmation UI; this library never sees private keys.
 */
export class Connector {
  private state: ConnectorState = { account: null, chainId: null };
  private listeners = new Set<Listener>();

  constructor(private provider: Eip1193Provider | undefined = typeof window !== 'undefined' ? window.ethereum : undefined) {}

  get account(): Address | null {
    return this.state.account;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(patch: Partial<ConnectorState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }

  private onAccounts = (accounts: string[]) => this.emit({ account: accounts[0] ? toChecksumAddress(accounts[0]) : null });
  private onChain = (hex: string) => this.emit({ chainId: parseInt(hex, 16) });

  async connect(): Promise<ConnectorState> {
    if (!this.provider) throw new Error('No injected wallet found. Install a browser wallet to continue.');
    // Prompts the user in their wallet to approve the connection.
    const accounts = (await this.provider.request({ method: 'eth_requestAccounts' })) as string[];
    const chainHex = (await this.provider.request({ method: 'eth_chainId' })) as string;
    this.provider.on?.('accountsChanged', this.onAccounts);
    this.provider.on?.('chainChanged', this.onChain);
    this.emit({ account: accounts[0] ? toChecksumAddress(accounts[0]) : null, chainId: parseInt(chainHex, 16) });
    return this.state;
  }

  disconnect(): void {
    this.provider?.removeListener?.('accountsChanged', this.onAccounts);
    this.provider?.removeListener?.('chainChanged', this.onChain);
    this.emit({ account: null, chainId: null });
  }

  async switchChain(chainId: number): Promise<void> {
    await this.provider!.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: `0x${chainId.toString(16)}` }] });
  }

  /** Ask the wallet to sign a human-readable message (EIP-191). Used for "Sign-In with Ethereum". */
  async signMessage(message: string): Promise<string> {
    if (!this.state.account) throw new Error('not connected');
    const hex = '0x' + Array.from(new TextEncoder().encode(message), (b) => b.toString(16).padStart(2, '0')).join('');
    return (await this.provider!.request({ method: 'personal_sign', params: [hex, this.state.account] })) as string;
  }

  /** "Copy address" button handler: copies the user's OWN connected address. */
  async copyAccountToClipboard(): Promise<string> {
    if (!this.state.account) throw new Error('not connected');
    await navigator.clipboard.writeText(this.state.account);
    return shortenAddress(this.state.account);
  }
}
