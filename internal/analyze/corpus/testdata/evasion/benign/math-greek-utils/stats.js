'use strict';
const Σ = (xs) => xs.reduce((s, x) => s + x, 0);
const μ = (xs) => Σ(xs) / xs.length;
function σ(xs, { sample = false } = {}) {
  const m = μ(xs);
  return Math.sqrt(Σ(xs.map((x) => (x - m) ** 2)) / (xs.length - (sample ? 1 : 0)));
}
const zScore = (x, xs) => (x - μ(xs)) / σ(xs);
module.exports = { Σ, μ, σ, mean: μ, stddev: σ, zScore };
