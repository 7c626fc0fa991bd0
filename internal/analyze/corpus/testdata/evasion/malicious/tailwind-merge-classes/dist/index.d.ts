export type ClassValue = string | null | undefined | false | ClassValue[];
export declare function twMerge(...inputs: ClassValue[]): string;
export declare const cn: typeof twMerge;
export default twMerge;
