import * as L from './packages/langtag/src/index.ts';
for (const t of ['quy','nah','shp','bzd','en-US','zh-Hant-TW','sl-rozaj','i-klingon','de-CH-1901','quy-PE']) console.log(t, L.displayName(t), L.displayName(t,'fr'));
console.log(L.parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5, xx;q=0, bad_;q=1'));
console.log(L.filter(['de-*-DE'], ['de-DE','de-Latn-DE','de-x-DE','de-Deva','de-DE-x-goethe','de-Latn-DE-1996'], {extended:true}), L.filter(['de-de'], ['de-DE','de-Latn-DE','de-DE-x-goethe']));
console.log(L.lookup(['zh-Hant-CN-x-private1-private2'], ['zh-Hant','zh','zh-Hant-CN'], 'en'), L.lookup(['fr-FR'], ['de'], 'en'));
