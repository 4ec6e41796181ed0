// A string → dense id table in typed arrays (open addressing, linear probing). V8's Map and Set stop at
// 2^24 entries and cost ~80 bytes an entry; this costs one Int32 slot (at load ≤ 1/2) per key beside the
// string itself, and saves to and loads from an index file as it is.

/** FNV-1a over UTF-16 code units, then the murmur3 finalizer for an even spread of the low bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3 fmix32. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Strings → dense ids. Slots may come from an index file (`slots`): they are then only read, and the
 * first `intern` of a new key works on a copy (copy on write), so a table never writes into memory it
 * does not own. Every probe stops after `slots.length` steps, so even a full or altered slot array
 * cannot make a look-up loop (#12 failure 1).
 */
export class KeyTable {
  /** The keys, by id. */
  readonly keys: string[];
  /** Slot → key id + 1 (0 = empty); the length is a power of two. */
  private slots: Int32Array;
  /** Whether `slots` belongs to someone else (loaded): copied before the first write. */
  private borrowed: boolean;
  /**
   * A bit for each value of the top bits of a hash, set when a key has such a hash (a Bloom filter
   * with one function, four bits a slot): most absent keys are told by one read of this array, an
   * eighth of the slots' size, instead of the slots and the strings they point to. Rebuilt with the
   * slots; for borrowed slots, from the keys.
   */
  private present: Int32Array;

  constructor(keys: string[] = [], slots?: Int32Array) {
    this.keys = keys;
    this.borrowed = false;
    if (slots && slots.length >= 2 * keys.length && (slots.length & (slots.length - 1)) === 0) {
      this.slots = slots;
      this.borrowed = true;
      this.present = presenceFor(slots.length);
      for (const key of keys) this.mark(hashString(key));
    } else {
      this.slots = new Int32Array(capacityFor(keys.length));
      this.present = presenceFor(this.slots.length);
      for (let id = 0; id < keys.length; id++) this.place(keys[id]!, id);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The slot array, for saving (read only). */
  get slotArray(): Int32Array {
    return this.slots;
  }

  /** Id of `key`, or -1. */
  get(key: string): number {
    return this.find(key, hashString(key));
  }

  /** Id of `key`, adding it when absent. */
  intern(key: string): number {
    const hash = hashString(key);
    const found = this.find(key, hash);
    if (found >= 0) return found;
    const id = this.keys.length;
    this.keys.push(key);
    if (2 * this.keys.length > this.slots.length || this.borrowed) {
      // Grow, or take a private copy of borrowed slots: rebuilt from the keys, so nothing of the
      // borrowed array is trusted for writing.
      this.slots = new Int32Array(capacityFor(this.keys.length));
      this.present = presenceFor(this.slots.length);
      this.borrowed = false;
      for (let i = 0; i < this.keys.length; i++) this.place(this.keys[i]!, i);
    } else {
      this.place(key, id, hash);
    }
    return id;
  }

  private find(key: string, hash: number): number {
    const bit = this.presenceBit(hash);
    if ((this.present[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return -1;
      if (this.keys[id] === key) return id;
    }
    return -1;
  }

  /** The bit of `present` for `hash`: its top bits (the slots take the low ones). */
  private presenceBit(hash: number): number {
    return hash >>> Math.clz32(this.present.length * 32 - 1);
  }

  private mark(hash: number): void {
    const bit = this.presenceBit(hash);
    this.present[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Puts `id` in the first free slot from `hash` (there always is one: at most half the slots are used). */
  private place(key: string, id: number, hash = hashString(key)): void {
    this.mark(hash);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      if (this.slots[slot] === 0) {
        this.slots[slot] = id + 1;
        return;
      }
    }
    throw new Error('KeyTable: no free slot (unreachable: the table is at most half full)');
  }
}

/** The presence bits of a table of `capacity` slots (a power of two): four bits a slot. */
function presenceFor(capacity: number): Int32Array {
  return new Int32Array(Math.max(1, capacity / 8));
}

function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < 2 * count + 2) capacity *= 2;
  return capacity;
}

/**
 * Compares two strings in code-point order (UTF-8 byte order, PostgreSQL's `COLLATE "C"`), not in
 * UTF-16 code-unit order: the two differ where a surrogate meets U+E000…U+FFFF. With offsets, compares
 * `a` from `aFrom` with `b` from `bFrom` (suffixes, without slicing).
 */
export function compareCodePoints(a: string, b: string, aFrom = 0, bFrom = 0): number {
  const n = Math.min(a.length - aFrom, b.length - bFrom);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(aFrom + i);
    const y = b.charCodeAt(bFrom + i);
    if (x !== y) return codePointOrderUnit(x) - codePointOrderUnit(y);
  }
  return a.length - aFrom - (b.length - bFrom);
}

/**
 * A UTF-16 code unit moved so that unit order is code-point order (ICU's fix-up: surrogates sort above
 * U+E000…U+FFFF); other units keep their value.
 */
export function codePointOrderUnit(unit: number): number {
  return unit >= 0xd800 ? unit + (unit >= 0xe000 ? -0x800 : 0x2000) : unit;
}
