/** Durations as xAPI and SCORM 2004 write them (ISO 8601, e.g. `PT5M12.5S`). */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds * 100) / 100);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = Math.round((total % 60) * 100) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${rest > 0 || (hours === 0 && minutes === 0) ? `${rest}S` : ''}`;
}

/** Real seconds between two ISO date-times (0 if either is missing or they are out of order). */
export function secondsBetween(from: string, to: string | undefined): number {
  if (!to) return 0;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0;
}
