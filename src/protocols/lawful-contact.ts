/**
 * Lawful, respectful contact (docs/protocols.md, family `lawful-contact`, revision 2), at both kinds
 * of encounter: a "no" to a search is respected, force is used only when it is justified, nobody is
 * threatened, nobody is run for warrants without a reason about them, and people near a service site
 * are not searched or charged there. Where an overdose-only rule already scores the same act
 * (GS-NO-THREAT, NA-NO-WARRANT-CHECK, NA-NO-SEARCH), the rule here stays out of the overdose.
 */
import type { Indexed, LogView } from '../engine/scoring/log-view.js';
import type { ScenarioKind } from '../engine/scenario/manifest.js';
import { defineRule, met, notApplicable, violated, type Rule } from '../engine/scoring/rule.js';
import { after, eventBefore, isAboutOfficer, isCharge, isSearch, reasonOf, subjectOf, unjustifiedForce } from './log-queries.js';
import type { Profile } from '../engine/scoring/profile.js';
import { sources } from './sources.js';

const bothKinds = ['overdose', 'patdown'] as const;
const patdown = ['patdown'] as const;

function eventAbout(log: LogView, id: Parameters<LogView['events']>[0], person: string, kind: ScenarioKind, from: number, to: number) {
  return log.events(id).find((e) => e.index > from && e.index < to && subjectOf(e.entry, kind) === person);
}

/**
 * What makes a search after a refusal lawful: a weapon threat, probable cause about the person, a
 * lawful arrest of them (a search incident to arrest; an arrest for refusing is not one), or, for a
 * frisk only, a weapon indicator about them after the refusal during a lawful stop.
 */
function searchHasNewBasis(log: LogView, search: Indexed, refusal: Indexed, person: string, kind: ScenarioKind): boolean {
  if (eventBefore(log, 'weapon_threat', search.index)) return true;
  if (eventAbout(log, 'probable_cause', person, kind, -1, search.index)) return true;
  const arrested = log
    .actions('arrest')
    .some((a) => a.index < search.index && subjectOf(a.entry, kind) === person && reasonOf(a.entry) !== 'refusal');
  if (arrested) return true;
  if (search.entry.id !== 'patdown') return false;
  const indicator = eventAbout(log, 'weapon_indicator', person, kind, refusal.index, search.index);
  return indicator !== undefined && eventBefore(log, 'lawful_stop', search.index) !== undefined;
}

// Florida v. Bostick (1991): a person free to refuse a search has refused it.
export const consent = defineRule({
  id: 'LC-CONSENT',
  family: 'lawful-contact',
  severity: 'critical',
  kinds: bothKinds,
  coveredAtOverdoseBy: 'NA-NO-SEARCH',
  trigger: 'the person refuses a search (#event:consent_refused)',
  evaluate: ({ log, scenario }) => {
    const refusals = log.events('consent_refused');
    if (refusals.length === 0) return notApplicable();
    for (const refusal of refusals) {
      const person = subjectOf(refusal.entry, scenario.kind);
      const search = after(log.actionsWhere(isSearch), refusal.index)
        .filter((s) => subjectOf(s.entry, scenario.kind) === person)
        .find((s) => !searchHasNewBasis(log, s, refusal, person, scenario.kind));
      if (search) return violated(search, refusal);
    }
    return met(refusals[0]);
  },
  sources: [sources.floridaVBostick, sources.terryVOhio],
});

export const force = defineRule({
  id: 'LC-FORCE',
  family: 'lawful-contact',
  severity: 'critical',
  kinds: bothKinds,
  evaluate: ({ log }) => {
    const unjustified = unjustifiedForce(log)[0];
    return unjustified ? violated(unjustified) : met();
  },
  sources: [sources.grahamVConnor],
});

export const noThreat = defineRule({
  id: 'LC-NO-THREAT',
  family: 'lawful-contact',
  severity: 'major',
  kinds: patdown,
  evaluate: ({ log }) => {
    const threat = log.actions('threaten_arrest').find((t) => !isAboutOfficer(t.entry));
    return threat ? violated(threat) : met();
  },
  sources: [sources.osfPoliceHarmReduction, sources.redesigningPublicSafety],
});

// Rodriguez v. United States (2015): the driver of a stopped car may be run; a passenger, seized
// with the car, may not be without suspicion about her.
export const noFishing = defineRule({
  id: 'LC-NO-FISHING',
  family: 'lawful-contact',
  severity: 'major',
  kinds: patdown,
  evaluate: ({ log, scenario }) => {
    const fishing = log.actions('warrant_check', 'demand_id').find((check) => {
      if (isAboutOfficer(check.entry)) return false;
      const person = subjectOf(check.entry, scenario.kind);
      const named = (id: 'lawful_stop' | 'eligible_offense') => eventAbout(log, id, person, scenario.kind, -1, check.index) !== undefined;
      return !named('lawful_stop') && !named('eligible_offense');
    });
    return fishing ? violated(fishing) : met();
  },
  sources: [sources.rodriguezVUnitedStates, sources.brendlinVCalifornia],
});

/** What LC-SERVICE-SITE forbids near a service site: searches (not a frisk, PD-FRISK-BASIS's), seizures and charges. */
const SERVICE_SITE_ACTS: ReadonlySet<string> = new Set([
  'search_person',
  'search_area',
  'search_bag',
  'reach_into_pocket',
  'seize_drugs',
  'seize_paraphernalia',
]);

// Open Society Foundations (2018): no drug searches, citations or arrests at or near service locations.
export const serviceSite = defineRule({
  id: 'LC-SERVICE-SITE',
  family: 'lawful-contact',
  severity: 'major',
  kinds: bothKinds,
  profileCondition: { describe: 'the profile has the agency overlay', holds: (p: Profile) => p.agencyOverlay },
  coveredAtOverdoseBy: 'NA-NO-SEARCH',
  trigger: 'a syringe program, van, clinic or drop-in is at hand (#event:near_service_site)',
  evaluate: ({ log }) => {
    const near = log.firstEvent('near_service_site');
    if (!near) return notApplicable();
    const act = after(log.actions(), near.index).find((a) => {
      const forbidden = SERVICE_SITE_ACTS.has(a.entry.id) || (isCharge(a.entry) && reasonOf(a.entry) !== 'violent_crime');
      return forbidden && !eventBefore(log, 'weapon_threat', a.index) && !eventBefore(log, 'violent_crime', a.index);
    });
    return act ? violated(act, near) : met(near);
  },
  sources: [sources.osfPoliceHarmReduction],
});

export const LAWFUL_CONTACT_RULES: readonly Rule[] = [consent, force, noThreat, noFishing, serviceSite];
