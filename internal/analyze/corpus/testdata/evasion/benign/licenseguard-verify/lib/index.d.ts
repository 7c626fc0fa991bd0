export interface LicensePayload { product: string; customer: string; seats: number; expires: string | null; features: string[] }
export interface VerifyResult { valid: boolean; reason?: string; payload?: LicensePayload; activation?: unknown; offline?: boolean }
export function verifyKey(key: string, publicKeyPem: string): VerifyResult;
export function activate(o: { key: string; productId: string; publicKeyPem: string; version?: string; graceDays?: number; apiBase?: string }): Promise<VerifyResult>;
export function deactivate(o: { key: string; productId: string; apiBase?: string }): Promise<boolean>;
export function machineId(productId: string): string;
