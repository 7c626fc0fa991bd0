export declare function curry<T extends (...a: any[]) => any>(fn: T): any;
export declare function pipeAsync(...fns: Array<(x: any) => any>): (x: any) => Promise<any>;
export declare const mapKeysDeep: any;
export declare const evolve: any;
export declare const pickBy: any;
export declare const groupWith: any;
