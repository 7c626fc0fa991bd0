{
  "targets": [
    {
      "target_name": "crc32",
      "sources": [ "src/crc32.cc" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
      "defines": [ "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "cflags": [ "-O3" ],
      "conditions": [
        [ "target_arch=='x64'", { "cflags": [ "-msse4.2" ], "xcode_settings": { "OTHER_CFLAGS": [ "-msse4.2" ] } } ]
      ]
    }
  ]
}
