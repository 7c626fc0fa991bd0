export interface FlagKitOptions { apiKey: string; endpoint?: string; defaults?: Record<string, boolean>; }
export declare function init(options: FlagKitOptions): Promise<void>;
export declare function isEnabled(flag: string, userId?: string): boolean;
