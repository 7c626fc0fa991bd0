export interface KubeConfig {
    'current-context'?: string;
    contexts?: { name: string; context: { cluster: string; user: string; namespace?: string; }; }[];
    [key: string]: unknown;
}
export declare function kubeconfigPath(): string;
export declare function load(file?: string): KubeConfig;
export declare function save(cfg: KubeConfig, file?: string): void;
export declare function listContexts(cfg: KubeConfig): { name: string; current: boolean; namespace: string; }[];
export declare function useContext(name: string): void;
export declare function setNamespace(ns: string): void;
