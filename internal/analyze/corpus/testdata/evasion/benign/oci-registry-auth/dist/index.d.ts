export interface RegistryAuth { username: string; password: string; serveraddress: string; }
export declare function registryHost(imageRef: string): string;
export declare function resolveAuth(imageRef: string): Promise<RegistryAuth | null>;
export declare function toRegistryAuthHeader(auth: RegistryAuth): string;
