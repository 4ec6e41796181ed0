// The profiles by name, for callers that take a name from a user (a command-line flag, a JSON body). A
// module of its own: it brings the registration profile's data (IDNA2008 properties, UTS #39 identifier
// status), which a bundle of parseAddress with the strict or html profile does not carry.
import { requireOption } from '@nomina/core';
import { resolveProfile } from './parse.js';
import type { Profile } from './profile.js';
import { registration } from './registration.js';

/** The names of the profiles, in the order the README presents them. */
export const PROFILE_NAMES: readonly ['strict', 'html', 'registration'] = /* @__PURE__ */ Object.freeze([
  'strict',
  'html',
  'registration',
] as const);

export type ProfileName = (typeof PROFILE_NAMES)[number];

/** The profile object of a name of `PROFILE_NAMES`; any other value is a `RangeError`. */
export function profileNamed(name: ProfileName): Profile {
  requireOption(name, PROFILE_NAMES, 'profile');
  return name === 'registration' ? registration : resolveProfile(name);
}
