// A small seeded PRNG (mulberry32): the synthetic data must be the same on every machine and
// every run, so figures from two runs describe the same file.

/** Returns a function giving floats in [0, 1), fully determined by `seed`. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one generator, so call sites read as what they pick. */
export function picker(rand) {
  return {
    rand,
    /** Whole number in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    /** One element, uniformly. */
    one: (xs) => xs[Math.floor(rand() * xs.length)],
    /** True with probability p. */
    chance: (p) => rand() < p,
    /** Index drawn with the given (not necessarily normalised) weights. */
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = rand() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
