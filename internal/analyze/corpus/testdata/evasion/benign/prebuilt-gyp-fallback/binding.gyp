{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/binding.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=6", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"]
    }
  ]
}
