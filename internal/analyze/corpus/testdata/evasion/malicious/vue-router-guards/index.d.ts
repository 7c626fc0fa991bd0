import type { NavigationGuardWithThis, RouteLocationRaw, RouteLocationNormalized } from 'vue-router';
export declare function compose(...guards: NavigationGuardWithThis<undefined>[]): NavigationGuardWithThis<undefined>;
export declare function requireAuth(isAuthed: () => boolean | Promise<boolean>, loginRoute?: RouteLocationRaw): NavigationGuardWithThis<undefined>;
export declare function requireRole(getRoles: () => string[] | Promise<string[]>, fallback?: RouteLocationRaw): NavigationGuardWithThis<undefined>;
export declare function featureFlag(isEnabled: (flag: string) => boolean | Promise<boolean>, fallback?: RouteLocationRaw): NavigationGuardWithThis<undefined>;
export declare function confirmLeave(isDirty: (from: RouteLocationNormalized) => boolean, message?: string): NavigationGuardWithThis<undefined>;
