// @observablehq/inputs ships no type declarations: its forms are HTML elements with a `value`.
declare module "@observablehq/inputs" {
  type Form<T> = HTMLElement & { value: T };
  interface Options<T> {
    label?: string;
    value?: T;
    format?: (value: never) => string;
    disabled?: boolean;
    [option: string]: unknown;
  }
  export function radio<T>(values: readonly T[], options?: Options<T>): Form<T>;
  export function checkbox<T>(values: readonly T[], options?: Options<T[]>): Form<T[]>;
  export function select<T>(values: readonly T[], options?: Options<T | T[]>): Form<T>;
  export function toggle(options?: Options<boolean>): Form<boolean>;
  export function range(extent: [number, number], options?: Options<number> & { step?: number }): Form<number>;
  export function search<T>(
    data: readonly T[],
    options?: Options<T[]> & { placeholder?: string; columns?: string[] }
  ): Form<T[]>;
  export function table<T>(data: readonly T[], options?: Record<string, unknown>): HTMLElement;
}
