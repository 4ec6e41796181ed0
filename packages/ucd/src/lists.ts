// The lists the package exports, frozen (issue #11: no package exports mutable state). The exported arrays
// are frozen copies: the lookups index the generated arrays, and V8 reads a frozen array's elements about
// 3× slower (ucd/Script fell from 196 to 129 M/s when the generated arrays themselves were frozen). The
// objects in SCRIPTS are shared with scriptInfo() and frozen in place. `@__PURE__` lets bundlers drop an unused list.
import { BIDI_CLASS_VALUES as BIDI_CLASSES } from './data/bidi-class.js';
import { GENERAL_CATEGORY_VALUES as GENERAL_CATEGORIES } from './data/general-category.js';
import { JOINING_TYPE_VALUES as JOINING_TYPES } from './data/joining-type.js';
import { SCRIPT_VALUES as SCRIPT_CODES } from './data/script.js';
import { SCRIPTS as SCRIPT_LIST } from './data/scripts.js';

/** A frozen copy of a list, each object in it frozen in place. */
function frozen<T extends readonly unknown[]>(list: T): T {
  for (const item of list) if (typeof item === 'object' && item !== null) Object.freeze(item);
  return Object.freeze(list.slice()) as unknown as T;
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
