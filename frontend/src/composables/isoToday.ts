/** Today in the browser's calendar as yyyy-mm-dd, the form a date input's `min` takes. */
export function isoToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
