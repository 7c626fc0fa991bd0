import { Agent as HttpAgent, AgentOptions } from "http";
import { Agent as HttpsAgent } from "https";
export interface KeepAliveOptions extends AgentOptions { freeSocketTimeout?: number; socketTTL?: number; }
export declare class KeepAliveAgent extends HttpAgent { constructor(opts?: KeepAliveOptions); readonly stats: Record<string, number>; }
export declare class HttpsKeepAliveAgent extends HttpsAgent { constructor(opts?: KeepAliveOptions); readonly stats: Record<string, number>; }
export declare function install(opts?: KeepAliveOptions): void;
