// Simplified or Traditional Chinese characters (Unihan kSimplifiedVariant / kTraditionalVariant):
// decides between `-Hans` and `-Hant` tags more reliably than a size-bounded n-gram model.
import { HAN_SIMPLIFIED_ONLY as HAN_SIMPLIFIED, HAN_TRADITIONAL_ONLY as HAN_TRADITIONAL } from '@nomina/ucd/han';

const FIRST = 0x4e00;
const LAST = 0x9fff;
let table: Uint8Array | undefined;

function load(): Uint8Array {
  const out = new Uint8Array(LAST - FIRST + 1);
  const fill = (gaps: string, value: number): void => {
    let cp = FIRST;
    for (const gap of gaps.split(',')) {
      cp += parseInt(gap, 36);
      out[cp - FIRST] = value;
    }
  };
  fill(HAN_SIMPLIFIED, 1);
  fill(HAN_TRADITIONAL, 2);
  return out;
}

export interface HanEvidence {
  simplified: number;
  traditional: number;
}

/** Counts simplified-only and traditional-only ideographs in `text`. */
export function hanEvidence(text: string): HanEvidence {
  table ??= load();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST || unit > LAST) continue;
    const kind = table[unit - FIRST];
    if (kind === 1) simplified++;
    else if (kind === 2) traditional++;
  }
  return { simplified, traditional };
}
