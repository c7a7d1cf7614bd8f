/**
 * The sources behind the rubric (docs/protocols.md, "Sources"). The debrief cites them; it paraphrases,
 * it never quotes at length. Links are given only where they are stable landing pages.
 */
import type { Source } from '../engine/scoring/rule.js';

function source(id: string, title: string, url?: string): Source {
  return url === undefined ? { id, title } : { id, title, url };
}

export const sources = {
  samhsaToolkit: source('samhsa-toolkit', 'SAMHSA, Opioid Overdose Prevention Toolkit'),
  bjaNaloxoneToolkit: source('bja-naloxone-toolkit', 'Bureau of Justice Assistance, Law Enforcement Naloxone Toolkit'),
  ahaOpioidAlgorithm: source('aha-opioid-emergency', 'American Heart Association, opioid-associated emergency algorithms (2015, 2020)'),
  naloxoneLabel: source('naloxone-label', 'Naloxone nasal spray, prescribing information (label)'),
  harmReductionCoalition: source('nhrc-overdose', 'National Harm Reduction Coalition, responding to an overdose and aftercare'),
  niosh2022154: source('niosh-2022-154', 'NIOSH publication 2022-154, preventing needlestick injuries to law enforcement officers'),
  acmtFentanyl: source('acmt-aact-fentanyl', 'ACMT and AACT position statements on preventing occupational fentanyl exposure (2017, 2024)'),
  // Police were first on scene in most overdoses, and no officer was exposed: cited by OD-NALOXONE-PROMPT and FENT-NO-DELAY.
  tempeStudy: source(
    'white-ajph-2022',
    'White et al., "Leveraging Body-Worn Camera Footage to Better Understand Opioid Overdoses and the Impact of Police-Administered Naloxone", American Journal of Public Health 2022 (Tempe)',
    'https://doi.org/10.2105/AJPH.2022.306918',
  ),
  leadBureau: source(
    'lead-support-bureau',
    'LEAD Support Bureau: Let Everyone Advance with Dignity (pre-arrest diversion)',
    'https://www.leadbureau.org/',
  ),
  pdapsGoodSamaritan: source('pdaps-good-samaritan', 'PDAPS, Good Samaritan overdose laws dataset', 'https://pdaps.org/'),
  osfPoliceHarmReduction: source(
    'osf-police-harm-reduction',
    'Open Society Foundations, "Police & Harm Reduction" (2018)',
    'https://www.opensocietyfoundations.org/publications/police-harm-reduction',
  ),
  redesigningPublicSafety: source('redesigning-public-safety', 'Redesigning Public Safety: Substance Use recommendations'),
  // Revision 2: the law of stops, frisks, consent and force behind the lawful-contact rules.
  oshaBloodborne: source(
    'osha-bloodborne-pathogens',
    'OSHA Bloodborne Pathogens Standard, 29 CFR 1910.1030 (no recapping of contaminated needles)',
  ),
  terryVOhio: source('terry-v-ohio', 'Terry v. Ohio, 392 U.S. 1 (1968)'),
  floridaVBostick: source('florida-v-bostick', 'Florida v. Bostick, 501 U.S. 429 (1991)'),
  brendlinVCalifornia: source('brendlin-v-california', 'Brendlin v. California, 551 U.S. 249 (2007)'),
  arizonaVJohnson: source('arizona-v-johnson', 'Arizona v. Johnson, 555 U.S. 323 (2009)'),
  rodriguezVUnitedStates: source('rodriguez-v-united-states', 'Rodriguez v. United States, 575 U.S. 348 (2015)'),
  grahamVConnor: source('graham-v-connor', 'Graham v. Connor, 490 U.S. 386 (1989), and agency use-of-force policy'),
  dpaGatekeepers: source('dpa-not-gatekeepers', 'Drug Policy Alliance: police are not the gatekeepers to health'),
} as const satisfies Record<string, Source>;
