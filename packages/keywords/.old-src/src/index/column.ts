// Growable typed-array columns: the index's per-entry and per-key numbers, appended one at a time while
// building, saved and loaded as plain typed arrays.

type TypedArray = Uint32Array | Int32Array | Uint16Array | Float32Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

export class Column<T extends TypedArray> {
  private data: T;
  length: number;

  constructor(
    private readonly type: TypedArrayConstructor<T>,
    initial?: T,
  ) {
    this.data = initial ?? new type(64);
    this.length = initial?.length ?? 0;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.type(Math.max(64, this.data.length * 2));
      grown.set(this.data as never);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  /** The used part, without copying. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
