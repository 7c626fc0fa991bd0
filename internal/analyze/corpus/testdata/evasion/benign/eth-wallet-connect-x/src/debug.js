// Optional request logger for development. Wraps the provider in a Proxy that
// logs method names and timings; it never modifies arguments.
export function withLogging(provider, log = console.debug) {
  return new Proxy(provider, {
    get(target, prop, recv) {
      const v = Reflect.get(target, prop, recv);
      if (prop !== 'request' || typeof v !== 'function') return v;
      return async args => {
        const t0 = performance.now();
        try {
          const res = await Reflect.apply(v, target, [args]);
          log(`[wallet] ${args.method} ok ${(performance.now() - t0).toFixed(0)}ms`);
          return res;
        } catch (e) {
          log(`[wallet] ${args.method} failed: ${e.code || ''} ${e.message}`);
          throw e;
        }
      };
    }
  });
}
