'use strict';
const spinners = {
  dots: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] },
  line: { interval: 130, frames: ['-', '\\', '|', '/'] },
  arc: { interval: 100, frames: ['◜', '◠', '◝', '◞', '◡', '◟'] },
  bounce: { interval: 120, frames: ['⠁', '⠂', '⠄', '⠂'] },
  arrow: { interval: 100, frames: ['←', '↖', '↑', '↗', '→', '↘', '↓', '↙'] },
  simpleDots: { interval: 400, frames: ['.  ', '.. ', '...', '   '] }
};

function start(text = '', name = 'dots', stream = process.stderr) {
  const s = spinners[name] || spinners.dots;
  let i = 0;
  const render = () => stream.write(`\r${s.frames[i++ % s.frames.length]} ${text}`);
  const t = stream.isTTY ? setInterval(render, s.interval) : null;
  return {
    text(t2) { text = t2; },
    stop(final = '') { if (t) clearInterval(t); stream.write(`\r\x1b[K${final}${final ? '\n' : ''}`); }
  };
}
module.exports = { spinners, start };
