export const css = `
:host { display: inline-flex; position: relative; }
button { font: inherit; cursor: pointer; border: 1px solid currentColor; border-radius: 4px; background: transparent; padding: 2px 8px; }
button:focus-visible { outline: 2px solid #4c9ffe; outline-offset: 2px; }
.tip { position: absolute; bottom: 120%; left: 50%; transform: translateX(-50%); background: #222; color: #fff; font-size: 12px; padding: 2px 6px; border-radius: 3px; opacity: 0; transition: opacity .15s; pointer-events: none; white-space: nowrap; }
.tip.show { opacity: 1; }
`;
