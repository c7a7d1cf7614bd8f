/**
 * A stored record as JSON text, whatever IndexedDB handed back: a quarantined record may hold
 * anything structured cloning keeps (dates, maps, big integers, cycles), and must still download.
 */

function jsonSafe(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return null;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    if (value instanceof Map) return { $map: [...value.entries()].map(([k, v]) => [jsonSafe(k, seen), jsonSafe(v, seen)]) };
    if (value instanceof Set) return { $set: [...value].map((v) => jsonSafe(v, seen)) };
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return { $bytes: value.byteLength };
    if (Array.isArray(value)) return value.map((v) => jsonSafe(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v, seen)]));
  } finally {
    seen.delete(value);
  }
}

/** Pretty-printed JSON of any stored value; what plain JSON cannot hold is written out as a marked stand-in. */
export function recordJson(value: unknown): string {
  return JSON.stringify(jsonSafe(value, new WeakSet()), null, 2);
}
