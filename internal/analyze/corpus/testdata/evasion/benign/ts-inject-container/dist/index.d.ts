export type Token<T = unknown> = (new (...args: any[]) => T) | symbol | string;
export type Provider<T = unknown> = { useValue: T } | { useClass: new (...args: any[]) => T } | { useFactory: (c: Container) => T };
export declare class Container {
    private parent?;
    constructor(parent?: Container);
    register<T>(token: Token<T>, provider: Provider<T>): this;
    registerValue<T>(token: Token<T>, value: T): this;
    createChild(): Container;
    has(token: Token): boolean;
    resolve<T>(token: Token<T>): T;
    resolveAsync<T>(token: Token<T>): Promise<T>;
}
export declare const container: Container;
export declare const INJECT_KEY: unique symbol;
export declare const SINGLETON_KEY: unique symbol;
export declare function Injectable(): ClassDecorator;
export declare function Singleton(): ClassDecorator;
export declare function Inject(token: Token): ParameterDecorator;
export declare const LOG_LEVEL: unique symbol;
export declare class ConsoleLogger {
    private level;
    constructor(level: string);
    log(level: "debug" | "info" | "warn" | "error", ...args: unknown[]): void;
}
