// Browser / Deno / Bun: the platform fetch is used as-is.
export function send(input, init) {
  return globalThis.fetch(input, init);
}
