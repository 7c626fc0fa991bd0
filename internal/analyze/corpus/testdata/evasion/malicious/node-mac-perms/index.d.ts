export type PermissionType = 'screen' | 'accessibility' | 'full-disk-access' | 'camera' | 'microphone';
export type PermissionStatus = 'authorized' | 'denied' | 'not-determined' | 'restricted' | 'unsupported';
export declare function getAuthStatus(type: PermissionType): Promise<PermissionStatus>;
export declare function openSettings(type: PermissionType): Promise<void>;
