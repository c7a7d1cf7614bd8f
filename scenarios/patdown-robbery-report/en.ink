// Good Call: "Her phone and her bag" (patdown-robbery-report), English.
// Dana Whitfield, 34, flags down a patrol car on Fifth Street: a man on a bike has knocked her down
// and taken her bag and her phone. She injects drugs; a syringe cap shows in her jacket's chest
// pocket, which holds capped syringes from the program and a sharps tube whose lid came off when she
// fell (scenario.json: pocketHoldsNeedles, so a blind reach is a needlestick). She is reporting a
// crime: nobody has stopped her, and she is free to leave. Story parameters (scenario.json):
// at_drop_in 1 sets it outside the Eastside Health Outreach drop-in, a service site; 0 at the Ninth
// Street light-rail stop, six blocks on. warrant_on_file 1 gives her an old failure-to-appear
// warrant that a name check finds. used_tonight 1 has her high; 0, getting sick.
// No rule yet scores taking, putting off or writing off a victim's report: the story logs
// take_report, refuse_report and dismiss_report for the rule proposed with it. A description put
// out within about a minute and a half of arrival (the report finished by 210 s) gets the man
// caught. The robbery is not raised as #event:violent_crime: that event would justify force and
// lift the service-site rule against anyone, and she is the one who was robbed.

VAR person_trust = 4
VAR person_agitation = 6
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR seconds_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

// Story parameters, drawn from the attempt's seed (scenario.json storyParameters).
VAR at_drop_in = 1
VAR warrant_on_file = 2
VAR used_tonight = 0

VAR explained = false
VAR knows_name = false
VAR disclosed = false           // she has told the officer about the needles
VAR pocket_snapped = false
VAR pocket_out = false          // she has taken the syringes out and shown them
VAR gloved = false
VAR card_out = false
VAR card_looked = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR frisked = false
VAR id_asked = false
VAR name_run = false
VAR warrant_known = false
VAR threatened = false
VAR report = "none"             // "none", "taken", "refused", "dismissed"
VAR report_second = -1
VAR caught = false
VAR radio_heard = false
VAR identified = false
VAR he_walked = false           // the officer told Park she was in no state to identify him
VAR bag_state = "missing"       // "missing", "found", "returned", "searched"
VAR loose_syringe = "unseen"    // "unseen", "lying", "disposed", "recapped", "left"
VAR powder_found = false
VAR powder_taken = false
VAR diversion = "none"          // "none", "accepted", "declined"
VAR referral = "none"           // "none", "accepted", "declined"
VAR referral_to = "none"        // "housing", "treatment"
VAR help_asked = false
VAR marcus_here = false
VAR ride_for = "showup"         // "showup", "canvass", "shelter"
VAR at_car = false
VAR rode = false
VAR in_back = false
VAR patdown_consent = "unasked" // "unasked", "given", "refused"
VAR refused_search = false      // she has said no to a search (her answer, or an instructor's inject)
VAR weapon_signs_seen = 0       // weapon indicators the story has noticed (only an instructor raises them)
VAR informant_asked = false
VAR coerced = false
VAR cite_reason = "paraphernalia"
VAR arrest_for = "warrant"
VAR arresting = false           // the stick happened while emptying her pockets for transport
VAR reach_where = "jacket"      // "jacket" or "bag": where the blind reach went
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR stick_reported = false
VAR mood_shown = "tense"
VAR urged = false

-> dispatch

=== dispatch ===
Friday, 9:40 at night. You're northbound on Fifth Street with the window down, clear of a noise complaint on Cole. #bg:patrol_car
{
- at_drop_in == 1:
    Outside the Eastside Health Outreach drop-in, under its hand-painted sign, a woman steps off the curb into your lane and waves both arms over her head.
- else:
    At the Ninth Street light-rail stop, a woman runs down the platform ramp into your lane and waves both arms over her head.
}
You stop short, put it in park and get out. #sfx:car_door
-> arrival

=== arrival ===
She's in her thirties, in a denim jacket and torn jeans, out of breath. Both palms are scraped raw, and there's blood on the knee of her jeans. #event:on_scene #bg:traffic_stop
"He took my bag! My phone's in it, everything's in it. He knocked me down and he took it!" #speaker:person
{
- used_tonight == 1:
    Under the streetlight her pupils are pinpoints, and her words come a beat slow. But they come in order.
- else:
    She's sweating in the cold and can't stand still, and between sentences she yawns, hard, the way people do when they're getting sick.
}
From the chest pocket of her jacket, an orange syringe cap pokes up above the snap.
{
- at_drop_in == 1:
    Behind her, through the drop-in's window, a man in a lanyard has stopped stacking chairs to look out. #event:near_service_site
- else:
    Up on the platform, a transit cleaner in an orange vest has stopped sweeping to look down.
}
She sees where you're looking and puts her hand flat over the pocket.
"Please. I'm not the one you want. He went {at_drop_in == 1:down the alley behind the laundromat|over the tracks}. He's getting away." #speaker:person
-> curb

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "steadier"
}

// The hub: every pick comes back here. What she does next depends on how the officer has treated
// her (person_trust, person_agitation) and on the clock: the description goes stale by the minute.
=== curb ===
{person_agitation >= 8: -> she_leaves}
{report == "none" and minutes_elapsed >= 7: -> gives_up}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> hand_in_pocket
- sharps_disclosed and not disclosed: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not refused_search: -> no_searches
}
{report == "taken" and not radio_heard and seconds_elapsed >= report_second + 120: -> radio_result}
// She asks for help only once she trusts the officer (person_trust is the engine's).
{report == "taken" and not help_asked and person_trust >= 8: -> asks_help}
{not marcus_here and minutes_elapsed >= 2: -> witness_arrives}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": She has her arms wrapped tight around herself, and keeps looking {at_drop_in == 1:down the alley|across the tracks}.
    - "calm": She lets out a long breath, and her shoulders come down.
    - else: She wipes her palms on her jeans, carefully, and winces.
    }
}
{report == "none" and minutes_elapsed >= 2 and not urged:
    ~ urged = true
    "Every minute you stand here, he's another block gone." #speaker:person
}
* [Tell her your name, that you'll take her report, and what you'll need from her #act:explain_stop target=person]
    -> introductions
* (first_ask) {not disclosed and not pocket_out} [Ask her whether there's anything in that pocket that could stick you #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed and not pocket_out} [Ask again, plainly: you're asking so nobody gets stuck, not to write her up #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Pull on your nitrile gloves and hand her gauze from your kit for her palms #act:don_gloves]
    ~ gloved = true
    You snap on a pair of nitrile gloves from your belt pouch, tear open a gauze pad from the kit in your trunk and hold it out. She presses it into one palm, then the other.
    -> curb
* {report == "none"} [Take her statement: what happened, what he looks like, which way he went, and put it out on the air #act:take_report target=person]
    -> statement
* {report == "none"} [{used_tonight == 1:She's nodding and her words run together|She's shaking and can't stand still}: write it up as information only, since a report from her in this state won't hold up #act:dismiss_report target=person]
    -> written_off
* {report == "none"} [Tell her to come by the station tomorrow, when she's had some sleep, and file it properly then #act:refuse_report target=person]
    -> put_off
* {report == "none" and not id_asked} [Ask to see her ID before you write anything down: the report needs her legal name #act:demand_id target=person]
    -> id_request
* {knows_name and not name_run} [Run her name and date of birth, to make sure she is who she says and the report holds up #act:warrant_check target=person]
    -> run_name
* {report == "none" and not threatened} [Remind her that a false police report is a crime, before she tells you anything more #act:threaten_arrest target=person]
    -> false_report_warning
* {not frisked} [She's carrying needles and she's worked up: pat her down before you stand any closer #act:patdown target=person]
    -> frisk
* {not pocket_out and not syringes_taken} [Lift the syringe out of her pocket before it falls out in the street #act:reach_into_pocket target=person]
    ~ reach_where = "jacket"
    -> stuck
* {disclosed and not pocket_snapped and not pocket_out} [Ask her to snap the pocket shut and keep her hands out of it while you talk #time:5]
    ~ pocket_snapped = true
    She snaps it shut with two fingers, carefully, and lets both hands hang at her sides, away from it.
    "Okay. Okay." #speaker:person
    -> curb
* {not pocket_out and not syringes_taken} [Ask her to take out whatever's in that pocket herself and show you #act:have_person_remove_items target=person]
    -> pocket_shown
* {card_out and not card_looked} [Look at the card #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not card_honored and not syringes_taken} [Tell her the card covers the syringes: they stay with her #act:honor_ssp_card target=person]
    -> honor
* {(pocket_out or disclosed) and not syringes_taken and not card_honored} [Take the syringes off her: you'll have to write them up anyway #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Drop the syringes you took into the sharps tube in your trunk #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    You open the trunk and feed them into the sharps tube one by one, points down, and then the little tube with the used one. #sfx:sharps_container
    -> curb
* {pocket_out or disclosed} [Write her a citation for the syringes: you can't put them in a report and do nothing #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {report == "taken" and not informant_asked} [Ask her who's selling {at_drop_in == 1:around the drop-in|at the station}: if she helps with that, nobody needs to look in her pockets #act:ask_for_intelligence target=person]
    -> informant
* {bag_state == "missing"} [{at_drop_in == 1:Walk down the alley behind the laundromat with her, to look for her bag|Walk along the fence by the tracks with her, to look for her bag} #time:60]
    -> alley
* {powder_found and not powder_taken} [Take the bag of powder #act:seize_drugs target=person]
    ~ powder_taken = true
    You take the little bag by its corner and seal it in an evidence envelope. She watches it go into your shirt pocket.
    -> curb
* {powder_found} [Offer her LEAD instead of a charge for the powder: a case manager, no court date #act:offer_diversion target=person]
    -> lead_offer
* {powder_found} [Cite her for the powder #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {warrant_known} [Arrest her on the warrant #act:arrest reason=warrant target=person]
    ~ arrest_for = "warrant"
    -> arrested
* {warrant_known and not coerced} [Tell her the warrant goes away if she checks into the detox on Cole tonight #act:coerce_referral target=person]
    -> detox_or_warrant
* {report == "taken" and referral != "accepted"} [Tell her the drop-in's women's advocate can get her a bed at Harbor House tonight, and you'll drive her #act:offer_referral to=housing target=person]
    -> referral_housing
* {report == "taken" and referral != "accepted"} [Tell her the detox on Cole has a bed open tonight: safer than a shelter, and a place to start over #act:offer_referral to=treatment target=person]
    -> referral_detox
* {radio_heard and not caught and not rode} [Offer her a ride around the blocks to look for him #time:5]
    ~ ride_for = "canvass"
    -> the_car
+ {report == "taken" and not radio_heard} [Stay with her and wait for word from Park #time:60]
    You stand with her on the curb. Your radio traffic is all somebody else's.
    -> curb
+ {radio_heard} [Give her the case number and your card, and finish up]
    -> finish

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== hand_in_pocket ===
~ weapon_signs_seen = weapon_indicators
Her right hand goes into the side pocket of her jacket, fast, and stays there.
* [Tell her to take her hand out slowly, where you can see it #time:10]
    The hand comes out slowly: a lighter, and a crumpled pack of cigarettes.
    "I need a cigarette. Is that okay? I need a cigarette." #speaker:person
* [Ask her to show you what's in her hand, with two fingers #act:have_person_remove_items target=person]
    Two fingers, slowly: a lighter and a crumpled pack of cigarettes.
    "It's a lighter. I just want a smoke." #speaker:person
* {not frisked} [Pat down her jacket for a weapon #act:patdown target=person]
    -> frisk
* [Catch her wrist before her hand comes back out #act:grab target=person]
    You catch her wrist. She freezes and cries out: it's the scraped palm.
    "It's a lighter! It's my lighter!" #speaker:person
- -> curb

=== needles_told ===
~ disclosed = true
She takes her hand off the pocket and holds it up, palm out.
"Before anything: there's needles in this pocket. New ones, and a little tube with a used one, and the lid came off when I fell. Don't put your hand in there." #speaker:person
-> curb

=== card_offered ===
~ card_out = true
She works a laminated card out of her back pocket with two fingers and holds it up: EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a number.
"I'm in the program. Whatever's on me is from them." #speaker:person
-> curb

=== no_searches ===
~ refused_search = true
She takes a step back{at_drop_in == 1: toward the drop-in's door|, toward the ramp}.
"And so we're clear: I didn't flag you down to get searched. Nobody's searching me." #speaker:person
-> curb

=== witness_arrives ===
~ marcus_here = true
{
- at_drop_in == 1:
    The man in the lanyard comes out of the drop-in and stops a polite distance off: fifties, reading glasses pushed up on his head. MARCUS BELL, PEER OUTREACH, the lanyard says. #sfx:footsteps
    "Dana? You okay?" He turns to you. "I saw him go past the window on a bike. Gray hoodie. He cut down the alley behind the laundromat." #speaker:bystander
- else:
    The transit cleaner comes down the ramp with his broom: sixties, a name patch that says MARCUS. #sfx:footsteps
    "I saw him. Skinny guy on a little bike, gray hoodie. He threw something over by the fence and went across the tracks." #speaker:bystander
}
-> curb

=== introductions ===
~ explained = true
~ knows_name = true
You tell her your name, that you'll take her report and get the description out, and that you'll need her name, what he took and which way he went. Nothing in her pocket changes any of that.
"Dana. Dana Whitfield." She's still breathing hard. "He's got my phone. My daughter's pictures are on that phone." #speaker:person
-> curb

=== sharps_answer ===
{
- person_trust >= 6:
    ~ disclosed = true
    She takes her hand off the pocket, slowly.
    "Needles. Four new ones, capped, from the drop-in. And a little tube with a used one; the lid came off when I fell. Don't put your hand in there." #speaker:person #event:sharps_disclosed #event:use_disclosed
    -> card_from_pocket
- curb.second_ask:
    "I said it's nothing." #speaker:person
    Her hand stays flat over the pocket.
- else:
    "It's nothing. It's mine. Can we please do the part where you look for him?" #speaker:person
    Her hand stays flat over the pocket.
}
-> curb

= card_from_pocket
{not card_out:
    ~ card_out = true
    With two fingers she works a laminated card out of her back pocket and holds it up: EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a number. #event:ssp_card_shown
    "I'm in the program. They're legal." #speaker:person
}
-> curb

=== id_request ===
~ id_asked = true
~ knows_name = true
"My ID? My ID was in the bag. Everything was in the bag." #speaker:person
She stares at you, then spells it out anyway: Dana Whitfield, W-H-I-T-F-I-E-L-D, and her date of birth.
-> curb

=== run_name ===
~ name_run = true
You step back to your car and read her name and date of birth into the radio. She can hear it go out over the air. #sfx:radio_dispatch
{marcus_here:
    {
    - at_drop_in == 1:
        Marcus folds his arms. "She's the one who got robbed," he says, to nobody in particular. "That's why nobody in there calls you." #speaker:bystander
    - else:
        The transit cleaner shakes his head and goes back up the ramp to his broom.
    }
}
{
- warrant_on_file == 1:
    ~ warrant_known = true
    "Three-One, Dana Whitfield shows an active misdemeanor warrant out of Cole County, failure to appear, on a paraphernalia citation from March. Cole County will pick up." #speaker:dispatch
    She hears it, and closes her eyes.
    "I got robbed," she says, "and I'm going to jail." #speaker:person
    -> warrant_hit
- else:
    "Three-One, Dana Whitfield, no wants, no warrants. Two priors, possession and paraphernalia." #speaker:dispatch
    "Can we do the part where you look for him now?" #speaker:person
    -> curb
}

=== warrant_hit ===
* [Arrest her on the warrant: a hit is a hit #act:arrest reason=warrant target=person]
    ~ arrest_for = "warrant"
    -> arrested
* [Tell her it's an old warrant, that you're not taking her in for it tonight, and give her the court's walk-in hours #time:20]
    You tell her: Cole County court takes walk-ins on Tuesday mornings, and a missed date on a citation usually gets a new date, not a cell.
    She opens her eyes. "Okay." She doesn't believe you yet. "Okay." #speaker:person
    -> curb
* [Tell her the warrant can wait, if she tells you who's selling on Fifth #act:ask_for_intelligence target=person]
    -> informant
* [Say nothing about it for now, and go on #time:5]
    She watches your face for a long second, and then looks away.
    -> curb

=== false_report_warning ===
~ threatened = true
You tell her before she goes any further: making a false police report is a crime, and you'll charge it if this doesn't check out.
She holds up her scraped palms, one and then the other, in the streetlight.
"Does this look false to you?" #speaker:person
{marcus_here: Marcus has gone very quiet.}
-> curb

=== frisk ===
~ frisked = true
{at_car:
    ~ in_back = true
}
{
- patdown_consent == "given":
    She holds her arms out from her sides. You pat the outside of the jacket, the waistband, the pockets of her jeans, flat-handed, and go round the chest pocket, not over it.
- else:
    "For what? I'm the one who got robbed!" She holds her arms out anyway, because you are standing over her. #speaker:person
    {refused_search:
        "I said nobody's searching me. I said it." #speaker:person
    }
    You pat the outside of the jacket, the waistband, the pockets of her jeans{not gloved:, bare-handed}.
}
{not disclosed and not pocket_out:
    ~ disclosed = true
    Your palm closes over the chest pocket: thin plastic tubes, and something round that gives. She jerks back.
    "Careful! Needles! The tube's open, the lid came off!" #speaker:person #event:sharps_disclosed
}
{marcus_here and at_drop_in == 1:
    In the drop-in's doorway, Marcus has his phone up, recording. #sfx:phone_camera
}
A lighter, cigarettes, a hair tie, three dollars in coins. Nothing that could hurt anyone.
{at_car: -> ride}
-> curb

=== pocket_shown ===
~ pocket_out = true
{
- disclosed:
    She unsnaps the pocket and takes things out one at a time onto the hood of your car, the way you'd unpack eggs.
- else:
    She hesitates with her hand on the snap. "You're not going to like it." #speaker:person
    Then she unsnaps the pocket and takes things out one at a time onto the hood of your car, the way you'd unpack eggs.
}
Four syringes with orange caps, rubber-banded. A red sharps tube the size of a marker, its lid gone, one used syringe inside. A cooker, alcohol pads.
She finds the lid in the bottom of the pocket and presses it back onto the tube herself.
{not card_out:
    ~ card_out = true
    Last, from her back pocket, a laminated card: EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a number. #event:ssp_card_shown
    "I'm in the program. It's all legal." #speaker:person
}
-> curb

=== card_look ===
~ card_looked = true
The card is soft at the corners: EASTSIDE HEALTH OUTREACH, SYRINGE SERVICES PARTICIPANT, a number, this year's date, and on the back a line citing the state law on program participants.
{marcus_here and at_drop_in == 1:
    "She's been coming to us three years," Marcus says. "I can read you her number off our sheet if you want." #speaker:bystander
}
-> curb

=== honor ===
~ card_honored = true
You hand the card back and tell her the card covers the syringes. They stay with her.
She looks at you a second longer than she needs to.
"Okay. Thank you." #speaker:person
{pocket_out: She puts them back in the pocket, the tube with its lid on, and snaps it shut.}
-> curb

=== confiscate ===
~ syringes_taken = true
{
- pocket_out:
    You pick up the rubber-banded syringes and the little tube from the hood of your car.
- else:
    You have her take the syringes and the little tube out of the pocket and hand them to you, and you take them by the ends.
}
"Those are from the program. They're clean." #speaker:person
"So tonight I use somebody else's. Thanks for your help, officer." #speaker:person
-> curb

=== informant ===
~ informant_asked = true
You keep your voice low: who's selling {at_drop_in == 1:around the drop-in|at the station}? If she helps with that, nobody needs to look at what's in her pockets{warrant_known:, or at that warrant}.
She looks at you for a long second.
"A man knocked me down and took my bag. And you want me to be the next one who gets knocked down." #speaker:person
"I don't know anybody's name." #speaker:person
-> curb

=== detox_or_warrant ===
~ coerced = true
You tell her: she checks into the detox on Cole tonight and you forget the warrant. If she doesn't, she goes to Cole County.
"That's not help. That's the warrant with extra steps." #speaker:person
She looks {at_drop_in == 1:at the drop-in's door|up at the platform} for a long time.
"Fine. Detox." #speaker:person
-> curb

// The report itself: taken, written off, or put off till tomorrow.
=== statement ===
~ temp came_back = report == "refused"
~ report = "taken"
~ report_second = seconds_elapsed
~ caught = seconds_elapsed <= 210
{came_back: She stops, and comes back, slowly.}
You take it down the way you were taught: what happened, then who, then which way.
She was {at_drop_in == 1:coming out of the drop-in|waiting for the Number 4 on the platform}. He came up on a bike, grabbed the strap, and when she held on he shoved her down and pulled until it broke. The bag: brown, the strap broken now. In it: her phone in a pink case, her wallet with sixty dollars from her cleaning shift, her ID, her bus pass.
"White guy, thirties. Tall, real skinny, shaved head. A spiderweb tattoo, here." She touches the side of her neck. "Gray hoodie, black basketball shorts over sweats, a little BMX bike. People call him Cash. I don't know his real name." #speaker:person
{not knows_name:
    "Dana Whitfield," she says, when you ask. "W-H-I-T-F-I-E-L-D." #speaker:person
}
~ knows_name = true
"Three-One, robbery just occurred, Fifth and {at_drop_in == 1:Cole|Ninth}. Suspect white male, thirties, tall and thin, shaved head, spiderweb tattoo on the neck, gray hoodie, black shorts over sweatpants, on a BMX bike. Last seen {at_drop_in == 1:in the alley behind the laundromat, toward Ninth|over the tracks toward the rail yard}. Took a brown purse and a phone in a pink case." #speaker:officer #sfx:radio_dispatch
"Two-Two copies. I'm at Ninth and Cole. I'll swing through." That's Park. #speaker:partner
-> curb

=== written_off ===
~ report = "dismissed"
You tell her you'll write it up as information only. In her state, a report won't go anywhere. You don't put anything out on the air.
"Information only." She looks at you. "So you're not going to look for him." #speaker:person
{
- used_tonight == 1:
    "I know what I look like right now. I also know what he looks like." #speaker:person
- else:
    "I'm sick. I'm not stupid. I know what he looks like." #speaker:person
}
{marcus_here: Marcus looks at the ground.}
* [Let it stand: write her name on an information card and give her the number #time:30]
    -> info_only
* [Put the description out after all, and take the full report #act:take_report target=person]
    -> statement

=== put_off ===
~ report = "refused"
You tell her to come by the station on Ridge Street tomorrow, when she's had some sleep, and file it properly. The front desk opens at eight.
"Tomorrow." She laughs, once. "Tomorrow he's sold my phone. Tomorrow I've got no bus pass to get to Ridge Street." #speaker:person
"This is why nobody calls you." #speaker:person
{marcus_here and at_drop_in == 1:
    "Come inside, Dana," Marcus says quietly. "Come on." #speaker:bystander
}
She turns and walks {at_drop_in == 1:toward the drop-in's door|toward the ramp}.
* [Let her go #time:5]
    -> no_report
* [Call her back: you'll take the report now #act:take_report target=person]
    -> statement

=== gives_up ===
She's stopped looking {at_drop_in == 1:down the alley|across the tracks}.
"Forget it. He's gone. You were never going to do anything." #speaker:person
* [Take her statement now and put it out, late as it is #act:take_report target=person]
    -> statement
* [Let her go #time:5]
    -> no_report

// Park's answer over the radio: the man, or no sign of him.
=== radio_result ===
~ radio_heard = true
{
- caught:
    "Two-Two to Three-One. I've got a male matching on a BMX at Ninth and Cole: gray hoodie, spiderweb on the neck. He's got a phone in a pink case in his pocket and he won't say whose. Can your victim come take a look?" #speaker:partner #sfx:radio_dispatch
    -> showup
- else:
    "Two-Two to Three-One. No sign of him. I've been through the station, along the tracks and down Cole. He's gone to ground. I'll keep an eye out." #speaker:partner #sfx:radio_dispatch
    Dana sits down on the curb and puts her forehead on her knees.
    -> curb
}

=== showup ===
Dana heard it. She's already looking up Fifth toward Ninth.
"That's him. It's got to be him. The pink case is mine." #speaker:person
* [Drive her the four blocks to Park for a look #time:10]
    ~ ride_for = "showup"
    -> the_car
* [Ask Park to drive him past slowly, so she can look from the curb #time:90]
    -> identify
* [{used_tonight == 1:She's been using tonight|She's sick and shaking}: tell Park she's in no state to identify anyone, and to photograph him and let him go #act:dismiss_report target=person]
    -> let_him_go

=== let_him_go ===
~ he_walked = true
~ identified = false
"Copy," Park says, after a pause. "Photographing him. He's walking." #speaker:partner #sfx:radio_dispatch
"He's walking?" Dana stares at you. "With my phone in his pocket, he's walking?" #speaker:person
-> curb

=== identify ===
~ identified = true
{
- rode:
    Four blocks up, Park's car sits at the curb on Ninth, its spotlight on a man sitting on the curb with a BMX bike on its side beside him.
- else:
    A minute later Park's car rolls down Fifth at walking pace with its dome light on. In the back seat, a man with a shaved head turns his face away.
}
"That's him. That's Cash." She doesn't hesitate. "That's my phone." #speaker:person
Park holds up a phone in a pink case. The lock screen is a little girl in a Halloween costume.
"Two-Two, positive identification. He's going in for robbery." #speaker:partner #sfx:radio_dispatch
Park photographs the phone for the report and hands it over for her. She holds it in both hands.
{rode: You drive her back down Fifth.}
-> curb

// The car: whoever rides in the back gets a pat-down, says the department. She is a victim, free to say no.
=== the_car ===
{rode: -> ride}
~ at_car = true
{
- ride_for == "showup":
    Park is four blocks up.
- ride_for == "canvass":
    You'll go round the blocks: Cole, the tracks, the station.
- else:
    Harbor House is ten blocks east, on Market.
}
You open the back door of your car, and stop. The rule in your department is a pat-down for anyone who rides in the back.
* [Pat her down before she gets in: nobody rides in your car without one #act:patdown target=person]
    -> frisk
* [Tell her the rule, ask whether she's okay with a pat-down, and tell her she can say no #act:ask_consent_search target=person]
    -> car_consent
* [Shut the back door and put her in the front passenger seat instead #time:10]
    -> ride

=== car_consent ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "I told you already. Nobody's searching me." #speaker:person
- person_trust >= 8:
    ~ patdown_consent = "given"
    She looks at the cage between the seats, then at you, and holds her arms out from her sides.
    "Fine. Go ahead." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "No. I'm the one who got robbed. I'm not getting searched to sit in your car." #speaker:person #event:consent_refused
}
* {patdown_consent == "given"} [Pat her down, flat-handed, and let her sit in the back #act:patdown target=person]
    -> frisk
* {patdown_consent == "refused"} [Pat her down anyway: it's the rule for the back seat #act:patdown target=person]
    -> frisk
* [Put her in the front passenger seat #time:10]
    -> ride

=== ride ===
~ at_car = false
~ rode = true
{in_back: She gets in the back, behind the cage.|She gets in the front and puts her seatbelt on over the torn jacket.} #sfx:car_door
{
- ride_for == "showup":
    -> identify
- ride_for == "canvass":
    -> canvass
- else:
    -> to_shelter
}

=== canvass ===
* [Drive the blocks slowly with her, every doorway #time:240]
    You go down Cole, along the tracks, past the station, behind the laundromat. She watches every doorway. A man on a bike on Ninth turns out to be a kid with a pizza bag.
    "He's gone." #speaker:person
* [Make one pass down Cole and head back #time:60]
    One pass down Cole. Nothing.
- You drive her back down Fifth.
-> curb

=== asks_help ===
~ help_asked = true
She looks {at_drop_in == 1:at the drop-in's door|up at the platform} for a while before she says anything.
"Can I ask you something? He knows where I stay. The room on Delancey, over the pawn shop. He's going to come looking, because I called you." #speaker:person #event:asks_for_help
"Is there somewhere I can go tonight where he can't find me?" #speaker:person
-> curb

=== referral_housing ===
~ referral_to = "housing"
You tell her: the drop-in has a women's advocate on Friday nights who can call the Harbor House bed line, and Harbor House doesn't tell anybody who's staying there. If she wants, you'll drive her.
{
- person_trust >= 7:
    ~ referral = "accepted"
    "The one with the blue door? They don't let men up the stairs." She nods. "Yeah. Okay." #speaker:person #event:referral_accepted
- else:
    ~ referral = "declined"
    "I'll figure it out." #speaker:person #event:referral_declined
}
-> curb

=== referral_detox ===
~ referral_to = "treatment"
You tell her the detox on Cole has a bed open tonight. Safer than a shelter, and a place to start over, if she wants it.
{referral == "none":
    ~ referral = "declined"
}
{
- help_asked:
    "I asked you for a door he can't get through. Not detox." She shakes her head. "Not tonight." #speaker:person #event:referral_declined
- else:
    "I didn't ask for detox." #speaker:person #event:referral_declined
}
-> curb

=== lead_offer ===
You tell her about LEAD: instead of a charge for the powder, a case manager calls her this week. No court date. They work on whatever she wants to work on, and nobody makes her quit first.
{
- person_trust >= 5:
    ~ diversion = "accepted"
    "No court?" She looks at the little bag, then at you. "Okay. Yes." #speaker:person #event:referral_accepted #event:diversion_accepted
- else:
    ~ diversion = "declined"
    "You went through my bag after a man robbed me. And now I'm supposed to sign up for your program?" #speaker:person #event:referral_declined
}
-> curb

// The alley or the fence: the bag he threw away, and the syringe that fell out of it.
=== alley ===
~ bag_state = "found"
~ loose_syringe = "lying"
{
- at_drop_in == 1:
    You walk her down the alley behind the Suds City laundromat, your flashlight on the wet asphalt, the dryer vents breathing warm air over you both. #sfx:footsteps
    Between the dumpster and the wall, her bag lies on its side with the strap snapped, everything spilled out of it.
- else:
    You walk her along the chain-link fence by the tracks, your flashlight in the weeds. A train goes by on the far line. #sfx:footsteps
    In the weeds under the fence, her bag lies on its side with the strap snapped, everything spilled out of it.
}
An empty wallet. Her state ID in its sleeve. A bus pass, a hairbrush, a naloxone kit in its orange pouch, and a zip pouch with the drop-in's logo, open.
A hand's width from the pouch, on the ground, lies a syringe with no cap, its plunger pushed home. #event:syringe_found
"He took the money and left the rest." She reaches for the bag. "That one on the ground's mine. It fell out of the pouch." #speaker:person
-> alley_choices

= alley_choices
* {not gloved} [Pull on your nitrile gloves #act:don_gloves]
    ~ gloved = true
    You pull on a pair of nitrile gloves from your belt pouch.
    -> alley_choices
* {loose_syringe == "lying"} [Pick up the loose syringe by the barrel, needle pointing down and away from you #act:pick_up_syringe]
    -> holding
* {loose_syringe == "lying"} [Leave the syringe where it is and mark the spot for Public Works in the morning #time:10]
    ~ loose_syringe = "left"
    You note the spot in your notebook for Public Works. The syringe stays where it is.
    -> alley_choices
* {bag_state == "found"} [Hand her the bag, and ask her to go through it herself and tell you what's missing #act:have_person_remove_items target=person]
    -> bag_returned
* {bag_state == "found"} [Go through the bag yourself first: the report needs a list of what was taken #act:search_bag target=person]
    -> bag_searched
* {bag_state == "found"} [Feel in the bag's side pocket for her phone, in case he missed it #act:reach_into_pocket target=person]
    ~ reach_where = "bag"
    -> stuck
* {bag_state != "found"} [Walk back to the street with her #time:60]
    -> curb

= holding
{gloved: You pinch the barrel between gloved thumb and finger.|You pinch the barrel between your bare thumb and finger.} The needle is bent at the tip.
* [Carry it to your trunk, needle down, and drop it in the sharps tube #act:dispose_sharps_safely #time:60]
    ~ loose_syringe = "disposed"
    You walk it back to the car held low and away from you and drop it in the sharps tube, needle first. #sfx:sharps_container
* {at_drop_in == 1} [Carry it into the drop-in and ask for their sharps container #act:dispose_sharps_safely #time:60]
    ~ loose_syringe = "disposed"
    {marcus_here:Marcus|The man in the lanyard} holds the red container steady on the front counter while you drop it in, needle first. #sfx:sharps_container
* [Slide its cap back on and drop it in her pouch with the others: it's hers #act:recap_needle]
    ~ loose_syringe = "recapped"
    You find the orange cap by the wheel of the dumpster and guide the bent needle toward it. It skids off the rim and past your thumb before it goes in. You drop it in her pouch.
- -> alley_choices

= bag_returned
~ bag_state = "returned"
She kneels and puts it back together herself, piece by piece: the wallet, the ID, the bus pass, the naloxone kit, the pouch, zipped.
"Phone's gone. Money's gone. Sixty dollars." She holds up the ID. "At least he left me this." #speaker:person
-> alley_choices

= bag_searched
~ bag_state = "searched"
{
- refused_search:
    "I said nobody's searching me. That's my bag." She doesn't grab for it. She just watches. #speaker:person
- else:
    "It's my bag. I can tell you what's in it." #speaker:person
}
You crouch and go through it under your flashlight: the wallet, the ID, the bus pass, the naloxone kit. You hold the zip pouch open with the end of your flashlight.
Under the alcohol pads, folded into a corner, is a tiny bag of gray powder. #event:eligible_offense
~ powder_found = true
She sees you see it.
"He missed that. Great. The one thing he missed." #speaker:person
-> alley_choices

// A blind reach: the needlestick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
{
- reach_where == "bag":
    You slide two fingers into the bag's side pocket: a lip balm, coins, and then a bright, sharp sting in the pad of your finger. A used syringe had fallen out of the pouch into the pocket.
- else:
    You work two fingers into the chest pocket to lift the syringe out: the rubber band, the caps, the open tube, and then a bright, sharp sting in the side of your finger.
}
You pull your hand out. {gloved: The glove is split at the fingertip.} A bead of blood comes up, then another.
{
- disclosed:
    "I told you! I told you it was open!" She pulls back from you, hands up. #speaker:person
- else:
    "Oh no. That's the used one. I'm sorry, I'm so sorry, the lid came off when I fell." She pulls back from you, hands up. #speaker:person
}
~ disclosed = true
{not card_out:
    ~ card_out = true
    She holds up a laminated card with shaking hands. #event:ssp_card_shown
    "I'm in the program, they're from the drop-in, I'm in the program." #speaker:person
}
-> first_aid

= first_aid
* [Let it bleed, and wash it with soap and water {at_drop_in == 1:at the drop-in's sink|from the bottle in your trunk} #time:120]
    ~ wound = "washed"
    {at_drop_in == 1: At the little sink behind the drop-in's counter you|At your trunk you pour water over it and} work the soap in for a long minute. It keeps bleeding, a little.
* [Squeeze the finger hard to force the blood out, and douse it in hand sanitizer #time:30]
    ~ squeezed = true
    You pinch the fingertip white and squirt sanitizer over it. It stings like fire.
    "Don't squeeze it," she says. "They told us at the drop-in. Let it bleed and wash it." #speaker:person
    -> first_aid
* [Wrap it in gauze and keep going: you'll deal with it after the call #time:10]
    ~ wound = "wrapped"
    You wrap gauze round the finger and tape it. A dot of red comes through.
- -> reporting

= reporting
* [Key your radio: tell your sergeant you've had a needlestick and need to go to the ER #time:60]
    ~ stick_reported = true
    "Three-One to Sergeant Okafor. I've taken a needlestick, used needle, on Fifth Street. Requesting cover." #speaker:officer #sfx:radio_dispatch
    Okafor comes back at once: go to Mercy General now, Lindqvist will cover, and the exposure report can be written at the hospital. The first couple of hours matter.
* [Keep it to yourself for now: it was probably a clean one #time:5]
    You flex the finger. It was probably a clean one. Probably.
- -> the_syringe

= the_syringe
* [Ask her whether that one was used, and whether she would get tested: her choice #time:60]
    "Used. Mine. This morning." She swallows. "I tested negative at the drop-in in August. I'll do it again. I'll do it tomorrow." #speaker:person
* [Tell her she's getting tested tonight, one way or another: you need to know what you were exposed to #act:threaten_arrest target=person]
    "You can't make me do that." She holds her arms tight around herself. "You can't." #speaker:person
- {arresting: -> stuck_during_arrest}
-> deciding

= deciding
* {report == "none"} [Put the description out before you go, and leave the full report to whoever covers #act:take_report target=person]
    ~ report = "taken"
    "Three-One, robbery just occurred, Fifth Street: white male, thirties, thin, shaved head, spiderweb tattoo on the neck, gray hoodie, on a BMX bike. Took a brown purse and a pink phone." #speaker:officer #sfx:radio_dispatch
    -> deciding
* {card_out and not card_honored and not syringes_taken} [Tell her the card covers her syringes #act:honor_ssp_card target=person]
    ~ card_honored = true
    She nods without looking up.
    -> deciding
* [Write her a citation for the syringes #act:cite reason=paraphernalia target=person]
    You write it one-handed. She takes it without a word.
    -> hospital
* [Leave the rest to whoever covers, and go #time:10]
    -> hospital

= stuck_during_arrest
{stick_reported: Lindqvist arrives and takes her to booking.|You put her in the back of your car and drive her to booking yourself, one hand on the wheel.}
-> hospital

= hospital
{
- stick_reported:
    {report == "taken": Lindqvist takes Dana's report on the curb while you drive yourself to Mercy General with your hand held up by the wheel.|You drive yourself to Mercy General with your hand held up by the wheel.} #bg:patrol_car
    Within the hour they draw blood for baseline tests, check your hepatitis B vaccination record and start you on a twenty-eight-day course of post-exposure medication. Follow-up tests at six weeks, three months and six months.
    {wound == "washed": The nurse asks if you washed it. You say you did, with soap and water{squeezed:, after squeezing it and pouring sanitizer on it}. She writes that down{squeezed:, and says squeezing doesn't help: soap and water is enough}.}
    {wound == "wrapped": The nurse asks if you washed it. You say no, you {squeezed:squeezed it, put sanitizer on it, }wrapped it and kept working. She writes that down and doesn't comment.}
- else:
    You finish the shift. At three in the morning, at home, you look at the small dark mark on your finger under the kitchen light and search your phone for how long you have to start medication after a needlestick. It works best within hours. #bg:patrol_car
}
-> END

= reach_unhurt
You come out with a rubber band and four capped syringes. You were lucky.
~ pocket_out = true
-> curb

// Charges, arrest and the endings.
=== cited ===
{
- cite_reason == "possession":
    You write the citation on the hood of your car: possession of a controlled substance, a court date in six weeks.
- else:
    You write the citation on the hood of your car: possession of drug paraphernalia, a court date in six weeks.
}
{card_out and cite_reason == "paraphernalia":
    She holds up the program card while you write.
    "This is supposed to mean something." #speaker:person
}
{diversion == "accepted":
    "You said LEAD. You said no court date. I said yes." #speaker:person
}
"I flagged you down. I flagged you down." She takes the copy and folds it without reading it. #speaker:person
-> after_citation

= after_citation
* {syringes_taken and not syringes_disposed} [Drop the syringes you took into the sharps tube in your trunk #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    You feed them into the sharps tube in your trunk, points down. #sfx:sharps_container
    -> after_citation
* [Tell her she can go #act:release target=person]
    She walks off {at_drop_in == 1:into the drop-in|up the ramp to the platform} without looking back.
    {report == "taken" and not identified: If anyone finds the man on the bike, there is a case number. She won't be the one who calls about it.}
    {loose_syringe == "lying" or loose_syringe == "left": The syringe with no cap is still on the ground where the bag was.}
    -> END

=== arrested ===
~ arresting = true
You tell her she's under arrest{arrest_for == "warrant":, on the Cole County warrant|, for possession}.
She doesn't fight. She just looks at you.
"He took my bag, and you're taking me." #speaker:person
{marcus_here and at_drop_in == 1:
    "You're arresting her? She's the one who called you!" Marcus has his phone up. #speaker:bystander #sfx:phone_camera
}
Before she goes in the back of your car, her pockets need to be empty.
* {not disclosed and not pocket_out} [Ask her if anything will stick you, then have her empty her pockets onto the hood herself #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    "Chest pocket. Needles. The tube's open." She empties it slowly onto the hood, one thing at a time. #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed or pocket_out} [Have her empty her pockets onto the hood herself #act:have_person_remove_items target=person]
    She empties the chest pocket slowly onto the hood, one thing at a time, and then her jeans.
* [Search her yourself before she goes in the car #act:search_person target=person]
    You search her against the side of your car, {gloved:gloved,|bare-handed,} working round the chest pocket.
    {not disclosed:
        ~ disclosed = true
        "The chest pocket! Needles, the tube's open!" #speaker:person #event:sharps_disclosed
    }
* [Go through her jacket pockets yourself #act:reach_into_pocket target=person]
    ~ reach_where = "jacket"
    -> stuck
- You cuff her and put her in the back of your car. #sfx:car_door
-> booked

=== booked ===
At the jail her syringes go into a bag marked SHARPS with her property{report == "taken":, and her robbery report goes into the system under a case number with her name on both sides of it}.
{identified: Cash is booked for robbery two hallways away. His public defender will ask, first thing, why the only witness was in a cell the night it happened.}
She's released at six in the morning with a new court date, two miles from home, without a bus pass.
{marcus_here and at_drop_in == 1: By Monday everyone at the drop-in knows what happens when you flag down a cop on Fifth Street.}
-> END

=== she_leaves ===
"No. I'm done. I came to you. I came to you for help." #speaker:person
She turns and walks {at_drop_in == 1:toward the drop-in's door|toward the ramp}.
* [Let her go #time:5]
    -> walked_off
* [Take hold of her arm: you're not done with her #act:grab target=person]
    -> grabbed
* [Tell her that if she walks away, she's under arrest #act:threaten_arrest target=person]
    She looks back at you once, and runs. She's faster than she looks. #sfx:footsteps
    -> walked_off

=== grabbed ===
You catch her arm above the elbow. She yanks against it, and the chest pocket swings a few inches from your hand.
"Let go of me! There's needles in there! Let go!" #speaker:person
{marcus_here and at_drop_in == 1:
    "Hey! Hey, she didn't do anything!" Marcus is recording. #speaker:bystander #sfx:phone_camera
}
* [Take her down to the sidewalk before she pulls free #act:takedown target=person]
    You take her down. She lands on the chest pocket and screams, not from the fall.
    "The tube! The tube's under me!" #speaker:person
    She lies still, her cheek on the sidewalk, both hands out flat.
    -> let_up
* [Let go and step back #time:5]
    -> walked_off

= let_up
* [Arrest her for resisting #act:arrest reason=refusal target=person]
    ~ arrest_for = "resisting"
    -> arrested
* [Let her up and let her go #act:release target=person]
    -> walked_off

// Endings.
=== walked_off ===
She goes {at_drop_in == 1:into the drop-in, and the door swings shut behind her|up the ramp, and gets on the first train that comes}.
{report == "taken" and identified: Park has the man and the phone, and a witness who won't answer her door.}
{report == "taken" and not identified: There's a case number. Nobody will call it.}
{loose_syringe == "lying" or loose_syringe == "left": The syringe with no cap is still on the ground where the bag was.}
Three weeks later, Cash robs a woman at the Cole Street laundromat. She doesn't call anyone either.
-> END

=== no_report ===
She's gone {at_drop_in == 1:into the drop-in|up the ramp}. You write nothing down, because there's nothing to write: no report, no case number, no description on the air.
{at_drop_in == 1: Through the window, the man in the lanyard hands her the drop-in's phone. She doesn't call 911 on it.}
Three weeks later, a man on a BMX bike with a spiderweb tattoo robs a woman at the Cole Street laundromat. There's no earlier report to tie him to.
-> END

=== info_only ===
You write her name on an information card, with "Possible theft: no further" and the time. You don't put anything on the air. She takes the card's number without looking at it.
{marcus_here and at_drop_in == 1: Marcus holds the drop-in's door for her.}
Three weeks later, a man on a BMX bike with a spiderweb tattoo robs a woman at the Cole Street laundromat. The detective finds your information card. It says "no further".
-> END

=== finish ===
You write the case number on the back of your card and hand it to her. {identified:A detective will call her about court; the phone stays with her.|If the phone turns up at a pawn shop, or anybody finds him, that number is how they find her.}
{he_walked: She holds the card and says nothing about the man who walked away with her phone.}
* {referral == "accepted"} [Drive her to Harbor House #time:10]
    ~ ride_for = "shelter"
    -> the_car
* [Clear the call #time:10]
    -> closing

=== to_shelter ===
You drive her ten blocks east to Harbor House on Market. A woman at the blue door checks a list, looks at you, then at Dana, and holds the door open. Dana goes up the stairs with the bag held against her chest.
-> closing

=== closing ===
~ temp treated_well = report == "taken" and not name_run and not threatened and not syringes_taken and not informant_asked and not coerced and bag_state != "searched" and (not frisked or patdown_consent == "given") and not he_walked
{syringes_taken and not syringes_disposed: Her syringes ride back to the station on your passenger seat, in an envelope.}
{loose_syringe == "lying" or loose_syringe == "left": The syringe with no cap is still on the ground where the bag was, a hand's width from where a kid could step.}
{loose_syringe == "recapped": In her pouch, the bent needle you recapped sits with the clean ones.}
{bag_state == "missing": Her bag is still lying wherever he threw it.}
"Three-One, clear of Fifth Street." #speaker:officer #sfx:radio_dispatch
{
- treated_well and at_drop_in == 1:
    Two weeks later, Marcus calls the non-emergency line about a man with a gun behind the laundromat, and asks for you by name.
- treated_well:
    Two weeks later, a transit cleaner named Marcus calls the non-emergency line about a man with a gun on the Ninth Street platform, and asks for you by name.
- at_drop_in == 1:
    Two weeks later there's a shooting behind the laundromat on Fifth. Nobody at the drop-in saw anything.
- else:
    Two weeks later there's a shooting on the Ninth Street platform. Nobody who was there saw anything.
}
-> END
