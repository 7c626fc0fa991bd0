import type { RequestHandler, Request } from 'express';
export interface Options { windowMs?: number; max?: number; keyGenerator?: (req: Request) => string; message?: string; store?: any; skip?: (req: Request) => boolean }
export default function rateGuard(opts?: Options): RequestHandler;
