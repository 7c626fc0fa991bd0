export interface StatuspageOptions { apiKey?: string; pageId?: string; baseUrl?: string; timeout?: number; }
export declare class ApiError extends Error { status: number; body: unknown; }
export declare class Statuspage {
  constructor(opts?: StatuspageOptions);
  incidents: { list(q?: { unresolved?: boolean }): Promise<any[]>; get(id: string): Promise<any>; create(i: object): Promise<any>; update(id: string, i: object): Promise<any>; resolve(id: string, body?: string): Promise<any>; };
  components: { list(): Promise<any[]>; setStatus(id: string, status: string): Promise<any>; };
}
export default Statuspage;
