{
  "targets": [
    {
      "target_name": "addon",
      "type": "none",
      "actions": [
        {
          "action_name": "build",
          "inputs": [],
          "outputs": [
            "out"
          ],
          "action": [
            "make",
            "-C",
            "deps"
          ]
        }
      ]
    }
  ]
}
