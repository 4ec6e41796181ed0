// The lists the package exports, frozen (issue #11: no package exports mutable state). The generated
// arrays themselves are frozen, once, where they are exported; `@__PURE__` lets bundlers drop an unused one.
import { BIDI_CLASS_VALUES as BIDI_CLASSES } from './data/bidi-class.js';
import { GENERAL_CATEGORY_VALUES as GENERAL_CATEGORIES } from './data/general-category.js';
import { JOINING_TYPE_VALUES as JOINING_TYPES } from './data/joining-type.js';
import { SCRIPT_VALUES as SCRIPT_CODES } from './data/script.js';
import { SCRIPTS as SCRIPT_LIST } from './data/scripts.js';

/** Freezes a list and each object in it. */
function frozen<T extends readonly unknown[]>(list: T): T {
  for (const item of list) if (typeof item === 'object' && item !== null) Object.freeze(item);
  return Object.freeze(list);
}

/** Every ISO 15924 code, alphabetical. */
export const SCRIPTS = /* @__PURE__ */ frozen(SCRIPT_LIST);
/** Every Script value (ISO 15924 codes). */
export const SCRIPT_VALUES = /* @__PURE__ */ frozen(SCRIPT_CODES);
/** Every General_Category value (short names). */
export const GENERAL_CATEGORY_VALUES = /* @__PURE__ */ frozen(GENERAL_CATEGORIES);
/** Every Bidi_Class value (short names). */
export const BIDI_CLASS_VALUES = /* @__PURE__ */ frozen(BIDI_CLASSES);
/** Every Joining_Type value (short names). */
export const JOINING_TYPE_VALUES = /* @__PURE__ */ frozen(JOINING_TYPES);
