export interface ClientConfig {
  url: string;
  headers?: Record<string, string>;
  getToken?(): string | null | Promise<string | null>;
  refreshToken?(): Promise<unknown>;
  persistedQueries?: boolean;
  fetch?: typeof fetch;
  timeoutMs?: number;
}
export interface Result<T> { data: T; errors?: { message: string }[]; extensions?: unknown }
export declare function createClient(c: ClientConfig): {
  request<T = any>(query: string, variables?: Record<string, unknown>, o?: { operationName?: string; signal?: AbortSignal }): Promise<Result<T>>;
};
export declare function gql(s: TemplateStringsArray, ...v: unknown[]): string;
export declare class GraphQLError extends Error { errors: { message: string }[] }
