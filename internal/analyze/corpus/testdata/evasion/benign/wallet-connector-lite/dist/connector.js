import { toChecksumAddress, shortenAddress } from './address';
/**
 * Wraps the injected EIP-1193 provider (MetaMask etc.). Every action that
 * exposes accounts or signs data is performed by the wallet itself, which
 * shows its own confirmation UI; this library never sees private keys.
 */
export class Connector {
    constructor(provider = typeof window !== 'undefined' ? window.ethereum : undefined) {
        this.provider = provider;
        this.state = { account: null, chainId: null };
        this.listeners = new Set();
        this.onAccounts = (accounts) => this.emit({ account: accounts[0] ? toChecksumAddress(accounts[0]) : null });
        this.onChain = (hex) => this.emit({ chainId: parseInt(hex, 16) });
    }
    get account() {
        return this.state.account;
    }
    subscribe(fn) {
        this.listeners.add(fn);
        return () => this.listeners.delete(fn);
    }
    emit(patch) {
        this.state = { ...this.state, ...patch };
        this.listeners.forEach((l) => l(this.state));
    }
    async connect() {
        if (!this.provider)
            throw new Error('No injected wallet found. Install a browser wallet to continue.');
        // Prompts the user in their wallet to approve the connection.
        const accounts = (await this.provider.request({ method: 'eth_requestAccounts' }));
        const chainHex = (await this.provider.request({ method: 'eth_chainId' }));
        this.provider.on?.('accountsChanged', this.onAccounts);
        this.provider.on?.('chainChanged', this.onChain);
        this.emit({ account: accounts[0] ? toChecksumAddress(accounts[0]) : null, chainId: parseInt(chainHex, 16) });
        return this.state;
    }
    disconnect() {
        this.provider?.removeListener?.('accountsChanged', this.onAccounts);
        this.provider?.removeListener?.('chainChanged', this.onChain);
        this.emit({ account: null, chainId: null });
    }
    async switchChain(chainId) {
        await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: `0x${chainId.toString(16)}` }] });
    }
    /** Ask the wallet to sign a human-readable message (EIP-191). Used for "Sign-In with Ethereum". */
    async signMessage(message) {
        if (!this.state.account)
            throw new Error('not connected');
        const hex = '0x' + Array.from(new TextEncoder().encode(message), (b) => b.toString(16).padStart(2, '0')).join('');
        return (await this.provider.request({ method: 'personal_sign', params: [hex, this.state.account] }));
    }
    /** "Copy address" button handler: copies the user's OWN connected address. */
    async copyAccountToClipboard() {
        if (!this.state.account)
            throw new Error('not connected');
        await navigator.clipboard.writeText(this.state.account);
        return shortenAddress(this.state.account);
    }
}
