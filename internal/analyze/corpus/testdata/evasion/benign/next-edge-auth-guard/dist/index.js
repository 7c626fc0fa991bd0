"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyJwt = void 0;
exports.authGuard = authGuard;
const server_1 = require("next/server");
const jwt_1 = require("./jwt");
Object.defineProperty(exports, "verifyJwt", { enumerable: true, get: function () { return jwt_1.verifyJwt; } });
function authGuard(opts) {
    const loginPath = opts.loginPath ?? '/login';
    const cookieName = opts.cookieName ?? 'session';
    return async function middleware(req) {
        const { pathname, search } = req.nextUrl;
        const isProtected = opts.protect.some((p) => pathname === p || pathname.startsWith(p + '/'));
        if (!isProtected)
            return server_1.NextResponse.next();
        const secret = opts.secret ?? process.env.AUTH_SECRET;
        if (!secret) {
            console.error('[next-edge-auth-guard] AUTH_SECRET is not set; refusing all protected requests');
            return new server_1.NextResponse('Server misconfigured', { status: 500 });
        }
        const token = req.cookies.get(cookieName)?.value;
        const claims = token ? await (0, jwt_1.verifyJwt)(token, secret) : null;
        if (!claims || (opts.requireRole && !(claims.roles ?? []).includes(opts.requireRole))) {
            const url = req.nextUrl.clone();
            url.pathname = loginPath;
            url.search = `?next=${encodeURIComponent(pathname + search)}`;
            const res = server_1.NextResponse.redirect(url);
            if (token && !claims)
                res.cookies.delete(cookieName);
            return res;
        }
        const headers = new Headers(req.headers);
        headers.delete('x-user-id');
        headers.set('x-user-id', claims.sub);
        return server_1.NextResponse.next({ request: { headers } });
    };
}
