export declare function detectTarget(): string;
