#!/usr/bin/env node
// A release helper: tags and pushes with zx, cleans its own build output.
import { $ } from "zx";
const version = process.argv[2];
await $`git tag v${version}`;
await $`git push origin v${version}`;
await $`find ./dist -name '*.map' -delete`;
