/** A small seeded PRNG (mulberry32) and the helpers the generator draws with. Deterministic for a seed. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  /** A lowercase UUID v4 drawn from this generator. */
  uuid(): string;
}

/** 32-bit FNV-1a of a string, to derive independent seeds (one per organization) from the dataset seed. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x7c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = '0123456789abcdef';

const hex8 = (x: number): string => ((x * 4294967296) >>> 0).toString(16).padStart(8, '0');

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items) {
      let total = 0;
      for (let i = 0; i < items.length; i++) total += items[i]![1];
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= items[i]![1];
        if (r < 0) return items[i]![0];
      }
      return items[items.length - 1]![0];
    },
    chance: (p) => next() < p,
    uuid() {
      const a = hex8(next());
      const b = hex8(next());
      const c = hex8(next());
      const d = hex8(next());
      // Version 4 in the 13th digit, variant 8–b in the 17th. join() builds one flat string (cheap to hash as a key).
      return [
        a,
        '-',
        b.slice(0, 4),
        '-4',
        b.slice(5, 8),
        '-',
        HEX[8 + (parseInt(c[0]!, 16) & 3)],
        c.slice(1, 4),
        '-',
        c.slice(4, 8),
        d,
      ].join('');
    },
  };
}

/** A random lowercase UUID v4 for things created at run time (crypto when available). */
export function randomUuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return createRng((Math.random() * 2 ** 32) >>> 0).uuid();
}
