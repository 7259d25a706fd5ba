/**
 * A source of uniform random numbers in [0, 1). Generators take one as an
 * argument so that a fixed seed gives the same data on every machine.
 */
export type Rng = () => number;

/**
 * mulberry32: a 32-bit seeded generator, small and fast, good enough for
 * synthetic data (not for anything security-related). The same seed always
 * yields the same sequence, independent of platform and Node version, because
 * it uses only 32-bit integer arithmetic.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both ends included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}
