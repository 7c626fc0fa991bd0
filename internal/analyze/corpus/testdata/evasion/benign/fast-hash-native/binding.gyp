{ "targets": [ { "target_name": "xxhash", "sources": [ "src/xxhash.cc" ] } ] }
