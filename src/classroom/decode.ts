/**
 * Small decoders for data that crosses a window boundary: a message is checked field by field and
 * turned into a typed value, or refused whole. Nothing received is trusted for its shape.
 */
import { isRecord } from '../engine/validation/field-checks.js';

export { isRecord };

export const INVALID: unique symbol = Symbol('invalid');
export type Decoder<T> = (value: unknown) => T | typeof INVALID;
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

/** A string no longer than `max` characters (a message cannot make the other window render megabytes). */
export const text =
  (max = 2000): Decoder<string> =>
  (value) =>
    typeof value === 'string' && value.length <= max ? value : INVALID;

export const finite: Decoder<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID);

export const whole =
  (min: number, max: number): Decoder<number> =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : INVALID;

export const bool: Decoder<boolean> = (value) => (typeof value === 'boolean' ? value : INVALID);

export function literal<const T extends string>(...allowed: readonly T[]): Decoder<T> {
  return (value) => (typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : INVALID);
}

export function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value) => (value === null ? null : decode(value));
}

export function list<T>(decode: Decoder<T>, max = 1000): Decoder<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    const out: T[] = [];
    for (const item of value) {
      const decoded = decode(item);
      if (decoded === INVALID) return INVALID;
      out.push(decoded);
    }
    return out;
  };
}

/** A plain object of string keys to values of one kind (tag params, vote tallies). */
export function dictionary<T>(decode: Decoder<T>, maxKeys = 50): Decoder<Record<string, T>> {
  return (value) => {
    if (!isRecord(value)) return INVALID;
    const entries = Object.entries(value);
    if (entries.length > maxKeys) return INVALID;
    const out: Record<string, T> = {};
    for (const [key, item] of entries) {
      const decoded = decode(item);
      if (decoded === INVALID) return INVALID;
      out[key] = decoded;
    }
    return out;
  };
}

type Shape = Readonly<Record<string, Decoder<unknown>>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Decoded<S[K]> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Decoded<S[K]> } & {
  -readonly [K in OptionalKeys<S>]?: Exclude<Decoded<S[K]>, undefined>;
};

/** A field that may be absent. */
export function optional<T>(decode: Decoder<T>): Decoder<T | undefined> {
  return (value) => (value === undefined ? undefined : decode(value));
}

/** An object with exactly these fields checked; other fields are dropped. */
export function object<S extends Shape>(shape: S): Decoder<ObjectOf<S>> {
  return (value) => {
    if (!isRecord(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const [key, decode] of Object.entries(shape)) {
      const decoded = decode(value[key]);
      if (decoded === INVALID) return INVALID;
      if (decoded !== undefined) out[key] = decoded;
    }
    return out as ObjectOf<S>;
  };
}
