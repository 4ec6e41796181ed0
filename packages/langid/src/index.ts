// @nomina/langid — public API (work in progress)
export {};
