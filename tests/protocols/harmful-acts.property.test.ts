/**
 * Rubric revision 2's promise to instructors: a path that contains one of the harmful acts the
 * review found passing never passes, in any shipped scenario under any shipped profile. Random
 * paths are steered toward each act; a path qualifies when its log holds the act in its harmful
 * form, judged here by a plain reading of docs/protocols.md that deliberately does not reuse the
 * rules' code. Every scenario and profile that offers an act must yield enough qualifying paths.
 */
import { scoredSession, restoreScoredSession } from '../../src/protocols/scored-session.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/log.js';
import { seededRandom, type Random } from '../../src/engine/random.js';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { type Choice, type Session, type SessionSnapshot } from '../../src/engine/session.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { loadProfile, shippedProfileIds } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';

/** Qualifying paths every scenario and profile that offers an act must produce. */
const QUALIFYING_WANTED = 20;
/** Steered paths tried per scenario, profile and act before giving up. */
const ATTEMPTS = 200;
const MAX_PICKS = 300;
/** How often a steered path takes the act (or the step toward it) when it is offered. */
const STEERING = 0.8;

const FORCE = ['restrain', 'grab', 'takedown', 'force_transport'];
const SEARCHES = ['patdown', 'search_person', 'search_area', 'search_bag', 'reach_into_pocket'];
const CHARGES = ['arrest', 'cite'];
const NEW_BASIS_EVENTS = ['weapon_threat', 'violent_crime', 'active_resistance', 'probable_cause', 'weapon_indicator'];

function targetOf(entry: LogEntry): string | undefined {
  return typeof entry.params.target === 'string' ? entry.params.target : undefined;
}

function subject(entry: LogEntry, kind: string): string {
  return targetOf(entry) ?? (kind === 'overdose' ? 'patient' : 'person');
}

const isOfficer = (entry: LogEntry) => targetOf(entry) === 'self' || targetOf(entry) === 'partner';
const isAction = (entry: LogEntry, ids: readonly string[]) => entry.kind === 'action' && ids.includes(entry.id);
const isEvent = (entry: LogEntry, ids: readonly string[]) => entry.kind === 'event' && ids.includes(entry.id);

interface HarmfulAct {
  readonly name: string;
  /** Tags a story must hold before it can offer the act at all (each list: one of them). */
  readonly needsTags: readonly (readonly string[])[];
  /** Does the log hold the act in its harmful form? */
  readonly foundIn: (log: readonly LogEntry[], kind: string) => boolean;
  /** Is the act itself offered now, given what has happened? */
  readonly offered: (choice: Choice, log: readonly LogEntry[], kind: string) => boolean;
  /** Choices that lead toward the act (asking to search, offering diversion, picking up a syringe). */
  readonly leadsTo: (choice: Choice) => boolean;
}

const carries = (choice: Choice, ids: readonly string[]) =>
  choice.actions.some((a) => ids.includes(a.action) && a.params.target !== 'self' && a.params.target !== 'partner');

/** A use of force with nothing before it that could justify it. */
const unjustifiedForce: HarmfulAct = {
  name: 'an unjustified use of force',
  needsTags: [FORCE.map((id) => `act:${id}`)],
  foundIn: (log) =>
    log.some(
      (e, i) =>
        isAction(e, FORCE) &&
        !isOfficer(e) &&
        !log.slice(0, i).some((b) => isEvent(b, ['weapon_threat', 'violent_crime', 'active_resistance'])),
    ),
  offered: (choice, log) => carries(choice, FORCE) && !log.some((b) => isEvent(b, ['weapon_threat', 'violent_crime', 'active_resistance'])),
  leadsTo: () => false,
};

/** A search of a person who refused, with nothing new in between: no threat, cause, arrest or sign of a weapon. */
const searchAfterRefusal: HarmfulAct = {
  name: 'a search after a refusal with no new basis',
  needsTags: [['event:consent_refused'], SEARCHES.map((id) => `act:${id}`)],
  foundIn: (log, kind) =>
    log.some((refusal, r) => {
      if (!isEvent(refusal, ['consent_refused'])) return false;
      const person = subject(refusal, kind);
      return log.some((search, s) => {
        if (s <= r || !isAction(search, SEARCHES) || subject(search, kind) !== person) return false;
        const between = log.slice(r + 1, s);
        return !between.some((b) => isEvent(b, NEW_BASIS_EVENTS) || isAction(b, ['arrest']));
      });
    }),
  offered: (choice, log) => {
    const refusal = log.findLastIndex((e) => isEvent(e, ['consent_refused']));
    return (
      carries(choice, SEARCHES) &&
      refusal >= 0 &&
      !log.slice(refusal + 1).some((e) => isEvent(e, NEW_BASIS_EVENTS) || isAction(e, ['arrest']))
    );
  },
  leadsTo: (choice) => carries(choice, ['ask_consent_search']),
};

const recappedOrPocketed: HarmfulAct = {
  name: 'a recapped or pocketed needle',
  needsTags: [['act:recap_needle', 'act:pocket_syringe']],
  foundIn: (log) => log.some((e) => isAction(e, ['recap_needle', 'pocket_syringe'])),
  offered: (choice) => carries(choice, ['recap_needle', 'pocket_syringe']),
  leadsTo: (choice) => carries(choice, ['pick_up_syringe', 'confiscate_syringes', 'ask_about_sharps', 'have_person_remove_items']),
};

/** An arrest or citation of the person after they accepted diversion, for anything but a violent crime that came to light. */
const chargeAfterDiversion: HarmfulAct = {
  name: 'an arrest after accepted diversion',
  needsTags: [['event:diversion_accepted'], CHARGES.map((id) => `act:${id}`)],
  foundIn: (log, kind) =>
    log.some((accepted, a) => {
      if (!isEvent(accepted, ['diversion_accepted'])) return false;
      const person = subject(accepted, kind);
      return log.some(
        (charge, c) =>
          c > a &&
          isAction(charge, CHARGES) &&
          subject(charge, kind) === person &&
          charge.params.reason !== 'violent_crime' &&
          !log.slice(a, c).some((b) => isEvent(b, ['violent_crime'])),
      );
    }),
  offered: (choice, log) => carries(choice, CHARGES) && log.some((e) => isEvent(e, ['diversion_accepted'])),
  leadsTo: (choice) => carries(choice, ['offer_diversion']),
};

const HARMFUL_ACTS: readonly HarmfulAct[] = [unjustifiedForce, searchAfterRefusal, recappedOrPocketed, chargeAfterDiversion];

function load(dir: string): ScenarioBundle {
  const loaded = loadScenarioDir(dir, { assets: null });
  if (!loaded.bundle) throw new Error(`${dir} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.bundle;
}

function profileById(id: string): Profile {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id} does not load`);
  return loaded.profile;
}

/**
 * Plays a steered path on: the act when it is offered, a step toward it when one is, otherwise any
 * choice. Returns the snapshot of the first point where the act was offered, if there was one.
 */
function steeredPath(session: Session, act: HarmfulAct, random: Random): SessionSnapshot | undefined {
  let offeredAt: SessionSnapshot | undefined;
  for (let n = 0; n < MAX_PICKS && !session.next().ended; n++) {
    const { choices } = session.next();
    const harmful = choices.filter((c) => act.offered(c, session.log(), session.manifest.kind));
    if (harmful.length > 0) offeredAt ??= session.snapshot();
    const toward = choices.filter((c) => act.leadsTo(c));
    const steer = harmful.length > 0 ? harmful : toward;
    const pool = steer.length > 0 && random() < STEERING ? steer : choices;
    session.choose(pool[Math.floor(random() * pool.length)]!.index);
  }
  return offeredAt;
}

/** The picks of a path, for a failure message an instructor can replay. */
function picksOf(session: Session): string {
  return session
    .picks()
    .map((p) => p.text)
    .join(' | ');
}

const scenarios = shippedScenarioDirs().map((dir) => ({ id: path.basename(dir), bundle: load(dir) }));
const profiles = shippedProfileIds().map(profileById);

describe.each(scenarios.map((s) => [s.id, s] as const))('harmful acts in %s never pass', (_id, { bundle }) => {
  it.each(profiles.map((p) => [p.id, p] as const))('under %s', { timeout: 240_000 }, (_profileId, profile) => {
    const tally: string[] = [];
    const story = JSON.stringify(bundle.stories);
    for (const act of HARMFUL_ACTS) {
      if (!act.needsTags.every((anyOf) => anyOf.some((tag) => story.includes(tag)))) {
        tally.push(`${act.name}: not offered`);
        continue;
      }
      let qualifying = 0;
      // Where a rare branch offers the act, later paths start again from the points found so far.
      const offeringPoints: SessionSnapshot[] = [];
      for (let attempt = 0; attempt < ATTEMPTS && qualifying < QUALIFYING_WANTED; attempt++) {
        const random = seededRandom(1_000 * attempt + act.name.length);
        const from = offeringPoints.length > 0 && attempt % 2 === 1 ? offeringPoints[attempt % offeringPoints.length] : undefined;
        const session = from ? restoreScoredSession(from, bundle) : scoredSession({ scenario: bundle, profile, seed: 1 + (attempt % 40) });
        const offeredAt = steeredPath(session, act, random);
        if (offeredAt && !from && offeringPoints.length < 8) offeringPoints.push(offeredAt);
        if (!act.foundIn(session.log(), bundle.manifest.kind)) continue;
        qualifying++;
        expect(session.report().passed, `${act.name}: picks ${picksOf(session)}`).toBe(false);
      }
      const offeredAtAll = offeringPoints.length > 0;
      tally.push(`${act.name}: ${offeredAtAll ? `${qualifying} qualifying paths` : 'not offered'}`);
      if (offeredAtAll)
        expect(qualifying, `${act.name} is offered but only ${qualifying} qualifying paths were played`).toBeGreaterThanOrEqual(
          QUALIFYING_WANTED,
        );
    }
    console.info(`${bundle.manifest.id} under ${profile.id}: ${tally.join('; ')}`);
    expect(tally.filter((line) => !line.endsWith('not offered')).length, 'the scenario offers none of the harmful acts').toBeGreaterThan(0);
  });
});
