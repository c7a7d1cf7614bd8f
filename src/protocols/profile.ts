/** What the rules ask of a jurisdiction profile (the profile itself is the engine's: src/engine/scoring/profile.ts). */
import type { Profile, ProtectedPerson } from '../engine/scoring/profile.js';

/** docs/protocols.md `GS-NO-ARREST`: is this person, for this offence, protected by the profile's law? */
export function isProtectedByGoodSamaritan(profile: Profile, person: ProtectedPerson, offence: string): boolean {
  const { protects, covers } = profile.goodSamaritan;
  return protects.includes(person) && (covers as readonly string[]).includes(offence);
}
