// @nomina/idna — public API (work in progress)
export {};
