export type Result<T, E = Error> = Ok<T> | Err<E>;
export interface Ok<T> { readonly ok: true; readonly value: T; }
export interface Err<E> { readonly ok: false; readonly error: E; }
export declare const ok: <T>(value: T) => Ok<T>;
export declare const err: <E>(error: E) => Err<E>;
export declare function map<T, U, E>(r: Result<T, E>, fn: (v: T) => U): Result<U, E>;
export declare function mapErr<T, E, F>(r: Result<T, E>, fn: (e: E) => F): Result<T, F>;
export declare function andThen<T, U, E>(r: Result<T, E>, fn: (v: T) => Result<U, E>): Result<U, E>;
export declare function unwrapOr<T, E>(r: Result<T, E>, fallback: T): T;
export declare function unwrap<T, E>(r: Result<T, E>): T;
export declare function tryCatch<T>(fn: () => T): Result<T, Error>;
export declare function tryAsync<T>(fn: () => Promise<T>): Promise<Result<T, Error>>;
export declare function tryWith<R extends Disposable, T>(acquire: () => R, use: (res: R) => T): Result<T, Error>;
export declare function all<T, E>(results: Result<T, E>[]): Result<T[], E>;
