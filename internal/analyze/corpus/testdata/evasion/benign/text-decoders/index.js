// Puzzle helpers: ROT13 spoilers and byte strings.
const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => {
  const base = ch <= "Z" ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
const greeting = new TextDecoder().decode(new Uint8Array([104, 101, 108, 108, 111]));
const shifted = Array.from("ifmmp").map((c) => String.fromCharCode(c.charCodeAt(0) - 1)).join("");
module.exports = { rot13, answer: rot13("Gur nafjre vf 42"), greeting, shifted };
