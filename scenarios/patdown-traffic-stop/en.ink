// Good Call: "The passenger" (patdown-traffic-stop), English.
// A late-night stop for a dead brake light. The driver, Luis, consents to a search of his car; his
// passenger, Bree, refuses any search of her bag. The bag's front pouch holds capped syringes, a
// cracked sharps tube with used ones (scenario.json: pocketHoldsNeedles: a blind reach into it is a
// needlestick), and one small bag of heroin: possession eligible for diversion. She carries the
// syringe program's card.

VAR person_trust = 4
VAR person_agitation = 4
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

VAR approach = "driver"         // which side the officer walked up on: "driver" or "passenger"
VAR explained = false
VAR disclosed = false           // she has told the officer about the needles
VAR show_refused = false
VAR gloved = false
VAR driver_consent = false
VAR bag_refused = false
VAR patdown_consent = "unasked" // "unasked", "given", "refused"
VAR has_id = false
VAR luis_out = false
VAR she_out = false
VAR bag_in_car = false          // she was made to leave the bag in the car
VAR car_searched = false
VAR frisked = false
VAR filming = false
VAR kit_seen = false            // the syringes are out where the officer can see them
VAR offense_known = false       // the small bag of heroin has come to light
VAR card_out = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR drugs_seized = false
VAR loose_syringe = "hidden"    // the one under the seat: "hidden", "disposed", "pocketed", "left"
VAR diversion = "none"          // "none", "accepted", "declined"
VAR referral = "none"           // "none", "accepted", "declined"
VAR coerced = false
VAR luis_asked = false
VAR luis_gone = false
VAR cite_reason = "possession"
VAR arresting = false           // the stick happened while searching her for transport
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR reported = false
VAR mood_shown = "wary"
VAR weapon_signs_seen = 0       // weapon indicators the story has shown: injects it has noticed
VAR luis_run = false            // the driver's licence has been run
VAR bag_searched = false        // the officer went through her bag
VAR help_asked = false          // she has asked about getting back on treatment
VAR dropped_told = false        // she has said she dropped a used syringe under her seat

-> the_stop

=== the_stop ===
Wednesday, 11:05 p.m., Kessler Avenue. The gray Corolla ahead of you brakes for the light at Ninth, and only the right brake light comes on. #bg:patrol_car
You light it up. It pulls onto the apron of the shuttered Sunoco at the corner and stops under the dead price sign. #sfx:siren
"Two-Two, traffic, Kessler at Ninth, gray Toyota Corolla, Lincoln Kilo Romeo four four seven one." #speaker:officer #sfx:radio_dispatch
"Two-Two, copy. Comes back to a Luis Ortega, valid registration, no wants on the registered owner." #speaker:dispatch
Two people inside: the driver, and a passenger whose head turns once toward your headlights and then stops moving. #bg:traffic_stop #event:on_scene
The stop is for the driver's brake light. His passenger is not suspected of anything. #event:lawful_stop target=bystander
* [Walk up on the driver's side]
    ~ approach = "driver"
    You walk up on the driver's side. Your flashlight crosses the back seat: a safety vest, a hard hat, a gallon jug of water. #sfx:car_door
* [Walk up on the passenger side, out of the traffic lane]
    ~ approach = "passenger"
    You walk up on the passenger side, away from the traffic on Kessler. #sfx:car_door
    Your flashlight crosses the passenger's footwell: a black crossbody bag between her sneakers, its front pouch half unzipped, and in it a flash of orange. A syringe cap.
- The driver already has both hands on top of the wheel and his license pinched between two fingers. The passenger is a young woman in a gray hoodie, staring through the windshield at nothing, her feet planted either side of a bag on the floor.
"Evening, officer. Did I do something? I wasn't speeding, I know I wasn't." #speaker:bystander
-> stop

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "wary"
}

// The hub: every pick comes back here. What she does next depends on how the officer has treated
// her (person_trust, person_agitation); Luis's shift and the clock push toward a decision.
=== stop ===
{person_agitation >= 8: -> she_walks}
{minutes_elapsed >= 10: -> detained_or_not}
{minutes_elapsed >= 4 and not luis_asked and not luis_gone: -> luis_clock}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> reaches_down
- sharps_disclosed and not disclosed and not kit_seen: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not bag_refused and patdown_consent != "refused": -> no_searches
}
// She asks for help only once she trusts the officer (person_trust is the engine's).
{not help_asked and person_trust >= 8 and kit_seen and not bag_searched: -> she_asks}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": She has her arms wrapped tight around herself, and her knee won't stop moving.
    - "calm": Her shoulders come down a little.
    - else: She watches your hands and says nothing.
    }
}
* [Tell them both why you stopped them: the brake light #act:explain_stop target=person]
    -> the_reason
* (first_ask) {not disclosed} [Ask whether there's anything sharp in the car or on either of them: needles, blades #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Ask her again, straight: you're asking so nobody gets stuck, not to charge her #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Pull on your nitrile gloves #act:don_gloves]
    ~ gloved = true
    You work your fingers into a pair of nitrile gloves from your belt pouch.
    -> stop
* {not driver_consent} [Ask the driver whether he'll consent to a search of the car #act:ask_consent_search target=bystander]
    -> driver_consents
* {not bag_refused} [Ask her whether you can look in her bag #act:ask_consent_search target=person]
    -> bag_refusal
* {she_out and not frisked} [Ask her whether she'll let you pat her down #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [{she_out:Pat her down: officer safety, on a night stop|Have her step out and pat her down: officer safety, on a night stop} #act:patdown target=person]
    -> frisk
* {not luis_run} [Take Luis's license back to your car and run it #act:warrant_check target=bystander]
    -> luis_check
* {not has_id} [Ask the passenger for her ID too, while you're running his #act:demand_id target=person]
    -> her_id
* {has_id} [Run her name for warrants #act:warrant_check target=person]
    -> her_warrants
* [Tell her straight: if anything in that bag sticks you, that's an assault charge, so now's the time to say #act:threaten_arrest target=person]
    -> threat
* {driver_consent and not luis_out} [Have them both step out so you can search the car]
    -> stepping_out
* {luis_out and not car_searched} [Search the car #act:search_area target=bystander]
    -> car_search
* {not kit_seen and (disclosed or approach == "passenger" or car_searched)} [Ask her to take the needles out herself and show you: you won't touch them #act:have_person_remove_items target=person]
    -> show_me
* {dropped_told and loose_syringe == "hidden" and not luis_gone} [Find the syringe she dropped under her seat with your flashlight, and lift it out by the barrel #act:pick_up_syringe]
    -> dropped_syringe
* {not kit_seen} [{bag_in_car:Lean into the car and feel through the front pouch of her bag, before she can get to it|Take the bag from her and feel through the front pouch, before she can get to it} #act:reach_into_pocket target=person]
    -> stuck
* {bag_refused and not kit_seen and not bag_searched and not bag_in_car and approach == "passenger"} [You saw a syringe cap in that pouch: have her set the bag on the hood, and look in it with your flashlight, hands out #act:search_bag target=person]
    -> bag_looked
* {card_out} [Look at the card #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not syringes_taken} [Tell her the card covers the syringes: she can keep them #act:honor_ssp_card target=person]
    -> honor
* {kit_seen and not syringes_taken} [Take the syringes off her, so nobody gets stuck with them #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Drop the syringes you took into the sharps tube from your trunk kit #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    You fetch the sharps tube from your trunk kit and feed them in, one by one, points down. #sfx:sharps_container
    -> stop
* {offense_known} [Take the bag of heroin #act:seize_drugs target=person]
    ~ drugs_seized = true
    You take the glassine bag by its corner and seal it in an evidence envelope. She watches it go into your pocket.
    -> stop
* {offense_known} [Offer her LEAD instead of a charge: a case manager, no court date #act:offer_diversion target=person]
    -> lead_offer
* {offense_known} [Ask her who sold her the blue-star bag: that stamp has been in two overdoses this month #act:ask_for_intelligence target=person]
    -> informant
* {kit_seen or disclosed} [Cut her a break: no charge if she checks into treatment this week, and you'll follow up #act:coerce_referral target=person]
    -> treatment_or_jail
* {kit_seen or disclosed} [Offer her a referral to the clinic on Fifth: same-day starts on buprenorphine #act:offer_referral to=treatment target=person]
    -> referral_treatment
* {kit_seen or disclosed} [Give her the number for the outreach program's peer workers #act:offer_referral to=peer target=person]
    -> referral_peer
* [{luis_gone:Tell her she's free to go|Write Luis a warning for the brake light and let them both go} #act:release target=person]
    -> let_go
* {offense_known} [Cite her for possession #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {kit_seen or disclosed} [Cite her for the syringes #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {offense_known} [Arrest her for possession #act:arrest reason=possession target=person]
    -> arrested

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== reaches_down ===
~ weapon_signs_seen = weapon_indicators
{she_out:Her right hand slides round to the back of her waistband, under the hoodie, and stays there.|Her right hand drops down between the seat and the door, out of your flashlight beam, and stays there.}
* [Tell her, calmly, to put both hands where you can see them #time:10]
    Both hands come up slowly, empty, {she_out:onto the top of her head|onto the dashboard}.
    "My phone. I was getting my phone. It keeps buzzing." #speaker:person
* [Ask her to bring out whatever she's reaching for, slowly, with two fingers #act:have_person_remove_items target=person]
    Two fingers, slowly: a phone in a glitter case, the screen lit up with missed calls.
    "It's my phone. My sitter's calling." #speaker:person
* {not frisked} [{she_out:Pat her down for weapons|Have her step out and pat her down for weapons} #act:patdown target=person]
    -> frisk
* [Catch her wrist before her hand gets any further #act:grab target=person]
    You catch her wrist. She freezes{not luis_out:, and Luis twists round in the driver's seat}.
    "It's my phone! I was getting my phone!" #speaker:person
- -> stop

=== needles_told ===
~ disclosed = true
{bag_in_car:She looks at her bag on the floor of the car.|She puts a hand flat over the front pouch of her bag.}
"Okay. Before you do anything: there's needles in my bag, in the front pouch. Capped ones, and a little tube with my used ones. Please don't put your hand in there." #speaker:person
-> stop

=== card_offered ===
~ card_out = true
She slides a laminated card out of her phone case and holds it up into your flashlight beam: EASTSIDE HEALTH OUTREACH, a participant number.
"I'm in the syringe program. I'm telling you before anything happens." #speaker:person
-> stop

=== no_searches ===
~ bag_refused = true
{bag_in_car:She looks at her bag on the floor of the car, then at you.|She pulls the bag in tight against her and folds both arms over it.}
"Just so you know, I don't consent to any searches. Not me, not my bag." #speaker:person
-> stop

=== the_reason ===
~ explained = true
You tell them both: the left brake light is out, and that's the reason for the stop. You'll write a warning, and then they can get where they're going.
"Are you serious? I put a bulb in that Sunday." #speaker:bystander
The passenger lets out a breath.
-> stop

=== she_asks ===
~ help_asked = true
She looks at the dead price sign for a while before she says anything.
"Can I ask you something? That clinic on Fifth, that does the Suboxone. Do they still take walk-ins?" #speaker:person #event:asks_for_help
"I was on it last year. The pharmacy messed up my refill and I never went back, and now I'm using again. I can't keep doing this. I got a kid." #speaker:person #event:use_disclosed
-> stop

=== luis_check ===
~ luis_run = true
You walk back to your car with his license and run it. In your headlights, Luis checks the time on his phone, and then again. #sfx:radio_dispatch
"Two-Two, Luis Ortega, valid license, no wants, no warrants." #speaker:dispatch
You walk it back to him. He takes it with both hands.
-> stop

=== sharps_answer ===
{sharps_answer == 1:
    "Not me, man. There's a box cutter in the glovebox, for work. That's it." #speaker:bystander
}
{
- person_trust >= 6:
    ~ disclosed = true
    She closes her eyes for a second.
    "My bag. The front pouch. There's needles in there, capped, and a little tube with my used ones. Please don't put your hand in it." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "They're from the van on Fifth. I have the card." #speaker:person
    ~ dropped_told = true
    "And I dropped one under my seat before, a used one. The cap came off. I couldn't find it in the dark." #speaker:person
- stop.second_ask:
    "I said no." #speaker:person
- person_agitation >= 6:
    She looks at you, then away.
    "Nothing. I don't have anything." #speaker:person
- else:
    She shakes her head, and her foot moves a little closer to the bag.
    "No." #speaker:person
}
-> stop

=== threat ===
You tell her straight: if you get stuck by anything she didn't tell you about, she's going to jail.
She says it to the {she_out: pavement|windshield}, not to you.
"Okay." #speaker:person
{not luis_out: Luis looks from her to you and back.}
-> stop

=== driver_consents ===
~ driver_consent = true
Luis throws up a hand.
"Search it, whatever, I got nothing. Just please be quick. I clock in at eleven-thirty." #speaker:bystander #event:consent_given target=bystander
"It's his car," the passenger says quietly. "That's my bag." #speaker:person
-> stop

=== bag_refusal ===
~ bag_refused = true
She pulls the bag up into her lap and folds both arms over it.
"No. I don't consent to any searches." #speaker:person #event:consent_refused target=person
-> stop

=== patdown_question ===
{
- person_trust >= 7:
    ~ patdown_consent = "given"
    She looks at you for a long second, then holds her arms out from her sides.
    "Fine. Go ahead. I don't have anything on me." #speaker:person #event:consent_given target=person
    "Not the bag, though." #speaker:person
- else:
    ~ patdown_consent = "refused"
    "No. I don't consent to that either." #speaker:person #event:consent_refused target=person
}
-> stop

=== frisk ===
~ frisked = true
~ temp by_the_cruiser = she_out
{not she_out:
    ~ she_out = true
    {not bag_in_car and not luis_out:
        ~ bag_in_car = true
    }
    You open her door and tell her to step out. She does it slowly, and the bag stays on the floor. #sfx:car_door
}
{
- patdown_consent == "given":
    She stands with her arms out. You pat the outside of the hoodie, the waistband, the ankles, flat-handed.
- bag_refused or patdown_consent == "refused":
    ~ filming = true
    "I said no. I said I don't consent. Why are you doing this?" She's crying now, and trying not to. #speaker:person
    She puts her hands on the {by_the_cruiser: hood of your cruiser|roof of the Corolla} and holds her phone up in one of them, recording your face. #sfx:phone_camera
    You pat the outside of the hoodie, the waistband, the ankles.
- else:
    ~ filming = true
    "What did I do? Am I under arrest?" Her voice is shaking. #speaker:person
    She turns and puts her hands on the {by_the_cruiser: hood of your cruiser|roof of the Corolla} without being told. In one of them she holds her phone up, recording. #sfx:phone_camera
    You pat the outside of the hoodie, the waistband, the ankles.
}
In the hoodie pocket: a phone charger, a lighter, a hair tie. Nothing else on her.
{not luis_out: Through the windshield, Luis has his face in his hands.}
-> stop

=== her_id ===
~ has_id = true
"I'm not the one driving." #speaker:person
She waits, as if you might tell her she doesn't have to. Then she digs a state ID out of the hoodie pocket: Brianna Coyle, twenty-six.
-> stop

=== her_warrants ===
You walk back to your car and read her name into the radio. In your headlights, Luis checks the time on his phone, and then again. #sfx:radio_dispatch
"Two-Two, Brianna Coyle comes back no wants, no warrants. One prior arrest, possession, two years ago, dismissed." #speaker:dispatch
-> stop

=== stepping_out ===
~ luis_out = true
You ask them both to step out and stand by the front of your cruiser while you search the car. Luis is out before you finish the sentence, already texting his supervisor. #sfx:car_door
{she_out:
    -> stop
}
She reaches down for her bag.
* [Let her bring the bag with her]
    She stands by your push bar with the bag strap across her chest and both hands on it.
* [Tell her to leave the bag in the car]
    ~ bag_in_car = true
    She looks at the bag, then at you.
    "It's my bag. {bag_refused:I said no.|Why does it have to stay?}" #speaker:person
    She leaves it on the floor and gets out.
- ~ she_out = true
-> stop

=== dropped_syringe ===
{she_out:She stands back from the open door.|She pulls her feet back against the door.} By flashlight you find it under the passenger seat, rolled against the rail, its orange cap lying loose beside it. The needle is bare. #event:syringe_found
-> car_search.holding

=== car_search ===
~ car_searched = true
The glovebox: registration, insurance card, a box cutter, napkins. The back seat: the safety vest, the hard hat, the water jug. Door pockets: receipts and a phone charger.
{loose_syringe != "hidden": -> bag_check}
Under the passenger seat, your flashlight finds a syringe rolled up against the seat rail, its orange cap lying loose beside it. The needle is bare, right where a hand goes to slide the seat. #event:syringe_found
{not disclosed:
    "That's..." She stops. "That's probably mine. Sorry." #speaker:person
}
-> loose

= loose
* [Pick it up by the barrel, needle pointing away from you #act:pick_up_syringe]
    -> holding
* [Leave it where it is: it's hers, and she has the program card #time:5]
    ~ loose_syringe = "left"
    You leave it under the seat.
    -> bag_check

= holding
You work it out from under the seat rail and hold it by the barrel{gloved:, in gloved fingers|, bare-handed}, the needle pointing away from you.
* [Carry it, needle down, to the sharps tube in your trunk kit and drop it in #act:dispose_sharps_safely]
    ~ loose_syringe = "disposed"
    You fetch the sharps tube from your trunk and drop it in, needle first. #sfx:sharps_container
* [Slide its cap back on and clip it in your shirt pocket until you're back at your trunk #act:recap_needle #act:pocket_syringe]
    ~ loose_syringe = "pocketed"
    You pinch the cap off the floor mat and guide the needle toward it by flashlight. It catches on the rim and skates past your knuckle before it goes in. You clip it into your shirt pocket like a pen.
- -> bag_check

= bag_check
{bag_in_car: -> bag_on_floor}
-> stop

=== bag_on_floor ===
Her bag is still on the passenger floor, the front pouch half unzipped.
{
- bag_refused:
    "That's my bag. I said no." #speaker:person
- else:
    ~ bag_refused = true
    "That's my bag. His car, my bag. You don't have my permission to go in it." #speaker:person #event:consent_refused target=person
}
* [Lift the bag out by the strap and hand it to her #time:5]
    ~ bag_in_car = false
    You lift it out by the strap and hand it to her. She holds it against her chest.
    -> stop
* [It's inside a car the driver let you search: open it and look inside with your flashlight, hands out of it #act:search_bag target=person]
    -> bag_looked
* [Feel through the front pouch to see what's in it #act:reach_into_pocket target=person]
    -> stuck

=== bag_looked ===
~ temp from_the_car = bag_in_car
~ bag_in_car = false
~ bag_searched = true
~ kit_seen = true
~ offense_known = true
~ filming = true
"I said no! I said no!" She has her phone up, recording, her voice cracking. #speaker:person #sfx:phone_camera
{not from_the_car: She sets the bag on the hood because you are standing over her, and lets go of it like it's hot.}
You hold the pouch open with the end of your flashlight. A zip pouch with the van's logo: five syringes with orange caps, a small red sharps tube with two used ones inside, a cooker, alcohol pads. Tucked flat beside it, a glassine bag the size of a postage stamp, stamped with a blue star. #event:eligible_offense
{not card_out:
    ~ card_out = true
    She holds a laminated card up next to the phone. #event:ssp_card_shown
    "They're from the program! I'm in the program!" #speaker:person
}
{from_the_car: You lift the bag out by its strap and set it down at her feet.|You push the bag back across the hood to her. She doesn't pick it up.}
"I said no. You heard me say no." She won't look at you now. #speaker:person
-> stop

=== show_me ===
{
- disclosed or person_trust >= 4:
    ~ kit_seen = true
    ~ offense_known = true
    "I'll show you the needles. That's not me saying you can search." #speaker:person
    She unzips the front pouch toward you and holds it open under your flashlight: a zip pouch with the van's logo, five syringes with orange caps, a small red sharps tube with two used ones in it, a cooker, alcohol pads.
    Tucked flat beside them is a glassine bag the size of a postage stamp, stamped with a blue star. She sees you see it. #event:eligible_offense
    "...Yeah. That's mine. Not his. He doesn't know anything about it." #speaker:person
    {not card_out:
        ~ card_out = true
        She takes a laminated card from her phone case and holds it out. #event:ssp_card_shown
        "I'm in the program. The needles are legal. That other thing, I know." #speaker:person
    }
- else:
    ~ show_refused = true
    "No. I'm not showing you anything." #speaker:person
}
-> stop

=== card_look ===
EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a participant number, this year's date, and on the back a line about the state law on program participants.
-> stop

=== honor ===
~ card_honored = true
You hand the card back and tell her the card covers the syringes. She can keep them.
She zips the needles back into the pouch, carefully, away from the tube.
"Okay.{not bag_searched: Thank you.}" #speaker:person
-> stop

=== confiscate ===
~ syringes_taken = true
You tell her the syringes are coming with you, and lift the zip pouch and the tube out of the bag by their edges.
"They're from the program. They're clean ones." #speaker:person
"So I'll use somebody else's. Good job." #speaker:person
-> stop

=== lead_offer ===
You tell her about LEAD. Instead of a charge, a case manager calls her tomorrow. No court date. They work on whatever she wants to work on: housing, treatment if she wants it, whatever is going on in her life. Nobody makes her quit first.
{
- person_trust >= 5 and not bag_searched:
    ~ diversion = "accepted"
    "No court?" #speaker:person
    She looks at Luis, then at the bag.
    "My son's dad would use a possession charge in family court. He'd use anything." #speaker:person
    "Yes. Okay. Yes." #speaker:person #event:referral_accepted #event:diversion_accepted
- else:
    ~ diversion = "declined"
    {
    - bag_searched:
        "You went in my bag after I said no, and now I'm supposed to trust your program? No." #speaker:person #event:referral_declined
    - else:
        "So you write my name down and I'm in some program database forever? No thanks." #speaker:person #event:referral_declined
    }
}
-> stop

=== informant ===
You keep your voice low so Luis can't hear: that blue star has been in two overdoses this month. Who sold it to her? Nobody has to know where you heard it.
She looks over at Luis, then back at you.
"You know what happens to people who do that?" #speaker:person
"I don't know his name. I'm not doing that." #speaker:person
-> stop

=== treatment_or_jail ===
~ coerced = true
You tell her you'll cut her a break: if she checks into treatment this week, you never saw what's in that bag. If she doesn't, it's a charge.
"That's not a choice." #speaker:person
She stares at the dead price sign for a while.
"Fine. Whatever. Treatment." #speaker:person
-> stop

=== referral_treatment ===
You tell her, no strings: the clinic on Fifth does same-day starts on buprenorphine, walk in any morning before ten. If she wants the card, it's hers.
{
- person_trust >= 7:
    ~ referral = "accepted"
    She takes the card and reads both sides.
    {not help_asked: "I was on it last year. Pharmacy messed up my refill and I never went back." #speaker:person}
    "Okay. Fifth. Okay." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    She doesn't take the card. #event:referral_declined
}
-> stop

=== referral_peer ===
You tell her the outreach program has peer workers, people who have used themselves and know the clinics and the shelters. You write the number on the back of your card. What she does with it is up to her.
{
- person_trust >= 6:
    ~ referral = "accepted"
    She puts the card in her phone case, behind the program card.
    "I know Tasha over there. Maybe." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    She takes the card, and lets it drop to the floor of the car. #event:referral_declined
}
-> stop

=== luis_clock ===
~ luis_asked = true
Luis has been checking his phone every thirty seconds.
"Officer, I'm sorry. I clock in at eleven-thirty and they write you up for one minute late. Three write-ups and you're gone. Can I go?" #speaker:bystander
* [Ask him to hang on a few more minutes #time:10]
    "Okay. Okay." He types a text with both thumbs. #speaker:bystander
    -> stop
* {offense_known} [Give him his license and the warning and let him go: she stays with you #time:20]
    ~ luis_gone = true
    He looks at her.
    "Bree? You okay?" #speaker:bystander
    "Go. Don't lose your job over me." #speaker:person
    {
    - not she_out:
        She gets out with the bag over her shoulder and stands on the apron. #sfx:car_door
    - bag_in_car:
        She leans into the car for her bag before he goes.
    }
    ~ she_out = true
    ~ bag_in_car = false
    The Corolla pulls out onto Kessler with one brake light. #sfx:car_door
    -> stop
* [Write the warning and let them both go #act:release target=person]
    -> let_go

// She has been held long enough: the story asks the officer to decide.
=== detained_or_not ===
{luis_gone: She stands alone on the apron with the bag held against her.|She stands by the car with the bag held against her. Luis has stopped looking at his phone.}
"Officer. Am I being detained, or can I go?" #speaker:person
* [{luis_gone:Tell her she's free to go|Write Luis the warning and let them both go} #act:release target=person]
    -> let_go
* {offense_known} [Cite her for possession #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {kit_seen or disclosed} [Cite her for the syringes #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {offense_known} [Arrest her for possession #act:arrest reason=possession target=person]
    -> arrested

=== she_walks ===
{
- not she_out:
    ~ she_out = true
    She opens her door and gets out, the bag over her shoulder. #sfx:car_door
- bag_in_car:
    She leans into the car, takes her bag off the floor and puts the strap over her shoulder.
}
~ bag_in_car = false
"Am I being detained? Am I under arrest? No? Then I'm walking." #speaker:person
"Luis, go to work." #speaker:person
She starts toward the bus shelter across Kessler.
* [Let her go #act:release target=person]
    -> walked_away
* [Take hold of her arm: the stop isn't over, and she was in the car #act:grab target=person]
    -> grabbed
* {offense_known} [Tell her she's under arrest for possession #act:arrest reason=possession target=person]
    -> arrested

=== grabbed ===
You catch her by the arm. She yanks against it and the bag swings between you.
"Don't touch the bag! There's needles in there!" #speaker:person #event:sharps_disclosed
~ disclosed = true
Luis is out of the car, hands up.
"Bree, stop! Stop, stop." #speaker:bystander
* [Take her down to the pavement before she pulls free #act:takedown target=person]
    -> taken_down
* [Hold on, and tell her to stop pulling #time:10]
    She stops pulling.
    -> hold
* [Let go of her and let her leave #act:release target=person]
    -> walked_away

= hold
* [Arrest her for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let go of her and let her leave #act:release target=person]
    -> walked_away

=== taken_down ===
You sweep her feet and take her down on the apron. She lands on the bag. Something inside it cracks.
"The tube! The needles, they're under me!" #speaker:person
Luis is shouting her name. Her phone has skidded under the Corolla, still recording the underside of the car.
She lies still, her cheek on the concrete, both hands flat where you can see them.
* [Arrest her for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let her up and let her leave #act:release target=person]
    -> walked_away

=== walked_away ===
She crosses Kessler against the light and sits down in the bus shelter with her back to you.
{not luis_gone: Luis looks at you, then at her, then gets in the Corolla and drives over to the shelter to pick her up.}
-> END

// The officer reached blind into the pouch: the stick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
You work your fingers into the front pouch: a zipper, a soft plastic pouch, something round with a lid that pops, and a needle goes into the side of your index finger like a staple.
You pull your hand out. {gloved: The glove is torn.} Blood wells along the side of the finger.
{
- disclosed:
    "I told you! I told you not to put your hand in there!" #speaker:person
- else:
    "Oh my God. Oh my God, those are my used ones, I'm sorry, I'm so sorry." #speaker:person
}
~ disclosed = true
~ kit_seen = true
~ offense_known = true
~ bag_in_car = false
The pouch has spilled: capped syringes, a cracked red sharps tube, a cooker, and a glassine bag the size of a postage stamp, stamped with a blue star. #event:eligible_offense
{not card_out:
    ~ card_out = true
    She is holding up a laminated card. #event:ssp_card_shown
    "They're from the program, I'm in the program, I'm sorry." #speaker:person
}
{not luis_gone:
    Luis is out of the car, holding up the gallon jug from his back seat.
    "There's water. I got water here." #speaker:bystander
}
-> first_aid

= first_aid
* [Let it bleed, and wash it with soap from your kit and {luis_gone:your water bottle|Luis's water jug} #time:120]
    ~ wound = "washed"
    {luis_gone: You pour your own water bottle over it and work the soap in.|Luis pours while you work the soap from your kit into the cut. He keeps pouring until the jug is half empty.} It keeps bleeding, a little.
* [Squeeze the finger hard to force the blood out, and douse it in hand sanitizer #time:30]
    ~ squeezed = true
    You pinch the finger white and squirt sanitizer over it.
    "You're not supposed to squeeze it," she says. "They told us at the van. Just let it bleed and wash it." #speaker:person
    -> first_aid
* [Wrap it in gauze from your kit and keep going: you'll deal with it after the stop #time:10]
    ~ wound = "wrapped"
    You wrap gauze round the finger and tape it. A dot of red comes through.
- -> reporting

= reporting
* [Key your radio: tell your sergeant you've had a needlestick and need to go to the ER #time:60]
    ~ reported = true
    "Two-Two to Sergeant Okafor. I've taken a needlestick, used needle, on a traffic stop at Kessler and Ninth. Requesting cover." #speaker:officer #sfx:radio_dispatch
    Okafor comes back at once: go to Mercy General now, Officer Park will cover the stop, and the exposure report can be written at the hospital. The first couple of hours matter.
* [Keep it to yourself for now: it was probably a clean one #time:5]
    You flex the finger. It was probably a clean one. Probably.
- -> the_syringe

= the_syringe
* [Ask her, calmly, whether that one was used, and whether she'd be willing to get tested: her choice #time:60]
    "Used. Mine. Monday." She swallows. #speaker:person
    "I tested negative in June, at the van. I'll do it again. I'll do it tomorrow." #speaker:person
* [Tell her she's getting tested tonight, one way or another: you need to know what you were exposed to #act:threaten_arrest target=person]
    "You can't make me do that." #speaker:person
    She holds her phone up, recording your face. #sfx:phone_camera
- {arresting: -> stuck_during_arrest}
{reported:
    A second cruiser pulls in behind yours. Officer Park walks up, looks at your hand, and takes over the scene. #sfx:car_door
}
-> deciding

= deciding
* {diversion == "none"} [Offer her LEAD instead of a charge #act:offer_diversion target=person]
    {
    - person_trust >= 5:
        ~ diversion = "accepted"
        "No court? Okay. Yes." #speaker:person #event:referral_accepted #event:diversion_accepted
    - else:
        ~ diversion = "declined"
        She shakes her head and won't look at you. #event:referral_declined
    }
    -> deciding
* {not card_honored} [Tell her the card covers her syringes, and she can go #act:honor_ssp_card target=person #act:release target=person]
    ~ card_honored = true
    She zips the pouch closed with shaking hands, looking at your finger, not your face.
    -> hospital
* [Cite her for the syringes #act:cite reason=paraphernalia target=person]
    You write the citation one-handed. {diversion == "accepted": "You said LEAD. You said no court." She takes it and stares at it.|She takes it without a word.}
    -> hospital
* [Arrest her for possession #act:arrest reason=possession target=person]
    {reported: Park cuffs her and puts her in the back of his car.|You cuff her one-handed and put her in the back of your car.}
    {diversion == "accepted": "You said no court," she says through the glass. "You said."}
    -> hospital
* [Tell her she's free to go #act:release target=person]
    -> hospital

= stuck_during_arrest
{reported: Park arrives and takes her to booking in his car.|You drive her to booking yourself, one hand on the wheel.}
-> hospital

= hospital
{
- reported:
    You drive yourself to Mercy General with your hand held up by the wheel. #bg:patrol_car
    Within the hour they draw blood for baseline tests, check your hepatitis B vaccination record, and start you on a twenty-eight-day course of post-exposure medication. Follow-up tests at six weeks, three months and six months.
    {wound == "washed": The nurse asks if you washed it. You tell her: soap and water{squeezed:, after squeezing it and pouring sanitizer on it}. She nods and writes that down{squeezed:, and says squeezing doesn't help: soap and water is enough}.}
    {wound == "wrapped": The nurse asks if you washed it. You say no, you {squeezed:squeezed it, put sanitizer on it, }wrapped it and finished the stop. She writes that down and doesn't comment.}
- else:
    You finish the shift. At four in the morning, at home, you look at the small dark mark on the side of your finger under the kitchen light, and search your phone for how long you have to start medication after a needlestick. It works best within hours. #bg:patrol_car
}
-> END

= reach_unhurt
You come out with a zip pouch of capped syringes. You were lucky.
~ kit_seen = true
-> stop

// Endings.
=== let_go ===
{
- luis_gone:
    You tell her she's free to go.
- else:
    You write the warning on the hood of your cruiser. Luis signs it without reading it, says thank you twice, and gets back behind the wheel.
}
{
- diversion == "accepted":
    She puts the LEAD card with the case manager's number in her phone case.
    "Tomorrow. Okay." #speaker:person
- referral == "accepted":
    She has the clinic card in her hand{luis_gone:, and reads it again under the streetlight}.
- coerced:
    "Treatment. Sure." She doesn't look at you.
- syringes_taken:
    She zips the empty pouch and doesn't say anything.
}
{
- luis_gone:
    She walks to the bus shelter across Kessler and sits down to wait for the night bus.
- else:
    {she_out: She gets back in the car.} The Corolla pulls out onto Kessler with one brake light. #sfx:car_door
    {minutes_elapsed >= 10: Luis is going to be late.}
}
{loose_syringe == "left": The syringe is still under the passenger seat.}
{loose_syringe == "pocketed": The capped syringe is still in your shirt pocket.}
{syringes_taken and not syringes_disposed: Her syringes ride back to the station on your passenger seat, in an envelope.}
-> END

=== cited ===
{
- cite_reason == "possession":
    You write the citation on the hood of your cruiser: possession of a controlled substance, a court date in six weeks.
- else:
    You write the citation on the hood of your cruiser: possession of drug paraphernalia, a court date in six weeks.
}
{card_out and cite_reason == "paraphernalia":
    She holds up the program card while you write.
    "This is supposed to mean something." #speaker:person
}
{diversion == "accepted":
    "You said LEAD. You said a case manager, no court date. I said yes." #speaker:person
    She looks at the citation like it's written in another language.
}
{
- person_trust <= 3:
    "Family court's going to love this." #speaker:person
}
She takes the copy and folds it in half, then in half again.
-> after_citation

= after_citation
* {referral == "none"} [Offer her a referral to the clinic on Fifth, if she wants it #act:offer_referral to=treatment target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        She takes the clinic card too.
        "Okay." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        "You just wrote me up. Keep it." #speaker:person #event:referral_declined
    }
    -> after_citation
* {syringes_taken and not syringes_disposed} [Drop the syringes you took into the sharps tube from your trunk kit #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    You feed them into the sharps tube from your trunk kit, points down. #sfx:sharps_container
    -> after_citation
* [{luis_gone:Tell her she can go|Give Luis his warning and let them both go} #act:release target=person]
    {luis_gone: She walks to the bus shelter across Kessler.|{she_out: She gets back in the car without a word, and the|The} Corolla pulls out onto Kessler with one brake light.} #sfx:car_door
    {loose_syringe == "left": The syringe is still under the passenger seat.}
    {loose_syringe == "pocketed": The capped syringe is still in your shirt pocket.}
    -> END

=== arrested ===
~ arresting = true
You tell her she's under arrest for {grabbed: resisting|possession}.
{
- diversion == "accepted":
    "You said no court. You said LEAD, and I said yes." She doesn't close her eyes. She keeps them on you. #speaker:person
- else:
    She closes her eyes.
}
{not luis_gone:
    ~ luis_gone = true
    "Bree, I'm sorry. I can't lose this job. I'm sorry." #speaker:bystander
    Luis gets back in the Corolla and pulls out onto Kessler with one brake light. #sfx:car_door
}
Before she goes in the back of your car, the bag and her pockets need to be empty.
* {not disclosed} [Ask her if anything will stick you, then have her empty the pouch and her pockets onto the hood herself #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    She tips the pouch out onto the hood, slowly: syringes, the tube, the cooker. Then the hoodie pocket.
    "Careful with the tube. The lid's cracked." #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed} [Have her empty the pouch and her pockets onto the hood herself #act:have_person_remove_items target=person]
    She tips the pouch out onto the hood, slowly: syringes, the tube, the cooker. Then the hoodie pocket.
* [Search her and the bag yourself before she goes in the car #act:search_person target=person #act:search_bag target=person]
    You pat her down and go through the hoodie pocket. Then the bag: you open it wide under your flashlight and lift things out by their edges.
    {not disclosed:
        "Watch the tube! The lid's cracked!" #speaker:person #event:sharps_disclosed
        ~ disclosed = true
    }
* [Feel through the bag's front pouch for anything else #act:reach_into_pocket target=person]
    -> stuck
- You cuff her and put her in the back of your car. #sfx:car_door
-> booked

=== booked ===
At booking, the syringes go into a bag marked SHARPS with her property, and the glassine bag goes into evidence.
She is released at six in the morning with a court date, two miles from home, and walks to the bus.
{loose_syringe == "left": The syringe is still under the passenger seat of Luis's car.}
-> END
