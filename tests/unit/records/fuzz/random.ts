/** mulberry32: a small seeded generator, so every fuzz case can be replayed from its seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      const a = out[i];
      const b = out[j];
      if (a !== undefined && b !== undefined) {
        out[i] = b;
        out[j] = a;
      }
    }
    return out;
  }

  bytes(length: number): Uint8Array {
    return Uint8Array.from({ length }, () => this.int(0, 255));
  }
}

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII
  [0x4e00, 0x9fff], // CJK
  [0xff01, 0xff5e], // full-width ASCII
  [0x3000, 0x303f], // CJK punctuation, ideographic space
  [0x0300, 0x036f], // combining marks
  [0x200b, 0x200f], // zero-width and direction marks
  [0x202a, 0x202e], // bidi overrides
  [0x1f600, 0x1f64f], // emoji (surrogate pairs)
  [0x00, 0x1f], // control characters
];

/** Text that office files and keyboards really produce, and worse. `xmlSafe` leaves out what XML cannot hold. */
export function junkText(r: Random, maxLength: number, xmlSafe: boolean): string {
  const length = r.int(0, maxLength);
  let s = '';
  for (let i = 0; i < length; i += 1) {
    let range = r.pick(RANGES);
    if (xmlSafe && range[0] === 0x00) range = RANGES[0] ?? range;
    s += String.fromCodePoint(r.int(range[0], range[1]));
  }
  if (!xmlSafe && r.chance(0.1)) s += '\ud800';
  return s;
}
