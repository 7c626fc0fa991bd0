module.exports = function help() {
  console.log("tool is not installed. Install it with:");
  console.log("  curl -fsSL https://tool.example.com/install.sh | sh");
};
