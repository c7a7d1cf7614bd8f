// The roommate's call.
// Danny Ruiz, 31, three weeks out of county jail, has smoked part of a pressed blue "M30": fentanyl.
// His roommate Andre Wallace called 911 and hung up. Andre is on state parole and has an old
// failure-to-appear warrant, so what the officer does about him is judged differently under each
// profile. Variants (scenario.json): one or two naloxone doses needed; medics 6-10 minutes out.
// Breathing stops 240 s into the encounter unless naloxone has worked by then. Version 3 follows
// physiology revision 2: breathing comes back before Danny wakes (the minute or three in which the
// recovery position is offered and scored); in the two-dose variant the first spray lifts breathing
// to slow but no further, so he still needs breaths and the second spray; a second spray once he
// breathes on his own only brings on severe withdrawal, and severe withdrawal makes him refuse the ER.

VAR breathing = "slow"
VAR responsive = false
VAR pulse = true
// Written by the engine: time without oxygen has passed the scenario's brain-injury figure.
VAR brain_injury = false
VAR doses_given = 0
VAR minutes_elapsed = 0
VAR seconds_elapsed = 0
VAR ems_on_scene = false
VAR ems_eta_minutes = -1
VAR withdrawal = "none"
VAR caller_trust = 4
VAR caller_present = true

// What the story remembers.
VAR seen_danny = false
VAR andre_here = true
VAR andre_arrested = false
VAR reassured = false
VAR asked_andre = false
VAR andre_told = false
VAR warrant_known = false
VAR warrant_from_door = false
VAR first_dose_minute = -1
VAR first_dose_second = -1
VAR partial_seen = false
VAR breathing_back_seen = false
VAR andre_urged = false
VAR on_side = false
VAR breathed_for_him = false
VAR rescue_rounds = 0
VAR cpr_rounds = 0
VAR pulse_checked = false
VAR quiet_minutes = 0
VAR danny_restrained = false
VAR danny_held = false
VAR explained = false
VAR pockets_searched = false
VAR danny_arrested = false
VAR transport_asked = false
VAR danny_going = false
VAR danny_refused = false
VAR refusal_respected = false
VAR kit_left = false
VAR referred = false

-> dispatch

=== dispatch ===
"Two-Adam-Fourteen, welfare check, one-four-one-eight Harlan Street, apartment Three-Charlie. Caller says his roommate won't wake up. He disconnected before we got anything else, and the callback goes to voicemail." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copy. Two minutes out." #speaker:officer
It is twenty to three in the morning. Harlan Street is wet and empty, and the building's street door is propped open with a folded pizza box. #sfx:car_door
You take the stairs two at a time. The stairwell smells of cigarettes and bleach. On the third floor the door of Three-Charlie stands open a hand's width, and a man's voice inside is saying the same name over and over: Danny. Danny. Come on, Danny. #sfx:footsteps
-> at_the_door

=== at_the_door ===
You knock on the open door and push it wider. #sfx:door_knock #event:on_scene #bg:apartment
A man in his forties in a grey hoodie fills the gap, hands half raised, eyes wet.
"I called, okay? I'm the one who called. He's on the couch, he's breathing weird. Please. I'm on paper, man. I can't be in the middle of this." #speaker:caller
Over his shoulder: one room, a couch, a television on mute, and a man on his back with one arm hanging to the floor.
* [Take in the whole room from the doorway before you step in #act:scene_size_up]
  -> size_up
* [Step past him and go straight to the couch]
  -> the_powder
* [Get his name and his ID before you go any further #act:demand_id target=caller]
  -> his_id
* [He says he's on paper. Get his name and run him for warrants #act:warrant_check target=caller]
  ~ warrant_from_door = true
  -> running_andre

=== his_id ===
"Name?"
"Andre. Andre Wallace." He digs a state ID out of his wallet. It takes him three tries; his hands won't work. #speaker:caller
You read it, hand it back. From the couch comes a long, rattling snore, then nothing. #sfx:snoring
* [Now take in the room from the doorway #act:scene_size_up]
  -> size_up
* [Go to the couch]
  -> the_powder

=== size_up ===
From the doorway you take it all in. One room, a kitchenette along the back wall, the bathroom door open and dark. Nobody else. Nothing that looks like a weapon. #sfx:snoring
~ seen_danny = true
The man on the couch is in his early thirties, on his back, chin sagging toward his chest. His lips are grey-blue, and so are his fingernails. A long, wet snore; a gap; another.
On the coffee table: a square of foil streaked black, a cut-down straw, a lighter, and a small plastic bag with two blue pills stamped M and 30.
-> the_powder

=== the_powder ===
You cross to the couch{andre_here: with Andre at your elbow}.
{andre_here:
  "Careful with that table. That's fetty," Andre says. "That stuff gets you just touching it." #speaker:caller
}
{not seen_danny:
  ~ seen_danny = true
  Up close he is in his early thirties, on his back, chin sagging toward his chest. His lips are grey-blue, and so are his fingernails. On the coffee table beside his hand: a square of foil streaked black, a cut-down straw, a lighter, a small bag with two blue pills stamped M and 30.
}
There is a fine pale dust on the glass beside the foil. You think of the video they showed at roll call last year: a deputy in a parking lot, going down after brushing powder off his sleeve.
* [Pull on nitrile gloves and kneel beside him #act:don_gloves]
  The gloves snap at your wrists. You kneel on the rug. #event:beside_patient
  -> route
* [Back out into the hall and ask for fire with hazmat gear before anyone touches him #act:delay_for_exposure_fear target=self]
  -> hazmat
* [Kneel beside him]
  You kneel on the rug beside him. #event:beside_patient
  -> route

=== hazmat ===
You step back into the hallway and key your mic. "Two-Adam-Fourteen, I need fire with hazmat at my location. Possible fentanyl exposure, powder in the room." #speaker:officer #sfx:radio_dispatch
A pause. "Two-Adam-Fourteen, fire is asking: is this a medical call? Do you need medics?" #speaker:dispatch
Through the open door you can see Andre on his knees by the couch, shaking Danny by the shoulders and saying his name.
The answer takes two minutes to come back: Engine Nine doesn't send a hazmat unit to an overdose. Their crews work these calls in nitrile gloves, the same as yours.
You go back in.
-> route

=== running_andre ===
{warrant_from_door:
  "What's your name?"
  "Andre. Andre Wallace. Why do you need..." #speaker:caller
}
You key the shoulder mic. "Two-Adam-Fourteen, run a subject for wants. Wallace, Andre." #speaker:officer #sfx:radio_dispatch
Andre hears his name go out over the air and goes very still.
Dispatch takes its time. {warrant_from_door: Behind Andre, from the couch, comes a snore, a long silence, another snore.|{responsive && not danny_going: Danny watches Andre from the couch.}}
"Two-Adam-Fourteen, your subject Wallace, Andre: active state parole. He also shows a failure-to-appear warrant out of Dorsey County, misdemeanor, from 2019. Dorsey will pick up county-wide." #speaker:dispatch #sfx:radio_dispatch
~ warrant_known = true
-> warrant_hit

=== warrant_hit ===
"That's a license thing. Driving while suspended. That's from before. I didn't even know it was still..." Andre looks at the door, then at you. #speaker:caller
* [Cuff him on the warrant and call for a unit to take him #act:arrest reason=warrant target=caller #act:call_backup]
  -> andre_in_cuffs
* [Take him in for the parole violation: there are drugs all over his coffee table #act:arrest reason=parole_violation target=caller #act:call_backup]
  -> andre_in_cuffs
* [Tell him the warrant can wait for another night, if he tells you who sells those pills #act:ask_for_intelligence target=caller]
  Andre stares at you. "You want me to snitch. Tonight. With him like that." He shakes his head. "I don't know the guy's name. I swear to God." #speaker:caller
  -> after_warrant
* {not reassured} [Tell him you're not here for the warrant; you're here for Danny, and nobody goes to jail for calling #act:reassure_good_samaritan target=caller]
  ~ reassured = true
  Andre lets out a breath he seems to have been holding since he dialled. "Okay. Okay. What do you need?" #speaker:caller
  -> after_warrant
* [Let it go for now]
  -> after_warrant

=== andre_in_cuffs ===
~ andre_arrested = true
~ andre_here = false
Andre doesn't fight. He turns around and puts his hands behind his back as if he has done it many times. {responsive: "I called you," he says quietly. "I'm the one who called."|"He's going to die while you do this," he says quietly.} #speaker:caller
"Two-Adam-Fourteen, start me a unit for a prisoner transport." You sit him on the hallway floor outside the door to wait for it. #speaker:officer #event:caller_left
-> after_warrant

=== after_warrant ===
{warrant_from_door: -> the_powder}
-> route

// Every pick comes back here: the patient's state decides where the story goes next.
=== route ===
{
- andre_here && not caller_present: -> andre_slipped_out
- not pulse: -> no_pulse
- responsive && not danny_wakes: -> danny_wakes
- ems_on_scene && not medics_arrive: -> medics_arrive
- ems_on_scene: -> with_medics
- responsive: -> danny_awake
- else: -> beside_danny
}

=== beside_danny ===
{breathing == "none" && not breathing_stops: -> breathing_stops}
{andre_here && caller_trust <= 1: -> andre_bolts}
{andre_here && not andre_pleads && (ems_eta_minutes >= 0 || doses_given > 0 || minutes_elapsed >= 2): -> andre_pleads}
{andre_here && doses_given > 0 && breathing != "normal" && not andre_ice: -> andre_ice}
{breathing:
- "slow":
  {breathing_stops && not partial_seen:
    ~ partial_seen = true
    His chest starts to move again on its own: slow and shallow, a breath, a long gap, another. His lips are still blue.
  - else:
    {&A snore, a long rattling breath, then a gap you find yourself counting through.|His chest lifts, barely. The snore comes again, wet and slow.|Another long gap. Then the snore, dragged up from somewhere deep.} {on_side: He's on his side now, cheek on his hand.} His lips are still the colour of a bruise.
  }
- "none":
  His chest doesn't move. No snore. The room is quiet enough to hear the refrigerator hum, and his lips have gone from grey to blue.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    The snore stops. For a second you think he has stopped breathing again; then his chest rises, deep, and falls, and rises. He is breathing on his own, twelve or fourteen times a minute, and the blue is going out of his lips. His eyes stay shut.
  - else:
    He breathes on his own, deep and even. {on_side: He's on his side, cheek on his hand.|He lies on his back, chin sagging toward his chest.} His eyes stay shut; when you say his name, nothing.
  }
  {andre_here && doses_given == 1 && not andre_urged:
    ~ andre_urged = true
    "He's breathing. So why won't he wake up?" Andre is at your shoulder, pointing at the box. "There's another one in there. Give it to him. Wake him up." #speaker:caller
  }
}
{doses_given == 1 && breathing == "slow":
  {seconds_elapsed - first_dose_second >= 120: It has been more than two minutes since the first spray, and his breathing is no better.|The first spray went in {seconds_elapsed - first_dose_second < 60: less than a minute|a minute or two} ago.}
}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* [Shout his name and grind your knuckles into his breastbone #act:check_responsiveness target=patient]
  "Danny! Danny, can you hear me?" Your knuckles dig into his sternum hard enough to hurt. {breathing == "normal": He groans and his hand twitches toward yours. His eyes don't open.|Nothing: not a flinch, not a groan. When you thumb up an eyelid, the pupil is a pinpoint.}
  -> route
* [Put your cheek by his mouth and watch his chest for ten seconds #act:check_breathing target=patient]
  {breathing:
  - "slow": You count. One breath in ten seconds, shallow, with the snore riding on it. Nobody lives long on that.
  - "none": Nothing on your cheek. Nothing in his chest.
  - else: His breath is warm on your cheek, steady.
  }
  -> route
* {ems_eta_minutes < 0} [Key your radio: medics, suspected opioid overdose #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to one-four-one-eight Harlan, Three-Charlie. Male in his thirties, unresponsive, {breathing == "none": not breathing|{breathing == "slow": breathing maybe six times a minute|breathing again after naloxone but not waking}}, suspected opioid overdose. I'm giving naloxone." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
+ {doses_given == 0} [Spray naloxone into his nose #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{breathing == "normal": He's breathing but he won't wake up. Give him the second spray|Give him the second spray, other nostril} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{breathing == "normal": Keep breathing for him through the shield until he comes round|Tilt his head back and breathe for him through a face shield, one breath every five seconds} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {breathing != "none"} {doses_given > 0} [Roll him onto his side, top knee bent, so he can't choke #act:recovery_position target=patient]
  ~ on_side = true
  You roll him toward you, bend his top knee to stop him rolling further, tuck his hand under his cheek. {breathing == "normal": His airway is clear; his breathing stays deep and even.|The snore softens, but the breaths come as far apart as before.}
  -> route
+ {breathing != "none"} {doses_given > 0} [Stay beside him and count his breaths #act:monitor target=patient]
  You kneel with two fingers on his wrist and count.
  {
  - responsive: Halfway through the count he coughs, and his eyes come open.
  - breathing == "normal": Fourteen breaths in a minute, deep and even. {on_side: His cheek rests on his hand.|On his back, chin on his chest, the breath catches in his throat now and then.}
  - breathing == "slow": Four breaths in a minute. Then five.
  - else: He stops. You wait for the next breath, and it doesn't come.
  }
  -> route
+ [{ems_eta_minutes >= 0: Stand back and wait for the medics|Stand back and give it a moment} #act:wait]
  You get up off your knees and step back. Thirty seconds is a long time to watch someone. {breathing == "none" && breathing_stops: Nobody breathes for him.}
  -> route
* {andre_here} {not reassured} [Tell Andre he did the right thing calling; nobody's going to jail for calling for help #act:reassure_good_samaritan target=caller]
  -> reassure_andre
* {andre_here} {not asked_andre} [Ask Andre what Danny took, how much, and when #act:ask_what_taken target=caller]
  ~ asked_andre = true
  -> andre_answers
* {andre_here} {andre_told} [Ask Andre who sold Danny the pills. If there's a bad batch out there, people need to know #act:ask_drug_source target=caller]
  "I don't know his name, man. Some guy by the laundromat." Andre won't look at you now. #speaker:caller
  -> route
* {doses_given > 0} [Go through the apartment for more pills, so the medics know what he took #act:search_area]
  You leave him on the couch and go through the kitchen drawers, the bathroom cabinet, the pockets of a jacket on a chair. {andre_here: Andre watches you from the corner with his arms wrapped around himself.} Ibuprofen. Rolling papers. A county jail release form with Danny's name on it, dated three weeks ago. Nothing the table hadn't already told you.
  -> route
* {not andre_here} {doses_given > 0} {breathing != "normal"} [Slap his face hard to shock him awake #act:folk_remedy target=patient]
  The crack of it is loud in the room. His head rolls with the blow and rolls back.
  -> route

=== spray ===
{doses_given:
- 1:
  ~ first_dose_minute = minutes_elapsed
  ~ first_dose_second = seconds_elapsed
  You tear the box open, tip his head back, put the nozzle in his left nostril and press the plunger with your thumb. A short hiss. #sfx:naloxone_spray
  The back of the box says: if there is no response in two to three minutes, give the second device in the other nostril, and keep him breathing until help arrives.
- else:
  Other nostril. Press. A short hiss. That's both devices in the box. #sfx:naloxone_spray
  {breathing == "normal": Nothing changes that you can see. He breathes as he did, and his eyes stay shut.}
}
-> route

=== rescue_breaths ===
~ breathed_for_him = true
~ rescue_rounds++
{on_side: You roll him onto his back again.}
{responsive:
  Halfway through a breath he gags against the shield and wrenches his face away. #sfx:cough
- else:
  {&You tilt his head back, pinch his nose, seal the shield over his mouth and give a slow breath. His chest rises. Count five. Again.|Breathe, count five, breathe. The shield's valve clicks each time.|Twelve breaths a minute. Your knees ache on the rug.} {breathing == "none": {breathing_stops: Between your breaths, nothing of his own.}|{breathing == "slow": Between your breaths his own come, shallow and far apart.|Between your breaths his own come, deep and even now.}}
}
~ on_side = false
-> route

=== reassure_andre ===
~ reassured = true
"Andre, look at me. You did the right thing. Calling is how Danny lives through tonight, and nobody here is going to jail for calling for help." #speaker:officer
Andre's shoulders come down an inch. "Okay," he says. "Okay." #speaker:caller
-> route

=== andre_answers ===
{caller_trust >= 5:
  Andre's eyes go to the table. "Those. The blues. He said they were percs; he got them off some guy by the laundromat. He smoked some off the foil, maybe an hour ago. I was asleep." He swallows. "He just got out of Dorsey three weeks ago. He hadn't used in there. Not once." #speaker:caller #event:bystander_disclosed
  ~ andre_told = true
  -> route
- else:
  "I don't know, man. I was asleep. I don't know nothing about any of that." He doesn't look at the table. He doesn't look at you. #speaker:caller
  -> andre_withholds
}

=== andre_withholds ===
* [Press him: you need to know what Danny took, and if he keeps stalling, he can explain himself at the station #act:threaten_arrest target=caller]
  "The blues! On the table! He smoked one, okay? Maybe more!" Andre's voice cracks. He is backing toward the door. #speaker:caller #event:bystander_disclosed
  ~ andre_told = true
  -> route
* {not reassured} [Tell him nobody is in trouble for calling, then ask again #act:reassure_good_samaritan target=caller #act:ask_what_taken target=caller]
  ~ reassured = true
  "Nobody's in trouble for calling. Not you, not Danny. I need to know what he took so the medics can help him." #speaker:officer
  -> andre_answers
* [Drop it. The foil and the pinpoint pupils tell you enough]
  -> route

=== andre_pleads ===
Andre has backed up against the kitchen counter. {ems_eta_minutes >= 0: He heard the word overdose go out on your radio.}
{doses_given == 0 && ems_eta_minutes < 0:
  "Don't you have Narcan? Aren't you supposed to carry Narcan? Do something." #speaker:caller
}
"Are more cops coming? Listen. I'm on parole. If my PO hears about this I'm done. And I've got a thing in Dorsey County, a court date I missed. I shouldn't have called. I shouldn't have..." #speaker:caller
* {not reassured} [Tell him he did the right thing; nobody is going to jail for calling for help #act:reassure_good_samaritan target=caller]
  -> reassure_andre
* [Cut him off: what did Danny take, and how much? #act:ask_what_taken target=caller]
  ~ asked_andre = true
  -> andre_answers
* [Get control of the room: he sits on the kitchen floor where you can see him, or he waits in the car #act:threaten_arrest target=caller]
  Andre sits down on the linoleum, hard, and puts his hands on his knees where you can see them. He is breathing faster than Danny is.
  -> route
* [Tell him he can go if he wants. You've got Danny from here]
  Andre looks at you, at Danny, at the door. "I'm sorry," he says, to one of you. He is gone before you can say anything else. Somewhere below, the street door bangs. #speaker:caller #event:caller_left #sfx:footsteps
  ~ andre_here = false
  -> route

=== andre_ice ===
{responsive: -> route}
Andre is at your shoulder. "It's not working. Why isn't it working?" He is already at the freezer. "Ice. Put ice on him, on his neck, his chest. My cousin did that once. Or cold water, I'll get a pot..." #speaker:caller
* [Take the ice tray and rub ice hard on his neck and chest #act:folk_remedy target=patient]
  The cold makes his skin pucker. It does nothing else. Andre drops the rest of the tray on the rug.
  -> route
* [Slap Danny's face, hard, the way Andre is begging you to do something #act:folk_remedy target=patient]
  The crack of it is loud in the room. Danny's head rolls with the blow and rolls back.
  -> route
* [Tell him naloxone takes two or three minutes to work, and give him a job: watch the clock on the stove]
  "It takes a couple of minutes. Watch the clock on the stove and tell me when it's been two." #speaker:officer
  Andre stands at the stove staring at the green numbers, lips moving.
  -> route

=== andre_bolts ===
~ andre_here = false
When you look up, Andre is gone. The door to the hall stands open; his jacket is gone from the hook. Somewhere below, the street door bangs. #event:caller_left #sfx:footsteps
-> route

// An instructor can make Andre leave at any moment (the caller_left inject): the story notices here.
=== andre_slipped_out ===
~ andre_here = false
When you glance round, Andre is gone. The door to the hall stands open and his jacket is gone from the hook. Nobody is left to tell you what Danny took. #sfx:footsteps
-> route

=== breathing_stops ===
{rescue_breaths:
  Under your hands, between your breaths, his own give out: one ragged gasp, a second, a long pull that sounds like it hurts. Then nothing of his own. #sfx:agonal_breathing
- else:
  The snoring changes: one ragged gasp, a second, a long pull that sounds like it hurts. Then nothing. #sfx:agonal_breathing
  The room is suddenly quiet enough to hear the refrigerator. His chest is still.
}
* [Breathe for him: face shield on, head tilted back, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Spray naloxone into his nose #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Give him the second spray now #act:naloxone_nasal target=patient]
  -> spray
* [Start chest compressions #act:cpr target=patient]
  You lock your hands in the centre of his chest and push, hard and fast. Something cracks under the heel of your hand; you keep going. Thirty, then two breaths. Two minutes of it.
  -> route
* [Keep your mouth away from him with that powder around. Wait for the medics' bag-valve mask #act:delay_for_exposure_fear target=self]
  You kneel beside him with your hands on your thighs and watch his chest not move. Two minutes. {andre_here: Andre says, "Do something," and then says it again.}
  -> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  You press two fingers into the groove beside his windpipe and wait. Nothing. You try the other side. Nothing. His skin is cooler than it was.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Start CPR: hard and fast in the centre of his chest, two breaths after every thirty #act:cpr target=patient]
  ~ cpr_rounds++
  You count out loud to keep the rhythm. Thirty. Two breaths. Thirty. Sweat runs into your eyes.
  -> route
* {ems_eta_minutes < 0} [Get on the radio for medics #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to one-four-one-eight Harlan, Three-Charlie. Male, no pulse, CPR in progress." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route

=== medics_work_code ===
Two medics come through the door with a monitor, an airway bag and a board. One takes over compressions without a word; the other gets a tube in and starts bagging. #sfx:footsteps
"How long has he been down? What did he get?" #speaker:ems
* [Tell them what you found, what you gave and when, and how long he went without breathing #act:handoff_to_ems target=patient]
  You give it to them straight: {doses_given == 0: no naloxone|{doses_given == 1: one dose|two doses} of naloxone}, the times as near as you can say them, how long he lay without breathing. The medic nods and keeps working.
* [Step back against the wall and let them work]
  They work without your answers.
- They work on Danny Ruiz for twenty-two minutes on the living-room rug. At 3:31 the medic looks at her partner, then at her watch, and says the time out loud.
{andre_here: Andre sits on the kitchen floor with his back against the cupboard and doesn't make a sound.|Nobody is there who knew him.}
-> END

=== danny_wakes ===
{withdrawal == "severe":
  He comes up off the couch all at once, gagging, arms flailing. His elbow catches your shoulder. "What'd you do? What'd you DO to me?" He is soaked in sweat in seconds, shaking, goosebumps standing up on his forearms. He vomits onto the rug and tries to stand and can't. #speaker:patient #sfx:cough
- else:
  He coughs, a long wet cough, and turns his head away from you. His eyes open. Slow blinks. "...the hell?" He tries to sit up and doesn't quite make it. His lips are pink again. #speaker:patient #sfx:cough
}
{withdrawal == "severe" && not on_side: He was on his back when it hit him, and for a second he chokes on it before he gets his head over the edge of the couch.}
{brain_injury: His eyes don't track you at first. When he tries to say something the words come slowly, and not in the right order.}
* [Crouch at his eye level and tell him calmly what happened #act:explain_what_happened target=patient]
  ~ explained = true
  "Danny, I'm a police officer. {breathing_stops: You stopped breathing.|You were barely breathing.} I gave you naloxone, Narcan, and it brought you back. {ems_eta_minutes > 0: Medics are on their way.} You're not in trouble. Just breathe with me." #speaker:officer
  {withdrawal == "severe":
    He is still shaking, still furious, but he stops swinging and sits with his head between his knees. #speaker:patient
  - else:
    He stares at you, then at the foil on the table. "Three weeks," he says. "Three weeks out, and I'm back on the foil." He rubs his face with both hands. #speaker:patient #event:use_disclosed
  }
  -> route
* {withdrawal == "severe"} [He's thrashing. Catch his wrists and hold them until he settles #act:grab target=patient]
  ~ danny_held = true
  You catch both wrists. He wrenches against you in a panic, and the harder you hold the harder he fights; it is most of a minute before he sags, sobbing, and you let go. He pulls his knees up and watches your hands after that. {andre_here: "Let him go, man," Andre says. "He's sick."}
  -> route
* {withdrawal == "severe"} [He's thrashing. Take him down onto the rug and cuff him before someone gets hurt #act:takedown target=patient #act:restrain target=patient]
  ~ danny_restrained = true
  ~ danny_held = true
  You drag him off the couch and get him face down on the rug, a knee across his back, and ratchet the cuffs on. He screams into the carpet that he can't breathe, that he's going to be sick, and then he is, face down. {andre_here: "He's sick, man, he's just sick!" Andre shouts.}
  -> route
* [Ask him right away what he took, and how much #act:ask_what_taken target=patient]
  "What did you take? How much?" #speaker:officer
  He blinks at you like you're speaking another language. "...What? Who are you?" #speaker:patient
  -> route
* [Be straight with him about how close that was: he nearly died on his own couch over one pill #act:demean target=patient]
  "You nearly died on your own couch over a pill, man. Think about that." #speaker:officer
  He looks at you for a long moment and then looks away, and whatever was open in his face closes.
  -> route

=== danny_awake ===
{andre_here && caller_trust <= 1: -> andre_bolts}
{not the_table: -> the_table}
{andre_here && not warrant_known && not andre_later: -> andre_later}
{explained && not danny_asks && withdrawal != "severe" && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched: -> danny_asks}
{withdrawal == "severe": Danny sits hunched on the edge of the couch, shivering, nose running, jaw clenched, rocking a little.|Danny sits on the couch {andre_here: with a glass of water Andre brought him|with his elbows on his knees}, grey-faced but breathing, picking at a thread on his jeans.}
{danny_restrained: His hands are cuffed behind him.}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {ems_eta_minutes < 0} [Radio for medics now that he's breathing #act:call_ems]
  "Two-Adam-Fourteen, start medics to one-four-one-eight Harlan, Three-Charlie. Male revived with naloxone, suspected opioid overdose." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {danny_restrained} [Take the cuffs off him now that he's calmer #act:release target=patient]
  ~ danny_restrained = false
  You take the cuffs off. He rubs his wrists and doesn't look at you.
  -> route
* {not transport_asked} {not danny_arrested} [Ask him to let the medics take him in to get checked #act:offer_transport target=patient]
  -> transport_answer
* {danny_refused && not refusal_respected} [Tell him it's his decision #act:respect_refusal target=patient]
  -> respect_his_refusal
* {not kit_left} {andre_here} [Leave a naloxone kit with Andre and show him how to use it #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not andre_here} [Leave a naloxone kit with Danny and show him how to use it #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Give Danny the card for the peer recovery line: people who've been where he is, who'll come to him #act:offer_referral to=peer target=patient]
  -> referral_peer
* {not referred} [Tell him about the bridge clinic on Fifth: buprenorphine the same day, no waiting list #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* [Give him a reason to get treatment: next time you find him like this, it's detox or a cell #act:coerce_referral target=patient]
  "Next time I find you like this, it's detox or a cell. Your choice." #speaker:officer
  Danny laughs without any humour in it. "Great. Thanks." #speaker:patient
  -> route
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Sit with him until the medics come #act:monitor target=patient]
  ~ quiet_minutes++
  You pull a kitchen chair over and sit. {withdrawal == "severe": He shivers and swears under his breath and asks twice what time it is.|{andre_here: He drinks his water.|He stares at the floor.} The television throws blue light across the ceiling.}
  -> route
* [He's awake and talking. Clear the call and let the medics take it from here #act:leave_scene]
  -> left_early

=== the_table ===
With Danny {withdrawal == "severe": shaking and cursing|upright and talking}, the room comes back into focus: the foil, the straw, the little bag with its blue pills{andre_here:, and Andre watching you look at them}.
* [Bag the pills so nobody else takes one tonight #act:seize_drugs]
  You drop the bag of pills into an evidence envelope and seal it. {andre_here: Andre watches the envelope go into your pocket.}
  -> route
* [Bag the pills, the foil and the straw #act:seize_drugs #act:seize_paraphernalia]
  You bag the pills, then the foil and the straw, and seal the envelopes.
  -> route
* [Ask Danny to empty his pockets onto the table, so you know he isn't holding more of those pills #act:ask_consent_search target=patient]
  -> danny_pockets
* [Arrest Danny for possession: a night in a cell keeps him away from the rest of those pills #act:arrest reason=possession target=patient]
  -> arrest_danny
* {andre_here} [Arrest Andre for possession: it's his apartment and his table too #act:arrest reason=possession target=caller #act:call_backup]
  -> andre_in_cuffs
* [Ask Danny where he got them. There's a bad batch going around and people are dying #act:ask_drug_source target=patient]
  "Where'd you get them? Who's selling these?" #speaker:officer
  Danny looks at you for a long moment. "I want a lawyer," he says, and then, "I don't know. A guy." #speaker:patient
  -> route
* [Leave the pills where they are, and tell them nobody uses alone tonight]
  "Get rid of the rest of those. And nobody uses alone tonight. Those pills are not what they say they are." #speaker:officer
  {andre_here: Andre nods.} Danny stares at the bag for a long moment and then looks away.
  -> route

=== danny_pockets ===
"Danny, do me a favour. Turn out your pockets on the table for me." #speaker:officer
Danny looks at your hands, then at your face. "No. You're not going through my pockets. I didn't do anything to anybody." #speaker:patient #event:consent_refused
* [Pat his pockets anyway: if he's holding more of those pills, he could be dead by morning #act:search_person target=patient]
  ~ pockets_searched = true
  You pat down his jeans and the pockets of his hoodie and turn them out on the table: a lighter, a bus pass, four dollars and a folded release form from Dorsey County. No pills. Danny sits very still while you do it. When you are done he looks at the wall, not at you. {andre_here: Andre looks at the floor.}
  -> route
* [Leave it. Tell him you're not here to search him]
  "Okay. I'm not here to search you." #speaker:officer
  Danny lets out a breath. {andre_here: Behind you, Andre does too.}
  -> route

=== danny_asks ===
Danny looks up from the floor. "I can't keep doing this," he says. "Three weeks. Is there somebody... I don't even know who you call for this." #speaker:patient #event:asks_for_help
-> route

=== arrest_danny ===
~ danny_arrested = true
"Danny, you're under arrest for possession of a controlled substance." #speaker:officer
You cuff him where he sits. He doesn't resist; he doesn't seem to understand. {andre_here: Andre says nothing at all.}
-> route

=== andre_later ===
Andre sits down hard on the arm of the couch and puts his face in his hands. The emergency is over. He told you he's on parole, and about a missed court date in Dorsey County.
* [Run him now that things have calmed down #act:warrant_check target=caller]
  -> running_andre
* [Ask for his ID so your report is complete #act:demand_id target=caller]
  He hands it over without a word and watches you write his name down.
  -> route
* [Leave it, and ask him to get Danny a glass of water]
  -> route

=== transport_answer ===
~ transport_asked = true
{withdrawal == "mild" && caller_trust >= 5 && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched:
  Danny looks at {andre_here: Andre|the door}, then at you. "Yeah," he says finally. "Okay. If they say I should." #speaker:patient
  ~ danny_going = true
  -> route
- else:
  -> danny_refuses
}

=== danny_refuses ===
~ danny_refused = true
{withdrawal == "severe":
  "I'm not going. I'm not sitting in an ER for six hours sick as a dog so some nurse can look at me like that. I'm fine." #speaker:patient #event:transport_refused
- else:
  "No. I'm not going to any hospital. I'm fine." He won't look at you when he says it. #speaker:patient #event:transport_refused
}
{ems_on_scene: The medic looks at you. "He's alert, he's oriented. If he won't go, he signs the form." #speaker:ems}
* [Tell him it's his call, and make sure he knows what can happen when the naloxone wears off #act:respect_refusal target=patient]
  -> respect_his_refusal
* [Tell him he's not in a state to decide this: he goes with the medics, or he goes with you #act:threaten_arrest target=patient]
  "You're going with them, or you're going with me. Pick." #speaker:officer
  Danny stares at you. "For what?" he says. {ems_on_scene: The medic looks at the floor.}
  -> route
* {ems_on_scene} [He's in withdrawal and not thinking straight. Help the medics get him onto the stair chair #act:force_transport target=patient]
  -> forced
* [Keep at him: the ER is the safest place tonight]
  "The ER is the safest place for you tonight." #speaker:officer
  "I heard you." #speaker:patient
  -> route

=== respect_his_refusal ===
~ refusal_respected = true
"It's your call. Here's what you need to know: the naloxone wears off in half an hour to an hour, and fentanyl lasts longer. You could stop breathing again. So nobody uses tonight, and somebody stays with you." #speaker:officer
Danny nods without looking up. {andre_here: "I'm here," Andre says. "I'm not going anywhere."}
-> route

=== leave_kit ===
~ kit_left = true
You take the leave-behind kit from your vest: two nasal sprays, a face shield, a card with the county's overdose line. You show {andre_here: Andre|Danny} how the nozzle goes in, where to press, to wait two or three minutes before the second, and to breathe for {andre_here: Danny|whoever it is} in between.
{andre_here: Andre turns the box over in his hands. "I had one of these. I gave it to somebody last month." He puts it on the counter where he can see it.|Danny puts the box on the table next to the foil.}
-> route

=== referral_peer ===
~ referred = true
"This is the peer line. The people who answer have been where you are. You call, they come to you. No cops, no paperwork." #speaker:officer
{
- danny_arrested:
  Danny looks at the card, then over his shoulder at the cuffs. "Where am I going to call that from?" #speaker:patient #event:referral_declined
- pockets_searched:
  Danny doesn't look at the card, or at you. Not since you went through his pockets. It stays on the table. #event:referral_declined
- danny_held:
  Danny looks at the card, then at your hands. He doesn't take it. #event:referral_declined
- caller_trust >= 6:
  Danny takes the card and looks at it for a while. He puts it in his shirt pocket. #event:referral_accepted
- else:
  Danny lets you put the card on the table. He doesn't pick it up. #event:referral_declined
}
-> route

=== referral_clinic ===
~ referred = true
"There's a bridge clinic on Fifth. They'll start you on buprenorphine today if you want it. It takes the sick away. No waiting list." #speaker:officer
{
- danny_arrested:
  Danny looks at you, then over his shoulder at the cuffs. "Today," he says. "Sure." #speaker:patient #event:referral_declined
- pockets_searched:
  "From you?" Danny says. "You just went through my pockets." The card stays where you put it. #speaker:patient #event:referral_declined
- danny_held:
  Danny rubs his wrists and says nothing. The card stays where you put it. #event:referral_declined
- caller_trust >= 6:
  "Today?" Danny says. "They did that inside for a guy on my tier." He takes the card. #speaker:patient #event:referral_accepted
- else:
  Danny shrugs. "Maybe." The card stays where you put it. #speaker:patient #event:referral_declined
}
-> route

=== medics_arrive ===
You hear the siren stop in the street, then boots on the stairs and the rattle of a stair chair. Two medics come through the door with a monitor and an airway bag. #sfx:siren #sfx:footsteps
{responsive:
  One crouches in front of Danny. "Hey, buddy. How are we doing?"
- else:
  One is already on her knees by the couch, bag-valve mask in hand.
}
"What've we got?" the other one asks you. #speaker:ems
* [Give them the handoff: what you found, what you gave and when, and what Andre told you #act:handoff_to_ems target=patient]
  "Danny Ruiz, thirty-one. Found unresponsive on the couch, pinpoint pupils, breathing {breathed_for_him: so slow I was breathing for him|about six a minute}. {andre_told: His roommate says he smoked a pressed blue M30 about an hour before we got here, and he's three weeks out of jail, so no tolerance.|Foil, straw and pressed blue M30s on the table.} {doses_given == 0: No naloxone given.|{doses_given == 1: One dose of four-milligram nasal naloxone, about|Two doses of four-milligram nasal naloxone, the first about} {minutes_elapsed - first_dose_minute} {minutes_elapsed - first_dose_minute == 1: minute|minutes} ago.}{responsive: He's been awake a few minutes.}" #speaker:officer
  The medic nods and writes it on the back of her glove.
* [Step back and let them work. They'll see for themselves]
  You step back. The medic looks at you, waiting. "Officer? Did he get anything? How much, when?" #speaker:ems
  By the time you have pieced it together for her, she has stopped asking.
- -> route

=== with_medics ===
{andre_here && caller_trust <= 1: -> andre_bolts}
{responsive && not danny_arrested && not transport_asked && not danny_restrained: -> medic_asks}
{responsive && not the_table: -> the_table}
{responsive && explained && not danny_asks && withdrawal != "severe" && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched: -> danny_asks}
{
- not responsive:
  The medics have him on oxygen and a monitor. One of them is drawing up naloxone; the other is getting the stair chair into position.
- danny_arrested:
  Danny sits on the couch with his hands cuffed behind him while the medic takes his blood pressure.
- danny_going:
  The medics have Danny in the stair chair with a blanket round his shoulders.
- danny_refused && refusal_respected:
  The medic is filling in a refusal form on a clipboard balanced on her knee.
- danny_refused:
  The medic holds the refusal form on her clipboard and looks at you, waiting to see what you'll do.
- else:
  The medics are checking Danny over.
}
* {danny_restrained} [Take the cuffs off him so the medics can look at him #act:release target=patient]
  ~ danny_restrained = false
  You take the cuffs off. He rubs his wrists and doesn't look at you. The medic waits until you have stepped back before she kneels.
  -> route
* {danny_refused && not refusal_respected} [Tell Danny it's his call #act:respect_refusal target=patient]
  -> respect_his_refusal
* {danny_refused} {responsive} {not danny_arrested} [He's in withdrawal and not thinking straight. Help the medics get him onto the stair chair #act:force_transport target=patient]
  -> forced
* {not kit_left} {andre_here} [Leave a naloxone kit with Andre and show him how it works #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not andre_here} {responsive} [Leave a naloxone kit with Danny and show him how it works #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} {responsive} [Give Danny the card for the peer recovery line #act:offer_referral to=peer target=patient]
  -> referral_peer
* {not referred} {not responsive} {andre_here} [Give Andre the card for the peer recovery line, for Danny when he's home and for himself #act:offer_referral to=peer target=caller]
  ~ referred = true
  Andre takes the card and reads both sides. "They come to you?" He puts it in his wallet, behind his ID. #speaker:caller #event:referral_accepted
  -> route
* {andre_here} {not warrant_known} [Run Andre before you go #act:warrant_check target=caller]
  -> running_andre
* {andre_here} [Arrest Andre for the parole violation: drugs in the apartment #act:arrest reason=parole_violation target=caller #act:call_backup]
  -> andre_in_cuffs
* {andre_here} {warrant_known} [Arrest Andre on the Dorsey County warrant before you go #act:arrest reason=warrant target=caller #act:call_backup]
  -> andre_in_cuffs
+ [Clear the call #act:leave_scene]
  -> the_end

=== medic_asks ===
The medic crouches at Danny's knee. "Your pressure's okay. We'd like to take you in and watch you for a few hours. Will you come with us?" #speaker:ems
-> transport_answer

=== forced ===
"He's going." You take one arm; the medic, after a look at you, takes the other. Danny fights you all the way into the stair chair, then stops fighting and cries. #speaker:officer
{andre_here: Andre says, "Man, he said no," and then says nothing else.}
The medics carry him down strapped into the chair. At the hospital he will be watched for four hours and walk out, and he will not call 911 the next time, or let anyone call it for him.
"Two-Adam-Fourteen, I'm clear of Harlan." #speaker:officer #sfx:radio_dispatch
-> END

=== left_early ===
{andre_here:
  You tell Andre to keep Danny sitting up and to call again if anything changes. {ems_eta_minutes > 0: The medics are still {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.} You go down the stairs and out to your car. #sfx:footsteps #sfx:car_door
  Andre sits up with him. He keeps Danny talking, and when Danny's head starts to nod he shakes him and makes him walk the length of the room. {ems_eta_minutes > 0: The medics find them both awake.}
  -> END
- else:
  {withdrawal == "severe": Danny says he's fine. He says he just wants you gone. He is sitting on the edge of the couch, shaking, when you pull the door shut behind you.|Danny says he's fine. He says he wants to sleep. He's on the couch with his eyes closed when you pull the door shut behind you.} #sfx:footsteps #sfx:car_door
  Naloxone lasts half an hour, an hour at most. The fentanyl in a pressed pill lasts longer.
  {ems_eta_minutes > 0: When the medics knock, Danny opens the door a crack, tells them he's fine, and won't let them in. They can't make him. They leave.} {andre_arrested: Andre is in a holding cell across town. At noon the building manager comes up about the noise complaint and finds Danny on the couch, lips grey, breathing four times a minute.|Andre comes back at six, when it's light, and finds Danny on the couch, lips grey, breathing four times a minute.} Nobody was there when the naloxone wore off.
  -> END
}

=== the_end ===
{
- danny_arrested:
  The medics clear Danny for jail. You walk him down the stairs in handcuffs, in withdrawal, at half past three in the morning. At booking he is sick twice before they take his photograph.
- danny_going:
  The medics carry Danny down the stairs in the chair. At the bottom he lifts one hand off the blanket{andre_arrested:, toward the transport unit where Andre sits|, to you or to Andre, you can't tell}.
- danny_refused:
  Danny signs the refusal with a shaking hand. The medics pack up and go. {andre_here: Andre sits down next to him on the couch.|He is alone in the apartment when you leave.}
- not responsive:
  The medics carry Danny down the stairs, still breathing for him. He is in their hands now.
- else:
  The medics finish with Danny and go.
}
{andre_arrested: In the back of the transport unit, Andre Wallace waits for a ride to the county jail. He called 911 tonight. He will remember what happened when he did.}
{kit_left && not andre_arrested: The naloxone kit stays behind on the counter, where someone can reach it.}
"Two-Adam-Fourteen, I'm clear of Harlan." #speaker:officer #sfx:radio_dispatch
-> END
