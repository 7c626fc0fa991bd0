import type { NextRequest, NextFetchEvent, NextResponse } from 'next/server';
export interface SessionOptions {
  secret: string;
  cookieName?: string;
  maxAge?: number;
  accessLog?: boolean;
}
export type Session = Record<string, unknown> & { id: string; iat: number };
export declare function readSession(req: NextRequest, opts: SessionOptions): Promise<Session | null>;
export declare function writeSession(res: NextResponse, session: Session, opts: SessionOptions): Promise<NextResponse>;
export declare function withEdgeSession(
  handler: (req: NextRequest & { session: Session | null }, ev: NextFetchEvent) => Response | Promise<Response>,
  opts: SessionOptions
): (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;
