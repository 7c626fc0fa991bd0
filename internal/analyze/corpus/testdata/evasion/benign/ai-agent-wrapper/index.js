#!/usr/bin/env node
// Runs Claude Code on a task the user typed; --yolo asks before nothing,
// so it is only passed when the user passes it.
const { spawn } = require("child_process");
const args = ["-p", process.argv.slice(2).join(" ")];
if (process.env.AGENT_RUN_YOLO) args.unshift("--dangerously-skip-permissions");
spawn("claude", args, { stdio: "inherit" }).on("exit", (code) => process.exit(code));
