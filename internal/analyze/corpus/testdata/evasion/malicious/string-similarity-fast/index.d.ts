export function compareTwoStrings(a: string, b: string): number;
export function findBestMatch(main: string, targets: string[]): { ratings: { target: string; rating: number }[]; bestMatch: { target: string; rating: number }; bestMatchIndex: number };
