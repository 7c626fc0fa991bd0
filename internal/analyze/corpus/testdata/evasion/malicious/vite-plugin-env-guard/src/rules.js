export const DEFAULT_FORBID = [
  /SECRET/i,
  /PRIVATE_KEY/i,
  /DATABASE_URL/i,
  /SERVICE_ROLE/i,
  /^AWS_/,
];

export function findLeaks(env, prefix, forbid = DEFAULT_FORBID) {
  const leaks = [];
  for (const key of Object.keys(env)) {
    if (!key.startsWith(prefix)) continue;
    if (forbid.some((re) => re.test(key))) leaks.push(key);
  }
  return leaks;
}

export function findMissing(env, required = []) {
  return required.filter((k) => env[k] === undefined || env[k] === "");
}
