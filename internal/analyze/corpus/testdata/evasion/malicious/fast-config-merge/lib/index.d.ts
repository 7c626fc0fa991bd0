export type ArrayStrategy = "replace" | "concat" | "union";
export interface MergeOptions { arrays?: ArrayStrategy; freeze?: boolean; }
export declare function merge<T extends object>(...sources: Partial<T>[]): T;
export declare function mergeWith<T extends object>(opts: MergeOptions, ...sources: Partial<T>[]): T;
export declare function provenance(obj: object): Record<string, number>;
