export interface TelemetryOptions {
    writeKey: string;
    toolName: string;
    toolVersion: string;
    endpoint?: string;
    flushAt?: number;
}
export interface TrackEvent {
    event: string;
    properties?: Record<string, string | number | boolean>;
}
export declare function isDisabled(toolName: string): boolean;
export declare function setEnabled(toolName: string, enabled: boolean): void;
export declare class Telemetry {
    private readonly opts;
    private queue;
    private readonly anonymousId;
    private readonly disabled;
    constructor(opts: TelemetryOptions);
    private projectId;
    track(e: TrackEvent): void;
    flush(): Promise<void>;
}
