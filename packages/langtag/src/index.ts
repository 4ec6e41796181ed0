// @nomina/langtag — public API (work in progress)
export {};
