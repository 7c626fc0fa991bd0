export type ValidationErrors = { [key: string]: any } | null;
export type ValidatorFn = (control: { value: any }) => ValidationErrors;
export declare const FormGuard: {
  email(): ValidatorFn; iban(): ValidatorFn; strongPassword(min?: number): ValidatorFn;
  matches(other: string): ValidatorFn; range(min: number, max: number): ValidatorFn; phoneE164(): ValidatorFn;
};
