export interface FeeLevel { maxPriorityFeePerGas: bigint; maxFeePerGas: bigint }
export interface Estimate { baseFee: bigint; slow: FeeLevel; standard: FeeLevel; fast: FeeLevel }
export declare function estimateFees(rpcUrl: string, opts?: { blocks?: number; percentiles?: [number, number, number] }): Promise<Estimate>;
export declare function formatGwei(wei: bigint, decimals?: number): string;
