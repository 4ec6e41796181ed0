// @nomina/keywords — public API (work in progress)
export {};
