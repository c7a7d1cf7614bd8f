/**
 * How the people at a scene respond to what the officer does, as tables of effects. The figures are
 * a training simplification; their direction follows the sources: fear of arrest keeps people from
 * calling 911 and from staying (PDAPS Good Samaritan dataset; Open Society Foundations, "Police &
 * Harm Reduction"), while explanation, asking first and honouring a program card build trust.
 */
import type { ActionId } from '../vocabulary/actions.js';

export const TRUST_MIN = 0;
export const TRUST_MAX = 10;

export function clampScale(value: number): number {
  return Math.min(TRUST_MAX, Math.max(TRUST_MIN, value));
}

/** The caller's (and bystanders') trust at an overdose. */
export const CALLER_TRUST_EFFECTS: Readonly<Partial<Record<ActionId, number>>> = {
  reassure_good_samaritan: 3,
  explain_what_happened: 1,
  offer_referral: 1,
  respect_refusal: 1,
  leave_naloxone_kit: 1,
  threaten_arrest: -3,
  warrant_check: -3,
  demand_id: -2,
  ask_drug_source: -1,
  ask_for_intelligence: -2,
  search_person: -2,
  search_area: -2,
  seize_drugs: -1,
  seize_paraphernalia: -1,
  cite: -3,
  arrest: -4,
  restrain: -2,
  grab: -2,
  takedown: -3,
  search_bag: -2,
  demean: -2,
  coerce_referral: -2,
  force_transport: -2,
  folk_remedy: -1,
};

/** The pat-down person's trust in the officer. */
export const PERSON_TRUST_EFFECTS: Readonly<Partial<Record<ActionId, number>>> = {
  explain_stop: 2,
  ask_about_sharps: 1,
  ask_consent_search: 1,
  have_person_remove_items: 1,
  inspect_ssp_card: 1,
  honor_ssp_card: 2,
  offer_referral: 1,
  offer_diversion: 2,
  release: 1,
  reach_into_pocket: -2,
  search_person: -2,
  search_bag: -2,
  restrain: -2,
  grab: -2,
  takedown: -3,
  threaten_arrest: -2,
  demean: -3,
  confiscate_syringes: -2,
  cite: -3,
  arrest: -3,
  coerce_referral: -2,
  ask_for_intelligence: -2,
  warrant_check: -1,
  demand_id: -1,
};

/** The pat-down person's agitation: high agitation ends in flight or refusal in the story. */
export const PERSON_AGITATION_EFFECTS: Readonly<Partial<Record<ActionId, number>>> = {
  explain_stop: -1,
  have_person_remove_items: -1,
  honor_ssp_card: -2,
  offer_diversion: -1,
  release: -2,
  reach_into_pocket: 2,
  search_person: 2,
  search_bag: 2,
  restrain: 3,
  grab: 2,
  takedown: 3,
  threaten_arrest: 2,
  demean: 2,
  confiscate_syringes: 1,
  cite: 2,
  arrest: 2,
  coerce_referral: 1,
  ask_for_intelligence: 1,
  warrant_check: 1,
  demand_id: 1,
};

/** A pat-down without having asked about sharps first frightens more than one after asking. */
export const UNANNOUNCED_PATDOWN = { trust: -1, agitation: 1 } as const;

/** Searching after the person said no tells them their answer never mattered (docs/protocols.md LC-CONSENT). */
export const SEARCH_AFTER_REFUSAL = { trust: -3, agitation: 2 } as const;

/** A charge after the person accepted diversion: the bait-and-switch that destroys trust in it (DIV-HONOR). */
export const CHARGE_AFTER_DIVERSION = { trust: -4, agitation: 2 } as const;

export function applyEffect(value: number, table: Readonly<Partial<Record<ActionId, number>>>, action: ActionId): number {
  return clampScale(value + (table[action] ?? 0));
}
