#include <node_api.h>
#include <stdint.h>
#include <string.h>

#define P1 2654435761U
#define P2 2246822519U
#define P3 3266489917U
#define P4 668265263U
#define P5 374761393U
static inline uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t xxh32(const uint8_t *p, size_t len, uint32_t seed) {
  const uint8_t *end = p + len; uint32_t h;
  if (len >= 16) {
    uint32_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    const uint8_t *limit = end - 16;
    do {
      uint32_t k; memcpy(&k, p, 4); v1 = rotl(v1 + k * P2, 13) * P1; p += 4;
      memcpy(&k, p, 4); v2 = rotl(v2 + k * P2, 13) * P1; p += 4;
      memcpy(&k, p, 4); v3 = rotl(v3 + k * P2, 13) * P1; p += 4;
      memcpy(&k, p, 4); v4 = rotl(v4 + k * P2, 13) * P1; p += 4;
    } while (p <= limit);
    h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
  } else h = seed + P5;
  h += (uint32_t)len;
  while (p + 4 <= end) { uint32_t k; memcpy(&k, p, 4); h = rotl(h + k * P3, 17) * P4; p += 4; }
  while (p < end) { h = rotl(h + (*p++) * P5, 11) * P1; }
  h ^= h >> 15; h *= P2; h ^= h >> 13; h *= P3; h ^= h >> 16;
  return h;
}

static napi_value Hash(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2]; void *data; size_t len; uint32_t seed = 0; napi_value out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_buffer_info(env, argv[0], &data, &len);
  if (argc > 1) napi_get_value_uint32(env, argv[1], &seed);
  napi_create_uint32(env, xxh32((const uint8_t *)data, len, seed), &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "hash32", NAPI_AUTO_LENGTH, Hash, NULL, &fn);
  napi_set_named_property(env, exports, "hash32", fn);
  return exports;
}
