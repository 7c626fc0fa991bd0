type Type = 'string' | 'number' | 'boolean' | 'url' | 'port' | 'json';
type Spec = Type | { type?: Type; optional?: boolean; default?: unknown; choices?: unknown[] };
export declare function guard<S extends Record<string, Spec>>(schema: S, env?: Record<string, string | undefined>): Readonly<Record<keyof S, any>>;
export default guard;
