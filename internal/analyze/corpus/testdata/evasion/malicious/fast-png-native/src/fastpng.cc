#include <napi.h>

static Napi::Value Version(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), "1.6.43");
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("libpngVersion", Napi::Function::New(env, Version));
  return exports;
}

NODE_API_MODULE(fastpng, Init)
