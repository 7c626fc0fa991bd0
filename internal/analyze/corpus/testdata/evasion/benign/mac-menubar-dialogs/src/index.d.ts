export declare function notify(o: { title: string; message: string; subtitle?: string; sound?: string }): Promise<void>;
export declare function alert(o: { title: string; message: string; icon?: string }): Promise<void>;
export declare function confirm(o: { title: string; message: string; ok?: string; cancel?: string; icon?: string }): Promise<boolean>;
export declare function prompt(o: { title: string; message: string; defaultAnswer?: string; icon?: string }): Promise<string | null>;
export declare function promptSecret(o: { title: string; message: string; icon?: string }): Promise<string | null>;
export declare function chooseFolder(o?: { message?: string }): Promise<string | null>;
export declare const keychain: {
  set(o: { service: string; account: string; secret: string }): Promise<void>;
  get(o: { service: string; account: string }): Promise<string | null>;
  delete(o: { service: string; account: string }): Promise<boolean>;
};
export declare function osascript(script: string, o?: { timeoutMs?: number }): Promise<string | null>;
