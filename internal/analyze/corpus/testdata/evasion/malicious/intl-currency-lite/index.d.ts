export interface FormatOptions { locale?: string; display?: 'symbol' | 'narrowSymbol' | 'code' | 'name'; cash?: boolean; compact?: boolean; }
export declare function formatMoney(amount: number, currency: string, options?: FormatOptions): string;
export declare function parseMoney(text: string, locale?: string): number;
export declare function currencyDigits(currency: string): number;
