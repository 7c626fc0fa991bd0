console.log("tool", process.argv.slice(2).join(" "));
