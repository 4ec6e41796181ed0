import type { Writable } from 'node:stream';

/** Redraws at most this often, so a fast run spends its time on work, not on the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 28;
/** Carriage return, then ANSI "erase in line": the cursor is back at the start of an empty line. */
const CLEAR_LINE = '\r\x1b[K';

/** The bar currently drawn on each stderr, so record writers can clear it first (see clearProgress). */
const drawn = new WeakMap<Writable, ProgressBar>();

/**
 * Clears the progress bar drawn on ERR, if any, so that records written to a terminal stdout never share
 * its line. The bar is drawn again at its next update.
 */
export function clearProgress(err: Writable): void {
  const bar = drawn.get(err);
  if (!bar) return;
  drawn.delete(err);
  err.write(CLEAR_LINE);
}

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (quiet otherwise, so
 * pipes and CI logs stay clean). Shows items done, bytes when the total is known, and the rate.
 */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly err: Writable,
    private readonly enabled: boolean,
    private readonly totalBytes?: number,
    private readonly unit = 'items',
  ) {}

  update(items: number, bytes: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(items, bytes, now);
  }

  /** Draws the final state and ends its line (the summary comes below it). */
  done(items: number, bytes: number): void {
    if (!this.enabled) return;
    this.draw(items, bytes, Date.now());
    drawn.delete(this.err);
    this.err.write('\n');
  }

  private draw(items: number, bytes: number, now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = Math.round(items / seconds).toLocaleString('en');
    let line: string;
    if (this.totalBytes) {
      const fraction = Math.min(bytes / this.totalBytes, 1);
      const filled = Math.round(fraction * BAR_WIDTH);
      line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}%`;
    } else {
      line = `${(bytes / 1048576).toFixed(1)} MiB`;
    }
    drawn.set(this.err, this);
    const unit = items === 1 ? singular(this.unit) : this.unit;
    this.err.write(`${CLEAR_LINE}${line}  ${items.toLocaleString('en')} ${unit}  ${rate}/s`);
  }
}

/** The singular of a unit given in the plural: names → name, addresses → address, entries → entry. */
export function singular(unit: string): string {
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (unit.endsWith('sses')) return unit.slice(0, -2);
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}
