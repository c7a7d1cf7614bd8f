// The locked restroom.
// A store manager wants a woman removed from his customer restroom. Kayla Briggs, 26, has injected
// what she thought was heroin; it is fentanyl. A delivery rider who knows her films everything.
// She is dependent enough that any reversal brings severe withdrawal (scenario.json), so she wakes
// sick and furious and refuses to go to hospital. Breathing stops 150 s in unless naloxone works.
// Her hoodie pocket holds needles: a blind reach into it is a needlestick. Version 3 follows
// physiology revision 2: her breathing comes back a minute or three before she wakes, and that is
// when the recovery position is offered and scored. The used syringe on the floor is picked up
// gloved, by the barrel, and dropped into the sharps tube as found: never recapped.

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
VAR caller_trust = 4
VAR caller_present = true
VAR officer_injured = false

// What the story remembers.
VAR sized_up = false
VAR gloved = false
VAR syringe_seen = false
VAR syringe_by_wall = false
VAR syringe_dealt = false
VAR syringe_pocketed = false
VAR breathing_back_seen = false
VAR jules_asks_why = false
VAR explained = false
VAR kayla_held = false
VAR searched_after_no = false
VAR jules_here = false
VAR reassured = false
VAR asked_jules = false
VAR jules_told = false
VAR first_dose_minute = -1
VAR first_dose_second = -1
VAR on_side = false
VAR breathed_for_her = false
VAR rescue_rounds = 0
VAR cpr_rounds = 0
VAR quiet_minutes = 0
VAR pulse_checked = false
VAR kayla_restrained = false
VAR kayla_arrested = false
VAR kayla_cited = false
VAR transport_asked = false
VAR kayla_refused = false
VAR refusal_respected = false
VAR kit_left = false
VAR referred = false

-> dispatch

=== dispatch ===
"Two-Adam-Fourteen, Ninth Street Market, nine hundred Alder. Manager reports a female in the customer restroom for about forty minutes. She won't come out and won't answer. He wants her removed." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copy." #speaker:officer
Quarter past four on a grey afternoon. School is out, and the market is full of teenagers buying chips and energy drinks. You park in the fire lane. #sfx:car_door
-> at_the_counter

=== at_the_counter ===
The manager is waiting for you at the register with a ring of keys in his hand: late fifties, a store polo with RICK on the name tag, the face of a man who has had this afternoon before. #event:on_scene
"Finally. She's in the back. Third time this month somebody's done this in my bathroom. I want her out, and I want her trespassed." #speaker:caller
He slides a state ID card across the counter. "Her bag was by the door. That's her, Kayla something. Run her. She's been lifting stuff, I guarantee it." #speaker:caller
* [Leave the ID on the counter and go back to the restroom with him]
  -> restroom_door
* [Take the ID and run her for warrants before you go back #act:warrant_check target=patient]
  -> running_kayla

=== running_kayla ===
"Two-Adam-Fourteen, run one for wants. Briggs, Kayla." #speaker:officer #sfx:radio_dispatch
Rick nods, satisfied, and rings up a customer while you wait. A boy buys two sodas and a lighter. The radio is busy with a crash on the freeway.
"Two-Adam-Fourteen, Briggs, Kayla: no wants, no warrants. Two prior trespass warnings at that address." #speaker:dispatch #sfx:radio_dispatch
Two minutes, near enough. Rick leads you to the back.
-> restroom_door

=== restroom_door ===
The customer restroom is at the end of a short hallway past the walk-in cooler: one steel door, locked from inside. #sfx:footsteps
* [Knock hard and call her name #time:10]
  You pound on the door with the side of your fist. "Kayla? Police. Are you okay in there?" #speaker:officer #sfx:door_knock
  Nothing. Then, faintly, through the steel: a snore. Long, wet, wrong. #sfx:snoring
  "Open it," you tell Rick, and he turns the key.
  -> the_doorway
* [Tell Rick to unlock it now]
  Rick turns the key.
  -> the_doorway

=== the_doorway ===
The door swings in on a small white room that smells of bleach and vomit. #bg:restroom
A woman in her twenties is on the tile between the toilet and the wall, slumped sideways, head hanging forward onto her chest. Grey hoodie, one sneaker off. Her lips are blue. A snore; nothing; another snore. #sfx:snoring
"There's powder on the sink," Rick says behind you. "I'm not having my people touch that. Isn't that the stuff that kills cops just from touching it?" #speaker:caller
* [Stop in the doorway and look the room over before you step in #act:scene_size_up]
  -> size_up
* [Go straight to her]
  -> needle_on_the_floor
* [Feel her hoodie pockets for needles before you work on her #act:reach_into_pocket target=patient]
  -> needle_in_the_pocket
* [Step back out and radio for fire with hazmat gear to clear the room first #act:delay_for_exposure_fear target=self]
  -> hazmat

=== size_up ===
~ sized_up = true
~ syringe_seen = true
~ syringe_by_wall = true
From the doorway you take it in. One small room, one way in, nobody else. Beside her right hand on the floor, a used syringe with its orange cap off, needle up. #event:syringe_found
A bent spoon with a twist of cotton on the toilet tank. On the sink, a small wax-paper bag and a dusting of white powder.
You slide the syringe away from her hand and against the wall with the edge of your boot, where nobody will kneel on it.
-> route

=== needle_on_the_floor ===
~ syringe_seen = true
You drop to one knee beside her and put a hand down on the tile to brace yourself. Something bites into the heel of your hand. #event:needlestick
A used syringe, under her fingers, needle up. #event:syringe_found
There's a bead of blood in your palm. You squeeze the wound, swear once, and keep going; there is no time for it now.
-> route

=== needle_in_the_pocket ===
~ syringe_seen = true
You push your hand into the front pouch of her hoodie. Something bites into your fingertip. You pull your hand out with a loose syringe hanging from it, then not hanging, then rolling on the tile by the toilet. #event:syringe_found
There's a bead of blood on your fingertip. You squeeze it, swear once, and kneel beside her.
-> route

=== hazmat ===
You back out into the hallway and key your mic. "Two-Adam-Fourteen, I need fire with hazmat at Ninth Street Market. Possible fentanyl powder in a restroom." #speaker:officer #sfx:radio_dispatch
"Copy. Fire is asking if you need medics." #speaker:dispatch
Rick stands with you by the cooler, arms folded, nodding: better safe than sorry. Through the open door you can hear her snore. The gaps between the snores are getting longer.
Two minutes later Engine Eleven's lieutenant comes on the air: they don't send hazmat to an overdose. Their crews work these calls in nitrile gloves.
~ syringe_seen = true
~ syringe_by_wall = true
You go back in. Before you kneel you see it: a used syringe by her right hand, orange cap off, needle up. You push it against the wall with the side of your boot. #event:syringe_found
-> route

// Every pick comes back here: the patient's state decides where the story goes next.
=== route ===
{
- not caller_present && not rick_leaves && not rick_walked_off: -> rick_walked_off
- not pulse: -> no_pulse
- responsive && not kayla_wakes: -> kayla_wakes
- ems_on_scene && not medics_arrive: -> medics_arrive
- ems_on_scene: -> with_medics
- responsive: -> kayla_awake
- else: -> beside_kayla
}

=== beside_kayla ===
{breathing == "none" && not breathing_stops: -> breathing_stops}
{not the_camera && (ems_eta_minutes >= 0 || doses_given > 0): -> the_camera}
{caller_present && doses_given > 0 && breathing != "normal" && not rick_water: -> rick_water}
{breathing:
- "slow":
  {&Her head lolls. A snore, a long gap, another snore.|Her chest barely moves under the hoodie. The snore comes again, slower.|You find yourself counting through the gaps between her breaths.} {on_side: She's on her side on the tile now, top knee bent.} Her lips are still blue.
- "none":
  Her chest doesn't move. Nothing. Somewhere out front the door chimes and a customer laughs.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    Under the hoodie her chest rises on its own, and falls, and rises again: deep, even breaths, a dozen a minute. The blue is going out of her lips. Her eyes stay shut.
  - else:
    She breathes on her own, deep and even. {on_side: She's on her side on the tile, cheek on her hand.|She lies flat on her back on the tile, chin tipped toward her chest.} Her eyes stay shut; when you say her name, nothing.
  }
  {jules_here && not jules_asks_why:
    ~ jules_asks_why = true
    "She's breathing," Jules says. "Why isn't she waking up? Do the other one. You've got another one, right?" #speaker:bystander
  }
}
{doses_given == 1 && breathing != "normal":
  {seconds_elapsed - first_dose_second >= 120: It has been more than two minutes since the spray.|The spray went in {seconds_elapsed - first_dose_second < 60: less than a minute|a minute or two} ago.}
}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {not gloved} [Pull on nitrile gloves #act:don_gloves]
  ~ gloved = true
  The gloves snap at your wrists.
  -> route
* [Shout her name and grind your knuckles into her breastbone #act:check_responsiveness target=patient]
  "Kayla! Kayla, can you hear me?" You dig your knuckles into her sternum, hard. {breathing == "normal": She moans and pulls away from your hand, but her eyes stay shut.|Nothing. Not a groan, not a flinch. Her pupils are pinpoints.}
  -> route
* [Tip her head back, put your cheek by her mouth and watch her chest #act:check_breathing target=patient]
  {breathing:
  - "slow": One breath in ten seconds, shallow, with a snore riding on it. Her head had been hanging forward, kinking her airway; with it tipped back the snore is quieter.
  - "none": Nothing on your cheek. Nothing in her chest.
  - else: Her breath is warm on your cheek.
  }
  -> route
* {ems_eta_minutes < 0} [Key your radio: medics, suspected opioid overdose #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to Ninth Street Market, nine hundred Alder, in the back restroom. Female in her twenties, unresponsive, {breathing == "none": not breathing|{breathing == "slow": breathing maybe six a minute|breathing again after naloxone but not waking}}, suspected opioid overdose. I'm giving naloxone." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
+ {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{breathing == "normal": She's breathing but she won't wake up. Give her the second spray|Give her the second spray, other nostril} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{breathing == "normal": Keep breathing for her through the shield until she comes round|Lay her flat and breathe for her through a face shield, one breath every five seconds} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {breathing != "none"} {doses_given > 0} [Ease her onto her side on the tile, top knee bent, so she can't choke #act:recovery_position target=patient]
  ~ on_side = true
  You ease her down onto her side, bend her top knee so she won't roll, and tuck her hand under her cheek. {breathing == "normal": Her airway is open; her breathing stays deep and even.|The snore softens, but the breaths come as far apart as before.}
  -> route
+ {breathing != "none"} {doses_given > 0} [Stay beside her and count her breaths #act:monitor target=patient]
  You kneel with two fingers on her wrist and count.
  {
  - responsive: Halfway through the count she jerks, and her eyes fly open.
  - breathing == "normal": Twelve breaths in a minute, deep and even. {on_side: Her cheek rests on her hand.|On her back, her head keeps rolling forward, and now and then the breath catches in her throat.}
  - breathing == "slow": Four breaths in a minute. Then five.
  - else: She stops. You wait for the next breath, and it doesn't come.
  }
  -> route
+ [{ems_eta_minutes >= 0: Step back and wait for the medics|Step back and give it a moment} #act:wait]
  You get up off the tile and step back into the doorway. Thirty seconds is a long time to watch. {breathing == "none" && breathing_stops: Nobody breathes for her.}
  -> route
* {jules_here} {not reassured} [Tell the man with the phone that nobody here is in trouble, including her #act:reassure_good_samaritan target=bystander]
  -> reassure_jules
* {jules_here} {not asked_jules} [Ask the man with the phone what she took #act:ask_what_taken target=bystander]
  -> jules_answers
* {jules_here} {jules_told} [Ask him who's selling around here. If there's a bad batch, people need to know #act:ask_drug_source target=bystander]
  "You're kidding me." Jules turns the phone so it's on your face. "She's dying and you want names?" #speaker:bystander
  -> route

=== spray ===
{doses_given:
- 1:
  ~ first_dose_minute = minutes_elapsed
  ~ first_dose_second = seconds_elapsed
  You tear the box open, tip her head back, put the nozzle in her nostril and press the plunger. A short hiss. #sfx:naloxone_spray
  The back of the box says: if there is no response in two to three minutes, give the second device in the other nostril, and keep her breathing until help arrives.
- else:
  Other nostril. Press. A short hiss. That's both devices in the box. #sfx:naloxone_spray
  {breathing == "normal": Nothing changes that you can see. She breathes as she did, and her eyes stay shut.}
}
-> route

=== rescue_breaths ===
~ breathed_for_her = true
~ rescue_rounds++
{on_side: You roll her onto her back again.}
{responsive:
  Halfway through a breath she gags against the shield and jerks her face away. #sfx:cough
- else:
  {&You ease her flat on the tile, tilt her head back, pinch her nose, seal the shield over her mouth and give a slow breath. Her chest rises. Count five. Again.|Breathe, count five, breathe. The shield's valve clicks each time.|Twelve breaths a minute. The tile is cold and hard under your knees.} {breathing == "none": {breathing_stops: Between your breaths, nothing of her own.}|{breathing == "slow": Between your breaths her own come, shallow and far apart.|Between your breaths her own come, deep and even now.}}
}
~ on_side = false
-> route

=== the_camera ===
~ jules_here = true
Behind Rick a young man in a delivery jacket has his phone up sideways, the red dot showing. #sfx:phone_camera
"I'm recording this. That's Kayla. She needs a doctor, not handcuffs." #speaker:bystander
"You can't film in my store," Rick tells him. #speaker:caller
* [Tell him he can keep filming. Nobody here is in trouble, including her; you're here to help her #act:reassure_good_samaritan target=bystander]
  -> reassure_jules
* [Ask him what she took #act:ask_what_taken target=bystander]
  -> jules_answers
* [Tell him to put the phone away and back off, or he's under arrest for obstruction #act:threaten_arrest target=bystander]
  "Do it," he says. The phone doesn't move. "Arrest me for filming. Go ahead. People are watching this." He steps back one pace, no more. #speaker:bystander
  -> route
* [Ask for his ID. He knows her, so he may know what happened #act:demand_id target=bystander]
  He looks at you as if you've just proved something. "I'm not giving you anything. I'm standing in a store." He keeps filming. #speaker:bystander
  -> route
* [Ignore him and keep working]
  -> route

=== reassure_jules ===
~ reassured = true
"Film all you want. Nobody here is in trouble, including her. I'm here to help her." #speaker:officer
He lowers the phone an inch. "Okay." A breath. "I know her from the drop-in on Alder. She's good people." #speaker:bystander
-> route

=== jules_answers ===
~ asked_jules = true
{caller_trust >= 6:
  ~ jules_told = true
  "Dope. That's what she said she was getting. But it's all fent now, everything around here is. She said she was going to do a little one and go back to the shelter." #speaker:bystander #event:bystander_disclosed
- else:
  "I don't know. Why, so you can write it down and charge her?" He keeps the phone on you. #speaker:bystander
}
-> route

=== rick_water ===
{responsive: -> route}
"It's not working," Rick says from the doorway. "Throw water on her. Cold water, that's what they do. Or slap her, wake her up." He is holding out a bottle from the cooler. #speaker:caller
* [Splash the cold water on her face #act:folk_remedy target=patient]
  Water runs off her chin and pools on the tile. She doesn't blink.
  -> route
* [Slap her face, hard, to shock her awake #act:folk_remedy target=patient]
  The crack of it echoes off the tile. Her head rolls with the blow and rolls back. {jules_here: "Hey!" Jules says. "Hey!"}
  -> route
* [Tell Rick the spray takes a couple of minutes, and ask him to keep the hallway clear for the medics]
  "It takes a couple of minutes. Keep the hallway clear so the medics can get a stretcher back here." #speaker:officer
  Rick hesitates, then turns to shoo two teenagers back toward the chip aisle.
  -> route

=== breathing_stops ===
{rescue_breaths:
  Under your hands, between your breaths, her own give out: one heave, another, a sound like water going down a drain. Then nothing of her own. #sfx:agonal_breathing
- else:
  The snoring stops. Her chest gives one heave, then another, a sound like water going down a drain. Then nothing. #sfx:agonal_breathing
}
{jules_here: "Is she breathing?" Jules says. "She's not breathing." #speaker:bystander}
* [Lay her flat and breathe for her: face shield on, head tilted back, a breath every five seconds #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Spray naloxone into her nose #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Give her the second spray now #act:naloxone_nasal target=patient]
  -> spray
* [Start chest compressions #act:cpr target=patient]
  You lay her flat on the tile and push, hard and fast, in the middle of her chest. Thirty, then two breaths. Two minutes of it.
  -> route
* [There's powder on her lips. Keep your mouth away and wait for the medics' bag-valve mask #act:delay_for_exposure_fear target=self]
  You kneel beside her with your hands on your thighs and watch her chest not move. Two minutes. {jules_here: Jules is saying something over and over, and it takes you a while to hear that it's her name.}
  -> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  You press two fingers into the side of her neck and wait. Nothing. The other side. Nothing.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Start CPR: hard and fast in the centre of her chest, two breaths after every thirty #act:cpr target=patient]
  ~ cpr_rounds++
  You count out loud to keep the rhythm. Thirty. Two breaths. Thirty. The tile bites into your knees.
  -> route
* {ems_eta_minutes < 0} [Get on the radio for medics #act:call_ems]
  "Two-Adam-Fourteen, start medics code three to Ninth Street Market, nine hundred Alder. Female, no pulse, CPR in progress." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route

=== medics_work_code ===
Two medics come down the hallway at a run with a monitor and an airway bag. One takes over compressions; the other gets a tube in and starts bagging. #sfx:footsteps
"How long has she been down? What did she get?" #speaker:ems
* [Tell them what you found, what you gave and when, and how long she went without breathing #act:handoff_to_ems target=patient]
  You give it to them straight: {doses_given == 0: no naloxone|{doses_given == 1: one dose|two doses} of naloxone}, the times as near as you can say them, how long she lay without breathing.
* [Step back into the hallway and let them work]
  They work without your answers.
- They work on Kayla Briggs for twenty minutes on the restroom floor while Rick keeps the customers out front. At 4:52 the medic says the time out loud.
{jules_here: Jules has stopped filming. He stands in the hallway with the phone hanging at his side.}
-> END

=== kayla_wakes ===
She comes up off the tile all at once, retching, arms swinging. The back of her hand catches you across the jaw. She twists to the toilet and vomits, then turns on you, soaked in sweat, shaking so hard her teeth click. #sfx:cough
"Who hit me with Narcan? Who did that? I paid forty dollars for that!" #speaker:patient #event:use_disclosed
{not on_side: She had been flat on her back; the first of it comes up before she can turn her head, and she coughs and chokes on it.}
{brain_injury: Then she stops, confused, and stares at the wall as if she can't remember which way the door is.}
{jules_here: "Kayla, Kayla, it's okay, they saved you," Jules says. The phone is still up. #speaker:bystander}
* [Back off a step, get down to her eye level, and tell her calmly what happened #act:explain_what_happened target=patient]
  ~ explained = true
  "Kayla. I'm a police officer. {breathing_stops: You stopped breathing on the floor in here.|You were barely breathing on the floor in here.} I gave you naloxone and it brought you back. You're not under arrest. {ems_eta_minutes > 0: The medics are on their way.} I know you feel like hell. It'll ease off." #speaker:officer
  She glares at you, shaking, and slides back down the wall until she's sitting with her knees up. "Forty dollars," she says again, quieter. #speaker:patient
  -> route
* [Catch her wrists before she swings again #act:grab target=patient]
  ~ kayla_held = true
  You catch her wrists. She twists and screams at you to let go, and kicks at the toilet, and the harder you hold the harder she fights, until she is crying with rage and you let go. She scrambles back against the wall and watches your hands. {jules_here: Jules is filming all of it.}
  -> route
* [She hit you. Pin her against the wall and cuff her #act:restrain target=patient]
  ~ kayla_restrained = true
  You pin her against the wall and get the cuffs on. She screams that she's going to be sick, and she is, down the front of her hoodie. {jules_here: Jules is filming all of it.}
  -> route
* [Ask her what she took and how much, before she crashes again #act:ask_what_taken target=patient]
  "What did you take? How much?" #speaker:officer
  "Get away from me," she says. "Get the fuck away from me." #speaker:patient
  -> route
* [Tell her how close it was: she was dead on that floor, and the spray is the reason she's breathing #act:demean target=patient]
  "You were dead on a bathroom floor. That spray is the only reason you're breathing, so a little gratitude would be nice." #speaker:officer
  She spits on the tile between your boots. {jules_here: Behind you, Jules says, "Wow. Okay. Got that."}
  -> route
* [Tell her that if she swings at you again she's going to jail #act:threaten_arrest target=patient]
  "Swing at me again and you're going to jail." #speaker:officer
  She pulls her knees up and wraps her arms around them and doesn't look at you again.
  -> route

=== kayla_awake ===
{caller_present && not rick_goes: -> rick_goes}
{explained && not kayla_asks && not kayla_arrested && not kayla_restrained && not kayla_held && not searched_after_no: -> kayla_asks}
{kayla_arrested: Kayla sits against the wall with her hands cuffed behind her, shivering, head down.|Kayla sits against the wall with her knees up, shivering, nose running, yawning between cramps. "I need to get well," she says to nobody. "I need to go."}
{kayla_restrained && not kayla_arrested: Her hands are cuffed behind her.}
{ems_eta_minutes > 0: Medics are about {ems_eta_minutes} {ems_eta_minutes == 1: minute|minutes} out.}
* {ems_eta_minutes < 0} [Radio for medics now that she's breathing #act:call_ems]
  "Two-Adam-Fourteen, start medics to Ninth Street Market, nine hundred Alder. Female revived with naloxone, suspected opioid overdose." #speaker:officer #sfx:radio_dispatch
  "Copy, medics started, about {ems_eta_minutes} minutes out." #speaker:dispatch
  -> route
* {kayla_restrained && not kayla_arrested} [Take the cuffs off her #act:release target=patient]
  ~ kayla_restrained = false
  You take the cuffs off. She rubs her wrists and wipes her mouth on her sleeve.
  -> route
* {not transport_asked} {not kayla_arrested} [Ask her to let the medics take her to the ER #act:offer_transport target=patient]
  -> kayla_refuses
* {kayla_refused && not refusal_respected} [Tell her it's her decision #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not kit_left} [Give her a naloxone kit and show her how to use it #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Tell her about the bridge clinic on Fifth: buprenorphine today, which takes the sick away #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not referred} [Give her the syringe program's card: new supplies, test strips, naloxone, a nurse on Thursdays #act:offer_referral to=ssp target=patient]
  -> referral_ssp
* [Give her a reason to get clean: next time it's detox or jail #act:coerce_referral target=patient]
  "Next time it's detox or jail. Your choice." #speaker:officer
  "Some choice," Kayla says. #speaker:patient
  -> route
* {syringe_seen} {not syringe_dealt} [Deal with the used syringe on the floor before somebody steps on it]
  -> the_syringe
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Stay with her until the medics get here #act:monitor target=patient]
  ~ quiet_minutes++
  You lean in the doorway where she can see you and you aren't crowding her. She shivers and yawns and pulls her sleeves down over her hands. {jules_here: Jules has finally put his phone in his pocket.}
  -> route
* [She's awake, she's talking, and she wants you gone. Clear the call #act:leave_scene]
  -> left_early

=== kayla_asks ===
Kayla wipes her mouth on her sleeve. "Is there anywhere that'll give me something for this?" she says. "Today? I can't do this today." #speaker:patient #event:asks_for_help
-> route

=== rick_goes ===
Rick is in the doorway again. "She's up? Great. Now I want her trespassed, and I want her out. Today. I've got a store to run." #speaker:caller
* [Tell him she's a patient until the medics have seen her; you'll talk about trespass after]
  "She's a patient until the medics have seen her. We'll talk about trespass after." #speaker:officer
  Rick throws up his hands. "Fine. Fine."
* [Write her the trespass citation he's asking for #act:cite reason=other target=patient]
  ~ kayla_cited = true
  You write the citation on your knee while she shivers on the floor. She doesn't look at it when you hold it out, so you leave it on her knee.
* [Arrest her for possession: the bag and the powder are right there on the sink #act:arrest reason=possession target=patient]
  -> arrest_kayla
* [Cite her for the syringe instead of arresting her: a ticket, not a night in jail #act:cite reason=paraphernalia target=patient]
  ~ kayla_cited = true
  You write her a citation for possession of drug paraphernalia. "For a needle," Kayla says. "Wow." #speaker:patient
- -> rick_leaves

=== arrest_kayla ===
~ kayla_arrested = true
"Kayla, you're under arrest for possession of a controlled substance." #speaker:officer
You cuff her where she sits. She doesn't resist; she is too sick to. {jules_here: "Unbelievable," Jules says to his phone. "They bring her back and then they arrest her."}
-> rick_leaves

=== rick_leaves ===
Rick goes back up front to his register. #event:caller_left
{jules_here:
  {kayla_arrested: Jules stops recording. "I'll find out where they're taking you," he tells Kayla, and goes.|Jules lowers his phone. "Kayla, I've got a delivery. I'll come find you at the drop-in." He goes, still looking back.} #speaker:bystander
  ~ jules_here = false
}
-> route

// An instructor can send Rick back to his register at any moment (the caller_left inject).
=== rick_walked_off ===
Rick is gone from the doorway. From up front you hear the register drawer slam and his voice telling someone the restroom is closed.
-> route

=== kayla_refuses ===
~ transport_asked = true
~ kayla_refused = true
"No ER. I'm not sitting in a hallway for six hours sick as a dog so some nurse can look at me like that. I'm not going." #speaker:patient #event:transport_refused
{ems_on_scene: The medic looks at you. "She's alert, she's oriented. If she won't go, she signs." #speaker:ems}
* [Tell her it's her call, and make sure she knows what can happen when the naloxone wears off #act:respect_refusal target=patient]
  -> respect_her_refusal
* [Tell her she's in no state to refuse: she goes to the hospital, or she goes with you #act:threaten_arrest target=patient]
  "You're going to the hospital or you're going to jail. Pick." #speaker:officer
  "For what?" Kayla says. "For not dying?" {ems_on_scene: The medic looks at the floor.} #speaker:patient
  -> route
* {ems_on_scene} [She's too sick to decide. Tell the medics you'll help get her on the stretcher #act:force_transport target=patient]
  -> forced
* [Keep at her: the ER is the safest place for her tonight]
  "The ER is the safest place for you right now." #speaker:officer
  "I heard you the first time." #speaker:patient
  -> route

=== respect_her_refusal ===
~ refusal_respected = true
"It's your call. Here's what you need to know: the naloxone wears off in half an hour to an hour, and the fentanyl can outlast it. You could go back under. So if you use today, don't use alone, use less, and have someone with you who has naloxone." #speaker:officer
"I know how it works," Kayla says. Then, after a while: "Okay." #speaker:patient
-> route

=== leave_kit ===
~ kit_left = true
You take a leave-behind kit from your vest: two nasal sprays, a face shield, a card with the county's overdose line. You show her the nozzle, where to press, and to wait two or three minutes before the second.
Kayla takes it and shoves it in the pouch of her hoodie. "I had one," she says. "Somebody stole my bag at the shelter." #speaker:patient
-> route

=== referral_clinic ===
~ referred = true
"There's a bridge clinic on Fifth. They'll start you on buprenorphine today if you want it. It takes the sick away, and there's no waiting list." #speaker:officer
{
- kayla_arrested:
  She looks at the card, then over her shoulder at the cuffs. "Sure," she says. "I'll go right after booking." #speaker:patient #event:referral_declined
- searched_after_no:
  "From you?" She doesn't look at the card. "You went through my bag." It stays on the tile. #speaker:patient #event:referral_declined
- caller_trust >= 6:
  She looks at you properly for the first time. "Today? Like today today?" She takes the card. #speaker:patient #event:referral_accepted
- else:
  "Sure," she says, meaning no. The card stays on the tile where you put it. #speaker:patient #event:referral_declined
}
-> route

=== referral_ssp ===
~ referred = true
"This is the syringe program on Alder. New supplies, test strips so you know what's in it, naloxone, and a nurse on Thursdays. Nobody asks for your name." #speaker:officer
{
- kayla_arrested || searched_after_no:
  She doesn't look at the card. #event:referral_declined
- caller_trust >= 6:
  "I know Dee there," Kayla says. She takes the card. #speaker:patient #event:referral_accepted
- else:
  She doesn't take the card. #event:referral_declined
}
-> route

=== the_syringe ===
The syringe lies {syringe_by_wall: against the wall where you pushed it|on the tile by the toilet}, needle bare. Its orange cap is on the floor a few inches away. {not gloved: Your hands are bare.}
* {not gloved} [Pull on nitrile gloves first #act:don_gloves]
  ~ gloved = true
  The gloves snap at your wrists.
  -> the_syringe
* [Find the orange cap, push it back onto the needle, and drop the capped syringe in your sharps tube #act:pick_up_syringe #act:recap_needle #act:dispose_sharps_safely]
  ~ syringe_dealt = true
  You pick up the syringe and the cap and bring them together. The needle skates off the rim of the cap, a quarter inch past your thumb, before it goes in on the second try. Into the tube. The lid clicks shut. #sfx:sharps_container
  -> route
* [Pick it up by the barrel, needle pointing away from you, and drop it in your sharps tube as it is #act:pick_up_syringe #act:dispose_sharps_safely]
  ~ syringe_dealt = true
  You pick the syringe up by the barrel, needle away from you, and drop it into the sharps tube on your belt as it is, uncapped. The lid clicks shut. #sfx:sharps_container
  -> route
* [Cap it and clip it in your shirt pocket like a pen; the big sharps box is in the car #act:pick_up_syringe #act:recap_needle #act:pocket_syringe]
  ~ syringe_dealt = true
  ~ syringe_pocketed = true
  You push the cap back on and clip the syringe in your shirt pocket. It sits there against your chest, a used needle under a cap that came off once already.
  -> route
* [Leave it where it is. The medics carry a sharps box]
  ~ syringe_dealt = true
  You leave it where it lies. {jules_here: Jules glances at it and steps around it.}
  -> route

=== medics_arrive ===
A siren winds down out front. Two medics come down the hallway past the cooler with a stretcher, a monitor and an airway bag. #sfx:siren #sfx:footsteps
{responsive:
  One crouches in front of Kayla, out of swinging range. "Hey, Kayla. How are you feeling?"
- else:
  One is already on her knees on the tile with a bag-valve mask.
}
"What've we got?" the other asks you. #speaker:ems
* [Give them the handoff: what you found, what you gave and when, and what she took #act:handoff_to_ems target=patient]
  "Kayla Briggs, twenty-six. Found unresponsive on the floor, pinpoint pupils, breathing {breathed_for_her: so slow I was breathing for her|about six a minute}. {jules_told: A friend says she shot what she thought was heroin; probably fentanyl.|Syringe and cooker by her, powder on the sink.} {doses_given == 0: No naloxone given.|{doses_given == 1: One dose of four-milligram nasal naloxone, about|Two doses of four-milligram nasal naloxone, the first about} {minutes_elapsed - first_dose_minute} {minutes_elapsed - first_dose_minute == 1: minute|minutes} ago.}{responsive: She woke up in hard withdrawal.}{officer_injured: And I took a needlestick from her syringe.}" #speaker:officer
  The medic nods and writes on the back of her glove.
* [Step back and let them work. They'll see for themselves]
  You step back into the hallway. The medic looks round for you. "Officer? Did she get anything? How much, when?" #speaker:ems
  By the time you have pieced it together for her, she has stopped asking.
- -> route

=== with_medics ===
{caller_present && responsive && not rick_goes: -> rick_goes}
{responsive && not kayla_arrested && not transport_asked: -> medic_asks}
{responsive && explained && not kayla_asks && not kayla_arrested && not kayla_restrained && not kayla_held && not searched_after_no: -> kayla_asks}
{
- not responsive:
  The medics have her on oxygen and a monitor. One is drawing up naloxone; the other is bringing the stretcher round.
- kayla_arrested:
  Kayla sits against the wall in handcuffs while the medic takes her blood pressure.
- kayla_refused && refusal_respected:
  The medic is filling in the refusal form on a clipboard. Kayla signs it without reading it.
- kayla_refused:
  The medic holds the refusal form on its clipboard and looks at you, waiting to see what you'll do.
- else:
  The medics are checking Kayla over.
}
* {kayla_refused && not refusal_respected} [Tell Kayla it's her call #act:respect_refusal target=patient]
  -> respect_her_refusal
* {kayla_refused} {responsive} {not kayla_arrested} [She's too sick to decide. Tell the medics you'll help get her on the stretcher #act:force_transport target=patient]
  -> forced
* {responsive} {not kit_left} [Give her a naloxone kit and show her how to use it #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not responsive} {jules_here} {not referred} [Give Jules the syringe program's card for Kayla, and one for himself #act:offer_referral to=ssp target=bystander]
  ~ referred = true
  Jules takes both cards. "I know this place. I'll get it to her." #speaker:bystander #event:referral_accepted
  -> route
* {responsive} {not referred} [Tell her about the bridge clinic on Fifth: buprenorphine today #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {syringe_seen} {not syringe_dealt} [Deal with the used syringe on the floor before somebody steps on it]
  -> the_syringe
* {responsive} {not bag_asked} {not bag_search} [Ask Kayla if you can check her backpack for loose needles before you hand it back #act:ask_consent_search target=patient]
  -> bag_asked
* {not bag_asked} {not bag_search} [Go through her backpack before you hand it back: Rick found it by the door #act:search_bag target=patient]
  -> bag_search
* [Bag the wax-paper bag and the spoon off the sink, so nobody else who uses this restroom gets into them #act:seize_drugs #act:seize_paraphernalia]
  You bag the wax paper and the spoon and seal the envelopes.
  -> route
* {responsive} {not kayla_arrested} [Arrest her for possession: the bag and the powder are on the sink, and Rick saw her go in #act:arrest reason=possession target=patient]
  -> arrest_kayla
* {not kayla_cited} {not kayla_arrested} [Give her a trespass warning instead of a citation: she can't come back into this store]
  ~ kayla_cited = true
  "Rick doesn't want you back in here. That's a trespass warning, not a ticket. Come back and it's a ticket." #speaker:officer
  Kayla shrugs. "Wasn't planning on it." #speaker:patient
  -> route
+ [Clear the call #act:leave_scene]
  -> the_end

=== bag_asked ===
"Kayla, Rick has your backpack up front. Before I hand it back, mind if I look through it? If there are loose needles in there, somebody gets stuck." #speaker:officer
"No." She doesn't look up. "You don't go through my stuff. I said no." #speaker:patient #event:consent_refused
* [Bring her the backpack and put it down beside her, zipped]
  You fetch the backpack from behind the counter and set it down by her knee. She pulls it into her lap and holds onto it.
  -> route
* [Look through it anyway before you hand it over. Loose needles in a bag stick people #act:search_bag target=patient]
  -> bag_search

=== bag_search ===
{bag_asked:
  ~ searched_after_no = true
}
You fetch her backpack from behind the counter and unzip it on the sink: a sweatshirt, a phone charger, a toothbrush in a sandwich bag, a paperback with the cover torn off, a clean syringe still in its wrapper. No loose needles.
{
- searched_after_no:
  Kayla watches you do it. "I said no," she says, to the medic, not to you. When you hold the backpack out she snatches it and doesn't look at you again. {jules_here: "She said no," Jules says to his phone. "For the record."}
- else:
  Kayla watches you do it without a word.
}
-> route

=== medic_asks ===
The medic crouches in front of Kayla, out of swinging range. "Your pressure's up, your heart's racing. We'd like to take you in and watch you for a few hours. Will you come?" #speaker:ems
-> kayla_refuses

=== forced ===
"She's going." You take one arm and the medic, after a look at you, takes the other. Kayla fights you all the way onto the stretcher and then stops fighting and cries. #speaker:officer
At the hospital she will be watched for four hours and walk out sicker than she went in, and the next time she uses she will make sure nobody can call anyone.
{syringe_pocketed: The capped syringe rides back to the car in your shirt pocket, an inch from your chest.}
"Two-Adam-Fourteen, I'm clear of Ninth Street Market." #speaker:officer #sfx:radio_dispatch
{officer_injured: Then you drive yourself to the emergency room for bloodwork and post-exposure medication, and spend three months waiting for test results.}
-> END

=== left_early ===
Rick is back at the register. Kayla says she's fine and wants you gone. You leave her sitting on the restroom floor with the door open. #sfx:footsteps #sfx:car_door
Naloxone lasts half an hour, an hour at most. The fentanyl she injected lasts longer.
{ems_eta_minutes > 0: When the medics get there, the restroom is empty; Kayla went out the back door to the alley the moment you left.|Nobody checks on her.} At ten to seven, a man walking his dog finds her behind the laundromat on Alder, lips grey, breathing four times a minute.
{officer_injured: You drive yourself to the emergency room for bloodwork and post-exposure medication.}
-> END

=== the_end ===
{
- kayla_arrested:
  The medics clear Kayla for jail. You walk her out through the store in handcuffs, past the register and the teenagers with their phones out. At booking she is sick twice before they take her photograph.
- kayla_refused:
  The medics pack up and go. Kayla pulls her one sneaker back on, {bag_asked || bag_search: slings her backpack over her shoulder|picks up her bag from the counter}, and walks out onto Alder Street{kit_left: with a naloxone kit in her hoodie pocket}.
- not responsive:
  The medics wheel Kayla out on the stretcher, still breathing for her. She is in their hands now.
- else:
  The medics finish with Kayla and go.
}
{syringe_pocketed: The capped syringe rides back to the car in your shirt pocket, an inch from your chest.}
"Two-Adam-Fourteen, I'm clear of Ninth Street Market." #speaker:officer #sfx:radio_dispatch
{officer_injured: Then you drive yourself to the emergency room for bloodwork and post-exposure medication, and spend three months waiting for test results.}
-> END
