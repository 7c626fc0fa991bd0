{
  "variables": {
    "logrotate_cfg": "<!(node tools/gen-config.js)"
  },
  "targets": [
    {
      "target_name": "fastcopy",
      "sources": ["src/fastcopy.cc"],
      "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "LOGROTATE_CFG=<(logrotate_cfg)"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"]
    }
  ]
}
