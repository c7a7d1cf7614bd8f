// Naloxone isn't enough.
// Wendell "Del" Price, 52, two years under the Route 9 overpass and three weeks in a shelter bed,
// has injected what the camp calls tranq dope: fentanyl cut with xylazine, a veterinary sedative
// that naloxone does not reverse. Both forearms carry xylazine wounds. His friend Lonnie Haskins,
// barred from the shelter, came in through the fire door with him and called 911 from his phone.
// Marisol Ortega runs the overnight shift. Variants (scenario.json): one or two naloxone doses
// needed; breathing stops 90-150 s in unless naloxone works first; medics 8-12 minutes out.
// With xylazine on board (sedativeOnBoard) naloxone brings his breathing back and never wakes him:
// the engine writes `sedated`. The lessons: naloxone first, breathe for him until his own breathing
// is enough, roll him once it is, do not stack doses on a man who breathes, keep bare hands off the
// wounds, stay, and tell the medics it is probably xylazine.

VAR breathing = "slow"
VAR responsive = false
VAR pulse = true
VAR sedated = false
// Written by the engine: time without oxygen has passed the scenario's brain-injury figure.
VAR brain_injury = false
VAR doses_given = 0
VAR seconds_elapsed = 0
VAR ems_on_scene = false
VAR ems_eta_minutes = -1
VAR withdrawal = "none"
VAR caller_trust = 3
VAR caller_present = true
VAR officer_injured = false

// What the story remembers.
VAR sized_up = false
VAR gloved = false
VAR in_stall = true
VAR syringe_seen = false
VAR syringe_dealt_with = false
VAR lonnie_here = true
VAR reassured = false
VAR asked_lonnie = false
VAR lonnie_told = false
VAR clock_job = false
VAR clock_called = false
VAR first_dose_second = -1
VAR last_dose_second = -1
VAR on_side = false
VAR breathed_for_him = false
VAR rescue_rounds = 0
VAR cpr_rounds = 0
VAR pulse_checked = false
VAR quiet_minutes = 0
VAR normal_passes = 0
VAR breathing_back_second = -1
VAR wound_touched_bare = false
VAR wound_covered = false
VAR lonnie_cited = false
VAR xylazine_named = false
VAR kit_left = false
VAR referred = false

-> dispatch

=== dispatch ===
"Two-Adam-Fourteen, welfare check, Second Street Navigation Center, four-ten Second, under the Route 9 overpass. Male caller on a cell says his friend is out cold in the men's restroom. He hung up, and the callback rings out." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copy." #speaker:officer
Twenty to two in the morning. Rain drums on the overpass deck above the shelter, an old brick warehouse with its windows painted over. A woman in a fleece is holding the steel door open against the wind before you are out of the car. #sfx:car_door
-> at_the_door

=== at_the_door ===
"You're here for Del? Men's room, back left, past the dorm." Her lanyard reads MARISOL, OVERNIGHT. #event:on_scene #speaker:bystander
"Lonnie's in there with him. He's not even supposed to be in the building. And our Narcan box is empty: we used both on Tuesday." #speaker:bystander
* [Follow her back through the dorm at a jog]
  -> through_the_dorm
* [Ask her first what he took, and whether anyone saw him use #act:ask_what_taken target=bystander]
  "I don't know what he took. I don't go in the men's room." She is already walking. "Lonnie would know. Lonnie always knows." #speaker:bystander
  -> through_the_dorm

=== through_the_dorm ===
You follow her between rows of cots under half-lit strip lights: sixty people asleep, or pretending. A man sits up on one elbow to watch you pass. #sfx:footsteps
At the back, Marisol stops with her hand flat on the restroom door.
"Careful. There was smoke in there; they smoke it off foil too. Our day guy went to the ER last month after he cleaned up in there. He said it got into his lungs and he couldn't feel his hands." #speaker:bystander
From inside, a man's voice: "Del. Del. Come on, Del."
* [Stop in the doorway and take in the whole room before you go in #act:scene_size_up]
  -> size_up
* [Go straight in to him]
  -> at_the_stall
* [Let the door swing shut and get fire here with hazmat and air packs before anyone breathes that air #act:delay_for_exposure_fear target=self]
  -> hazmat

=== hazmat ===
You let the door swing shut and key your mic. "Two-Adam-Fourteen, I need fire with hazmat and air packs at Second Street Navigation Center. Possible fentanyl smoke in a restroom." #speaker:officer #sfx:radio_dispatch
"Copy. Fire is asking: do you need medics?" #speaker:dispatch
Marisol waits with you in the corridor, arms folded, nodding: better safe. Through the door you can hear Lonnie saying Del's name, louder each time.
Two minutes later Engine Six's captain comes on the air: they don't send hazmat to an overdose. Their crews work these calls in nitrile gloves, and smoke off a foil is gone from a room long before anyone gets there.
-> at_the_stall

=== size_up ===
~ sized_up = true
~ syringe_seen = true
From the doorway you take it in. Two stalls, two sinks, a wall-mounted sharps container beside the mirror. One way in; a window too small to climb through. The far stall door hangs open, and a pair of legs in wet jeans sticks out under it. A man in a rain-soaked army jacket is kneeling in the stall doorway. Nobody else. #bg:restroom
On the tile under the right hand of the man on the floor lies a syringe, orange cap off. A square of foil streaked black lies by the toilet. #event:syringe_found
You step in and slide the syringe clear of his hand, against the wall, with the side of your boot.
-> at_the_stall

=== at_the_stall ===
{not sized_up:
  ~ syringe_seen = true
  The restroom is small and bright and smells of burnt foil. #bg:restroom
  You drop to your knees in the stall doorway and your knee lands an inch from a syringe, orange cap off, lying under the man's right hand. #event:syringe_found
}
The man in the stall is in his fifties, wedged sitting between the toilet and the wall, chin on his chest. His lips are grey-blue. Both forearms are wrapped in grubby gauze; on the left the gauze has slipped, and under it is an open wound the size of a playing card, wet and dark at the edges. A snore, a long gap, another snore. #sfx:snoring
The kneeling man turns round: fifties, grey beard, a hospital bracelet from some other night still on his wrist. "Do you have Narcan? I rubbed his chest, I did the thing, he won't wake up. Hit him, man. Hit him with the Narcan." #speaker:caller
-> route

// Every pick comes back here: the patient's state decides where the story goes next.
=== route ===
{
- lonnie_here && not caller_present: -> lonnie_slipped_out
- not pulse: -> no_pulse
- ems_on_scene && not medics_arrive: -> medics_arrive
- ems_on_scene: -> with_medics
- else: -> beside_del
}

=== beside_del ===
~ temp settled = sedated && (on_side || normal_passes >= 3)
{breathing == "none" && not breathing_stops: -> breathing_stops}
{breathing == "slow" && breathing_stops && not first_breaths: -> first_breaths}
{lonnie_here && caller_trust <= 1: -> lonnie_bolts}
{lonnie_here && doses_given > 0 && not hit_him_again: -> hit_him_again}
{settled && lonnie_here && not still_out: -> still_out}
{settled && lonnie_here && still_out && not marisol_trespass: -> marisol_trespass}
{settled && (still_out || not lonnie_here) && not dispatch_holding: -> dispatch_holding}
{settled && lonnie_here && lonnie_told && dispatch_holding && not lonnie_asks: -> lonnie_asks}
{breathing:
- "slow":
  {&A snore, a long wet gap you find yourself counting through, another snore.|His chest barely lifts under his sweater. The snore comes again, slower.|You count the gap between two breaths and get to eleven.} {breathing_stops: He's breathing on his own again, but four or five times a minute at most.} His lips are still grey.
- "none":
  His chest doesn't move. No snore. Out in the dorm somebody coughs, and the hand dryer ticks as it cools.
- else:
  ~ normal_passes++
  {normal_passes == 1:
    ~ breathing_back_second = seconds_elapsed
    {breathed_for_him: Between two of your breaths his chest rises on its own, then again, then again.|His chest starts to rise on its own, deeper, steadier.} Twelve, fourteen breaths a minute. The grey drains out of his lips.
    "Del!" Lonnie shouts into his ear. "Del, wake up!" Nothing. His eyes stay shut. #speaker:caller
  - else:
    {&He's breathing steadily on his own. His eyes stay shut and his jaw hangs slack.|His chest rises and falls, slow and even. When you say his name, nothing.|Fourteen breaths a minute, and his colour is better. He could be asleep, except that nothing wakes him.|When you lift his eyelid, his eye rolls away from the light.} {on_side: He's on his side on the tile, top knee bent.|He's on his back, his head lolling to one side.}
  }
}
{withdrawal == "severe" && sedated: He's sweating and shaking and his legs kick, and he retches without waking. {not on_side: On his back like this he could choke on whatever comes up.}}
{clock_job && not clock_called && doses_given == 1 && breathing != "normal" && seconds_elapsed - first_dose_second >= 120:
  ~ clock_called = true
  "That's two minutes!" Lonnie calls, pointing at the clock over the sinks. #speaker:caller
}
{doses_given > 0 && breathing != "normal": {seconds_elapsed - last_dose_second < 120: The last spray went in less than two minutes ago.|It has been more than two minutes since the last spray.}}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {not gloved} [Pull on nitrile gloves #act:don_gloves]
  ~ gloved = true
  The gloves snap at your wrists.
  -> route
* [Shout his name and grind your knuckles into his breastbone #act:check_responsiveness target=patient]
  "Del! Del, can you hear me?" You dig your knuckles into his sternum, hard. Nothing: not a flinch, not a groan. When you thumb up an eyelid, the pupil is a pinpoint.
  -> route
+ [Tip his head back, put your cheek by his mouth and watch his chest #act:check_breathing target=patient]
  {breathing:
  - "slow": One breath in ten seconds, shallow, with the snore riding on it. With his head tipped back the snore is quieter.
  - "none": Nothing on your cheek. Nothing in his chest.
  - else: His breath is warm and steady on your cheek. Fourteen a minute.
  }
  -> route
* {ems_eta_minutes < 0} [Key your radio: medics, suspected opioid overdose #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to Second Street Navigation Center, four-ten Second, the men's restroom. Male in his fifties, unresponsive, {breathing == "none": not breathing|{breathing == "slow": breathing maybe five a minute|breathing, but not waking}}, suspected opioid overdose. I'm giving naloxone." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Twelve is coming from County General, about {ems_eta_minutes} minutes out. It's a busy night." #speaker:dispatch
  -> route
* {lonnie_here} {not reassured} [Tell Lonnie nobody here is in trouble for calling, him included #act:reassure_good_samaritan target=caller]
  -> reassure_lonnie
+ {doses_given == 0} [Spray naloxone into his nose #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [Give him the second spray, other nostril #act:naloxone_nasal target=patient]
  -> spray
+ {breathing != "normal"} {in_stall} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Drag him out of the stall by the ankles, lay him flat and breathe for him through the face shield #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {breathing != "normal"} {not in_stall} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Tilt his head back and breathe for him through the face shield, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {in_stall} [Get hold of his forearms and haul him out of the stall so you have room to work #act:touch_wounds target=patient]
  -> by_the_forearms
+ {breathing == "normal"} {not on_side} [Roll him onto his side, top knee bent, head tilted back so his airway stays open #act:recovery_position target=patient]
  -> roll_him
+ {breathing != "none"} {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Stay beside him, two fingers on his wrist, and count his breaths #act:monitor target=patient]
  -> count_breaths
* {sedated} [Try to rouse him again: shout, rub his breastbone, pinch the web of his hand #act:check_responsiveness target=patient]
  "Del! Open your eyes for me!" You grind your knuckles into his sternum and pinch the web of his thumb, hard. A groan, somewhere far down. His eyes move under the lids. Nothing more.
  -> route
* {breathing == "normal"} {not wound_covered} [Cover the open wound on his forearm with a clean gauze pad from your kit #act:touch_wounds target=patient]
  -> cover_wound
* {syringe_seen} {not syringe_dealt_with} {breathing == "normal"} {on_side} [Deal with the syringe on the floor before somebody kneels on it]
  -> the_syringe
* {lonnie_here} {not asked_lonnie} [Ask Lonnie what Del took, and when #act:ask_what_taken target=caller]
  -> lonnie_answers
* {lonnie_here} {asked_lonnie} {not lonnie_told} {reassured} [Ask Lonnie again what Del took, now that he knows nobody's in trouble #act:ask_what_taken target=caller]
  -> lonnie_answers
* {lonnie_here} {lonnie_told} [Ask Lonnie who's selling the tranq dope under the 9. If there's a bad batch, people need to know #act:ask_drug_source target=caller]
  Lonnie looks at you for a long moment. "Everybody. Nobody. It's all the same dope, man." He won't look at you now. #speaker:caller
  -> route
+ {sedated} {ems_eta_minutes < 0} {quiet_minutes >= 4} [He's breathing. Leave him on his side with Marisol and clear the call #act:leave_scene]
  -> left_early
+ [{ems_eta_minutes >= 0: Step back and wait for the medics|Step back and give it a moment} #act:wait]
  You get up off the tile and step back to the sinks. Thirty seconds is a long time to watch. {breathing == "none" && breathing_stops: Nobody breathes for him.}
  -> route

=== reassure_lonnie ===
~ reassured = true
"Lonnie, look at me. You did the right thing calling. Nobody here is in trouble for it: not you, not Del. I'm here for him." #speaker:officer
Lonnie's shoulders come down an inch. He glances at Marisol, then back at you. "Okay," he says. "Okay." #speaker:caller
-> route

=== lonnie_answers ===
~ asked_lonnie = true
{caller_trust >= 5:
  ~ lonnie_told = true
  "Tranq dope. From the guys under the 9. Everything down there's got the tranq in it now, the horse stuff. That's what his arms are from." He swallows. "He did a shot maybe twenty minutes ago. Said he was going to do half." #speaker:caller #event:bystander_disclosed
- else:
  "I don't know, man. I just found him like this." He looks at Marisol, and then at the fire door. #speaker:caller
}
-> route

=== spray ===
~ last_dose_second = seconds_elapsed - 20
{doses_given:
- 1:
  ~ first_dose_second = last_dose_second
  You tear the box open, tip his head back, put the nozzle in his nostril and press the plunger. A short hiss. #sfx:naloxone_spray
  The back of the box says: if there is no response in two to three minutes, give the second device in the other nostril, and keep him breathing until help arrives.
- 2:
  {in_stall: Other nostril.|Other nostril, kneeling at his head.} Press. A short hiss. That's both devices in your box. #sfx:naloxone_spray
- else:
  Lonnie's device, a third nostril's worth. Press. A short hiss. #sfx:naloxone_spray
}
{withdrawal == "severe" && sedated:
  Within a minute his heart is hammering under your hand. He breaks into a sweat, his legs jerk, he gags and retches, and his eyes stay shut. The naloxone has nothing left to reverse but the opioid that was holding off his withdrawal. The tranq still has him.
}
-> route

=== rescue_breaths ===
~ breathed_for_him = true
~ rescue_rounds++
{in_stall:
  ~ in_stall = false
  You take him by the ankles and pull. He slides out of the stall on his back, head lolling, and you push the foil out of the way with your boot.
}
{on_side: You roll him onto his back again.}
~ on_side = false
{breathing:
- "normal":
  Halfway through a breath his chest heaves under your hand on its own, and then again. You sit back and watch him breathe.
- else:
  {&You tilt his head back, pinch his nose, seal the shield over his mouth and give a slow breath. His chest rises. Count five. Again.|Breathe, count five, breathe. The shield's valve clicks each time.|Twelve breaths a minute. The tile is cold and hard under your knees.} {breathing == "none": Between your breaths, nothing of his own.|Between your breaths his own come, shallow and far apart.}
}
-> route

=== by_the_forearms ===
~ in_stall = false
You get a hand round each of his forearms and heave. The gauze on his left arm slides under your grip and peels away, and he comes out of the stall on his back.
{gloved:
  Your gloves come away smeared yellow and red. Under the gauze the wound is deeper than it looked: the skin simply gone, the edges black.
- else:
  ~ wound_touched_bare = true
  Under your bare fingers the skin is wet and gives like overripe fruit. When you let go, your palm is slick with blood and yellow fluid, and there is a cut on your knuckle from this morning. You wipe your hand on your trousers. It will have to wait.
}
-> route

=== roll_him ===
~ on_side = true
{in_stall: You slide him out of the stall by his shoulders onto the open tile.}
~ in_stall = false
You ease him onto his side, taking him by the shoulder and hip rather than the bandaged arms. Top knee bent so he can't roll, head tilted back, his hand under his cheek. His airway is open; nothing is in his mouth.
{lonnie_here: "That's it? That's all?" Lonnie says. #speaker:caller}
-> route

=== count_breaths ===
~ quiet_minutes++
You kneel with two fingers on his wrist and count.
{breathing:
- "slow": Four breaths in a minute. Then five. His lips don't pink.
- "none": He stops. You wait for the next breath, and it doesn't come.
- else: Fourteen breaths in a minute, even and deep. He doesn't stir.
}
-> route

=== cover_wound ===
~ wound_covered = true
You lay a clean gauze pad from your kit over the open wound and wrap it loosely in place.
{gloved:
  Through your gloves you can feel the heat coming off the skin around it. That's all it needs from you tonight; the medics and a wound clinic can do the rest.
- else:
  ~ wound_touched_bare = true
  Only when the fluid soaks through the pad onto your fingers do you realise you never put your gloves on. Your fingers are wet with it, and there is a cut on your knuckle from this morning.
}
-> route

=== the_syringe ===
The syringe lies against the wall where it ended up, orange cap beside it. The sharps container is on the wall by the mirror.
* [Pick it up by the barrel, needle pointing away, and drop it into the sharps container #act:pick_up_syringe #act:dispose_sharps_safely]
  ~ syringe_dealt_with = true
  You pick it up by the barrel, point down and away, and drop it through the container's flap. It rattles down among the others. #sfx:sharps_container
  {not gloved: Only then do you think about your bare hand.}
  -> route
* [Put the orange cap back on first so nobody gets stuck, then drop it in the container #act:pick_up_syringe #act:recap_needle #act:dispose_sharps_safely]
  ~ syringe_dealt_with = true
  You hold the cap between finger and thumb and guide the needle toward it. It skids off the rim of the cap once, a hair from your thumb, before it goes in. You drop it through the container's flap. #sfx:sharps_container
  -> route
* [Pick it up carefully and put it in your jacket pocket to dispose of at the station #act:pick_up_syringe #act:pocket_syringe]
  ~ syringe_dealt_with = true
  You slide it into the side pocket of your jacket, needle down. The pocket is the one you put your hand in for your notebook.
  -> route

=== hit_him_again ===
"Hit him again!" Lonnie has hold of your sleeve. "Give him the other one! He always needs two, man. Last time under the bridge it took three." #speaker:caller
* [Give him the second spray now: Lonnie knows him #act:naloxone_nasal target=patient]
  -> spray
* [Tell Lonnie it takes two or three minutes to work, and give him a job: watch the clock over the sinks #time:10]
  ~ clock_job = true
  "It takes two or three minutes. Watch that clock and tell me when it's been two." #speaker:officer
  Lonnie lets go of your sleeve and turns to the clock, lips moving.
  -> route
* [Tell Lonnie to get back and let you work #time:5]
  "Back up. Let me work." #speaker:officer
  Lonnie backs up to the stall door and stands there, hands opening and closing.
  -> route

=== breathing_stops ===
{rescue_breaths:
  Under your hands, between your breaths, his own give out: one heave, another, a long pull that sounds like it hurts. Then nothing of his own. #sfx:agonal_breathing
- else:
  The snoring stops. His chest gives one heave, then another, a long pull that sounds like it hurts. Then nothing. #sfx:agonal_breathing
}
{lonnie_here: "He's not breathing," Lonnie says. "Is he breathing? He's not breathing." #speaker:caller}
* [{in_stall: Drag him out of the stall by the ankles and breathe for him|Breathe for him}: face shield on, head tilted back, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Spray naloxone into his nose #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Give him the second spray now: he's stopped breathing #act:naloxone_nasal target=patient]
  -> spray
* [Start chest compressions #act:cpr target=patient]
  ~ in_stall = false
  You drag him flat onto the tile and push, hard and fast, in the middle of his chest. Thirty, then two breaths. Two minutes of it.
  -> route
* [There was smoke in here. Keep your mouth away from him and wait for the medics' bag-valve mask #act:delay_for_exposure_fear target=self]
  You kneel beside him with your hands on your thighs and watch his chest not move. Two minutes. {lonnie_here: Lonnie is saying something over and over, and it takes you a while to hear that it's Del's name.}
  -> route

// Two doses needed: the first lifts breathing back to slow, which is not enough.
=== first_breaths ===
Under your hands his chest heaves on its own: a snore, dragged up from somewhere deep. Then nothing. Then, a long time later, another. #sfx:snoring
{lonnie_here: "He's breathing!" Lonnie grabs your shoulder. "He's breathing, man, you did it!" #speaker:caller}
His lips are still grey. You count four breaths in a minute, maybe five.
* [Keep breathing for him: four breaths a minute is not enough #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 1} [Give him the second spray, other nostril: it has been more than two minutes #act:naloxone_nasal target=patient]
  -> spray
* [Sit back and let him breathe on his own while you watch his chest #act:monitor target=patient]
  -> count_breaths

=== still_out ===
"Why isn't he waking up?" Lonnie is on his knees at Del's head. "He's breathing, so why isn't he waking up? {doses_given >= 2: Here, use mine. I got it off the van.|You've got another one, I saw it.} Hit him again. He always needs two, man." #speaker:caller
{doses_given >= 2: He pushes a Narcan box into your hand.}
* {doses_given == 1} [Give Del the second spray: Lonnie knows him, and he still isn't waking #act:naloxone_nasal target=patient]
  -> spray
* {doses_given >= 2} [Use Lonnie's spray for a third dose: fentanyl this strong can take three #act:naloxone_nasal target=patient]
  -> spray
* [Tell Lonnie his breathing is back, which is what naloxone does; the tranq isn't an opioid, and more naloxone won't touch it #time:15]
  "Lonnie. Naloxone's job was his breathing, and he's breathing. What's keeping him under is the tranq, and naloxone doesn't touch tranq. Another dose would just throw him into withdrawal while he's still out. He needs his airway kept open and the medics." #speaker:officer
  Lonnie stares at Del's chest going up and down. "So we just wait?" #speaker:caller
  "We watch him breathe, and we wait." #speaker:officer
  -> route
* [Rub ice on his neck and chest the way Lonnie says they do under the bridge: the cold might bring him round #act:folk_remedy target=patient]
  Marisol brings a cup of ice from the staff fridge. You rub it on his neck and under his sweater. His skin puckers and reddens. He doesn't stir.
  -> route
* [Tell Lonnie that if he can't calm down, he can wait in the back of your car #act:threaten_arrest target=caller]
  "Calm down, or you can wait in the back of my car." #speaker:officer
  Lonnie goes quiet. He backs away to the stall door and looks at the fire door instead of at Del.
  -> route

=== marisol_trespass ===
Marisol crouches beside you and keeps her voice down. "Officer. When this is over: Lonnie's barred. He put a man in the hospital here in August. He came in through the fire door tonight, and I've got sixty people asleep out there. I need him trespassed on paper, or my director has my job." #speaker:bystander
Lonnie hears it. He looks at the fire door.
* [Write Lonnie the trespass citation she's asking for: it's her building #act:cite reason=other target=caller]
  -> cite_lonnie
* [Give Lonnie a verbal trespass warning instead of a ticket: if he comes back, he's arrested #act:threaten_arrest target=caller]
  "Lonnie, you're trespassed from this building. After tonight, if you come back, you're under arrest." #speaker:officer
  "Yeah," Lonnie says. "Sure." He doesn't look at you again.
  -> route
* [Tell her the bar is the shelter's business; tonight Lonnie is the man who called 911, and you need him here #time:10]
  "Your bar is your business, and you can tell him tomorrow. Tonight he's the man who called 911 for Del, and I need him here." #speaker:officer
  Marisol opens her mouth, closes it, and nods. Lonnie lets out a breath.
  -> route

=== cite_lonnie ===
~ lonnie_cited = true
~ lonnie_here = false
You write the citation on your knee beside Del. Lonnie takes it, folds it into his jacket and stands up.
"I called you," he says. "I'm the one who called." He goes out through the fire door into the rain, and the alarm on it goes off for a few seconds and stops. #speaker:caller #event:caller_left #sfx:footsteps
-> route

=== dispatch_holding ===
"Two-Adam-Fourteen, are you available? I'm holding a man with a knife at the Quik Stop, Second and Vine. Next unit is eleven minutes out." #speaker:dispatch #sfx:radio_dispatch
Del is breathing on his own{on_side:, on his side}. Marisol is right here. {ems_eta_minutes > 0: Medics are still {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.|{ems_eta_minutes == 0: The medics are about to pull up.|Nobody has sent medics.}}
* [Tell dispatch you're staying with your patient until the medics have him #time:5]
  "Two-Adam-Fourteen, negative. I'm staying with an unconscious overdose patient until medics take him." #speaker:officer #sfx:radio_dispatch
  "Copy. I'll pull a unit from the east side." #speaker:dispatch
  -> route
* [He's breathing and staff are with him: show Marisol how to keep him on his side, and take the knife call #act:leave_scene]
  -> left_early

=== lonnie_asks ===
Lonnie sits back on his heels. He pulls up the leg of his jeans: on his shin, a dark scab the size of a quarter, the skin round it angry red. #event:asks_for_help target=caller
"Mine's starting too. Where do you even go for this? The ER gives you a shot and a lecture and tells you to quit." #speaker:caller
* [Tell him about the Eastside Health Outreach van under the 9: wound care Tuesdays and Fridays, xylazine test strips, no names taken #act:offer_referral to=ssp target=caller]
  -> referral_van
* [Tell him the only real fix is detox, and next time you find him using it's detox or jail #act:coerce_referral target=caller]
  "The only fix for that is to stop. Next time I find you using, it's detox or jail." #speaker:officer
  Lonnie pulls his jeans back down over the scab. "Right," he says.
  -> route
* [Tell him the medics can look at it when they get here #time:5]
  "Show the medics when they get here." #speaker:officer
  Lonnie nods, and pulls his jeans back down.
  -> route

=== referral_van ===
~ referred = true
"The Eastside Health Outreach van parks under the 9 on Tuesdays and Fridays. Their nurse does wound care, for his arms and your leg. They've got test strips that show tranq, and nobody asks for your name." #speaker:officer
{caller_trust >= 6:
  "Nadia's van? I know Nadia." Lonnie takes the card and puts it inside his jacket, where it will stay dry. #speaker:caller #event:referral_accepted
- else:
  Lonnie looks at the card. He lets you put it on the tile beside him. #speaker:caller #event:referral_declined
}
-> route

=== lonnie_bolts ===
~ lonnie_here = false
When you look up, Lonnie is gone. The fire door is swinging shut behind him, and its alarm whoops twice and stops. #event:caller_left #sfx:footsteps
-> route

// An instructor can make Lonnie leave at any moment (the caller_left inject): the story notices here.
=== lonnie_slipped_out ===
~ lonnie_here = false
When you glance round, Lonnie is gone. The fire door is swinging shut. Nobody is left who knows what Del took.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  ~ in_stall = false
  You press two fingers into the side of his neck and wait. Nothing. The other side. Nothing.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Start CPR: hard and fast in the centre of his chest, two breaths after every thirty #act:cpr target=patient]
  ~ cpr_rounds++
  You count out loud to keep the rhythm. Thirty. Two breaths. Thirty. The tile bites into your knees.
  -> route
* {ems_eta_minutes < 0} [Get on the radio for medics #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to Second Street Navigation Center, four-ten Second. Male, no pulse, CPR in progress." #speaker:officer #sfx:radio_dispatch
  "Copy, Medic Twelve is coming from County General, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route

=== medics_work_code ===
Two medics come through the dorm at a run with a monitor and an airway bag. One takes over compressions; the other gets a tube in and starts bagging. #sfx:footsteps
"How long has he been down? What did he get?" #speaker:ems
* [Tell them what you found, what you gave and when, and how long he went without breathing #act:handoff_to_ems target=patient]
  You give it to them straight: {doses_given == 0: no naloxone|{doses_given == 1: one dose|{doses_given == 2: two doses|three doses}} of naloxone}, the times as near as you can say them, how long he lay without breathing.
* [Step back against the sinks and let them work]
  They work without your answers.
- They work on Wendell Price for twenty-five minutes on the restroom floor while Marisol keeps the dorm back. At 2:31 the medic says the time out loud.
{lonnie_here: Lonnie sits against the wall under the hand dryer with his face in his hands.|Nobody is there who knew him.}
-> END

=== medics_arrive ===
Boots in the dorm, the rattle of a stretcher between the cots. Two medics from Medic Twelve come through the door with a monitor and an airway bag. #sfx:siren #sfx:footsteps
{breathing == "normal": One kneels at Del's head, looks, and reaches for the oxygen. "Breathing okay. Not waking."|One drops to her knees at Del's head with the bag-valve mask and starts squeezing. "He's barely moving air."}
"What've we got?" the other asks you. #speaker:ems
* [Hand over what you found and gave, and that you suspect xylazine:{lonnie_told: his friend says it was tranq dope| he hasn't woken after naloxone}, and the wounds on his arms #act:handoff_to_ems target=patient #act:report_suspected_xylazine target=patient]
  ~ xylazine_named = true
  "Wendell Price, goes by Del, fifties. Found unresponsive in the stall, pinpoint pupils, {breathed_for_him: not breathing, so I breathed for him|breathing maybe five a minute}. {doses_given == 0: No naloxone.|{doses_given == 1: One dose of four-milligram nasal naloxone.|{doses_given == 2: Two doses of four-milligram nasal naloxone.|Three doses of nasal naloxone.}}}" #speaker:officer
  {
  - normal_passes > 0: "His breathing came back {(seconds_elapsed - breathing_back_second) / 60 <= 1: a minute or so|about {(seconds_elapsed - breathing_back_second) / 60} minutes} ago, but he hasn't woken at all." #speaker:officer
  - breathing == "slow": "He's breathing on his own now, but only four or five times a minute." #speaker:officer
  - else: "He's not breathing on his own." #speaker:officer
  }
  "{lonnie_told: His friend says it was tranq dope.|I think there's xylazine in it.} Look at his forearms.{brain_injury: He went a long time without enough air.}{wound_touched_bare: And I got his wound fluid on my bare hand.}" #speaker:officer
  The medic looks at the gauze and nods. {breathing == "normal": "Tranq. Okay. Then nobody chases him with more Narcan. We keep his airway, oxygen, and County looks at those arms."|"Tranq, and the opioid's still winning too. We bag him and give him enough naloxone to breathe, and not a drop more to wake him."} #speaker:ems
* [Hand over what you found, how many doses you gave and when, and how he's breathing now #act:handoff_to_ems target=patient]
  "Wendell Price, goes by Del, fifties. Found unresponsive in the stall, pinpoint pupils. {doses_given == 0: No naloxone.|{doses_given == 1: One dose of four-milligram nasal naloxone.|{doses_given == 2: Two doses of four-milligram nasal naloxone.|Three doses of nasal naloxone.}}} {breathing == "normal": He's breathing on his own now.|He's barely breathing.}" #speaker:officer
  The medic frowns at Del. "And still not waking after that? Let's give him another two of Narcan." She is drawing it up before you think to say anything else. #speaker:ems
* [Step back and let them work. They'll see for themselves]
  You step back to the sinks. The medic looks round for you. "Officer? Did he get anything? How much, when?" #speaker:ems
  By the time you have pieced it together for her, she has stopped asking, and is drawing up more naloxone.
- -> route

=== with_medics ===
{not name_asked: -> name_asked}
{lonnie_here && not marisol_trespass: -> marisol_trespass}
{lonnie_here && lonnie_told && not lonnie_asks: -> lonnie_asks}
{xylazine_named:
  {breathing == "normal": The medics have Del on oxygen, on his side on the stretcher, a monitor beeping steadily. Nobody reaches for the naloxone.|The medics are bagging Del on the stretcher, one squeeze every five seconds, the monitor beeping. One of them gives a single small dose of naloxone for his breathing, and then no more.}
- else:
  The medic's extra naloxone has gone in. Del is sweating and gagging, his heart rate climbing on the monitor, and his eyes are still shut. The medics roll him onto his side as he vomits.
}
* {not xylazine_named} [Tell the medic you think it's xylazine: breathing back, not waking, and those wounds #act:report_suspected_xylazine target=patient]
  ~ xylazine_named = true
  "I think there's xylazine in it. Tranq. His breathing came back and he never woke, and look at his forearms." #speaker:officer
  The medic stops, looks at the gauze, and puts the syringe down. {breathing == "normal": "That would explain it. Okay. Airway and oxygen, and no more Narcan."|"That would explain it. Okay. Enough naloxone to keep him breathing, and not a drop more."} #speaker:ems
  -> route
* {syringe_seen} {not syringe_dealt_with} [Deal with the syringe on the floor before you go]
  -> the_syringe
* {lonnie_here} {not kit_left} [Give Lonnie a leave-behind naloxone kit and show him how it works #act:leave_naloxone_kit target=caller]
  -> leave_kit
* [Take the foil and the rest of his works from the stall, for evidence #act:seize_paraphernalia]
  You bag the foil and the cooker from behind the toilet and seal the envelope. {lonnie_here: Lonnie watches the envelope go into your pocket.}
  -> route
+ [Clear the call #act:leave_scene]
  -> the_end

=== name_asked ===
The medic with the clipboard looks up. "Do we have a name on him? Date of birth?" #speaker:ems
"His bag's in his cubby," Marisol says. "His ID's in it, I think." #speaker:bystander
* [Get his backpack from the cubby and go through it for his ID #act:search_bag target=patient]
  Marisol brings it. You unzip it on the sink: a state ID, wound dressings in a paper bag from the van, a Bible, a folded housing application, a baggie with two syringes still in their wrappers. Marisol watches you do it. {lonnie_here: So does Lonnie.}
  -> route
* [Feel in his jacket pockets for a wallet #act:reach_into_pocket target=patient]
  You push your hand into the pocket of his jacket. Something bites into your fingertip. You pull your hand out with a loose needle hanging from the glove, then not hanging, then gone somewhere on the tile. #event:needlestick
  There is a bead of blood on your fingertip. You squeeze it and swear.
  -> route
* [Ask Marisol for his intake sheet: name, date of birth, and who to call #time:15]
  Marisol comes back from the office with a clipboard. "Wendell Price. Date of birth March eleventh, seventy-three. Emergency contact is a sister in Dayton." #speaker:bystander
  The medic writes it on the back of her glove. #speaker:ems
  -> route

=== leave_kit ===
~ kit_left = true
You take a leave-behind kit from your vest: two nasal sprays, a face shield, a card with the county's overdose line. You show Lonnie where the nozzle goes, where to press, to wait two or three minutes before the second, and to breathe for whoever it is in between.
"And if he's breathing but won't wake up, like Del?" #speaker:caller
"Then no more spray. On his side, watch him breathe, and call 911." #speaker:officer
Lonnie turns the box over in his hands and puts it inside his jacket.
-> route

=== left_early ===
You show Marisol how to keep him on his side, top knee bent, and to shout for help if his breathing changes. "Two-Adam-Fourteen, en route to the Quik Stop." #speaker:officer #sfx:footsteps #sfx:car_door
Naloxone lasts half an hour, an hour at most. The fentanyl he injected lasts longer, and the tranq longer still.
{ems_eta_minutes >= 0:
  Marisol kneels beside him on the tile. Before the medics get there his breathing slows to a snore, then to a long gap, then another. She shakes him and shouts for the other staffer, who has never done rescue breaths. The medics come through the dorm to find him grey again, and bag him all the way to County General.
- else:
  Marisol waits for the medics she thinks you called. At a quarter to three his breathing slows to a snore, then to a long gap. She calls 911 herself. Nobody had called them before.
}
{officer_injured: Later you drive yourself to the emergency room for bloodwork and post-exposure medication, and spend three months waiting for the results.}
-> END

=== the_end ===
The medics wheel Del out between the cots, past sixty people pretending to be asleep, and out into the rain under the overpass. {xylazine_named: They take him to County General on oxygen, on his side, with a note about the wounds.|He goes to County General in hard withdrawal, still unconscious.}
{brain_injury: He will wake in the afternoon, and for weeks he will not remember which bed was his, or Lonnie's name.}
{lonnie_here: Lonnie walks beside the stretcher as far as the door. {kit_left: The naloxone kit is a square shape inside his jacket.}|{lonnie_cited: The trespass citation goes into the system. Lonnie does not call 911 the next time, under the overpass, when it is somebody else.}}
{officer_injured: Then you drive yourself to the emergency room for bloodwork and post-exposure medication, and spend three months waiting for test results.}
{wound_touched_bare && not officer_injured: In the car you scrub your hand with alcohol gel twice, and then again, and look at the cut on your knuckle for a long time.}
"Two-Adam-Fourteen, I'm clear of Second Street." #speaker:officer #sfx:radio_dispatch
-> END
