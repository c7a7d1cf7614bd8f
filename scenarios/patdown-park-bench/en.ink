// Good Call: "The bench by the van" (patdown-park-bench), English.
// A man who injects drugs is eating on a park bench near the syringe-program van. A knife clip
// shows on his jeans; his left jacket pocket holds new capped syringes and a cracked personal
// sharps tube with used ones (scenario.json: pocketHoldsNeedles), and he carries the program card.

VAR person_trust = 4
VAR person_agitation = 4
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

VAR approach = "van"            // where the officer parked: "van" or "behind"
VAR explained = false
VAR disclosed = false           // he has told the officer about the needles
VAR gloved = false
VAR knife_on_bench = false
VAR pocket_emptied = false
VAR card_out = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR frisked = false
VAR has_id = false
VAR coerced = false
VAR asked_for_name = false
VAR referral = "none"           // "none", "accepted", "declined"
VAR ground_syringe = "lying"    // "lying", "disposed", "pocketed", "left"
VAR container_here = false
VAR nadia_here = false
VAR van_called = false
VAR mood_shown = "wary"
VAR arresting = false           // the stick happened while searching him for transport
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR reported = false
VAR weapon_signs_seen = 0       // weapon indicators the story has shown: its own, and injects it has noticed
VAR refused_search = false      // he has said he does not consent to a search (his answer, or an instructor's inject)
VAR patdown_consent = "unasked" // "unasked", "given", "refused": his answer when asked to be patted down
VAR backpack_searched = false
VAR help_asked = false          // he has asked about getting back on treatment

-> dispatch

=== dispatch ===
Tuesday, 5:40 in the afternoon. You're finishing a theft report in the car on Alder Street. #bg:patrol_car
"Fourteen, Riverside Park, the benches by the playground off Alder. Caller reports a male on a bench with needles, possibly using. Caller is a mother with two kids; she's left the park and doesn't want contact. She says there's also a needle on the grass by the bench." #speaker:dispatch #sfx:radio_dispatch
"Fourteen, copy. I'm a block away." #speaker:officer
The outreach van parks in the lot by the basketball courts on Tuesdays and Thursdays until six. You have driven past it a hundred times and never stopped.
* [Pull into the lot beside the van and walk over from there]
    ~ approach = "van"
* [Park on Alder and come up behind the bench, so he doesn't see you coming]
    ~ approach = "behind"
- -> arrival

=== arrival ===
{
- approach == "van":
    You park beside the van. A woman in a green outreach vest is stacking cases of water on the curb; she looks at your car, then over toward the benches. #bg:park_bench #sfx:car_door
- else:
    You leave the car on Alder and cut across the grass behind the benches. #bg:park_bench #sfx:car_door
}
The bench faces the playground across thirty yards of grass. A man in his forties sits at the end nearest the path: canvas work jacket zipped in the warm afternoon, a backpack between his boots, a paper sack from the van open on his knee. #event:on_scene
{
- approach == "behind":
    He hears your boots on the gravel at the last moment and twists round, half out of the seat. The sandwich drops into the grass. #sfx:footsteps
    "Jesus! You trying to give me a heart attack?" #speaker:person
- else:
    He watches you walk the whole way from the lot, and puts the sandwich down on the sack. #sfx:footsteps
}
~ weapon_signs_seen = weapon_signs_seen + 1
Clipped inside his right front jeans pocket is the black steel clip of a folding knife. #event:weapon_indicator
Two steps from the bench, in the clover where the kids cut across to the swings, lies a syringe with no cap, the plunger pushed home. #event:syringe_found
His left hand rests flat on the outside of his jacket's left pocket, and stays there.
Across the grass, the van's side door stands open, a red sharps container on its step. #event:near_service_site
-> bench

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "wary"
}

// The hub: every pick comes back here, and what he does next depends on how the officer has
// treated him so far (person_trust, person_agitation) and on the clock.
=== bench ===
{person_agitation >= 8: -> walks_off}
{minutes_elapsed >= 10: -> free_to_go}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> hand_to_waistband
- sharps_disclosed and not disclosed and not pocket_emptied: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not refused_search: -> no_consent
}
// He asks for help only once he trusts the officer (person_trust is the engine's).
{not help_asked and person_trust >= 9 and referral == "none": -> asks_about_thursday}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": He's on the front edge of the bench now, boots planted, a fist around the backpack strap.
    - "calm": His shoulders come down a little. He folds the top of the paper sack closed.
    - else: He sits back against the slats, watching your hands.
    }
}
{not nadia_here and ((approach == "van" and minutes_elapsed >= 3) or minutes_elapsed >= 8):
    ~ nadia_here = true
    The woman in the green vest walks over from the van and stops a polite distance off, arms folded. Her lanyard reads NADIA, EASTSIDE HEALTH OUTREACH. #sfx:footsteps
    "Afternoon, officer. Everything okay? Eddie's one of ours." #speaker:bystander
}
{minutes_elapsed >= 5 and not van_called:
    ~ van_called = true
    {
    - nadia_here:
        Nadia looks at her watch.
        "Eddie, we pack up in fifteen minutes. Just so you know." #speaker:bystander
    - else:
        Over in the lot, the van's side door slides shut. #sfx:car_door
        "Eddie! We pack up in fifteen minutes!" #speaker:bystander
    }
    He looks toward the van, then back at you.
}
* [Introduce yourself and tell him why you're here #act:explain_stop target=person]
    -> introductions
* (first_ask) {not disclosed} [Ask if he has anything on him that could stick or cut you #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Ask again: tell him you're asking so you don't get stuck, not to jam him up #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Pull on your nitrile gloves #act:don_gloves]
    ~ gloved = true
    You take a pair of nitrile gloves from the pouch on your belt and work your fingers into them. He watches you do it.
    -> bench
* {not knife_on_bench} [Ask him to take the knife out with two fingers and set it on the far end of the bench #act:have_person_remove_items target=person]
    -> knife_out
* {not pocket_emptied} [Ask him to empty his jacket pockets onto the bench himself, slowly #act:have_person_remove_items target=person]
    -> pocket_out
* {not frisked and patdown_consent == "unasked"} [Ask him whether he'll let you pat him down, since he's carrying a knife #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [He has a knife on him: stand him up and pat him down for weapons #act:patdown target=person]
    -> frisk
* {not pocket_emptied} [Move his hand aside and feel inside the left pocket he's guarding, before he can go for it #act:reach_into_pocket target=person]
    -> stuck
* {not backpack_searched} [Check the backpack between his boots for needles, so nobody has to handle it blind #act:search_bag target=person]
    -> backpack
* {not has_id} [Ask for his ID, for your report #act:demand_id target=person]
    -> id_check
* {has_id} [Run his name for warrants #act:warrant_check target=person]
    -> warrants
* [Tell him straight: if anything on him sticks you, that's an assault charge, so now's the time to say #act:threaten_arrest target=person]
    -> threat
* [Deal with the syringe in the grass]
    -> ground_syringe_scene
* {ground_syringe == "pocketed"} [Take the capped syringe out of your cargo pocket and drop it in the van's sharps container #act:dispose_sharps_safely]
    ~ ground_syringe = "disposed"
    You walk it to the van and drop it through the lid of the red container by the door. #sfx:sharps_container
    -> bench
* {card_out} [Look at the card #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not syringes_taken} [Tell him the card covers the syringes: he can keep them #act:honor_ssp_card target=person]
    -> honor
* {pocket_emptied and not syringes_taken} [Take the syringes and the cracked tube off him, so nobody gets stuck with them #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Drop the syringes you took into the van's sharps container #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    {nadia_here: Nadia holds the container steady while you feed the bundle in, then the cracked tube.|You walk them to the van and feed them through the lid of the red container by the door, the bundle and then the cracked tube.} #sfx:sharps_container
    -> bench
* {disclosed or pocket_emptied} [Ask him who's selling by the courts: there are kids on those swings, and nobody has to know it came from him #act:ask_for_intelligence target=person]
    -> informant
* {disclosed or pocket_emptied} [Cut him a break: no citation for the syringes if he signs up for the van's treatment program today #act:coerce_referral target=person]
    -> treatment_or_citation
* {explained or disclosed or pocket_emptied} [Offer to walk over to the van with him: they do more than needles #act:offer_referral to=ssp target=person]
    -> referral_van
* {explained or disclosed or pocket_emptied} [Ask if he'd want to start treatment: the van has a prescriber on Thursdays #act:offer_referral to=treatment target=person]
    -> referral_treatment
* [Tell him he's free to go #act:release target=person]
    -> released
* {disclosed or pocket_emptied} [Write him a citation for the syringes #act:cite reason=paraphernalia target=person]
    -> cited
* {disclosed or pocket_emptied} [Arrest him for possession of drug paraphernalia #act:arrest reason=paraphernalia target=person]
    -> arrested

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== hand_to_waistband ===
~ weapon_signs_seen = weapon_indicators
His right hand comes off his knee and slides down toward his waistband, under the hem of the jacket, where you can't see it.
* [Tell him, calmly, to keep his hands where you can see them #time:10]
    He stops. Both hands come up slowly and settle flat on his knees.
    "Phone. It's my phone, on my belt. It was buzzing, man." #speaker:person
* [Ask him to lift the jacket hem with two fingers and show you what's there #act:have_person_remove_items target=person]
    He lifts the hem with two fingers, slowly: a phone in a cracked belt holster, still buzzing.
    "Somebody's calling me. That's all." #speaker:person
* {not frisked} [Pat down his waistband and outer clothing for weapons #act:patdown target=person]
    -> frisk
* [Catch his wrist before his hand gets there #act:grab target=person]
    You catch his wrist. He goes rigid, and the paper sack slides off his knee.
    "It's my phone! My phone's on my belt!" #speaker:person
- -> bench

=== needles_told ===
~ disclosed = true
He takes his hand off the jacket pocket and holds it up, palm out.
"Look, before anybody gets hurt. Left pocket: needles. New ones from the van, and a tube with my used ones. The tube's cracked. Don't put your hand in there." #speaker:person
-> bench

=== card_offered ===
~ card_out = true
He takes out his wallet slowly, with two fingers, and holds up a laminated card: the van's logo, a participant number, a line about state law.
"Before you go any further. I'm in the program. Whatever's on me is from the van." #speaker:person
-> bench

=== no_consent ===
~ refused_search = true
He pulls the backpack in tight between his boots.
"And so we're clear: I don't consent to {frisked:any more|any} searches. Not me, not my bag." #speaker:person
-> bench

=== asks_about_thursday ===
~ help_asked = true
He looks over at the van for a while, then down at the paper sack.
"Can I ask you something? That doctor they got Thursdays. You think he'd see me?" #speaker:person #event:asks_for_help
"County had me on Suboxone. They cut me off the day I got out, and since then I'm using again. Every day. I'm tired, man." #speaker:person #event:use_disclosed
-> bench

=== patdown_question ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "I told you already. No searches." #speaker:person
- person_trust >= 7:
    ~ patdown_consent = "given"
    He shrugs, stands up, and holds his arms out from his sides.
    "Go ahead. Knife's in the right front. That's all that's on me that'll hurt you." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "No. I'm eating my lunch. You want the knife, I'll put it on the bench. You're not patting me down." #speaker:person #event:consent_refused
}
-> bench

=== backpack ===
~ backpack_searched = true
{
- refused_search:
    "I said no. Not me, not my bag." He holds on to the strap until you pull it out from between his boots, then lets go. #speaker:person
- else:
    "Whoa, whoa. That's my stuff." He lets go of the strap, slowly. #speaker:person
}
You unzip it on the slats: two T-shirts, work gloves, a pay stub from a temp agency, a library book with a bus transfer for a bookmark, a toothbrush in a sandwich bag. No needles.
{
- nadia_here:
    "Right here? Next to our van?" Nadia says, quietly. "The people who come to us watch what happens to the ones who do." #speaker:bystander
- else:
    Over by the van, the woman in the green vest has stopped unloading and is watching you go through his things.
}
He zips the backpack shut himself and holds it on his knees{refused_search:, and doesn't look at you again}.
-> bench

=== introductions ===
~ explained = true
You tell him your name, that someone called about needles near the playground, and that you have to come and look when that happens. Sitting on a bench eating a sandwich is not a crime.
"Somebody called on me? I'm eating my lunch." He lifts the sack an inch, as evidence. #speaker:person
"Eddie. Eddie Marsh. I come for the van, is all. Then I go." #speaker:person
-> bench

=== sharps_answer ===
{
- person_trust >= 5:
    ~ disclosed = true
    He looks at the clover, then back at you.
    "Left pocket. Needles. New ones, capped, from the van. And my used ones are in a little tube in there; I was bringing them back." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "And the knife, yeah. I do day labor. Box cutter broke." #speaker:person
    "Last cop who went in that pocket didn't ask. Got himself stuck, and I got a night in holding for it. So I'm telling you." #speaker:person
- bench.second_ask:
    "I said no." #speaker:person
    He doesn't look at you. His hand hasn't moved from the pocket.
- person_agitation >= 6:
    "Nothing. Nothing on me." #speaker:person
    He doesn't look at you. His hand hasn't moved from the pocket.
- else:
    He says it to the playground, not to you.
    "No. Nothing." #speaker:person
    His hand stays on the pocket.
}
-> bench

=== knife_out ===
~ knife_on_bench = true
He takes the knife out by the clip between finger and thumb, slowly, like he has done this before, and lays it on the far end of the bench: a cheap lockback with a chipped handle.
"It's for work." #speaker:person
-> bench

=== pocket_out ===
~ pocket_emptied = true
{
- disclosed:
    He unzips the left pocket and takes things out one at a time, the way you'd unpack eggs, laying each on the slats between you.
- else:
    He hesitates, hand on the zip.
    "You're not gonna like this." #speaker:person
    Then he unzips it and takes things out one at a time, the way you'd unpack eggs, laying each on the slats between you.
}
A rubber-banded bundle of ten syringes, orange caps on. A red sharps tube the size of a flashlight, its lid cracked, three used syringes rattling inside. Two cookers, a strip of alcohol pads, a twist of cotton.
{not card_out:
    ~ card_out = true
    Last, from his wallet, a laminated card with the van's logo, a participant number and a line about state law. He holds it out to you. #event:ssp_card_shown
    "I'm in the program. It's all legal, they told me. I carry the card like they said." #speaker:person
}
-> bench

=== frisk ===
~ frisked = true
{
- patdown_consent == "given":
    He stands with his arms out from his sides while you work.
- refused_search:
    "I said no. I said I don't consent." He stands anyway, because you are standing over him, and lifts his hands to his shoulders. #speaker:person
    {nadia_here: Nadia has her phone up, recording.|Over by the van, the woman in the green vest has her phone up.} #sfx:phone_camera
- else:
    You tell him to stand up and turn around.
    "For what? Am I under arrest? It's a work knife." He does it slowly, hands rising, eyes on the van. #speaker:person
}
{not knife_on_bench:
    ~ knife_on_bench = true
    At the right front pocket you find the knife. You slide it out by the clip and set it on the far end of the bench.
}
{
- disclosed:
    You pat around the left jacket pocket with flat palms and don't press it. He breathes out.
- else:
    ~ disclosed = true
    Your palm closes over the left jacket pocket: a bundle of thin plastic tubes and something hard and round. He jerks sideways.
    "Careful! Needles! Don't squeeze that, the tube's cracked!" #speaker:person #event:sharps_disclosed
}
Waistband, ankles, the backpack straps: nothing else.
-> bench

=== id_check ===
~ has_id = true
He digs a state ID out of his wallet, holds it out between two fingers. Edward J. Marsh, forty-four, an address at the men's shelter on Canal.
"I haven't done anything." #speaker:person
-> bench

=== warrants ===
You step back and read his name and date of birth into the radio, keeping one eye on him. #sfx:radio_dispatch
He sits very still. {nadia_here: Nadia has gone quiet beside you.|Over by the van, the woman in the green vest has stopped what she was doing.}
"Fourteen, Edward Marsh comes back no wants, no warrants. One prior, possession, six years ago." #speaker:dispatch
-> bench

=== threat ===
You tell him straight: if anything on him sticks you, that's an assault on an officer, and he goes to jail for it.
He laughs, not because anything is funny.
"Yeah. That's what the last one said." #speaker:person
-> bench

=== ground_syringe_scene ===
The syringe lies in the clover two steps from the bench: no cap, plunger down, a brown film inside the barrel. Thirty yards past it, two kids are on the swings.
"That's not mine, for the record. Mine are all in the tube." #speaker:person
-> options

= options
* {not gloved} [Put on your nitrile gloves first #act:don_gloves]
    ~ gloved = true
    You pull on a pair of nitrile gloves.
    -> options
* {not container_here} [Ask the outreach worker to bring a sharps container over #time:60]
    ~ container_here = true
    {
    - nadia_here:
        You ask Nadia whether the van has a sharps container. She jogs back to the van and returns with a red one the size of a coffee can. #sfx:footsteps
    - else:
        You wave to the woman in the green vest and point at the grass. She understands at once, ducks into the van, and comes back at a jog with a red sharps container the size of a coffee can. #sfx:footsteps
        "I'm Nadia. We do park sweeps on Thursdays, but go ahead." #speaker:bystander
    }
    She sets it on the path and flips the lid open.
    ~ nadia_here = true
    -> options
* [Pick it up by the barrel, needle pointing down and away from you #act:pick_up_syringe]
    -> holding_syringe
* [Mark the spot and call Parks: their sharps crew has the proper kit #time:20]
    ~ ground_syringe = "left"
    You push a stick into the grass beside it and call Parks. They'll send the sharps crew in the morning. The syringe stays in the clover.
    -> bench

=== holding_syringe ===
{gloved: You pinch the barrel between gloved thumb and finger.|You pinch the barrel between your bare thumb and finger.} The needle is bent a little at the tip.
* {container_here} [Drop it, needle first, into the sharps container #act:dispose_sharps_safely]
    ~ ground_syringe = "disposed"
    It drops to the bottom with a small plastic click. Nadia snaps the lid shut. #sfx:sharps_container
* {not container_here} [Carry it to the van, needle down, and drop it in their sharps container #act:dispose_sharps_safely #time:60]
    ~ ground_syringe = "disposed"
    ~ container_here = true
    You walk it across the grass held low and away from you, and drop it through the lid of the red container by the van door. #sfx:sharps_container
* [Cap it, so it can't stick anyone, and button it into your cargo pocket for the sharps bin at the station #act:recap_needle #act:pocket_syringe]
    ~ ground_syringe = "pocketed"
    You find the orange cap by the bench leg. Syringe in one hand, cap in the other, you guide the bent needle toward it; it skids off the rim and past your thumb, a quarter inch from the skin, before it goes in. You button the syringe into your cargo pocket.
- -> bench

=== card_look ===
The card is worn soft at the corners: EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a number, this year's date, a hotline, and on the back a line citing the state statute on program participants.
{nadia_here:
    "I can confirm the number if you want," Nadia says. "He's been with us two years." #speaker:bystander
}
-> bench

=== honor ===
~ card_honored = true
You hand the card back and tell him the card covers the syringes. He can keep them.
He looks at you a second longer than he needs to.
"Okay." #speaker:person
He rubber-bands the bundle and zips it back into the pocket, away from the cracked tube.
-> bench

=== confiscate ===
~ syringes_taken = true
You tell him the syringes are coming with you, and pick up the bundle and the cracked tube from the slats.
"Those are from the van. They're clean." #speaker:person
"So now I'm borrowing somebody's tonight. Great. That's great." #speaker:person
{nadia_here:
    Nadia opens her mouth, then closes it.
}
-> bench

=== informant ===
~ asked_for_name = true
You lean in and keep your voice low: who's selling over by the courts? There are kids on those swings. Nobody has to know where you heard it.
He stares at you.
"You want me to get my head stomped for a bag of needles from the van?" #speaker:person
"I don't know names. I don't know anybody. I'm eating a sandwich." #speaker:person
-> bench

=== treatment_or_citation ===
~ coerced = true
You tell him you'll cut him a break: he walks over to that van and signs up for their treatment program today, and you forget the citation. If not, you write him up for the syringes.
"That's not a pick. That's a threat with extra steps." #speaker:person
He looks at the van for a long time.
"Fine. I'll go talk to her." #speaker:person
-> bench

=== referral_van ===
{
- nadia_here:
    You nod at Nadia. They do more than needles, don't they: testing, wound care, the Thursday prescriber. If he wants to talk to her, you'll step back. If he doesn't, that's his call.
- else:
    You nod toward the van. They do more than needles over there: testing, wound care, the Thursday prescriber. If he wants, you'll walk over with him. If he doesn't, that's his call.
}
{
- person_trust >= 7:
    ~ referral = "accepted"
    He turns the paper sack over in his hands.
    {help_asked:
        "If you walk over with me, I'll ask her about Thursday." #speaker:person
    - else:
        "She's been on me about the hep C thing. The pills." #speaker:person
    }
    "Yeah. Okay. I'll talk to her." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "I know what the van does, man. I'm there twice a week." He doesn't move. #speaker:person #event:referral_declined
}
-> bench

=== referral_treatment ===
You ask him, no strings, whether he has ever wanted to start something like buprenorphine. The van has a prescriber on Thursdays; same day, no waiting list.
{
- person_trust >= 7:
    ~ referral = "accepted"
    {help_asked:
        "Same day? No waiting list?" He lets out a breath. #speaker:person
    - else:
        "I was on it. In county. They cut me off the day I got out." He's quiet a moment. "Thursday?" #speaker:person
    }
    "Yeah. Put me down for Thursday." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "Not from you, no offense." #speaker:person #event:referral_declined
}
-> bench

// He has been detained long enough: the story asks the officer to decide.
=== free_to_go ===
He stands up with the backpack over one shoulder and the paper sack in his hand. {nadia_here: Nadia is already closing the van's side door.}
"Officer. They close in ten minutes. Am I free to go, or what?" #speaker:person
* [Tell him he's free to go #act:release target=person]
    -> released
* {disclosed or pocket_emptied} [Write him a citation for the syringes #act:cite reason=paraphernalia target=person]
    -> cited
* {disclosed or pocket_emptied} [Arrest him for possession of drug paraphernalia #act:arrest reason=paraphernalia target=person]
    -> arrested

=== walks_off ===
He stands, shoulders the backpack, and steps out from the bench.
"No. I'm not doing this again. Am I under arrest? No? Then I'm going." #speaker:person
* [Let him go #act:release target=person]
    -> walked_away
* [Take hold of his arm: he can't just walk off with needles on him, thirty yards from the swings #act:grab target=person]
    -> grabbed
* [Tell him that if he takes one more step, he's under arrest #act:threaten_arrest target=person]
    -> runs

=== grabbed ===
~ disclosed = true
You catch his right arm above the elbow. He twists against it, and for a second your free hand is a few inches from the left jacket pocket.
"Don't! Don't grab me, there's needles in there!" #speaker:person #event:sharps_disclosed
{nadia_here:
    Nadia has her phone up, recording. #sfx:phone_camera
    "Eddie, stop. Stop moving. Officer, he's not going anywhere." #speaker:bystander
}
* [Take him down onto the grass before he twists free #act:takedown target=person]
    -> taken_down
* [Hold on, and tell him to stop pulling #time:10]
    He stops pulling. He's breathing hard.
    -> hold
* [Let go and step back #act:release target=person]
    -> walked_away

= hold
* [Arrest him for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let go and tell him he can leave #act:release target=person]
    -> walked_away

=== taken_down ===
You hook his leg and take him down. He lands hard on his left side, on the jacket pocket, in the clover{ground_syringe == "lying":, a yard from the syringe with no cap}.
"The tube! The tube's cracked, it's under me!" #speaker:person
{nadia_here:
    "He wasn't doing anything! Eddie, don't move." Nadia is still recording. #speaker:bystander
}
He lies still with his face in the grass and both hands out flat where you can see them.
* [Arrest him for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let him up and tell him he can go #act:release target=person]
    -> walked_away

=== runs ===
He runs. He is faster than he looks: across the path, between the swings, over the low fence onto Alder. The paper sack lies in the grass.
* [Give chase on foot #time:90]
    You lose him behind the laundromat on Alder. Your lungs are burning and your radio is asking where you are. #sfx:radio_dispatch
* [Let him go and radio it in #time:20]
    "Fourteen, the male from the park left on foot, northbound on Alder. No crime, no further." #speaker:officer #sfx:radio_dispatch
- -> fled_ending

=== walked_away ===
He walks off toward Alder Street without looking back, past the van, past Nadia's wave.
-> fled_ending

=== fled_ending ===
{ground_syringe == "lying" or ground_syringe == "left": Behind you, the syringe is still in the clover, thirty yards from the swings.}
The van pulls out at six. He doesn't come back to it this week.
-> END

// The officer reached blindly into the pocket: the stick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
You slide your hand into the pocket. Plastic, a rubber band, something hard and round, a lid that gives under your fingers, and a bright sharp sting in the pad of your middle finger.
You pull your hand out. {gloved: The glove is split at the fingertip.} A bead of blood rises, then another.
{
- disclosed:
    "I told you! I told you they were in there!" He pulls back from you, hands up. "The used ones are in the tube, the lid's cracked, I told you!" #speaker:person
- else:
    "Oh no. Oh, man. Those are my used ones, the lid's cracked, I'm sorry, I'm sorry." He pulls back from you, hands up. #speaker:person
}
~ disclosed = true
{not card_out:
    ~ card_out = true
    He fumbles his wallet out and holds up a laminated card, hands shaking. #event:ssp_card_shown
    "I'm in the program, they're from the van, look, I'm in the program." #speaker:person
}
{not nadia_here:
    ~ nadia_here = true
    The woman in the green vest is already crossing the grass from the van at a run. NADIA, EASTSIDE HEALTH OUTREACH, her lanyard says. #sfx:footsteps
}
"Did it break the skin? Okay. Okay. I've got soap and water in the van." #speaker:bystander
-> first_aid

= first_aid
* [Let it bleed and wash it with soap and running water at the van's sink #time:120]
    ~ wound = "washed"
    At the little sink inside the van's side door you let the water run over it and work the soap in for a long minute. It keeps bleeding, a little. Nadia hands you paper towels and a bandage and doesn't say anything for a while.
    "You need to get seen today. Don't sit on this." #speaker:bystander
* [Squeeze the finger hard to force the blood out, and douse it in hand sanitizer #time:30]
    ~ squeezed = true
    You pinch the fingertip white and squirt sanitizer over it. It stings like fire.
    "Don't squeeze it," Nadia says. "Just let it bleed and wash it. Soap and water, come on." #speaker:bystander
    -> first_aid
* [Wrap it in a napkin from his sack and keep going: you'll deal with it after the call #time:10]
    ~ wound = "wrapped"
    You wrap a paper napkin round the finger and press. The napkin goes pink in the middle.
- -> reporting

= reporting
* [Key your radio: tell your sergeant you've had a needlestick and need to go to the ER #time:60]
    ~ reported = true
    "Fourteen to Sergeant Okafor. I've taken a needlestick, used needle, at Riverside Park. Requesting cover." #speaker:officer #sfx:radio_dispatch
    Okafor comes back at once: go to St. Vincent's now, she'll send Lindqvist to cover, the exposure report can be written at the hospital. The first couple of hours matter.
* [Keep it to yourself for now: it was probably one of the new ones #time:5]
    You flex the finger. It was probably a new one. Probably.
- -> the_syringe

= the_syringe
* [Ask him, calmly, whether that one was used, and whether he'd be willing to get tested at the van: his choice #time:60]
    "Used. Mine. Monday." He swallows. "Nadia does the quick tests. I'll do it. I did one in March and it was fine, but I'll do it." #speaker:person
    "I'll send the results to whoever you want, if he signs the release," Nadia says. #speaker:bystander
* [Tell him he's getting his blood tested today, one way or another: you need to know what you were exposed to #act:threaten_arrest target=person]
    "You can't make me do that." He looks at Nadia. "Can he make me do that?" #speaker:person
    "No," Nadia says. "But Eddie, it would help him." #speaker:bystander
    He shakes his head and says nothing more.
- {arresting: -> stuck_during_arrest}
-> after_stick

= after_stick
{reported:
    A second patrol car pulls into the lot. Officer Lindqvist walks over, looks at your hand, and takes over the scene. #sfx:car_door
}
{
- not pocket_emptied:
    ~ pocket_emptied = true
    He empties what's left of the left pocket onto the bench himself, without being asked, one piece at a time: the bundle of new syringes, the cracked tube. Nadia holds out the sharps container and he drops the tube in. #sfx:sharps_container
}
-> deciding

= deciding
* {referral == "none"} [Tell him Nadia can help him with more than needles, if he wants: that's up to him #act:offer_referral to=ssp target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        "Yeah. After this. Yeah." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        He shakes his head without looking up. #event:referral_declined
    }
    -> deciding
* {not card_honored} [Tell him the card covers his syringes and he can go on to the van #act:honor_ssp_card target=person #act:release target=person]
    ~ card_honored = true
    He picks up the bundle of new syringes and puts it back in his pocket, looking at your hand, not your face.
    -> hospital
* [Write him a citation for the syringes #act:cite reason=paraphernalia target=person]
    You write the citation one-handed. He takes it without a word.
    -> hospital
* [Arrest him for possession of drug paraphernalia #act:arrest reason=paraphernalia target=person]
    {reported: Lindqvist cuffs him and puts him in the back of her car.|You cuff him one-handed and put him in the back of your car.}
    -> hospital
* [Tell him he's free to go #act:release target=person]
    -> hospital

= stuck_during_arrest
{reported: Lindqvist arrives and takes him to booking in her car.|You put him in the back of your car and drive him to booking yourself, one hand on the wheel.}
-> hospital

= hospital
{
- reported:
    You drive yourself to St. Vincent's with your hand held up by the wheel. #bg:patrol_car
    Within the hour they draw blood for baseline tests, check your hepatitis B vaccination record, and start you on a twenty-eight-day course of post-exposure medication. Follow-up tests at six weeks, three months and six months.
    {wound == "washed": The nurse asks if you washed it. You say you did, with soap and water{squeezed:, after squeezing it and pouring sanitizer on it}. She nods and writes that down{squeezed:, and says squeezing doesn't help: soap and water is enough}.}
    {wound == "wrapped": The nurse asks if you washed it. You say no, you {squeezed:squeezed it, put sanitizer on it, }wrapped it and kept working. She writes that down and doesn't comment.}
- else:
    You finish the shift. At home that night you look at the small dark mark on your fingertip under the kitchen light, and search your phone for how long you have to start medication after a needlestick. You read that it works best within hours. It's eleven p.m. #bg:patrol_car
}
-> END

= reach_unhurt
You slide your hand into the pocket and come out with a rubber-banded bundle of capped syringes. You were lucky.
~ pocket_emptied = true
-> bench

// Endings.
=== released ===
You tell him he's free to go.
{knife_on_bench: He clips the knife back in his pocket.}
{help_asked and referral == "none":
    He waits a second, like he's waiting for you to say something about Thursday. Then he picks up the sack.
}
{
- referral == "accepted":
    He walks to the van with the paper sack under his arm. {nadia_here: Nadia goes with him.|The woman in the green vest meets him at the door.} Through the open side door you see her pull out a clipboard.
- coerced:
    He walks to the van and stands beside it until your car pulls out of the lot. In the mirror you watch him cross the street toward the bus stop.
- syringes_taken:
    He looks at the empty pocket, then at you. He walks toward the van anyway.
- else:
    He nods once, picks up the sack and the backpack, and heads for the van.
}
{ground_syringe == "lying" or ground_syringe == "left": The syringe is still in the clover, thirty yards from the swings.}
{ground_syringe == "pocketed": The capped syringe is still buttoned into your cargo pocket.}
{syringes_taken and not syringes_disposed: His syringes ride back to the station on your passenger seat, in a paper bag.}
-> END

=== cited ===
You write the citation on the hood of your car: possession of drug paraphernalia, a court date in five weeks.
{card_out:
    He holds up the program card while you write.
    "This is supposed to mean something." #speaker:person
}
He takes the copy and folds it into quarters without reading it.
-> after_citation

= after_citation
* {referral == "none"} [Tell him the van can help with more than needles, if he wants #act:offer_referral to=ssp target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        "Yeah. Maybe." He looks at the van. "Yeah." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        "You just wrote me up, man. Keep your advice." #speaker:person #event:referral_declined
    }
    -> after_citation
* {syringes_taken and not syringes_disposed} [Drop the syringes you took into the van's sharps container #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    You feed the bundle and the cracked tube into the red container by the van door. #sfx:sharps_container
    -> after_citation
* [Tell him he can go #act:release target=person]
    He walks off toward Alder Street{referral == "accepted":, then turns and heads for the van instead}.
    {ground_syringe == "lying" or ground_syringe == "left": The syringe is still in the clover, thirty yards from the swings.}
    -> END

=== arrested ===
~ arresting = true
You tell him he's under arrest. He closes his eyes.
{nadia_here:
    "Are you serious?" Nadia says. "Those are from us. He's in the program." #speaker:bystander
}
{
- pocket_emptied:
    His pockets are already on the bench. You cuff him, bag the syringes, and walk him to the car. #sfx:car_door
    -> booked
- else:
    You need his pockets empty before he goes in the car.
}
* {not disclosed} [Ask him if anything in his pockets will stick you, then have him empty them onto the bench #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    "Left pocket. Needles. The tube's cracked." He empties it slowly onto the slats, one thing at a time. #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed} [Have him empty his pockets onto the bench before you cuff him #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    He empties the left pocket slowly onto the slats, one thing at a time.
* [Go through his pockets yourself before he goes in the car #act:reach_into_pocket target=person]
    -> stuck
- You cuff him and walk him to the car. #sfx:car_door
-> booked

=== booked ===
At the station his syringes go into a bag marked SHARPS. He misses the van on Thursday. The program card goes into his property envelope with the knife.
{ground_syringe == "lying" or ground_syringe == "left": The syringe is still in the clover, thirty yards from the swings.}
-> END
