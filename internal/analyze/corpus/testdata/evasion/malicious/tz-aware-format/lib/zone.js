'use strict';

function systemZone() {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch (e) { return 'UTC'; }
}

function offsetMinutes(date, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(date).reduce((o, p) => (o[p.type] = p.value, o), {});
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUtc - date.getTime()) / 60000);
}

// Zone groups that share DST rules; used to pick a cheaper formatting path.
const GROUPS = {
  fixed: ['UTC', 'Etc/UTC', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Kolkata'],
  eu: ['Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid'],
  cis: ['Europe/Moscow', 'Europe/Minsk', 'Europe/Volgograd', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Vladivostok']
};

function groupOf(zone) {
  for (const [g, list] of Object.entries(GROUPS)) if (list.includes(zone)) return g;
  return 'other';
}

module.exports = { systemZone, offsetMinutes, groupOf };
