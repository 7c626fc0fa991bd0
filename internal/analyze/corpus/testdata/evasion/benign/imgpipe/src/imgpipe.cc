#include <napi.h>
#include <vips/vips8>

static Napi::Value Resize(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Buffer<char> input = info[0].As<Napi::Buffer<char>>();
  int width = info[1].As<Napi::Number>().Int32Value();
  vips::VImage img = vips::VImage::new_from_buffer(input.Data(), input.Length(), "");
  double scale = static_cast<double>(width) / img.width();
  vips::VImage out = img.resize(scale);
  void* buf; size_t len;
  out.write_to_buffer(".png", &buf, &len);
  return Napi::Buffer<char>::Copy(env, static_cast<char*>(buf), len);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  if (VIPS_INIT("imgpipe")) Napi::Error::New(env, "vips init failed").ThrowAsJavaScriptException();
  exports.Set("resize", Napi::Function::New(env, Resize));
  return exports;
}

NODE_API_MODULE(imgpipe, Init)
