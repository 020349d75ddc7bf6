// What JSON.parse does not say: a key written twice in one object (JSON.parse keeps the last without a word) and
// nesting too deep for any curated row (which would overflow the stack of a recursive validator). One pass, no
// recursion, over text JSON.parse has accepted or will judge: syntax errors are left to it.

/** The curated rows nest three levels (array → row → fact); 32 leaves room and stops a runaway or hostile file. */
export const MAX_JSON_DEPTH = 32;

export interface JsonScanProblem {
  kind: "duplicate key" | "too deep";
  /** 1-based line of the problem. */
  line: number;
  /** Index of the top-level array element it is in (null: outside one, or the file is not an array). */
  row: number | null;
  /** Dotted path of the object holding the key, inside the row ("parameters"); "" for the row itself. */
  path: string;
  key?: string;
}

interface Frame {
  type: "object" | "array";
  keys?: Set<string>;
  /** Elements seen (arrays). */
  index: number;
  /** The key or index this container sits under in its parent. */
  name: string | null;
  /** An object's last key, waiting for its value. */
  pendingKey: string | null;
}

/** Scans JSON text for duplicate keys and excess depth; returns every duplicate, and the first too-deep point. */
export function scanJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonScanProblem[] {
  const problems: JsonScanProblem[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  const where = () => {
    const top = stack[0];
    const row = top?.type === "array" && stack.length >= 2 ? top.index : null;
    const path = stack
      .slice(row === null ? 1 : 2)
      .map((frame) => frame.name)
      .filter((name): name is string => name !== null)
      .join(".");
    return { line, row, path };
  };
  const nameInParent = (): string | null => {
    const parent = stack.at(-1);
    if (!parent) return null;
    return parent.type === "object" ? parent.pendingKey : String(parent.index);
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    switch (char) {
      case 10: // \n
        line++;
        break;
      case 34: {
        // A string: find its end, skipping escapes.
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
        const top = stack.at(-1);
        if (top?.type === "object" && expectKey) {
          let key: string;
          try {
            key = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return problems; // malformed: JSON.parse will say where
          }
          if (top.keys!.has(key)) problems.push({ kind: "duplicate key", ...where(), key });
          top.keys!.add(key);
          top.pendingKey = key;
          expectKey = false;
        }
        i = end;
        break;
      }
      case 123: // {
      case 91: {
        // [
        if (stack.length >= maxDepth) {
          problems.push({ kind: "too deep", ...where() });
          return problems;
        }
        const name = nameInParent();
        stack.push(
          char === 123
            ? { type: "object", keys: new Set(), index: 0, name, pendingKey: null }
            : { type: "array", index: 0, name, pendingKey: null }
        );
        expectKey = char === 123;
        break;
      }
      case 125: // }
      case 93: // ]
        stack.pop();
        expectKey = false;
        break;
      case 44: {
        // ,
        const top = stack.at(-1);
        if (top?.type === "array") top.index++;
        else if (top?.type === "object") expectKey = true;
        break;
      }
    }
  }
  return problems;
}

export interface JsonSyntaxError {
  /** 0-based offset of the character where the text stops being JSON. */
  offset: number;
  /** What was expected there, in words. */
  reason: string;
}

const JSON_NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Where JSON.parse fails and why. V8 gives a position for most errors but not all ("Unexpected token 'N', "[NaN]" is
 * not valid JSON" quotes the whole file instead), so this walks the grammar itself. Null when the text is JSON.
 * Nesting is bounded by `maxDepth` (scanJson has already refused deeper files).
 */
export function jsonSyntaxError(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string): never => {
    throw { offset: i, reason: i >= text.length ? `the file ends where ${reason}` : reason } satisfies JsonSyntaxError;
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail("a string is still open (no closing quote)");
      const char = text.charCodeAt(i);
      if (char === 34) return void i++;
      if (char < 0x20) fail("a string contains a raw control character (a line break or tab must be written \\n, \\t)");
      if (char === 92) {
        const escape = text[i + 1] ?? "";
        if (escape === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(escape || "?"))
          fail("a backslash starts an escape JSON does not have");
        i += escape === "u" ? 6 : 2;
      } else i++;
    }
  };
  const value = (depth: number): void => {
    space();
    const char = text[i];
    if (char === "{" || char === "[") return container(char, depth);
    if (char === '"') return string();
    JSON_NUMBER.lastIndex = i;
    if (char !== undefined && /[-0-9]/.test(char)) {
      if (!JSON_NUMBER.test(text)) fail("a number is malformed");
      i = JSON_NUMBER.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"])
      if (char === word[0]) {
        for (const expected of word) {
          if (text[i] !== expected) fail(`a value was expected (${word}?)`);
          i++;
        }
        return;
      }
    fail("a value was expected (a string in double quotes, a number, true, false, null, an object or an array)");
  };
  const container = (open: "{" | "[", depth: number) => {
    if (depth >= maxDepth) fail(`the nesting is deeper than ${maxDepth} levels`);
    const close = open === "{" ? "}" : "]";
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      if (open === "{") {
        space();
        if (text[i] !== '"') fail("a property name in double quotes was expected");
        string();
        space();
        if (text[i] !== ":") fail("a colon was expected after the property name");
        i++;
      }
      value(depth + 1);
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) return void i++;
      else fail(`a comma or ${close} was expected`);
    }
  };
  try {
    value(0);
    space();
    if (i < text.length) fail("there is text after the JSON value");
    return null;
  } catch (error) {
    if (error && typeof error === "object" && "offset" in error) return error as JsonSyntaxError;
    throw error;
  }
}

/** The 1-based line and column of an offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++)
    if (text.charCodeAt(k) === 10) {
      line++;
      start = k + 1;
    }
  return { line, column: offset - start + 1 };
}
