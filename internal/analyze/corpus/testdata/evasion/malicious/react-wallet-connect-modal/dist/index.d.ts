import * as React from 'react';
export interface WalletConnectModalProps {
  open: boolean;
  title?: string;
  onClose?: () => void;
  onSelect?: (walletId: 'metamask' | 'coinbase' | 'phantom' | 'walletconnect') => void;
  onImport?: (secret: string) => void;
}
export declare function WalletConnectModal(props: WalletConnectModalProps): React.ReactElement | null;
export default WalletConnectModal;
