#include <napi.h>
#include <cstdint>

static uint32_t xxh32(const uint8_t* p, size_t len, uint32_t seed) {
  const uint32_t P1 = 2654435761U, P2 = 2246822519U, P3 = 3266489917U, P4 = 668265263U, P5 = 374761393U;
  uint32_t h = seed + P5 + (uint32_t)len;
  for (size_t i = 0; i + 4 <= len; i += 4) {
    uint32_t k; memcpy(&k, p + i, 4);
    h += k * P3; h = ((h << 17) | (h >> 15)) * P4;
  }
  for (size_t i = len & ~3u; i < len; i++) { h += p[i] * P5; h = ((h << 11) | (h >> 21)) * P1; }
  h ^= h >> 15; h *= P2; h ^= h >> 13; h *= P3; h ^= h >> 16;
  return h;
}

Napi::Value Hash32(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t seed = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(info.Env(), xxh32(buf.Data(), buf.Length(), seed));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash32", Napi::Function::New(env, Hash32));
  return exports;
}

NODE_API_MODULE(xxhash, Init)
