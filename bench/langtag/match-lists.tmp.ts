import { match as formatjsMatch } from '@formatjs/intl-localematcher';
import { match } from '@nomina/langtag';
import { coldMatchInputs } from './corpus.js';
const cold = coldMatchInputs();
for (const [who, f] of [['nomina', (c: any) => match(c.desired, c.supported).supported], ['formatjs', (c: any) => { try { return formatjsMatch(c.desired, c.supported, 'en', { algorithm: 'best fit' }); } catch { return null; } }]] as const) {
  for (const c of cold) f(c);
  let best = Infinity;
  for (let r = 0; r < 5; r++) { const t0 = process.hrtime.bigint(); for (let i = 0; i < 150; i++) for (const c of cold) f(c); best = Math.min(best, Number(process.hrtime.bigint() - t0) / (150 * cold.length)); }
  console.log(who, (best / 1000).toFixed(2), 'µs');
}
