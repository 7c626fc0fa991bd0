import { NextResponse, type NextRequest } from 'next/server';
import { verifyJwt } from './jwt';

export interface GuardOptions {
  protect: string[];
  loginPath?: string;
  cookieName?: string;
  /** Defaults to process.env.AUTH_SECRET */
  secret?: string;
  requireRole?: string;
}

export function authGuard(opts: GuardOptions) {
  const loginPath = opts.loginPath ?? '/login';
  const cookieName = opts.cookieName ?? 'session';

  return async function middleware(req: NextRequest) {
    const { pathname, search } = req.nextUrl;
    const isProtected = opts.protect.some((p) => pathname === p || pathname.startsWith(p + '/'));
    if (!isProtected) return NextResponse.next();

    const secret = opts.secret ?? process.env.AUTH_SECRET;
    if (!secret) {
      console.error('[next-edge-auth-guard] AUTH_SECRET is not set; refusing all protected requests');
      return new NextResponse('Server misconfigured', { status: 500 });
    }

    const token = req.cookies.get(cookieName)?.value;
    const claims = token ? await verifyJwt(token, secret) : null;

    if (!claims || (opts.requireRole && !(claims.roles ?? []).includes(opts.requireRole))) {
      const url = req.nextUrl.clone();
      url.pathname = loginPath;
      url.search = `?next=${encodeURIComponent(pathname + search)}`;
      const res = NextResponse.redirect(url);
      if (token && !claims) res.cookies.delete(cookieName); // expired / tampered cookie
      return res;
    }

    // Strip any client-supplied identity header, then set the verified one.
    const headers = new Headers(req.headers);
    headers.delete('x-user-id');
    headers.set('x-user-id', claims.sub);
    return NextResponse.next({ request: { headers } });
  };
}

export { verifyJwt };
