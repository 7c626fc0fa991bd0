export interface RetryInit extends RequestInit {
  retries?: number;
  retryOn?: number[] | ((attempt: number, error: unknown, response: Response | null) => boolean);
  retryDelay?: number | ((attempt: number) => number);
  timeout?: number;
}
export default function fetchRetry(input: string | URL | Request, init?: RetryInit): Promise<Response>;
export function createFetch(defaults: RetryInit): typeof fetchRetry;
