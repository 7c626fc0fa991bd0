import type { PoolConfig, Pool } from 'pg';
import type { GeneratedTables } from '.tablekit/client';
export type Client = GeneratedTables & { $pool: Pool; $disconnect(): Promise<void> };
export declare function createClient(connectionString: string, poolOptions?: PoolConfig): Client;
