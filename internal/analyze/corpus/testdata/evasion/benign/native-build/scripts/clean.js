require("fs").rmSync(require("path").join(__dirname, "..", "build"), { recursive: true, force: true });
