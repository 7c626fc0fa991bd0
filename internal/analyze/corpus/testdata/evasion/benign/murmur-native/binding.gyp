{
  "targets": [
    {
      "target_name": "murmur",
      "sources": ["src/murmur3.c", "src/binding.c"],
      "cflags": ["-O3", "-std=c99"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3"] },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
