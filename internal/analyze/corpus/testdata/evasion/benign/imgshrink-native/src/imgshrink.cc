// Minimal addon: strips ancillary PNG chunks (tEXt, zTXt, iTXt, tIME)
// without touching image data. Heavier recompression lives in ../lib.
#include <napi.h>
#include <cstring>
#include <vector>

namespace {

bool IsAncillaryToDrop(const uint8_t* type) {
  static const char* kDrop[] = {"tEXt", "zTXt", "iTXt", "tIME"};
  for (const char* d : kDrop) {
    if (std::memcmp(type, d, 4) == 0) return true;
  }
  return false;
}

uint32_t ReadU32(const uint8_t* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

Napi::Value StripPng(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "expected a Buffer").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto in = info[0].As<Napi::Buffer<uint8_t>>();
  const uint8_t* data = in.Data();
  size_t len = in.Length();
  static const uint8_t kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (len < 8 || std::memcmp(data, kSig, 8) != 0) {
    Napi::Error::New(env, "not a PNG").ThrowAsJavaScriptException();
    return env.Null();
  }
  std::vector<uint8_t> out(data, data + 8);
  size_t pos = 8;
  while (pos + 12 <= len) {
    uint32_t clen = ReadU32(data + pos);
    size_t total = size_t(clen) + 12;
    if (pos + total > len) break;
    if (!IsAncillaryToDrop(data + pos + 4)) {
      out.insert(out.end(), data + pos, data + pos + total);
    }
    pos += total;
  }
  return Napi::Buffer<uint8_t>::Copy(env, out.data(), out.size());
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("stripPng", Napi::Function::New(env, StripPng));
  return exports;
}

}  // namespace

NODE_API_MODULE(imgshrink, Init)
