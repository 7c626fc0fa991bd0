export function tooltip(target, text) {
  const tip = document.createElement('span');
  tip.className = 'wk-tooltip';
  tip.textContent = text;
  target.addEventListener('mouseenter', () => target.appendChild(tip));
  target.addEventListener('mouseleave', () => tip.remove());
  return () => tip.remove();
}
