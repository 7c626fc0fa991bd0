{
  "targets": [{
    "target_name": "foo",
    "sources": ["src/foo.cc", "<(INTERMEDIATE_DIR)/version.h"],
    "actions": [{
      "action_name": "version_header",
      "inputs": ["scripts/version.py"],
      "outputs": ["<(INTERMEDIATE_DIR)/version.h"],
      "action": ["python3", "scripts/version.py", "<@(_outputs)"]
    }]
  }]
}
