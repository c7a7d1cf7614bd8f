// My partner touched it.
// Kayla Dunn, 27, on probation, snorted a line of powder she was told was heroin on her mother's
// living-room rug. Her mother, Denise, called 911 and said "too much to drink". Officer Luke Brandt,
// the trainee's partner tonight, drags the coffee table clear, gets the powder on his sleeve, brushes
// it off, and a minute later is sure he is overdosing: racing heart, tingling hands, short of breath.
// The ACMT/AACT position statements: incidental skin contact or a puff of powder in the air does not
// cause opioid toxicity; what he has is panic. The lessons: keep caring for Kayla, look at Brandt
// (breathing, pupils, can he talk) instead of spraying him on reflex, wash his skin with soap and
// running water (alcohol gel is not decontamination), no hazmat, and keep the second spray for the
// patient. Variants (scenario.json): one or two doses for Kayla; medics 7-10 minutes out; breathing
// stops 150-210 s in; the story parameter partner_variant is 1 in one attempt in ten: then Brandt
// rubbed the powder into his nose with the back of his glove and his breathing really is slowing,
// so the rule is "check", not "never". Denise has a pharmacy box of naloxone in that variant.

VAR breathing = "slow"
VAR responsive = false
VAR pulse = true
VAR brain_injury = false
VAR doses_given = 0
VAR seconds_elapsed = 0
VAR ems_on_scene = false
VAR ems_eta_minutes = -1
VAR withdrawal = "none"
VAR caller_trust = 4
VAR caller_present = true
VAR perceived_breathing = "unchecked"
// Story parameter: 1 in ten attempts Brandt's exposure is real (see above).
VAR partner_variant = 0

// What the story remembers.
VAR sized_up = false
VAR gloved = false
VAR denise_here = true
VAR reassured = false
VAR asked_denise = false
VAR denise_told = false
VAR powder_bagged = false
VAR sprays_left = 2
VAR first_dose_second = -1
VAR last_dose_second = -1
VAR breathing_back_seen = false
VAR denise_urged = false
VAR on_side = false
VAR breathed_for_her = false
VAR rescue_rounds = 0
VAR cpr_rounds = 0
VAR pulse_checked = false
VAR quiet_minutes = 0
VAR on_landing = false
VAR landing_rounds = 0
VAR hazmat_called = false
VAR hazmat_called_second = -1
VAR panic_second = -1
VAR brandt_checked = false
VAR brandt_slow = false
VAR brandt_washed = false
VAR brandt_gelled = false
VAR brandt_sprayed = 0
VAR brandt_calm = false
VAR brandt_coached = false
VAR brandt_at_door = false
VAR brandt_sag_passes = 0
VAR denise_box = false
VAR explained = false
VAR kayla_held = false
VAR transport_asked = false
VAR kayla_going = false
VAR kayla_refused = false
VAR refusal_respected = false
VAR kit_left = false
VAR referred = false
VAR kayla_run = false
VAR handed_over = false
VAR powder_folded = false

-> dispatch

=== dispatch ===
"Two-Adam-Twenty-Two, welfare check, Linden Court Apartments, four-one-two-zero Old Mill Road, apartment Two-Frank. Caller says her adult daughter had too much to drink and won't wake up." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Twenty-Two, copy." #speaker:officer
Brandt is driving. "Too much to drink," he says. "That's what they always say." He parks under the one working light in the lot. #sfx:car_door
-> at_the_door

=== at_the_door ===
A woman in hospital scrubs opens the door of 2F before you knock: fifties, reading glasses pushed up into her hair, a phone still in her hand. #event:on_scene #speaker:caller
"She's in here. She's breathing funny. I just got home from my shift and she was on the floor." Her badge says DENISE, PATIENT CARE TECH. #speaker:caller
* [Follow her in]
  -> living_room
* [Ask her what Kayla drank, how much, and when #act:ask_what_taken target=caller]
  "Vodka, I think. I don't know how much." Denise doesn't meet your eyes. "Please. She's in here." #speaker:caller
  -> living_room
* [Ask for her name and date of birth for the report before you go in #act:demand_id target=caller]
  "Denise Dunn. The fourth of May, seventy-one." She says it fast, already turning away. "Please. She's right here." #speaker:caller
  -> living_room

=== living_room ===
A small living room: a sofa, a television on mute, a coffee table pulled close to the sofa. On the rug between them lies a young woman on her back, one arm flung out, a snore catching in her throat. #bg:apartment #sfx:snoring
On the coffee table is a folded lottery ticket with a line of white powder down its crease, and a cut-down straw.
"I'll get this out of your way." Brandt grabs the coffee table by its edge and drags it toward the wall. The lottery ticket slides off; a puff of powder goes up and settles across his sleeve. #speaker:partner
"Oh, hell." He slaps at his forearm with his gloved hand, then at his chest, and wipes his mouth and nose with the back of the same glove. "It's on me. Is that fentanyl? It's all over me." #speaker:partner
* [Take in the room before you go to her: the powder, the straw, who else is here, and Brandt #act:scene_size_up]
  ~ sized_up = true
  The powder on the rug is a thin smear the size of a thumbprint. Nothing else on the table: no pill bottles, no bottle of vodka. Nobody else in the apartment. The young woman's lips are grey. Brandt stands by the wall, staring at his sleeve.
  -> kneel
* [Kneel down beside her straight away]
  -> kneel
* [Tell Brandt to bag the powder and the straw before anybody else gets it on them #act:seize_drugs]
  ~ powder_bagged = true
  Brandt holds an evidence bag open with two fingers and scoops the lottery ticket and straw into it, breathing hard through his nose. Denise watches the bag go into his jacket. {caller_trust <= 3: She takes a step back from you.}
  -> kneel

=== kneel ===
You kneel on the rug beside her. Twenty-five, maybe, in a hoodie and leggings. Her lips are grey and her skin is cool. #event:beside_patient
"Kayla," Denise says. "Her name's Kayla." #speaker:caller
-> route

// Every pick comes back here: who is where, and the patient's state, decide where the story goes.
=== route ===
{
- on_landing: -> landing
- denise_here && not caller_present: -> denise_slipped_out
- not pulse: -> no_pulse
- responsive && not kayla_wakes: -> kayla_wakes
- ems_on_scene && not medics_arrive: -> medics_arrive
- ems_on_scene: -> with_medics
- responsive: -> kayla_awake
- else: -> beside_kayla
}

=== beside_kayla ===
{breathing == "none" && not breathing_stops: -> breathing_stops}
{not brandt_panics && (doses_given > 0 || seconds_elapsed >= 100): -> brandt_panics}
{brandt_panics && not sergeant_calls && seconds_elapsed >= panic_second + 40: -> sergeant_calls}
{hazmat_called && not hazmat_at_door && seconds_elapsed >= hazmat_called_second + 120: -> hazmat_at_door}
{brandt_slow && brandt_checked && not denise_box && denise_here: -> denise_box_offered}
{denise_here && caller_trust <= 1: -> denise_leaves}
{breathing:
- "slow":
  {&A snore, then a gap you find yourself counting through.|Her chest barely lifts under the hoodie. The snore comes again, slower.|You count the gap between two breaths and get to ten.} Her lips are still grey.
- "none":
  Her chest doesn't move. No snore. The television flickers on the ceiling.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    {breathed_for_her: Between two of your breaths her chest rises on its own, then again.|Her chest rises on its own, deeper, then again.} Twelve, fourteen breaths a minute, and the grey is going out of her lips. Her eyes stay shut.
  - else:
    She breathes on her own, deep and even. {on_side: She's on her side, cheek on her hand.|She's on her back, her head rolled to one side.}
  }
  {denise_here && doses_given == 1 && not denise_urged:
    ~ denise_urged = true
    "She's breathing, so why isn't she waking up?" Denise points at your box. "There's another one in there. Give it to her." #speaker:caller
  }
}
{doses_given > 0 && breathing != "normal": {seconds_elapsed - last_dose_second < 120: The last spray went in less than two minutes ago.|It has been more than two minutes since the last spray.}}
{brandt_panics:
  -> brandt_line ->
}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {not gloved} [Pull on nitrile gloves #act:don_gloves]
  ~ gloved = true
  The gloves snap at your wrists.
  -> route
* [Shout her name and grind your knuckles into her breastbone #act:check_responsiveness target=patient]
  "Kayla! Kayla, can you hear me?" Your knuckles dig into her sternum. {breathing == "normal": She groans, and her hand twitches. Her eyes stay shut.|Nothing: not a flinch. When you thumb up an eyelid, the pupil is a pinpoint.}
  -> route
+ [Tip her head back, put your cheek by her mouth and watch her chest #act:check_breathing target=patient]
  {breathing:
  - "slow": One breath in ten seconds, shallow, with a snore riding on it.
  - "none": Nothing on your cheek. Nothing in her chest.
  - else: Her breath is warm and steady on your cheek. Fourteen a minute.
  }
  -> route
* {ems_eta_minutes < 0} [Key your radio: medics, suspected opioid overdose #act:call_ems]
  "Two-Adam-Twenty-Two, start medics code three to Linden Court, four-one-two-zero Old Mill, Two-Frank. Female in her twenties, unresponsive, {breathing == "none": not breathing|{breathing == "slow": breathing maybe five a minute|breathing again after naloxone, not waking}}, suspected opioid overdose." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Four is coming from Mercy, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {denise_here} {not reassured} [Tell Denise she did the right thing calling, and that nobody here is in trouble for it, Kayla included #act:reassure_good_samaritan target=caller]
  -> reassure_denise
+ {sprays_left > 0} {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
+ {sprays_left > 0} {doses_given > 0} [Give her another spray, other nostril #act:naloxone_nasal target=patient]
  -> spray
+ {perceived_breathing != "normal"} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Tilt her head back and breathe for her through the face shield, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {perceived_breathing == "normal" || breathing_back_seen} {not on_side} [Roll her onto her side, top knee bent, head tilted back #act:recovery_position target=patient]
  ~ on_side = true
  You roll her toward you, bend her top knee so she can't roll further, and tuck her hand under her cheek. Her airway is open.
  -> route
+ {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Stay beside her, two fingers on her wrist, and count her breaths #act:monitor target=patient]
  -> count_breaths
* {denise_here} {not asked_denise} [Ask Denise what Kayla really took, and when #act:ask_what_taken target=caller]
  -> denise_answers
* {denise_here} {denise_told} [Ask Denise who sold Kayla the powder: if it's fentanyl, other people are in danger too #act:ask_drug_source target=caller]
  "I don't know. Some boy from her old school. I don't know his name." Denise looks {powder_bagged: at the bag in Brandt's jacket|at the shelf}, then at you, and stops talking. #speaker:caller
  -> route
* {not powder_bagged} {not powder_folded} [Fold the lottery ticket shut and set it on the bookshelf, out of reach, for the medics to see #time:10]
  ~ powder_folded = true
  You fold the ticket over the powder and set it on the bookshelf, out of reach. The straw goes beside it.
  -> route
+ {brandt_panics} [Turn to Brandt: count his breaths, look at his pupils, ask him to squeeze your hand #act:check_breathing target=partner #act:check_responsiveness target=partner]
  -> check_brandt
* {brandt_panics} {not brandt_washed} [Send Brandt to the kitchen sink: soap and running water on his hands, wrists and face, for a good minute #act:wash_skin target=partner]
  -> wash_brandt
* {brandt_panics} {not brandt_washed} {not brandt_gelled} [Squirt the sanitizer from your belt over Brandt's hands and wrists, to get it off him fast #act:use_hand_sanitizer target=partner]
  -> gel_brandt
+ {brandt_panics} {sprays_left > 0} {brandt_sprayed == 0 || (brandt_slow && brandt_sprayed == 1)} [Spray Brandt with naloxone from your box #act:naloxone_nasal target=partner]
  -> spray_brandt
* {brandt_panics} {not brandt_calm} {not brandt_coached} [Talk Brandt down: sit him against the wall where you can see him, and breathe with him, in for four and out for six #time:20]
  -> coach_brandt
* {brandt_panics} {brandt_calm} {not brandt_at_door} {ems_eta_minutes > 0} [Give Brandt a job: go down to the street door and bring the medics straight up #time:5]
  ~ brandt_at_door = true
  "Luke. Go down and hold the street door for Medic Four, and bring them straight up here." #speaker:officer
  Brandt nods, once, glad of it, and goes. You hear him take the stairs two at a time. #speaker:partner #sfx:footsteps
  -> route
* {brandt_panics} {not brandt_calm} [Get Brandt out onto the landing, into clean air, and stay with him until he's steady #act:delay_for_exposure_fear target=partner]
  -> to_the_landing
+ [{ems_eta_minutes >= 0: Step back and wait for the medics|Step back and give it a moment} #act:wait]
  You get up off the rug and step back. Thirty seconds is a long time to watch. {breathing == "none" && breathing_stops: Nobody breathes for her.}
  -> route

// Brandt as the trainee sees him at each pick, once he believes he is poisoned.
=== brandt_line ===
{
- brandt_at_door: Brandt is down at the street door, waiting for the medics.
- brandt_slow && brandt_sprayed == 0:
  ~ brandt_sag_passes++
  {brandt_sag_passes >= 2: Brandt has slid down the wall to the floor. His chin is on his chest and he snores, slow and wet.|Brandt sits against the wall, eyelids heavy, his words slurring.}
- brandt_slow: Brandt sits against the wall, sweating and shivering, awake and embarrassed.
- brandt_calm: Brandt sits against the wall, breathing slowly, his face red.
- else: {&Brandt paces by the window, both hands on his chest. "My heart, man. I can't get a breath."|Brandt is bent over with his hands on his knees. "My hands are tingling. Both hands."|"It's getting worse," Brandt says. "I can feel it."}
}
->->

=== reassure_denise ===
~ reassured = true
"Denise, you did exactly the right thing calling. Nobody here is in trouble for it: not you, not Kayla. We're here for her." #speaker:officer
Denise presses the back of her wrist to her mouth. "She's on probation," she says. "That's why I said drinking." #speaker:caller
-> route

=== denise_answers ===
~ asked_denise = true
{caller_trust >= 6:
  ~ denise_told = true
  "Not vodka. She snorted something. She said it was heroin, just a little, just tonight." Denise's voice cracks. "Forty minutes ago, maybe. She's been clean since June." #speaker:caller #event:bystander_disclosed
- else:
  "I told you. She was drinking." Denise looks {powder_bagged: at the bag in Brandt's jacket|at the rug}, and not at you. #speaker:caller
}
-> route

=== spray ===
~ sprays_left--
~ last_dose_second = seconds_elapsed - 20
{doses_given == 1:
  ~ first_dose_second = last_dose_second
}
{
- doses_given == 1: You tear the box open, tip her head back, put the nozzle in her nostril and press the plunger. A short hiss. #sfx:naloxone_spray
- sprays_left == 0: Other nostril. Press. A short hiss. That's the last spray you have. #sfx:naloxone_spray
- else: Other nostril. Press. A short hiss. #sfx:naloxone_spray
}
{withdrawal == "severe": Her heart starts to hammer under your hand.}
-> route

=== rescue_breaths ===
~ breathed_for_her = true
~ rescue_rounds++
{on_side: You roll her onto her back again.}
~ on_side = false
{breathing:
- "normal":
  Halfway through a breath her chest heaves on its own, and again. You sit back on your heels and watch her breathe.
- else:
  {&You tilt her head back, pinch her nose, seal the shield over her mouth and give a slow breath. Her chest rises. Count five. Again.|Breathe, count five, breathe. The shield's valve clicks each time.|Twelve breaths a minute. The rug burns your knees.} {breathing == "none": Between your breaths, nothing of her own.|Between your breaths her own come, shallow and far apart.}
}
-> route

=== count_breaths ===
~ quiet_minutes++
You kneel with two fingers on her wrist and count.
{breathing:
- "slow": Four breaths in a minute. Then five. Her lips don't pink.
- "none": She stops. You wait for the next breath, and it doesn't come.
- else: Fourteen breaths in a minute, even and deep.
}
-> route

=== breathing_stops ===
The snoring stops. Her chest gives one heave, then another, a long pull that sounds like it hurts. Then nothing. #sfx:agonal_breathing
{denise_here: "She stopped. She stopped breathing!" Denise is on her knees on the other side of her. #speaker:caller}
* [Breathe for her: face shield on, head tilted back, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {sprays_left > 0} {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
* {sprays_left > 0} {doses_given > 0} [Give her another spray now: she's stopped breathing #act:naloxone_nasal target=patient]
  -> spray
* [Start chest compressions #act:cpr target=patient]
  You push, hard and fast, in the middle of her chest. Thirty, then two breaths. Two minutes of it.
  -> route
* [Keep your face away from her mouth: there's powder on everything. Wait for the medics' bag-valve mask #act:delay_for_exposure_fear target=self]
  You kneel beside her with your hands on your thighs and watch her chest not move. Two minutes. {denise_here: Denise is saying her daughter's name over and over.}
  -> route

// The partner: a minute after the powder, or once the first spray is in.
=== brandt_panics ===
~ panic_second = seconds_elapsed
{partner_variant == 1:
  ~ brandt_slow = true
}
"I'm not right." Brandt is against the wall, one hand flat on his chest. "My heart's going crazy. I'm dizzy. I can't get a breath in." He stares at his sleeve. "It's fentanyl. I'm overdosing. Hit me with the Narcan. Hit me!" #speaker:partner
He keys his shoulder mic before you can answer. "Two-Adam-Twenty-Two, officer exposure, I've got fentanyl on me, I need—" He lets go of the button without finishing. #sfx:radio_dispatch
{denise_here: Denise looks from him to her daughter and back. #speaker:caller}
* [Turn to Brandt: count his breaths, look at his pupils, ask him to squeeze your hand #act:check_breathing target=partner #act:check_responsiveness target=partner]
  -> check_brandt
* {sprays_left > 0} [Spray him with naloxone from your box: if it's fentanyl, seconds count #act:naloxone_nasal target=partner]
  -> spray_brandt
* [Get him out onto the landing, into clean air, and stay with him until he's steady #act:delay_for_exposure_fear target=partner]
  -> to_the_landing
* [Squirt the sanitizer from your belt over his hands and wrists, to get it off him fast #act:use_hand_sanitizer target=partner]
  -> gel_brandt
* [Tell him to sit down against the wall and breathe, and stay on your knees beside Kayla #time:5]
  "Luke. Sit down against the wall. Breathe. I'm right here." #speaker:officer
  He slides down the wall and sits, knees up, breathing fast. #speaker:partner
  -> route

=== check_brandt ===
~ brandt_checked = true
{
- brandt_slow && brandt_sprayed == 0:
  You take his face in your hands. His pupils are pinpoints. He is breathing eight times a minute, maybe less, and he squeezes your hand like someone half asleep. "I rubbed my nose," he says, slowly. "With the glove." #speaker:partner
  This is not panic. Whatever was on the back of that glove went up his nose.
- brandt_slow:
  His pupils are coming back to normal size and he breathes sixteen times a minute, sweating. He squeezes your hand hard. "I'm okay," he says. "I'm okay now." #speaker:partner
- else:
  You take his face in your hands. His pupils are wide, if anything. He is breathing thirty times a minute, fast and shallow, and his pulse under your fingers is racing. He squeezes your hand hard enough to hurt, and he will not stop talking. #speaker:partner
  Fast breathing, big pupils, wide awake: that is not what an opioid does. What an opioid does is on the rug beside you.
}
-> route

=== spray_brandt ===
~ sprays_left--
~ brandt_sprayed++
You put the nozzle in Brandt's nostril and press. A short hiss. #sfx:naloxone_spray
{sprays_left == 1 && doses_given == 0: That leaves one spray for Kayla.}{sprays_left == 0: That was the last spray you have.}
{brandt_slow:
  Two minutes later his breathing deepens and his eyes come open. He is sweating and shivering and furious with himself, but he is breathing.
- else:
  His eyes water. He sneezes. Nothing else changes: his heart still pounds, his hands still tingle. "It's not working," he says. "It's that strong. It's not working." #speaker:partner
}
-> route

=== wash_brandt ===
~ brandt_washed = true
You walk Brandt to the kitchen sink, three steps away, and run the cold tap. Dish soap on his hands, wrists and forearm, his face; a full minute of it under running water. {brandt_gelled: The sticky gel comes off with it.}
{brandt_slow && brandt_sprayed == 0: He leans on the counter heavily while you do it, and his eyes keep closing.|Under the running water his breathing slows a little. "Okay," he says. "Okay."}
-> route

=== gel_brandt ===
~ brandt_gelled = true
You squirt a palmful of alcohol gel over Brandt's hands and wrists and rub it in, the back of his glove, the sleeve, the skin above it. It smells like a hospital corridor. "Is it off?" he asks. #speaker:partner
The gel has not lifted anything off his skin. It has rubbed the dust into it, and left it there.
-> route

=== coach_brandt ===
~ brandt_coached = true
"Luke. Look at me. In for four. Out for six. Again." You keep one hand on Kayla and say it with him. #speaker:officer
{brandt_slow && brandt_sprayed == 0:
  He tries. His breaths get slower, and slower, and you realise that is not the breathing exercise working.
- else:
  ~ brandt_calm = true
  After a minute his shoulders come down. "My hands are still tingling," he says. "That's the breathing," you tell him. "Fast breathing does that. Keep going." #speaker:partner
}
-> route

=== denise_box_offered ===
~ denise_box = true
~ sprays_left += 2
"Wait." Denise is already at her purse on the sofa. "I have one. From the pharmacy, after the last time." She puts a second box of nasal naloxone into your hand. #speaker:caller
-> route

=== to_the_landing ===
~ on_landing = true
You get Brandt by the arm and walk him out of the apartment onto the stairwell landing. The door swings half shut behind you. {denise_here: Through the gap you can see Denise kneeling on the rug.}
-> landing

=== landing ===
~ landing_rounds++
{hazmat_called: The hazmat unit is somewhere on the road.}
{brandt_slow && brandt_sprayed == 0: Brandt sits on the top step, eyes closing, breathing slow and heavy.|Brandt sits on the top step with his head between his knees. {landing_rounds >= 2: His breathing is slower now.}}
{
- not pulse: Denise's voice comes through the door, high and thin: "She's gone blue! She's not moving at all!"
- breathing == "none": "She's not breathing!" Denise shouts from inside. "Officer, she's not breathing!"
- else: From inside, you can hear Denise saying Kayla's name.
}
* {brandt_slow} {brandt_sprayed == 0} {sprays_left > 0} [Spray Brandt with naloxone from your box #act:naloxone_nasal target=partner]
  ~ on_landing = false
  -> spray_brandt
+ [Go back in to Kayla]
  ~ on_landing = false
  You push the door open and go back in. {brandt_slow && brandt_sprayed == 0: You drag Brandt in with you.|Brandt comes in behind you and sits against the wall.}
  -> route
+ {landing_rounds < 5} [{hazmat_called: Hold the landing until hazmat clears the apartment|Stay out here with Brandt until he's steady}: no point in two officers going down #act:delay_for_exposure_fear target=self]
  Two minutes on the landing. Somewhere below, a door opens and closes.
  -> landing

=== sergeant_calls ===
"Two-Adam-Twenty-Two, Sergeant Pruitt. I heard officer exposure. What do you need? Do you want hazmat and decon, a second ambulance for Brandt?" #speaker:dispatch #sfx:radio_dispatch
* [Tell him no hazmat for powder on a sleeve, and what you have: {not brandt_checked:a patient barely breathing, and Brandt on his feet}{brandt_checked && brandt_slow && brandt_sprayed == 0:Brandt breathing slowly with pinpoint pupils, so a medic for him too}{brandt_checked && not (brandt_slow && brandt_sprayed == 0):Brandt breathing fine and wide awake} #time:10]
  "Sarge, no hazmat. {brandt_checked && brandt_slow && brandt_sprayed == 0: Brandt got it up his nose and his breathing's down: I need Medic Four to look at him too.|{brandt_checked: Brandt's breathing fast, pupils normal, talking. It's a scare.|I'll look at Brandt in a second.}} We're washing it off with soap and water. I need the medics for my patient." #speaker:officer #sfx:radio_dispatch
  "Copy. Holding hazmat. I'm five minutes out myself." #speaker:dispatch
  -> route
* [Ask for hazmat and a decon line, and hold everyone on the landing until they clear the apartment #act:delay_for_exposure_fear target=self]
  ~ hazmat_called = true
  ~ hazmat_called_second = seconds_elapsed
  "Sarge, send hazmat and decon. We're backing out onto the landing." #speaker:officer #sfx:radio_dispatch
  {denise_here: "I'm not leaving her!" Denise says. She stays on her knees on the rug. #speaker:caller}
  -> to_the_landing
* [Ask for hazmat to decontaminate Brandt and the apartment, and keep working on Kayla while they come #time:10]
  ~ hazmat_called = true
  ~ hazmat_called_second = seconds_elapsed
  "Sarge, send hazmat to decon Brandt and the room. I'm staying with my patient." #speaker:officer #sfx:radio_dispatch
  "Copy. Engine Nine's hazmat unit is on its way." #speaker:dispatch
  -> route

=== hazmat_at_door ===
Two firefighters in white Tyvek suits and respirators fill the doorway. The captain's voice is muffled by his mask. "Everybody out. Patient too, if you can move her. We'll decon you on the landing and clear the room." #speaker:bystander #sfx:footsteps
* [Do as he says: out onto the landing for decon #act:delay_for_exposure_fear target=self]
  -> to_the_landing
* [Tell him you're staying with a patient who's barely breathing, and ask him to look at Brandt #time:10]
  "I'm not leaving her. Look at my partner, if you want to help." #speaker:officer
  The captain looks at Brandt for a long moment and pulls his mask down. "Powder on a sleeve? We'd wash it with soap and water, same as you." He sends the other firefighter back down to the truck. #speaker:bystander
  -> route

=== denise_leaves ===
~ denise_here = false
Denise picks up her phone and her keys. "I'm calling my brother. He's a lawyer." She goes out, and you hear her knock on the door across the hall. #speaker:caller #event:caller_left
-> route

// An instructor can make Denise leave at any moment (the caller_left inject): the story notices here.
=== denise_slipped_out ===
~ denise_here = false
When you look up, Denise is gone. Her purse is still on the sofa; the door to the hall stands open.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  You press two fingers into the side of her neck and wait. Nothing. The other side. Nothing.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Start CPR: hard and fast in the center of her chest, two breaths after every thirty #act:cpr target=patient]
  ~ cpr_rounds++
  You count out loud to keep the rhythm. Thirty. Two breaths. Thirty.
  -> route
* {ems_eta_minutes < 0} [Get on the radio for medics #act:call_ems]
  "Two-Adam-Twenty-Two, start medics code three to Linden Court, four-one-two-zero Old Mill, Two-Frank. Female, no pulse, CPR in progress." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Four is coming from Mercy, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route

=== medics_work_code ===
Two medics come through the door with a monitor and an airway bag. One takes over compressions; the other gets a tube in and starts bagging. #sfx:footsteps
"How long has she been down? What did she get?" #speaker:ems
* [Tell them what you found, what you gave and when, and how long she went without breathing #act:handoff_to_ems target=patient]
  You give it to them straight: {doses_given == 0: no naloxone|{doses_given == 1: one dose of naloxone|{doses_given == 2: two doses|{doses_given} doses} of naloxone}}, the times as near as you can say them, how long she lay without breathing.
* [Step back to the wall and let them work]
  They work without your answers.
- They work on Kayla Dunn for twenty-five minutes on her mother's rug. At a quarter to one the medic says the time out loud.
{denise_here: Denise sits on the sofa with both hands over her mouth.|Nobody who knew her is in the room.}
{hazmat_called: The hazmat unit parks in the lot below with its lights going, and nobody gets out.}
-> END

=== kayla_wakes ===
{withdrawal == "severe":
  She comes up off the rug all at once, gagging, arms flailing. Her elbow catches your jaw. "What'd you do? What did you DO?" She is soaked in sweat in seconds, shaking, and she is sick on the rug. #speaker:patient #sfx:cough
- else:
  She coughs, a long wet cough, and turns her head away. Her eyes open. Slow blinks. "...Mom?" She tries to sit up and doesn't make it. Her lips are pink again. #speaker:patient #sfx:cough
}
{brain_injury: Her eyes don't track you at first. When she tries to talk, the words come slowly, in the wrong order.}
{withdrawal == "severe" && denise_here:
  "You called the cops? On me?" she screams at her mother. "Get out! Get out!" Denise backs out of the apartment, crying, and you hear the door across the hall open and close. #speaker:patient #event:caller_left
  ~ denise_here = false
}
* [Crouch at her eye level and tell her calmly what happened #act:explain_what_happened target=patient]
  ~ explained = true
  "Kayla, I'm a police officer. {breathing_stops: You stopped breathing.|You were barely breathing.} I gave you naloxone, Narcan, and it brought you back. {ems_eta_minutes > 0: Medics are on their way.} You're not in trouble. Just breathe." #speaker:officer
  {withdrawal == "severe": She is still shaking, but she stops swinging and sits with her head in her hands. #speaker:patient|She looks at the shelf where the lottery ticket was. "It was supposed to be dope," she says. "Just dope." #speaker:patient #event:use_disclosed}
  -> route
* {withdrawal == "severe"} [She's flailing. Catch her wrists and hold them until she settles #act:grab target=patient]
  ~ kayla_held = true
  You catch both wrists. She fights you in a panic, and it is most of a minute before she sags and you let go. She watches your hands after that.
  -> route
* [Ask her right away what she took, and how much #act:ask_what_taken target=patient]
  "What did you take, Kayla? How much?" #speaker:officer
  She blinks at you as if you were speaking another language. "Who are you?" #speaker:patient
  -> route
* [Be straight with her: she nearly died on her mother's rug, and her mother found her #act:demean target=patient]
  "You nearly died on your mom's floor. She's the one who found you." #speaker:officer
  She looks at you for a long moment, then away, and whatever was open in her face closes.
  -> route

=== kayla_awake ===
{withdrawal == "severe": Kayla sits hunched against the sofa, shivering, nose running, jaw clenched.|Kayla sits against the sofa {denise_here: with her mother's arm around her|with her knees pulled up}, grey-faced but breathing.}
{brandt_panics:
  -> brandt_line ->
}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {ems_eta_minutes < 0} [Radio for medics now that she's breathing #act:call_ems]
  "Two-Adam-Twenty-Two, start medics to Linden Court, four-one-two-zero Old Mill, Two-Frank. Female revived with naloxone, suspected opioid overdose." #speaker:officer #sfx:radio_dispatch
  "Copy, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {not transport_asked} [Ask her to let the medics take her to Mercy to be watched #act:offer_transport target=patient]
  -> transport_answer
* {kayla_refused && not refusal_respected} [Tell her it's her decision #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not kit_left} {denise_here} [Leave a naloxone kit with Denise and show her how it works #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not denise_here} [Leave a naloxone kit with Kayla and show her how it works #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Tell her about the bridge clinic at Mercy: buprenorphine the same day, and her probation officer doesn't have to be told #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* [Tell her that treatment would look a lot better to her probation officer than tonight will #act:coerce_referral target=patient]
  "Your PO is going to hear about tonight one way or another. Treatment looks a lot better than a violation." #speaker:officer
  Kayla laughs without any humour in it. "Great. Thanks." #speaker:patient
  -> route
* {not kayla_run} [Run her name while you wait: if she's on probation, her PO should know about tonight #act:warrant_check target=patient]
  ~ kayla_run = true
  Dispatch comes back: no warrants; active probation, Carver County, possession. Kayla hears it on your radio and stops talking to you. {denise_here: Denise closes her eyes.} #sfx:radio_dispatch
  -> route
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Sit with her until the medics come #act:monitor target=patient]
  ~ quiet_minutes++
  You sit on the arm of the sofa. {withdrawal == "severe": She shivers and swears under her breath.|{denise_here: Denise brings her a glass of water.|She stares at the television.}}
  -> route
* {brandt_panics} {not brandt_at_door} [She's awake and talking. Drive Brandt to the ER at Mercy yourself; he still thinks he's poisoned #act:leave_scene]
  -> left_early

=== transport_answer ===
~ transport_asked = true
{withdrawal == "severe":
  ~ kayla_refused = true
  "I'm not going. I'm not sitting in an ER sick as a dog so they can call my PO. I'm fine." #speaker:patient #event:transport_refused
- else:
  ~ kayla_going = true
  Kayla looks at her mother, then at you. "Will they tell my PO?" "The ER is not the police," you tell her. She nods. "Okay. I'll go." #speaker:patient
}
-> route

=== respect_her_refusal ===
~ refusal_respected = true
"It's your decision, Kayla. The naloxone wears off in half an hour to an hour, and what you took may not. If you feel sleepy again, {denise_here: your mom calls 911|call 911}." #speaker:officer
She nods without looking up. #speaker:patient
-> route

=== leave_kit ===
~ kit_left = true
You take a leave-behind kit from your vest: two nasal sprays, a face shield, a card with the county's overdose line. You show {denise_here: Denise|Kayla} where the nozzle goes, where to press, to wait two or three minutes before the second, and to breathe for her in between.
{denise_here: "I'll keep it by the door," Denise says. #speaker:caller}
-> route

=== referral_clinic ===
~ referred = true
"There's a bridge clinic at Mercy, on the ground floor. They start buprenorphine the same day, no waiting list, and it's medical: nobody calls your PO." #speaker:officer
{withdrawal != "severe" && not kayla_run:
  "Same day?" Kayla wipes her nose on her sleeve. "Okay. Give me the card." #speaker:patient #event:referral_accepted
- else:
  Kayla shrugs. The card stays where you put it. #speaker:patient #event:referral_declined
}
-> route

=== medics_arrive ===
Boots on the stairs, the rattle of a stair chair. Two medics from Medic Four come through the door with a monitor and an airway bag{brandt_at_door:, Brandt behind them}. #sfx:siren #sfx:footsteps
{responsive: One crouches in front of Kayla. "Hey. How are we doing?"|One drops to her knees at Kayla's head with the bag-valve mask.}
"What've we got?" the other asks you. Then he sees Brandt. "And him?" #speaker:ems
* [Hand over Kayla: what you found, what you gave and when, how she's breathing; then ask him to look at Brandt #act:handoff_to_ems target=patient]
  ~ handed_over = true
  "Kayla Dunn, twenty-seven. Found unresponsive on the rug, pinpoint pupils, breathing {breathed_for_her: so slow I was breathing for her|about five a minute}. {denise_told: Her mom says she snorted powder sold as heroin, about forty minutes before we got here.|Powder on a lottery ticket and a straw on the table.} {doses_given == 0: No naloxone.|{doses_given == 1: One dose of four-milligram nasal naloxone.|{doses_given == 2: Two doses of four-milligram nasal naloxone.|{doses_given} doses of nasal naloxone.}}} {responsive: She's been awake a few minutes.}" #speaker:officer
  "My partner got powder on his sleeve. {brandt_slow: It went up his nose and his breathing dropped; {brandt_sprayed > 0: one spray brought him back.|he hasn't had naloxone.}|He's had a scare. Breathing fine.} Can you look at him?" #speaker:officer
  The medic writes it on the back of his glove and nods. #speaker:ems
* [Send them to Brandt first: he's an officer and he thinks he's overdosing #time:10]
  "Look at my partner first. He's exposed." #speaker:officer
  Both medics turn to Brandt. {brandt_slow && brandt_sprayed == 0: One of them takes one look and reaches for her naloxone.|One of them checks his pupils and counts his breathing for fifteen seconds. "He's fine. He's scared." She turns back to Kayla. "Now. What did she get, and when?"}
- -> route

=== with_medics ===
{responsive && not transport_asked: -> medic_asks}
{
- not responsive: The medics have Kayla on oxygen and a monitor.
- kayla_going: The medics have Kayla in the stair chair with a blanket round her shoulders.
- kayla_refused && refusal_respected: The medic is filling in a refusal form on a clipboard on his knee.
- kayla_refused: The medic holds the refusal form and looks at you, waiting to see what you'll do.
- else: The medics are checking Kayla over.
}
{brandt_slow && brandt_sprayed == 0: The other medic is bagging Brandt on the floor by the wall.}
* {not handed_over} [Tell the medic with Kayla what she got and when #act:handoff_to_ems target=patient]
  -> medic_handoff
* {kayla_refused && not refusal_respected} [Tell Kayla it's her call #act:respect_refusal target=patient]
  -> respect_her_refusal
* {kayla_refused} {responsive} [She's in withdrawal and not thinking straight. Help the medics get her onto the stair chair #act:force_transport target=patient]
  -> forced
* {not kit_left} {denise_here} [Leave a naloxone kit with Denise and show her how it works #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not denise_here} {responsive} [Leave a naloxone kit with Kayla and show her how it works #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} {responsive} [Tell Kayla about the bridge clinic at Mercy: buprenorphine the same day #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not kayla_run} {responsive} [Run her name before you go: if she's on probation, her PO should know about tonight #act:warrant_check target=patient]
  ~ kayla_run = true
  Dispatch comes back: no warrants; active probation, possession. Kayla hears it on your radio and turns her face to the wall. #sfx:radio_dispatch
  -> route
+ {not responsive} {quiet_minutes < 6} [Stay by Kayla's head while the medics work #act:monitor target=patient]
  ~ quiet_minutes++
  You kneel by her head and keep count of her breathing while the medics work round you.
  -> route
+ [Clear the call #act:leave_scene]
  -> the_end

=== medic_handoff ===
~ handed_over = true
You give the medic the times: {doses_given == 0: no naloxone|{doses_given == 1: one spray|{doses_given == 2: two sprays|{doses_given} sprays}}}, how she was breathing, what was on the table. He writes it on his glove.
-> route

=== medic_asks ===
The medic crouches beside Kayla. "Your pressure's okay. We'd like to take you in and watch you for a few hours. Will you come with us?" #speaker:ems
-> transport_answer

=== forced ===
"She's going." You take one arm; the medic, after a look at you, takes the other. Kayla fights you all the way into the stair chair, then stops fighting and cries. #speaker:officer
At Mercy she will be watched for four hours and walk out, and the next time, nobody in this apartment will call 911.
"Two-Adam-Twenty-Two, I'm clear of Linden Court." #speaker:officer #sfx:radio_dispatch
-> END

=== left_early ===
"Kayla, stay on the sofa. The medics are {ems_eta_minutes > 0: a few minutes out|on their way}." You take Brandt down the stairs to the car. #sfx:footsteps #sfx:car_door
At Mercy the triage nurse checks Brandt's pupils and oxygen, and tells him to sit in the waiting room.
{denise_here:
  Denise sits up with Kayla on the sofa. When Kayla's head starts to nod, she shakes her and makes her talk, and the medics find them both awake.
- else:
  Naloxone lasts half an hour, an hour at most. The fentanyl in that powder lasts longer. {ems_eta_minutes >= 0: When the medics knock, Kayla tells them through the door that she's fine. They can't make her open it.} At two in the morning Denise lets herself back in and finds her daughter on the rug, lips grey, breathing four times a minute.
}
-> END

=== the_end ===
{
- kayla_going: The medics carry Kayla down the stairs in the chair, Denise beside her with her purse and Kayla's coat.
- kayla_refused: Kayla signs the refusal with a shaking hand. The medics pack up and go.
- not responsive: The medics carry Kayla down the stairs, still breathing for her. She is in their hands now.
- else: The medics finish with Kayla and go.
}
{
- brandt_slow && brandt_sprayed == 0: Brandt goes to Mercy in the second ambulance with a tube of oxygen under his nose and a medic bagging him when his breathing dips. It should not have come to that.
- brandt_slow: Brandt rides to Mercy to be watched, awake, embarrassed, alive. At the station the report will say: powder rubbed into the nose with a glove, not a sleeve.
- brandt_sprayed > 0: Brandt rides to Mercy anyway. Four hours later they send him home with a note: anxiety, no opioid toxicity. The naloxone in his nose did nothing, and Kayla's box went back to the station one spray short.
- brandt_gelled && not brandt_washed: In the car Brandt keeps smelling his hands. Nobody ever washed them.
- else: In the car Brandt sits for a while before he starts the engine. "My heart was going like a train," he says. "I was sure." "I know," you say. "It's what fear does."
}
{kit_left: The naloxone kit stays behind by the door, where someone can reach it.}
{kayla_run: In the morning a probation officer in Carver County reads that Kayla Dunn overdosed, and who called it in.}
"Two-Adam-Twenty-Two, I'm clear of Linden Court." #speaker:officer #sfx:radio_dispatch
-> END
