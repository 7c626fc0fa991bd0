import { addVary } from './lib/vary.js';
import { resolveOrigin } from './lib/origin.js';

const DEFAULTS = {
  origin: '*',
  methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
  credentials: false,
  maxAge: undefined,
  preflight: true,
  strictPreflight: true
};

export default async function fastifyCors(fastify, opts) {
  const options = { ...DEFAULTS, ...opts };
  fastify.addHook('onRequest', async (req, reply) => {
    const origin = await resolveOrigin(options.origin, req.headers.origin, req);
    if (!origin) return;
    reply.header('Access-Control-Allow-Origin', origin);
    if (origin !== '*') addVary(reply, 'Origin');
    if (options.credentials) reply.header('Access-Control-Allow-Credentials', 'true');
    if (options.preflight && req.method === 'OPTIONS') {
      if (options.strictPreflight && !req.headers['access-control-request-method']) {
        reply.code(400).send('Invalid Preflight Request');
        return reply;
      }
      reply.header('Access-Control-Allow-Methods', options.methods);
      const h = req.headers['access-control-request-headers'];
      if (h) {
        reply.header('Access-Control-Allow-Headers', h);
        addVary(reply, 'Access-Control-Request-Headers');
      }
      if (options.maxAge != null) reply.header('Access-Control-Max-Age', String(options.maxAge));
      reply.code(204).send();
      return reply;
    }
  });
}

fastifyCors[Symbol.for('skip-override')] = true;
fastifyCors[Symbol.for('fastify.display-name')] = '@fastify/cors';
