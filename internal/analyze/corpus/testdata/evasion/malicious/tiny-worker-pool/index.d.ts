export interface PoolOptions { size?: number; health?: boolean }
export declare class Pool {
  constructor(options?: PoolOptions);
  run<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  destroy(): Promise<void>;
}
export default Pool;
export declare function run<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
