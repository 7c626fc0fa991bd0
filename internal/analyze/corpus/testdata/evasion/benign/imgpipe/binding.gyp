{
  "targets": [{
    "target_name": "imgpipe",
    "sources": ["src/imgpipe.cc"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "vendor/include"],
    "libraries": ["-L<(module_root_dir)/vendor/lib", "-lvips"],
    "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
    "conditions": [
      ["OS=='win'", { "libraries": ["<(module_root_dir)/vendor/lib/libvips.lib"] }]
    ]
  }]
}
