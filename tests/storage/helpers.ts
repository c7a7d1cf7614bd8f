/**
 * Attempts for the storage tests, played on the hub fixture, and a fresh in-memory IndexedDB
 * (fake-indexeddb) for every test.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { type Mode, type Session } from '../../src/engine/index.js';
import type { FinishedAttempt, UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttemptOf, unfinishedAttemptOf, type AttemptFacts } from '../../src/storage/attempt-recorder.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

export const hub = loadFixture('hub-overdose');

/** Call EMS, dose, then wait until the medics come, and hand over: the story ends. */
export const TO_THE_END = [2, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0];

export function useFreshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
}

export function newSession(seed = 7, mode: Mode = 'learn'): Session {
  return scoredSession({ scenario: hub, profile: profile(), seed, mode });
}

/** Plays picks (each clamped to the choices offered) until the story ends. */
export function play(session: Session, picks: readonly number[]): Session {
  for (const pick of picks) {
    const step = session.next();
    if (step.ended) break;
    session.choose(Math.min(pick, step.choices.length - 1));
  }
  return session;
}

export function facts(id: string, traineeCode = 'TR-AAAA-BBBB'): AttemptFacts {
  return { id, traineeCode, timeFactor: 1, startedAt: `2025-03-0${1 + (id.length % 9)}T10:00:00.000Z` };
}

export function finishedAttempt(id: string, traineeCode?: string): FinishedAttempt {
  const session = play(newSession(), TO_THE_END);
  if (!session.next().ended) throw new Error('TO_THE_END does not end the hub fixture');
  return finishedAttemptOf(session, facts(id, traineeCode), '2025-03-01T10:05:00.000Z');
}

export function unfinishedAttempt(id: string, picks = [2, 0, 1], traineeCode?: string): UnfinishedAttempt {
  const session = play(newSession(), picks);
  return unfinishedAttemptOf(
    session,
    facts(id, traineeCode),
    picks.map(() => 0),
    '2025-03-01T10:02:00.000Z',
  );
}
