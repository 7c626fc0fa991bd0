// Reads a JSON list from stdin and stores it next to the package.
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => require("fs").writeFileSync(require("path").join(__dirname, "..", "db.json"), JSON.stringify(JSON.parse(input))));
