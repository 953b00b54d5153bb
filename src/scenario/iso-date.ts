// Calendar dates as the files write them (YYYY-MM-DD). Shared by the scenario schema and the
// engine's check of saved games, which must not load zod.

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD text names a day that exists (no February 30, leap years right). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (lengths[m - 1] ?? 0);
}
