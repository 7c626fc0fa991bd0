export function showBanner({ text, accept = 'Accept', decline = 'Decline' }, onChoice) {
  const el = document.createElement('div');
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-live', 'polite');
  el.className = 'cas-banner';
  el.innerHTML = '<p></p><button data-v="granted"></button><button data-v="denied"></button>';
  el.querySelector('p').textContent = text;
  el.querySelector('[data-v=granted]').textContent = accept;
  el.querySelector('[data-v=denied]').textContent = decline;
  el.addEventListener('click', e => {
    const v = e.target && e.target.dataset && e.target.dataset.v;
    if (!v) return;
    el.remove();
    onChoice(v);
  });
  document.body.appendChild(el);
}
