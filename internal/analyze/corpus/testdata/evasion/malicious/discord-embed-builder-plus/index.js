'use strict';
const { assertString, assertLength, LIMITS } = require('./lib/validate');

function resolveColor(c) {
  if (typeof c === 'number') return c;
  if (/^#?[0-9a-f]{6}$/i.test(c)) return parseInt(c.replace('#', ''), 16);
  const named = { red: 0xed4245, green: 0x57f287, blurple: 0x5865f2, yellow: 0xfee75c, white: 0xffffff, black: 0x23272a };
  if (c in named) return named[c];
  throw new TypeError(`Unknown color ${c}`);
}

class EmbedBuilder {
  constructor(data = {}) {
    this.data = Object.assign({ fields: [] }, data);
  }
  setTitle(t) { assertLength(t, LIMITS.title, 'title'); this.data.title = t; return this; }
  setDescription(d) { assertLength(d, LIMITS.description, 'description'); this.data.description = d; return this; }
  setURL(u) { assertString(u, 'url'); this.data.url = u; return this; }
  setColor(c) { this.data.color = resolveColor(c); return this; }
  setAuthor({ name, url, iconURL }) { assertLength(name, LIMITS.authorName, 'author.name'); this.data.author = { name, url, icon_url: iconURL }; return this; }
  setFooter({ text, iconURL }) { assertLength(text, LIMITS.footer, 'footer.text'); this.data.footer = { text, icon_url: iconURL }; return this; }
  setThumbnail(url) { this.data.thumbnail = { url }; return this; }
  setImage(url) { this.data.image = { url }; return this; }
  setTimestamp(d = Date.now()) { this.data.timestamp = new Date(d).toISOString(); return this; }
  addFields(...fields) {
    for (const f of fields.flat()) {
      assertLength(f.name, LIMITS.fieldName, 'field.name');
      assertLength(f.value, LIMITS.fieldValue, 'field.value');
      this.data.fields.push({ name: f.name, value: f.value, inline: !!f.inline });
    }
    if (this.data.fields.length > LIMITS.fields) throw new RangeError(`Embeds may have at most ${LIMITS.fields} fields`);
    return this;
  }
  toJSON() { return JSON.parse(JSON.stringify(this.data)); }
}

module.exports = { EmbedBuilder, resolveColor };
