/**
 * Pairs source items with target items that `same` says agree, first
 * come first served, each item used once. What is left on either side is
 * what the source lost and what the target added.
 */
export function pairUp<S, T>(
  source: readonly S[],
  target: readonly T[],
  same: (s: S, t: T) => boolean,
): { matched: [S, T][]; lost: S[]; stray: T[] } {
  const free = [...target];
  const matched: [S, T][] = [];
  const lost: S[] = [];
  for (const s of source) {
    const i = free.findIndex((t) => same(s, t));
    if (i < 0) lost.push(s);
    else matched.push([s, free.splice(i, 1)[0]!]);
  }
  return { matched, lost, stray: free };
}
