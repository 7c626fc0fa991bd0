export interface Range { start: Date; end: Date }
export interface PickerOptions { min?: Date; max?: Date; weekStartsOn?: 0 | 1; locale?: string }
export declare function calendarGrid(month: Date, opts?: PickerOptions): Date[][];
export declare function clampRange(r: Range, opts?: PickerOptions): Range;
export declare function presets(today?: Date): Record<string, Range>;
