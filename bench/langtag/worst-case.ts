// The worst-case method moved to bench/harness.ts (`worstCases`, one method for every package); this name
// stays for bench/langid/limits.ts until it imports the harness.
export { worstCases as worstCase } from '../harness.js';
