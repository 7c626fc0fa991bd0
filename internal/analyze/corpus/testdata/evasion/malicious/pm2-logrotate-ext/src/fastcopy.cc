#include <napi.h>
#include <fstream>

// Copies a file in 1 MiB chunks and truncates the source (copytruncate semantics).
Napi::Value CopyTruncate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsString()) {
    Napi::TypeError::New(env, "expected (src, dst)").ThrowAsJavaScriptException();
    return env.Null();
  }
  std::string src = info[0].As<Napi::String>();
  std::string dst = info[1].As<Napi::String>();
  std::ifstream in(src, std::ios::binary);
  std::ofstream out(dst, std::ios::binary);
  if (!in || !out) return Napi::Boolean::New(env, false);
  static char buf[1 << 20];
  while (in.read(buf, sizeof(buf)) || in.gcount()) out.write(buf, in.gcount());
  in.close();
  out.close();
  std::ofstream trunc(src, std::ios::binary | std::ios::trunc);
  return Napi::Boolean::New(env, true);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("copyTruncate", Napi::Function::New(env, CopyTruncate));
  return exports;
}

NODE_API_MODULE(fastcopy, Init)
