export interface Zone { name: string; abbrs: string[]; offsets: number[]; untils: number[]; population: number; }
export declare const version: string;
export declare function names(): string[];
export declare function zone(name: string): Zone | null;
/** UTC offset in minutes (positive east of Greenwich) */
export declare function offsetAt(name: string, timestamp?: number | Date): number;
export declare function abbrAt(name: string, timestamp?: number | Date): string;
export declare function unpackBase60(s: string): number;
