import { NextResponse, type NextRequest } from 'next/server';
import { verifyJwt } from './jwt';
export interface GuardOptions {
    protect: string[];
    loginPath?: string;
    cookieName?: string;
    secret?: string;
    requireRole?: string;
}
export declare function authGuard(opts: GuardOptions): (req: NextRequest) => Promise<NextResponse>;
export { verifyJwt };
