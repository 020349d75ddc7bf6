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
