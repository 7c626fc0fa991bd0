{
  "targets": [{
    "target_name": "xxhash_lite",
    "sources": ["src/addon.c"],
    "cflags": ["-O3"]
  }]
}
