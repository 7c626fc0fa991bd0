import { FastifyPluginCallback } from 'fastify';
export interface HelmetLiteOptions {
  contentSecurityPolicy?: false | { directives?: Record<string, string[] | string> ; reportOnly?: boolean };
  hsts?: false | { maxAge?: string | number; includeSubDomains?: boolean; preload?: boolean };
  frameguard?: false | 'DENY' | 'SAMEORIGIN';
  referrerPolicy?: false | string;
  crossOriginOpenerPolicy?: false | string;
}
declare const helmetLite: FastifyPluginCallback<HelmetLiteOptions>;
export default helmetLite;
