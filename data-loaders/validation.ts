// Turns schema failures into messages a person can act on: the file, the row, the field, and why.
import type { z } from "zod";

export class SourceError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    // The same problem found twice (by two checks, or in two passes) is listed once.
    const unique = [...new Set(problems)];
    super(`${unique.length} problem${unique.length === 1 ? "" : "s"} in the data sources:\n- ${unique.join("\n- ")}`);
    this.problems = unique;
    this.name = "SourceError";
  }
}

/** Where a row lives, for messages: `models.json, row 3 (id "gpt-2-xl")`. */
export function rowLabel(file: string, index: number, row: unknown): string {
  const key =
    row && typeof row === "object"
      ? ((row as Record<string, unknown>).id ?? (row as Record<string, unknown>).model)
      : undefined;
  return `${file}, row ${index + 1}${typeof key === "string" ? ` (${JSON.stringify(key)})` : ""}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  // JSON.stringify would write Infinity (1e999 in the file) as null.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = row;
  for (const key of path)
    value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * Validates every row of one file against a schema. Returns the parsed rows, and pushes one message per problem:
 * all problems of all rows are reported at once, so a broken file is fixed in one pass.
 */
export function validateRows<S extends z.ZodType>(
  file: string,
  rows: unknown,
  schema: S,
  problems: string[],
  labels?: WeakMap<object, string>
): z.infer<S>[] {
  if (!Array.isArray(rows)) {
    problems.push(`${file}: must be a JSON array of rows, got ${describeValue(rows)}`);
    return [];
  }
  const parsed: z.infer<S>[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) {
      parsed.push(result.data);
      labels?.set(result.data as object, rowLabel(file, index, row));
      return;
    }
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        const where = issue.path.length ? `${issue.path.join(".")}.` : "";
        for (const key of issue.keys)
          problems.push(`${rowLabel(file, index, row)}, field "${where}${key}": is not a known field`);
        continue;
      }
      const field = issue.path.join(".") || "(row)";
      problems.push(
        `${rowLabel(file, index, row)}, field "${field}": ${issue.message} (got ${describeValue(valueAt(row, issue.path))})`
      );
    }
  });
  return parsed;
}
