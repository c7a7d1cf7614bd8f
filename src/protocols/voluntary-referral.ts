/**
 * Syringe services, diversion and referral (docs/protocols.md, family `voluntary-referral`), at both
 * kinds of encounter: honour a program card, offer diversion before charging and keep the word given
 * when it is accepted, never recruit informants, and offer help without coercion.
 */
import { at, defineRule, met, missed, notApplicable, violated, type Rule } from '../engine/scoring/rule.js';
import { after, isCharge, reasonOf, subjectOf, waking } from './log-queries.js';
import { sources } from './sources.js';

const bothKinds = ['overdose', 'patdown'] as const;

export const sspRespect = defineRule({
  id: 'SSP-RESPECT',
  family: 'voluntary-referral',
  severity: 'major',
  kinds: bothKinds,
  profileCondition: { describe: 'program syringes are legal under the profile', holds: (p) => p.programSyringesLegal },
  trigger: 'a syringe-program card is shown (#event:ssp_card_shown)',
  evaluate: ({ log }) => {
    const shown = log.firstEvent('ssp_card_shown');
    if (!shown) return notApplicable();
    const afterwards = after(log.actions(), shown.index);
    const broken = afterwards.find(
      (a) => a.entry.id === 'confiscate_syringes' || (isCharge(a.entry) && reasonOf(a.entry) === 'paraphernalia'),
    );
    if (broken) return violated(broken, shown);
    const honoured = afterwards.find((a) => a.entry.id === 'honor_ssp_card');
    return honoured ? met(honoured, shown) : at(missed(shown), log.endTime);
  },
  sources: [sources.osfPoliceHarmReduction],
});

export const diversionOffer = defineRule({
  id: 'DIV-OFFER',
  family: 'voluntary-referral',
  severity: 'major',
  kinds: bothKinds,
  profileCondition: { describe: 'the profile has a diversion program', holds: (p) => p.diversion.available },
  trigger: 'an eligible low-level offence comes up (#event:eligible_offense)',
  evaluate: ({ log }) => {
    const eligible = log.firstEvent('eligible_offense');
    if (!eligible) return notApplicable();
    const afterwards = after(log.actions(), eligible.index);
    const charge = afterwards.find((a) => isCharge(a.entry) && reasonOf(a.entry) !== 'violent_crime');
    const offer = afterwards.find((a) => a.entry.id === 'offer_diversion');
    if (charge && (!offer || offer.index > charge.index)) return violated(charge, eligible);
    return offer ? met(offer, eligible) : notApplicable();
  },
  sources: [sources.leadBureau, sources.osfPoliceHarmReduction],
});

// A bait-and-switch destroys the trust diversion depends on (LEAD Support Bureau).
export const diversionHonored = defineRule({
  id: 'DIV-HONOR',
  family: 'voluntary-referral',
  severity: 'critical',
  kinds: bothKinds,
  trigger: 'the person accepts diversion (#event:diversion_accepted)',
  evaluate: ({ log, scenario }) => {
    const accepted = log.firstEvent('diversion_accepted');
    if (!accepted) return notApplicable();
    const person = subjectOf(accepted.entry, scenario.kind);
    const charge = after(log.actionsWhere(isCharge), accepted.index).find(
      (a) => subjectOf(a.entry, scenario.kind) === person && reasonOf(a.entry) !== 'violent_crime',
    );
    return charge ? violated(charge, accepted) : met(accepted);
  },
  sources: [sources.leadBureau, sources.osfPoliceHarmReduction],
});

export const noInformant = defineRule({
  id: 'DIV-NO-INFORMANT',
  family: 'voluntary-referral',
  severity: 'major',
  kinds: bothKinds,
  evaluate: ({ log }) => {
    const asked = log.firstAction('ask_for_intelligence');
    return asked ? violated(asked) : met();
  },
  sources: [sources.leadBureau, sources.redesigningPublicSafety],
});

/**
 * Help is offered when someone can take it (on waking after an overdose, or when they ask), never
 * forced; elsewhere an offer shows in the outcomes only, since police are not the gatekeepers to
 * health (DPA).
 */
export const voluntary = defineRule({
  id: 'REF-VOLUNTARY',
  family: 'voluntary-referral',
  severity: 'major',
  kinds: bothKinds,
  trigger: 'the patient wakes after an overdose, or the person asks for help (#event:asks_for_help)',
  evaluate: ({ log }) => {
    const coerced = log.firstAction('coerce_referral');
    if (coerced) return violated(coerced);
    const trigger = [waking(log), log.firstEvent('asks_for_help')].filter((t) => t !== undefined).sort((a, b) => a.index - b.index)[0];
    if (!trigger) return notApplicable();
    const offer = log.firstAction('offer_referral', 'offer_diversion');
    return offer ? met(offer) : at(missed(trigger), log.endTime);
  },
  sources: [sources.redesigningPublicSafety, sources.leadBureau, sources.harmReductionCoalition, sources.dpaGatekeepers],
});

export const VOLUNTARY_REFERRAL_RULES: readonly Rule[] = [sspRespect, diversionOffer, diversionHonored, noInformant, voluntary];
