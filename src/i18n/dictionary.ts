// The type of a dictionary: the English dictionary's shape, with every string widened to `string` and every
// function kept with its typed arguments. A language declared as `Dictionary` fails to compile when it lacks a
// key, has one too many (excess-property check on the literal), or gives a string where a function belongs.
import type { en } from "./en.js";

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Dictionary = Widen<typeof en>;
