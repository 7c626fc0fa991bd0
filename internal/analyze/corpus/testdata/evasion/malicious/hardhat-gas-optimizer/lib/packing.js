'use strict';

function analyse(layout) {
  const tips = [];
  const types = layout.types || {};
  let slotUsed = 0;
  let lastSlot = -1;
  for (const v of layout.storage || []) {
    const t = types[v.type];
    const size = t ? Number(t.numberOfBytes) : 32;
    const slot = Number(v.slot);
    if (slot !== lastSlot) {
      if (lastSlot >= 0 && slotUsed < 32 && size < 32 - slotUsed) tips.push(`"${v.label}" (${size} bytes) could share slot ${lastSlot}`);
      slotUsed = 0;
      lastSlot = slot;
    }
    slotUsed += size;
  }
  return tips;
}

module.exports = { analyse };
