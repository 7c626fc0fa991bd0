const STYLES = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49]
};

function detectLevel(env = process.env, stream = process.stdout) {
  if ('FORCE_COLOR' in env) return Math.min(3, parseInt(env.FORCE_COLOR, 10) || 1);
  if ('NO_COLOR' in env || !stream || !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  return env.TERM === 'dumb' ? 0 : 1;
}

const level = detectLevel();
export const supportsColor = level ? { level, hasBasic: true, has256: level >= 2, has16m: level >= 3 } : false;

function build(stack) {
  const fn = (...args) => {
    const text = args.join(' ');
    if (!fn.level || !text) return text;
    return stack.reduce((s, [open, close]) => `\u001B[${open}m${s.split(`\u001B[${close}m`).join(`\u001B[${open}m`)}\u001B[${close}m`, text);
  };
  fn.level = level;
  return new Proxy(fn, {
    get(target, prop) {
      if (prop in STYLES) return build([...stack, STYLES[prop]]);
      return target[prop];
    }
  });
}

const chalk = build([]);
export default chalk;
