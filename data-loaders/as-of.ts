// The build's "as of" date: the one place anything reads the clock. Loaders resolve it once, at their entry, and pass
// it down; validation ("released after the build?"), the Epoch import and the figures take it as an argument, so the
// same sources give the same site whatever day they are built or tested on. AS_OF=YYYY-MM-DD pins it (reproducible
// builds; the unit suite pins it to the data date).

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a text is a real calendar day written YYYY-MM-DD ("2023-02-30" is not). */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(+date) && date.toISOString().slice(0, 10) === text;
}

/** The build's as-of date (YYYY-MM-DD, UTC): $AS_OF when set, else the clock's day. */
export function buildAsOf(
  env: Record<string, string | undefined> = process.env,
  clock: () => Date = () => new Date()
): string {
  const pinned = env.AS_OF;
  if (pinned === undefined || pinned === "") return clock().toISOString().slice(0, 10);
  if (!isIsoDay(pinned)) throw new Error(`AS_OF=${JSON.stringify(pinned)}: must be a calendar day written YYYY-MM-DD`);
  return pinned;
}
