// Mom won't wake up.
// Tasha Greene, 33, a home-health aide, hurt her back lifting a client last winter. When the
// prescription ran out she started buying "Percs" from a co-worker's cousin: pressed pills, fentanyl.
// This afternoon she took one at the kitchen table before starting dinner. Her son Jaylen, 10, found
// her on the floor when he came in from the school bus and called 911. His sister Nia, 3, is asleep
// in the back bedroom. Their grandmother, Loretta Greene, works days in the laundry at St. Vincent's;
// Ruth Alvarez in 2B sometimes watches Nia. Jaylen's friend Marcus was placed in foster care last
// year after his mother's arrest, and Jaylen believes the police will take him and Nia away.
// Variants (scenario.json): one or two naloxone doses needed; breathing stops 150-240 s in unless
// naloxone has worked; medics 7-11 minutes out. family_variant: 1 or 2, his grandmother answers
// and comes; 3, she is on shift and does not answer, and Jaylen names Ms. Alvarez upstairs.
// The lessons: care first (naloxone, breaths, the recovery position); the boy is reassured, kept
// away from his mother and given a job; no threat of child protective services, to him or to her;
// on waking, treatment that keeps the family together, offered, never pressed; who comes for the
// children is a care decision the family helps make. No rule of revision 2 scores the threat of
// CPS or the call to CPS: the story shows what they cost, and the rubric scores what its rules cover.

VAR breathing = "slow"
VAR responsive = false
VAR pulse = true
// Written by the engine: time without oxygen has passed the scenario's brain-injury figure.
VAR brain_injury = false
VAR doses_given = 0
VAR seconds_elapsed = 0
VAR ems_on_scene = false
VAR ems_eta_minutes = -1
VAR withdrawal = "none"
VAR caller_trust = 4
VAR caller_present = true
VAR perceived_breathing = "unchecked"
// Drawn per attempt (storyParameters): who answers the phone for the children.
VAR family_variant = 1

// What the story remembers.
VAR jaylen_here = true
VAR reassured = false
VAR asked_jaylen = false
VAR jaylen_told = false
VAR tasked = false
VAR with_nia = false
VAR at_her_side = false
VAR cps_threatened = false
VAR cps_called = false
VAR caregiver_arranged = false
VAR nia_in_kitchen = false
VAR first_dose_second = -1
VAR last_dose_second = -1
VAR partial_seen = false
VAR breathing_back_seen = false
VAR on_side = false
VAR rescue_rounds = 0
VAR cpr_rounds = 0
VAR pulse_checked = false
VAR quiet_minutes = 0
VAR explained = false
VAR tasha_held = false
VAR searched = false
VAR pill_bagged = false
VAR pills_dealt_with = false
VAR cited = false
VAR threatened = false
VAR transport_asked = false
VAR tasha_going = false
VAR tasha_refused = false
VAR refusal_respected = false
VAR referred = false
VAR kit_left = false

-> dispatch

=== dispatch ===
"Three-Baker-Twelve, welfare check, Cedar Court Apartments, twenty-two-oh-seven Alder, apartment six, ground floor. Caller is a juvenile male, says he's ten. His mother is on the kitchen floor, snoring, and he can't wake her. I've still got him on the line. He's unlocked the door for you." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Three-Baker-Twelve, copy. I'm a minute out." #speaker:officer
Ten past four on a school day. A yellow bus is pulling away from the corner as you park. Cedar Court is two storeys of brick around a courtyard with a dead fountain; someone has chalked a hopscotch grid on the walk to number six. #sfx:car_door
-> at_the_door

=== at_the_door ===
The door of number six opens before you can knock. A boy in a school polo shirt, a backpack still on one shoulder, holds a phone against his chest with both hands. #event:on_scene #bg:apartment
"She's in the kitchen. She won't wake up. The lady says you're the police." His voice cracks on the last word. "I did what she said. I unlocked the door." #speaker:caller
Behind him a narrow hall runs past a living room to a lit kitchen. From the kitchen comes a long, rattling snore. #sfx:snoring
* [Go in with him, fast, toward the kitchen]
  -> kitchen_door
* [Crouch to his height first and ask him what his mom took #act:ask_what_taken target=caller]
  ~ asked_jaylen = true
  "What did your mom take? Did you see?" #speaker:officer
  He shakes his head hard. "I don't know! I don't know. I just got home." He backs up a step, the phone tight against his chest. #speaker:caller
  -> kitchen_door
* [Take the phone from him and tell the call-taker you're on scene with him #time:10]
  "This is Three-Baker-Twelve, I'm with him now. Thanks for staying on." You hand the phone back. "You did good." #speaker:officer
  -> kitchen_door

=== kitchen_door ===
You go down the hall with the boy a step behind you. At the kitchen doorway you stop.
* [Take in the whole kitchen from the doorway before you go to her #act:scene_size_up]
  -> size_up
* [Go straight to her]
  -> kneel

=== size_up ===
From the doorway you take it in. A small kitchen: a pot of water on the stove, the burner off; a high chair; a child's drawing taped to the fridge. Nobody else here. Nothing sharp, no needles, no powder. A woman lies on the linoleum between the table and the stove, on her back, one arm under her. #bg:apartment
On the counter by the toaster: a square of foil folded in half, a torn corner of a sandwich bag and, in it, half a small blue pill. Down the hall, a bedroom door stands ajar; through the gap you can see a toddler asleep on top of the covers, thumb in her mouth.
-> kneel

=== kneel ===
You kneel beside her. #event:beside_patient
She is in her early thirties, in scrubs with a home-health agency's badge clipped to the pocket: TASHA G. Her lips are blue-grey and so are her fingernails. A long wet snore, a gap, another.
{not size_up: Only now do you see the counter: a square of foil, and half a small blue pill in the torn corner of a sandwich bag.}
The boy stands in the doorway with the phone. "That's my mom. Her name's Tasha. I'm Jaylen." #speaker:caller
-> route

// Every pick comes back here: the mother's state decides where the story goes next.
=== route ===
{
- jaylen_here && not caller_present: -> jaylen_slipped_out
- not pulse: -> no_pulse
- responsive && not tasha_wakes: -> tasha_wakes
- ems_on_scene && not medics_arrive: -> medics_arrive
- ems_on_scene && responsive && not transport_asked && not medic_asks: -> medic_asks
- responsive: -> tasha_awake
- ems_on_scene: -> with_medics
- else: -> beside_tasha
}

=== beside_tasha ===
{breathing == "none" && not breathing_stops: -> breathing_stops}
{jaylen_here && caller_trust <= 1: -> jaylen_bolts}
{jaylen_here && not jaylen_worries && (doses_given > 0 || seconds_elapsed >= 90): -> jaylen_worries}
{jaylen_here && not tasked && doses_given > 0 && not cold_water: -> cold_water}
{not nia_wakes && seconds_elapsed >= 240: -> nia_wakes}
{breathing:
- "slow":
  {breathing_stops && not partial_seen:
    ~ partial_seen = true
    Her chest starts to move again on its own: slow and shallow, a breath, a long gap, another. Her lips are still blue.
  - else:
    {&A snore, a long gap you find yourself counting through, another snore.|Her chest barely lifts under the scrubs. The snore comes again, slower.|You count the gap between two breaths and get to nine.} {on_side: She's on her side on the linoleum now.} Her lips are still grey.
  }
- "none":
  Her chest doesn't move. No snore. The refrigerator hums. {jaylen_here && at_her_side: Jaylen is holding her hand and staring at her face.}
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    The snore stops. Then her chest rises, deep, and falls, and rises. She is breathing on her own, twelve or fourteen times a minute, and the blue is going out of her lips. Her eyes stay shut.
  - else:
    She breathes on her own, deep and even. {on_side: She's on her side, top knee bent.|She lies on her back, her head rolled toward the stove.} Her eyes stay shut; when you say her name, nothing.
  }
}
{jaylen_here: {at_her_side: Jaylen kneels at her other side, holding her hand.|{with_nia: From the back bedroom you can hear Jaylen reading the dinosaur book to Nia, doing all the voices.|{tasked: From the front room you can hear Jaylen at the window, giving the call-taker a running commentary on the parking lot.|Jaylen stands in the doorway, watching everything you do.}}}}
{nia_in_kitchen: Nia sits on the floor under the table in her pyjamas, watching her mother.}
{doses_given == 1 && breathing == "slow":
  {seconds_elapsed - first_dose_second >= 120: It has been more than two minutes since the first spray, and her breathing is no better.|The first spray went in {seconds_elapsed - first_dose_second < 60: less than a minute|a minute or two} ago.}
}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* [Pull on nitrile gloves #act:don_gloves]
  The gloves snap at your wrists.
  -> route
* [Shout her name and grind your knuckles into her breastbone #act:check_responsiveness target=patient]
  "Tasha! Tasha, can you hear me?" You dig your knuckles into her sternum, hard. Nothing: not a flinch. When you thumb up an eyelid, the pupil is a pinpoint.
  -> route
+ [Tip her head back, put your cheek by her mouth and watch her chest for ten seconds #act:check_breathing target=patient]
  {breathing:
  - "slow": One breath in ten seconds, shallow, with the snore riding on it.
  - "none": Nothing on your cheek. Nothing in her chest.
  - else: Her breath is warm and steady on your cheek.
  }
  -> route
* {ems_eta_minutes < 0} [Key your radio: medics, suspected opioid overdose #act:call_ems]
  "Three-Baker-Twelve, start medics code three to twenty-two-oh-seven Alder, apartment six. Female in her thirties, unresponsive, {perceived_breathing == "none": not breathing|{perceived_breathing == "normal": breathing again but not waking|barely breathing}}, suspected opioid overdose. I'm giving naloxone. There are two children in the apartment." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Four is coming from Station Nine, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {jaylen_here} {not reassured} [Tell Jaylen he did exactly the right thing calling, and nobody is in trouble for it: not him, not his mom #act:reassure_good_samaritan target=caller]
  -> reassure_jaylen
* {jaylen_here} {not asked_jaylen} [Ask Jaylen what his mom took, and when #act:ask_what_taken target=caller]
  -> jaylen_answers
* {jaylen_here} {not tasked} [Give Jaylen a job away from the kitchen: stand at the front window with the phone and tell the call-taker the moment the ambulance turns in #act:give_child_task target=caller]
  -> job_window
* {jaylen_here} {not tasked} {not at_her_side} [Have Jaylen kneel by his mom and hold her hand: a voice she knows might reach her]
  ~ at_her_side = true
  "Jaylen, come hold your mom's hand. Talk to her. Tell her you're here." #speaker:officer
  He kneels on the linoleum and takes her hand in both of his. "Mom. Mom, it's me. Mom, wake up." His voice climbs with every word. #speaker:caller
  -> route
+ {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{perceived_breathing == "normal": She's breathing but she won't wake up. Give her the second spray|Give her the second spray, other nostril} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{perceived_breathing == "normal": Keep breathing for her through the shield until she comes round|Tilt her head back and breathe for her through the face shield, a breath every five seconds} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {doses_given > 0} [Roll her onto her side, top knee bent, head tilted back so her airway stays open #act:recovery_position target=patient]
  -> roll_her
+ {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Stay beside her, two fingers on her wrist, and count her breaths #act:monitor target=patient]
  -> count_breaths
* {not searched} [Check the cabinets and her purse for more pills before the kids can find them #act:search_area]
  -> search_kitchen
* {not pill_bagged} {not pills_dealt_with} [Bag the half pill on the counter so Nia can't get at it #act:seize_drugs]
  ~ pill_bagged = true
  You drop the half pill and the foil into an evidence envelope and seal it. {jaylen_here: Jaylen watches the envelope go into your vest pocket.}
  -> route
* {not pill_bagged} {not pills_dealt_with} [Slide the foil and the half pill up onto the top of the fridge, out of a three-year-old's reach, for the medics to see #time:5]
  ~ pills_dealt_with = true
  You put the foil and the torn bag on top of the fridge, at the back, where no three-year-old will reach.
  -> route
* [Radio dispatch to run her name: the system may list an emergency contact for the kids #act:warrant_check target=patient]
  -> run_her_name
+ [{ems_eta_minutes >= 0: Step back and wait for the medics|Step back and give it a moment} #act:wait]
  You get up off your knees and step back against the counter. Thirty seconds is a long time to watch. {breathing == "none" && breathing_stops: Nobody breathes for her.}
  -> route

=== reassure_jaylen ===
~ reassured = true
"Jaylen, look at me. You did exactly the right thing. You called, you unlocked the door, you stayed on the phone. Nobody is in trouble for calling: not you, not your mom. I'm here to help her." #speaker:officer
He nods too many times. His shoulders come down a little. #speaker:caller
-> route

=== jaylen_answers ===
~ asked_jaylen = true
{reassured && not cps_threatened:
  ~ jaylen_told = true
  "She said her back hurt. She took one of the blue ones from Ms. Keisha's cousin. She said it was a Perc." He swallows. "She was fine when I went to the bus. She's got the pot out for mac and cheese." #speaker:caller #event:bystander_disclosed
- else:
  "I don't know. I don't know, she's just sick." He looks at the counter and then away from it, fast. #speaker:caller
}
-> route

=== job_window ===
~ tasked = true
~ at_her_side = false
"Jaylen, I need your help. Take the phone to the front window. When you see the ambulance turn in, you tell the lady on the phone and you wave them to this door. Can you do that?" #speaker:officer
"Okay. Okay." He goes. A moment later you hear him at the window: "Nothing yet. A blue car. Not them." #speaker:caller
-> route

=== spray ===
~ last_dose_second = seconds_elapsed - 20
{doses_given:
- 1:
  ~ first_dose_second = last_dose_second
  You tear the box open, tip her head back, put the nozzle in her nostril and press the plunger. A short hiss. #sfx:naloxone_spray
  The back of the box says: if there is no response in two to three minutes, give the second device in the other nostril, and keep her breathing until help arrives.
- else:
  Other nostril. Press. A short hiss. That's both devices in your box. #sfx:naloxone_spray
}
-> route

=== rescue_breaths ===
~ rescue_rounds++
{on_side: You roll her onto her back again.}
~ on_side = false
{breathing:
- "normal":
  Halfway through a breath her chest heaves under your hand on its own, and then again. You sit back and watch her breathe.
- else:
  {&You tilt her head back, pinch her nose, seal the shield over her mouth and give a slow breath. Her chest rises. Count five. Again.|Breathe, count five, breathe. The shield's valve clicks each time.|Twelve breaths a minute. The linoleum is hard under your knees.} {breathing == "none": Between your breaths, nothing of her own.|Between your breaths her own come, shallow and far apart.}
}
{jaylen_here && at_her_side: Jaylen watches your mouth on his mother's and holds her hand tighter.}
-> route

=== roll_her ===
~ on_side = true
You ease her onto her side, top knee bent so she can't roll, head tilted back, her hand under her cheek. {breathing == "normal": Her airway is clear; her breathing stays deep and even.|The snore softens, but the breaths come as far apart as before.}
-> route

=== count_breaths ===
~ quiet_minutes++
You kneel with two fingers on her wrist and count.
{
- responsive: Halfway through the count she coughs, and her eyes come open.
- breathing == "slow": Four breaths in a minute. Then five. Her lips don't pink.
- breathing == "none": She stops. You wait for the next breath, and it doesn't come.
- else: Fourteen breaths in a minute, even and deep. She doesn't stir.
}
-> route

=== search_kitchen ===
~ searched = true
You leave her on the floor and go through the cabinets over the counter, the drawer by the sink, and her purse on the chair: a wallet, a bus pass, a pay stub, a pill bottle with her name on it, empty since March. Nothing the counter hadn't already told you.
{jaylen_here: Jaylen watches you go through his mother's purse. He doesn't say anything at all.}
-> route

=== run_her_name ===
"Three-Baker-Twelve, can you run a female for me? Tasha Greene, about thirty-three." You spell it. The radio is busy; it takes a long time. #speaker:officer #sfx:radio_dispatch
"Three-Baker-Twelve, no wants, no warrants. One prior contact, a 2019 traffic stop. No emergency contact on file." #speaker:dispatch
{jaylen_here: Jaylen heard every word. "Are you arresting her?" he whispers.}
-> route

=== jaylen_worries ===
Jaylen has come a step into the kitchen. "Are you going to take us away?" He is crying now, without any noise. "When Marcus's mom did drugs, the police came and they took Marcus, and he lives in Eastgate now and he can't come to our school." #speaker:caller
* {not reassured} [Tell him he did exactly the right thing calling, and nobody is in trouble for it: not him, not his mom #act:reassure_good_samaritan target=caller]
  -> reassure_jaylen
* {reassured} [Tell him again: nobody is in trouble, and right now you're helping his mom #time:5]
  "Nobody's in trouble, Jaylen. Right now I'm helping your mom." #speaker:officer
  He wipes his face with the back of his wrist. #speaker:caller
  -> route
* [Tell him straight that what happens next depends on what his mom took, so he needs to tell you everything he saw #act:threaten_cps target=caller #act:ask_what_taken target=caller]
  ~ cps_threatened = true
  ~ asked_jaylen = true
  "What happens next depends on what your mom took, Jaylen. So you need to tell me everything." #speaker:officer
  He looks at the counter, then at you, and his mouth shuts tight. "I don't know," he says. "I didn't see nothing." #speaker:caller
  -> route
* [Tell him you can't promise anything right now; you need him to be brave for his mom #time:5]
  "I can't promise you anything right now, buddy. I need you to be brave for your mom." #speaker:officer
  He nods, and doesn't stop crying. #speaker:caller
  -> route

=== cold_water ===
Jaylen comes back from the sink with a plastic cup of cold water, slopping it over his fingers. "Grandma Lo says you throw water on them. On TV they do it. Can I?" #speaker:caller
* [Let him splash it on her face: it gives him something to do #act:folk_remedy target=patient]
  He throws it. It hits her face and hair and runs into her ear. She doesn't flinch. Jaylen stares at the empty cup. "It didn't work," he says. #speaker:caller
  -> route
* [Give him a real job instead: the front window, the phone, and the ambulance #act:give_child_task target=caller]
  -> job_window
* [Take the cup and tell him to go sit on the couch #time:5]
  You take the cup. "Go sit on the couch, buddy." He goes as far as the hall and stands there, where he can see everything. #speaker:officer
  -> route

=== nia_wakes ===
From the back bedroom a small voice starts up: "Mama? Mamaaa." Bare feet in the hall. A girl of three in pyjamas with cartoon cats on them stands at the edge of the kitchen, blinking at the light, at you, at her mother on the floor. #speaker:bystander
* {jaylen_here} [Ask Jaylen to take Nia back to the bedroom and read her a book with the door open, and to shout if she needs you #act:give_child_task target=caller]
  ~ tasked = true
  ~ with_nia = true
  ~ at_her_side = false
  "Jaylen, can you take Nia to your room and read to her? Leave the door open. If she needs me, you shout." #speaker:officer
  Jaylen picks his sister up under the arms, staggering a little. "Come on, Nia-Nia. Mom's sleeping. We're reading the dinosaur one." Their voices go away down the hall. #speaker:caller
  -> route
* [Let her stay: she's three, she won't understand what she's seeing]
  ~ nia_in_kitchen = true
  Nia sits down on the floor under the table, her thumb in her mouth, and watches her mother.
  -> route
* [Leave your patient, carry Nia back to bed and shut the door on her #time:30]
  You scoop her up. She screams the whole way down the hall and is still screaming behind the door when you get back to the kitchen.
  -> route

=== breathing_stops ===
The snoring stops. Her chest gives one heave, then another, a long pull that sounds like it hurts. Then nothing. #sfx:agonal_breathing
{jaylen_here && not tasked: "Mom?" Jaylen's voice goes high. "Mom! What's happening? Why is she doing that?" #speaker:caller}
* [Breathe for her: face shield on, head tilted back, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Give her the second spray now: she's stopped breathing #act:naloxone_nasal target=patient]
  -> spray
* [Shake her by the shoulders and shout at her to breathe #act:check_responsiveness target=patient]
  "Tasha! Breathe! Come on, breathe!" Her head rolls with your hands and rolls back. Nothing.
  -> route
* [Start chest compressions #act:cpr target=patient]
  You lay her flat and push, hard and fast, in the middle of her chest. Thirty, then two breaths. Two minutes of it.
  -> route

=== jaylen_bolts ===
~ jaylen_here = false
When you look up, Jaylen is gone. The front door bangs. Upstairs, small fists on a door, and a woman's voice: "Jaylen? Baby, what's wrong?" #event:caller_left #sfx:footsteps
-> route

// An instructor can make Jaylen run (the caller_left inject): the story notices here.
=== jaylen_slipped_out ===
~ jaylen_here = false
When you glance round, Jaylen is gone. The front door stands open. Somewhere upstairs a door opens and shuts.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  You press two fingers into the side of her neck and wait. Nothing. The other side. Nothing.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Start CPR: hard and fast in the centre of her chest, two breaths after every thirty #act:cpr target=patient]
  ~ cpr_rounds++
  You count out loud to keep the rhythm. Thirty. Two breaths. Thirty. {jaylen_here: Jaylen is making a sound in the hall you will hear for a long time.}
  -> route
* {ems_eta_minutes < 0} [Get on the radio for medics #act:call_ems]
  "Three-Baker-Twelve, start medics code three to twenty-two-oh-seven Alder, apartment six. Female, no pulse, CPR in progress. Two children on scene." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Four is coming from Station Nine, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route

=== medics_work_code ===
Two medics come down the hall at a run with a monitor and an airway bag. One takes over compressions; the other gets a tube in and starts bagging. #sfx:footsteps
"How long has she been down? What did she get?" #speaker:ems
* [Tell them what you found, what you gave and when, and how long she went without breathing #act:handoff_to_ems target=patient]
  You give it to them straight: {doses_given == 0: no naloxone|{doses_given == 1: one dose|two doses} of naloxone}, the times as near as you can say them, how long she lay without breathing.
* [Step back against the counter and let them work]
  They work without your answers.
- They work on Tasha Greene for twenty-five minutes on the kitchen floor. At five to five the medic says the time out loud.
{jaylen_here: Jaylen is in the hall with his sister in his arms. Somebody has to tell him, and it is you.|Upstairs, Jaylen and Nia are in Ms. Alvarez's front room with the television turned up loud.}
-> END

=== tasha_wakes ===
{withdrawal == "severe":
  She comes up off the floor all at once, gagging, arms flailing. Her hand catches your shoulder. "What'd you do to me? What did you DO?" She is soaked in sweat in seconds, shaking, and she retches onto the linoleum and tries to stand and can't. #speaker:patient #sfx:cough
- else:
  She coughs, a long wet cough, and her eyes open. Slow blinks. "...what?" She tries to sit up and gets as far as an elbow. Her lips are pink again. #speaker:patient #sfx:cough
}
{withdrawal == "severe" && not on_side: She was on her back when it hit her, and for a second she chokes on it before she gets her head turned.}
{brain_injury: Her eyes don't track you at first. When she tries to say something the words come slowly, and not in the right order.}
* [Crouch at her eye level and tell her calmly what happened #act:explain_what_happened target=patient]
  ~ explained = true
  "Tasha, I'm a police officer. {breathing_stops: You stopped breathing.|You were barely breathing.} I gave you naloxone, Narcan, and it brought you back. {ems_eta_minutes > 0: Medics are on their way.} Jaylen called us. The kids are safe. You're not in trouble." #speaker:officer
  {withdrawal == "severe":
    She is still shaking, but she stops swinging and sits with her back against the stove, her arms round her knees. #speaker:patient
  - else:
    "Jaylen called?" She looks at the foil on the counter, or where it was, and puts both hands over her face. "Oh God. Oh God, my babies saw me." #speaker:patient #event:use_disclosed
  }
  -> route
* {withdrawal == "severe"} [She's thrashing. Catch her wrists and hold them until she settles #act:grab target=patient]
  ~ tasha_held = true
  You catch both wrists. She wrenches against you in a panic, and the harder you hold the harder she fights; it is most of a minute before she sags, sobbing, and you let go. {jaylen_here: From the hall Jaylen shouts, "Don't hurt her!"}
  -> route
* [Ask her right away what she took, and how much #act:ask_what_taken target=patient]
  "What did you take, Tasha? How much?" #speaker:officer
  She blinks at you like you're speaking another language. "Who are you? Where's... where are my kids?" #speaker:patient
  -> route
* [Be straight with her: her ten-year-old just watched her stop breathing on the kitchen floor #act:demean target=patient]
  "Your ten-year-old just watched you stop breathing on the kitchen floor. Think about that." #speaker:officer
  She looks at you for a long moment, then looks away, and whatever was open in her face closes.
  -> route

=== tasha_awake ===
{jaylen_here && caller_trust <= 1: -> jaylen_bolts}
{explained && not tasha_asks && withdrawal != "severe" && not tasha_held && not cited && not searched && not pill_bagged: -> tasha_asks}
{withdrawal == "severe": Tasha sits against the stove, shivering, nose running, jaw clenched, rocking a little.|Tasha sits on the kitchen floor with her back against the cabinet, grey-faced but breathing, {jaylen_here: Jaylen sitting close against her side|holding a dish towel in both hands}.}
{not jaylen_here: "Where's Jaylen?" she keeps asking. "Where did he go?" You tell her: upstairs, with Ms. Alvarez.}
{ems_on_scene: {tasha_going: The medics are getting the stretcher through the front door.|A medic is taking her blood pressure.}|{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}}
{caregiver_arranged: {family_variant == 3: Ms. Alvarez from 2B is in the doorway in her house slippers.|Grandma Lo is on her way from St. Vincent's.}}
* {ems_eta_minutes < 0} [Radio for medics now that she's breathing #act:call_ems]
  "Three-Baker-Twelve, start medics to twenty-two-oh-seven Alder, apartment six. Female revived with naloxone, suspected opioid overdose." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Four, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {not transport_asked} [Ask her to let the medics take her in to get checked #act:offer_transport target=patient]
  -> transport_answer
* {tasha_refused && not refusal_respected} [Tell her it's her decision #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not caregiver_arranged} [Ask Tasha and Jaylen who they want to come and be with the kids tonight, and call them #act:arrange_caregiver target=caller]
  -> caregiver
* {not cps_called} [Call the child-abuse hotline: a CPS caseworker should decide where the kids sleep tonight #act:call_cps target=caller]
  -> cps_call
* {not referred} [Tell her about the bridge clinic at St. Vincent's: buprenorphine the same day, outpatient, home to her kids tonight, and a parents' group with child care #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not referred} [Tell her there's a bed open at Fairview Recovery, a twenty-eight-day residential program out in the county: they can take her tonight #act:offer_referral to=treatment target=patient]
  -> referral_residential
* [Tell her she can get into treatment this week, or you'll be calling CPS about the kids #act:threaten_cps target=patient #act:coerce_referral target=patient]
  ~ cps_threatened = true
  "Here's how it goes, Tasha. You get yourself into treatment this week, or I make a call to CPS about these kids." #speaker:officer
  She pulls Nia closer. "You'd take my babies," she says. It isn't a question. #speaker:patient
  -> route
* {not threatened} [Warn her: if this happens again with the kids in the house, it's a child-endangerment charge #act:threaten_arrest target=patient]
  ~ threatened = true
  "I'm letting this go today. But if this happens again with these kids in the house, that's child endangerment, and you'll be charged." #speaker:officer
  She nods without looking at you. She doesn't say another word to you after that.
  -> route
* {not cited} [Write her a citation for child endangerment: the kids were alone with her #act:cite reason=other target=patient]
  -> cite_her
* {not pills_dealt_with} {not pill_bagged} [Ask her to flush whatever pills are left while you watch the kids, and tell her why: those pills are not what they say they are #time:20]
  ~ pills_dealt_with = true
  "Those blue pills aren't Percs. They're fentanyl. Whatever's left, flush it, and please don't take another one alone." #speaker:officer
  She points at her purse. "There's one more. In the zipper." She gets up, slow, takes it to the bathroom, and you hear the toilet flush. #speaker:patient
  -> route
* {not pills_dealt_with} {not pill_bagged} [Have her hand over any pills she has left, so the kids can't get at them #act:seize_drugs target=patient]
  ~ pill_bagged = true
  She takes one more blue pill out of the zipper pocket of her purse and puts it on your palm without looking at you. You seal it in an envelope with the foil. #speaker:patient
  -> route
* [Ask her who sold her the pills: pressed pills like that are killing people in this complex #act:ask_drug_source target=patient]
  "Who sold you those? Pills like that are killing people around here." #speaker:officer
  Tasha looks at you for a long moment. "A girl from work's cousin," she says. "I don't know his name." She doesn't look at you again.
  -> route
* {not kit_left} [Leave a naloxone kit with Tasha and show her and Jaylen where it goes and how it works #act:leave_naloxone_kit target=patient]
  -> leave_kit
+ {ems_eta_minutes >= 0 || quiet_minutes < 4} [{ems_on_scene: Stay with her while the medics check her over|Sit with her until the medics come} #act:monitor target=patient]
  ~ quiet_minutes++
  You pull a kitchen chair over and sit. {withdrawal == "severe": She shivers and asks twice what time it is.|{jaylen_here: Jaylen brings her a glass of water and watches her drink all of it.|She stares at the floor.}}
  -> route
+ {not ems_on_scene} [She's awake and talking, and she wants you gone. Leave her with the kids and clear #act:leave_scene]
  -> left_early
+ {ems_on_scene} [Clear the call #act:leave_scene]
  -> the_end

=== tasha_asks ===
Tasha looks up at you. "I can't do this again. I can't have them see this again." She wipes her face. "I been doing one a day since March. I tried to stop and I was so sick I couldn't lift nobody at work. I can't go away somewhere. I got nobody for them." #speaker:patient #event:asks_for_help
-> route

=== cite_her ===
~ cited = true
You write the citation on the kitchen table: child endangerment, a court date in November. Tasha signs where you point, her hand shaking.
{jaylen_here: Jaylen reads the word upside down. He knows what "endangerment" means; they did it in health class. He goes and stands in the hall.}
-> route

=== caregiver ===
~ caregiver_arranged = true
"Who would you want here with Nia and Jaylen tonight? Somebody you trust." #speaker:officer
{jaylen_here:
  "Grandma Lo," Jaylen says at once. "I know her number. I know it by heart." #speaker:caller
- else:
  "My mom," Tasha says. "Loretta. She's at work." #speaker:patient
}
{family_variant == 3:
  It rings out to voicemail twice: she's on shift in the laundry at St. Vincent's, and her phone is in her locker. {jaylen_here: "Ms. Alvarez," Jaylen says. "Upstairs. She watches Nia sometimes."|"Ruth," Tasha says. "Upstairs, 2B. She watches Nia sometimes."}
  You knock on 2B. Ruth Alvarez, sixties, reading glasses on a chain, is down the stairs in her house slippers before you have finished explaining. "Of course. Of course I'll stay. Give me the baby." #speaker:bystander
- else:
  Loretta Greene picks up on the second ring. You tell her who you are, that Tasha is breathing and talking, that the kids are fine. A long breath on the line. "I'm leaving now. Twenty minutes. Tell Jaylen Grandma's coming." #speaker:bystander
}
{responsive: Tasha closes her eyes. "Okay," she says. "Okay." #speaker:patient}
-> route

=== cps_call ===
~ cps_called = true
You call the state hotline from the hall. The screener takes the names, the ages, the address. "The on-call caseworker for Alder County is at a removal across town. Could be two hours. Can you stay with the children until then?" #speaker:bystander
{responsive: Tasha heard. She has Nia in her lap and she holds on to her with both arms. "You called CPS on me. I'm breathing. I'm right here. You called CPS on me." #speaker:patient}
{jaylen_here: Jaylen has gone white. "Is that the lady who took Marcus?" #speaker:caller}
-> route

=== referral_clinic ===
~ referred = true
"There's a bridge clinic at St. Vincent's. They can start you on buprenorphine today if you want it: it takes the sick away, so you can work and lift and not need the pills. You go home to your kids tonight. They run a group for parents on Tuesdays, with child care in the next room." #speaker:officer
{
- cited || cps_called || cps_threatened:
  Tasha looks at the card, then at you. "From you? After that?" The card stays on the table. #speaker:patient #event:referral_declined
- tasha_held:
  Tasha rubs her wrists and says nothing. The card stays on the table. #event:referral_declined
- caller_trust >= 5:
  "Today? And I come home?" She turns the card over. "My mom works at St. Vincent's." She puts it in the pocket of her scrubs. #speaker:patient #event:referral_accepted
- else:
  Tasha shrugs. "Maybe." The card stays on the table. #speaker:patient #event:referral_declined
}
-> route

=== referral_residential ===
~ referred = true
"There's a bed at Fairview Recovery tonight. Twenty-eight days, residential, out past the county line. It's a good program." #speaker:officer
Tasha stares at you. "Twenty-eight days? And who's got my kids for twenty-eight days? Who's paying my rent?" She shakes her head. "I'd lose them. I'd lose my job. No." #speaker:patient #event:referral_declined
-> route

=== leave_kit ===
~ kit_left = true
You take the leave-behind kit from your vest: two nasal sprays, a face shield, a card with the county's overdose line. You show Tasha how the nozzle goes in, where to press, to wait two or three minutes before the second, and to breathe for whoever it is in between.
{jaylen_here: Jaylen watches every step. "Can I know too?" You show him. He puts the box in the drawer by the phone charger, where he says everybody can find it. #speaker:caller}
-> route

=== transport_answer ===
~ transport_asked = true
{caregiver_arranged && not cps_threatened && not cps_called && not cited && not tasha_held && withdrawal != "severe":
  Tasha looks toward the hall where the kids are. "If {family_variant == 3: Ruth's|my mom's} got them..." She breathes out. "Okay. Okay, I'll go." #speaker:patient
  ~ tasha_going = true
  -> route
- else:
  -> tasha_refuses
}

=== tasha_refuses ===
~ tasha_refused = true
{
- cps_called || cps_threatened:
  "I'm not going anywhere. I walk out that door and CPS walks in it. I'm not leaving my babies." She pulls Nia into her lap. #speaker:patient #event:transport_refused
- withdrawal == "severe":
  "I'm not going. I'm not sitting in an ER for six hours sick as a dog with my kids in the waiting room. I'm fine." #speaker:patient #event:transport_refused
- else:
  "I can't. Who's going to watch my kids? I'm not leaving them with nobody." #speaker:patient #event:transport_refused
}
{ems_on_scene: The medic looks at you. "She's alert and oriented. If she won't go, she signs the form." #speaker:ems}
* [Tell her it's her call, and make sure she knows what can happen when the naloxone wears off #act:respect_refusal target=patient]
  -> respect_her_refusal
* [Tell her that if she won't go, you'll have to call CPS to look after the kids tonight #act:threaten_cps target=patient]
  ~ cps_threatened = true
  "If you won't go, Tasha, I have to call CPS to look after these kids tonight. Those are the choices." #speaker:officer
  Tasha's face goes still. "Then call them," she says. "I'm still not leaving my kids." #speaker:patient
  -> route
* [Tell her she's not in a state to decide this: she goes with the medics, or she goes with you #act:threaten_arrest target=patient]
  ~ threatened = true
  "You're going with them, or you're going with me." #speaker:officer
  Tasha stares at you. "For what?" she says. {jaylen_here: Jaylen starts to cry again.}
  -> route
* [Keep at her: the ER is the safest place for her tonight]
  "The ER's the safest place for you tonight." #speaker:officer
  "I heard you." #speaker:patient
  -> route

=== respect_her_refusal ===
~ refusal_respected = true
"It's your call. Here's what you need to know: the naloxone wears off in half an hour to an hour, and fentanyl lasts longer. You could stop breathing again. So no more pills tonight, and a grown-up stays with you." #speaker:officer
Tasha nods without looking up. {caregiver_arranged: "{family_variant == 3: Ruth|My mom}'ll be here," she says.|"It's just me and the kids," she says.}
-> route

=== medics_arrive ===
You hear the siren stop in the courtyard{tasked && jaylen_here:, and Jaylen shouting "They're here! They're here!" from the front room}. Two medics come down the hall with a monitor and an airway bag. #sfx:siren #sfx:footsteps
{responsive:
  One crouches in front of Tasha. "Hi, Tasha. I'm Dee. How are we doing?"
- else:
  One is already on her knees by Tasha's head, bag-valve mask in hand.
}
"What've we got?" the other asks you. #speaker:ems
* [Give them the handoff: what you found, what you gave and when, and what Jaylen told you #act:handoff_to_ems target=patient]
  "Tasha Greene, thirty-three. Found unresponsive on the kitchen floor, pinpoint pupils, breathing {rescue_rounds > 0: so slow I was breathing for her|about six a minute}. {jaylen_told: Her son says she took a blue pill sold as a Percocet sometime after noon.|Half a blue pill and a foil on the counter.} {doses_given == 0: No naloxone given.|{doses_given == 1: One dose of four-milligram nasal naloxone|Two doses of four-milligram nasal naloxone}, the first about {(seconds_elapsed - first_dose_second) / 60} minutes ago.} Two kids here, ten and three." #speaker:officer
  The medic nods and writes it on the back of her glove.
* [Step back and let them work. They'll see for themselves]
  You step back. The medic looks at you, waiting. "Officer? Did she get anything? How much, when?" #speaker:ems
  By the time you have pieced it together for her, she has stopped asking.
- -> route

=== medic_asks ===
The medic crouches at Tasha's knee. "Your pressure's okay, but that stuff outlasts the Narcan. We'd like to take you in and watch you for a few hours. Will you come with us?" #speaker:ems
-> transport_answer

=== with_medics ===
The medics have Tasha on oxygen and a monitor, breathing for her with the bag when she needs it. One of them is getting the stretcher through the front door. "We're taking her to St. Vincent's," she says. "Who's got the kids?" #speaker:ems
* {not caregiver_arranged} [Ask Jaylen who he wants to come and be with him and Nia, and call them #act:arrange_caregiver target=caller]
  -> caregiver
* {not cps_called} [Call the child-abuse hotline: a CPS caseworker should decide where the kids go tonight #act:call_cps target=caller]
  -> cps_call
* {not kit_left} {jaylen_here} [Leave a naloxone kit in the kitchen drawer for when his mom comes home #act:leave_naloxone_kit target=caller]
  ~ kit_left = true
  You put a leave-behind kit in the drawer by the phone charger and show Jaylen where it is. He nods gravely.
  -> route
+ [Clear the call #act:leave_scene]
  -> the_end

=== left_early ===
"Three-Baker-Twelve, I'm clear of Alder." You tell Tasha to call 911 again if anything changes and let yourself out. #speaker:officer #sfx:footsteps #sfx:car_door
Naloxone lasts half an hour, an hour at most. The fentanyl in a pressed pill lasts longer.
{jaylen_here:
  Tasha falls asleep sitting against the cabinet. Jaylen watches her breathing slow to a snore, then to long gaps. He calls 911 again, for the second time today, and tells the call-taker he knows what to do now: he sits on the floor and holds her hand and counts the gaps until the medics come through the door he has already unlocked.
- else:
  Tasha falls asleep sitting against the cabinet. Nobody is there when her breathing slows to a snore, then to long gaps. At six, Ruth Alvarez brings Jaylen and Nia back downstairs and finds her.
}
-> END

=== the_end ===
{
- tasha_going:
  The medics wheel Tasha down the hall on the stretcher. She reaches out and squeezes Jaylen's hand on the way past. {caregiver_arranged: {family_variant == 3: Ruth Alvarez stands in the kitchen doorway with Nia on her hip.|Twenty minutes later Loretta Greene comes through the door still in her laundry smock, and Jaylen runs into her so hard she staggers.}}
- tasha_refused:
  Tasha signs the refusal form at the kitchen table with a shaking hand. The medics pack up and go. {caregiver_arranged: {family_variant == 3: Ruth Alvarez puts the kettle on and says she'll sleep on the couch tonight.|Loretta Greene arrives in her laundry smock and says she'll sleep on the couch tonight.}|It is just her and the children when you leave.}
- not responsive:
  The medics wheel Tasha out to the ambulance, still unconscious, breathing with the bag. {caregiver_arranged: {family_variant == 3: Ruth Alvarez holds Nia at the front window and lets her wave.|Jaylen waits at the window for his grandmother.}}
- else:
  The medics finish with Tasha and go.
}
{cps_called: At a quarter past six the on-call caseworker arrives, tired and kind, with a clipboard and two car seats. {caregiver_arranged: She talks with {family_variant == 3: Ruth Alvarez|Loretta Greene} for twenty minutes and leaves without the children, and with a case file open in Tasha's name.|There is no one on the list she can reach in time. Jaylen and Nia spend the night with an emergency foster family in Eastgate, in the same neighbourhood as Marcus.}}
{cited: The citation goes into the system. In November Tasha will miss a shift for court.}
{cps_threatened && not cps_called: Jaylen does not look at you again. The next time something is wrong in number six, he will think a long time before he calls.}
{kit_left: The naloxone kit is in the drawer by the phone charger, where everybody can find it.}
{brain_injury: In the weeks that follow, Tasha will have trouble with names and with stairs, and she will not go back to lifting clients.}
"Three-Baker-Twelve, I'm clear of Alder." #speaker:officer #sfx:radio_dispatch
-> END
