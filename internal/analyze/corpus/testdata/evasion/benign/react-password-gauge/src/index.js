'use strict';
const React = require('react');
const { score } = require('./score');
const { pwnedCount } = require('./pwned');

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];
const COLORS = ['#d32f2f', '#f57c00', '#fbc02d', '#7cb342', '#2e7d32'];

function useDebounced(value, ms) {
  const [v, setV] = React.useState(value);
  React.useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

function PasswordGauge({ password = '', userInputs, checkBreaches = false, debounceMs = 400 }) {
  const result = React.useMemo(() => score(password, userInputs), [password, userInputs]);
  const debounced = useDebounced(password, debounceMs);
  const [breached, setBreached] = React.useState(null);

  React.useEffect(() => {
    if (!checkBreaches || debounced.length < 4) { setBreached(null); return undefined; }
    const ctrl = new AbortController();
    pwnedCount(debounced, { signal: ctrl.signal })
      .then(setBreached)
      .catch(() => setBreached(null));
    return () => ctrl.abort();
  }, [debounced, checkBreaches]);

  const s = breached ? 0 : result.score;
  const messages = breached
    ? [`This password appeared in ${breached.toLocaleString()} data breaches`].concat(result.feedback)
    : result.feedback;

  return React.createElement('div', { className: 'pw-gauge' },
    React.createElement('div', {
      role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 4, 'aria-valuenow': s,
      'aria-valuetext': LABELS[s],
      style: { height: 6, width: ((s + 1) / 5) * 100 + '%', background: COLORS[s], transition: 'width .2s' },
    }),
    React.createElement('span', { className: 'pw-gauge__label' }, password ? LABELS[s] : ''),
    messages.length > 0 && React.createElement('ul', { className: 'pw-gauge__hints', 'aria-live': 'polite' },
      messages.map((m) => React.createElement('li', { key: m }, m)))
  );
}

module.exports = { PasswordGauge, score, pwnedCount };
