export interface License {
  product: string;
  customer: string;
  seats?: number;
  expires?: string;
  features?: string[];
}
export interface VerifyResult {
  valid: boolean;
  reason: 'LICENSE_INVALID' | 'LICENSE_EXPIRED' | null;
  license: License | null;
}
/** Verify an Ed25519-signed license key completely offline. */
export declare function verify(key: string, opts?: { product?: string; now?: number }): VerifyResult;
export declare function hasFeature(license: License | null, feature: string): boolean;
/** SHA-256 of hostname + machine-id; the raw values are never sent. */
export declare function machineFingerprint(): string;
/** Optional online seat activation against the Licensegate activation service. */
export declare function activate(key: string, opts?: { endpoint?: string; timeout?: number; product?: string }): Promise<{ activationId: string; seatsUsed: number; seats: number }>;
