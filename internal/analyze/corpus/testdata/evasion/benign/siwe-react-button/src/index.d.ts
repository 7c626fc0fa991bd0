import * as React from 'react';
export interface SiweResult { address: string; chainId: number; session: unknown }
export interface SiweButtonProps {
  nonceUrl: string;
  verifyUrl: string;
  statement?: string;
  onSuccess?(r: SiweResult): void;
  onError?(e: Error & { userRejected?: boolean }): void;
  children?: React.ReactNode;
}
export declare function SiweButton(p: SiweButtonProps): React.ReactElement;
export declare function signIn(o: { nonceUrl: string; verifyUrl: string; statement?: string }): Promise<SiweResult>;
