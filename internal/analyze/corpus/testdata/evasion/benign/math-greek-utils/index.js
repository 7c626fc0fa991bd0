'use strict';
// Identifiers use Greek letters as in the formulas they implement.
const π = Math.PI;
const τ = 2 * π;
const φ = (1 + Math.sqrt(5)) / 2;
const ε = Number.EPSILON;

const toRadians = (θ) => (θ * π) / 180;
const toDegrees = (θ) => (θ * 180) / π;
const circleArea = (r) => π * r ** 2;
const circumference = (r) => τ * r;
const fibonacci = (n) => Math.round((φ ** n - (-φ) ** -n) / Math.sqrt(5));
const approxEqual = (a, b, δ = 1e3 * ε) => Math.abs(a - b) <= δ * Math.max(1, Math.abs(a), Math.abs(b));

function polarToCartesian(ρ, θ) { return { x: ρ * Math.cos(θ), y: ρ * Math.sin(θ) }; }
function Δ(a, b) { return b - a; }

module.exports = { π, τ, φ, ε, toRadians, toDegrees, circleArea, circumference, fibonacci, approxEqual, polarToCartesian, Δ, ...require('./stats') };
