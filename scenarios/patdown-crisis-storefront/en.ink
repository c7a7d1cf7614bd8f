// Good Call: "Outside the Food Mart" (patdown-crisis-storefront), English.
// A man in a mental-health crisis paces outside a convenience store: three weeks out of a psychiatric
// unit, out of his medication, injecting to quiet the voices. His inside jacket pocket holds new
// syringes from the Eastgate hub's program and two used ones (scenario.json: pocketHoldsNeedles), and
// he carries the program's card. The clerk wants him gone. Nothing he has done makes this a stop:
// it is a social contact, unless the clerk says he walked back in after being told to leave
// (storyParameters: trespass_roll 1), a low-level trespass.
// How he reacts follows the engine's person_agitation and person_trust, plus `pressure`: what this
// story adds for what the engine does not model (shouting, crowding, a second voice) and takes away
// for time and distance (slow_down, give_space, a cup of water).

VAR person_trust = 3
VAR person_agitation = 6
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

VAR team_minutes = 12           // story parameter: minutes from the call until the mobile crisis team is on scene
VAR trespass_roll = 2           // story parameter: 1 = he walked back into the store after being told to leave

VAR pressure = 0                // added to his agitation and taken from his trust (see the function felt_agitation)
VAR approach = "lot"            // "lot", "curb", "inside": how the officer arrived
VAR met = false                 // the officer has been face to face with him
VAR mood_shown = "agitated"     // "settling", "agitated", "escalated": the last mood the story described
VAR explained = false
VAR spaced = false
VAR shouts = 0
VAR closed_in = false
VAR disclosed = false           // he has told the officer about the needles
VAR pocket_emptied = false
VAR used_ones_binned = false
VAR card_out = false
VAR card_honored = false
VAR frisked = false
VAR gloved = false
VAR patdown_consent = "unasked" // "unasked", "given", "refused"
VAR refused_search = false      // he has said no to a search (his answer, or an instructor's inject)
VAR has_id = false
VAR weapon_signs_seen = 0       // weapon indicators the story has noticed (all of them injects)
VAR help_asked = false
VAR card_given = false
VAR clerk_talked = false
VAR clerk_informed = false      // Gloria knows what the officer is doing, and will wait inside
VAR promised = false
VAR clerk_out = false
VAR trespass_known = false
VAR water_cup = false
VAR water_given = false
VAR backup_called = false
VAR backup_due = 0
VAR backup_here = false
VAR backup_role = "none"        // "none", "cover", "flank", "hands"
VAR team_called = false
VAR team_due = 0
VAR referral = "none"           // "none", "accepted", "declined"
VAR handoff = "none"            // "none", "team", "hub": where the accepted referral goes
VAR dispatch_pressed = false
VAR briefed = false
VAR arresting = false           // the stick happened while searching him for transport
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR reported = false

-> dispatch

=== function clamp_scale(x) ===
{
- x < 0:
    ~ return 0
- x > 10:
    ~ return 10
}
~ return x

// How agitated he is, and how far he trusts the officer, as this story sees it.
=== function felt_agitation() ===
~ return clamp_scale(person_agitation + pressure)

=== function felt_trust() ===
~ return clamp_scale(person_trust - pressure)

=== function press(amount) ===
~ pressure = pressure + amount
{
- pressure < -3:
    ~ pressure = -3
- pressure > 6:
    ~ pressure = 6
}

=== function mood_band() ===
~ temp agitation = felt_agitation()
{
- agitation >= 8:
    ~ return "escalated"
- agitation <= 4:
    ~ return "settling"
- else:
    ~ return "agitated"
}

=== dispatch ===
Saturday, 8:10 in the morning, late October, cold enough to see your breath. You're parked behind the laundromat on Lincoln Avenue, finishing a coffee. #bg:patrol_car
"Twelve, Lincoln Avenue Food Mart, Lincoln and Fourteenth. The clerk reports a male outside the store, talking to himself and yelling at customers for about an hour. She wants him removed. No weapons seen. She says he has needles in his jacket." #speaker:dispatch #sfx:radio_dispatch
"Twelve, copy. Two minutes out." #speaker:officer
The county's mobile crisis team works out of the old fire station on Foster: a counselor and a peer specialist in a white van, sent through dispatch or 988. Eastgate Health Hub, a drop-in with a syringe program and a walk-in counselor, opens at eight on Saturdays, a block and a half down Fourteenth.
-> on_the_way

= on_the_way
* [Ask dispatch to start the mobile crisis team toward the Food Mart too #time:20]
    ~ team_called = true
    ~ team_due = minutes_elapsed + team_minutes
    "Twelve, start mobile crisis to the Food Mart if they're free. Possible mental-health crisis." #speaker:officer
    "Copy, Twelve. Crisis Team Three is en route, about {team_minutes} minutes." #speaker:dispatch
    -> on_the_way
* [Ask for a second unit to meet you there #act:call_backup]
    ~ backup_called = true
    ~ backup_due = minutes_elapsed + 4
    "Twelve, can I get a second unit to the Food Mart? Male with needles." #speaker:officer
    "Twenty-two, I'll head over from Foster. Four minutes." #speaker:partner
    -> on_the_way
* [Head over]
    -> pulling_in

=== pulling_in ===
Lincoln Avenue at Fourteenth: a laundromat, a check-cashing place, and the Food Mart, with an ice machine and a bus shelter out front and a strip of grass with two thin trees along the lot. #bg:park_bench #event:on_scene
A man is pacing the sidewalk between the ice machine and the bus shelter, fast, turning sharply at each end as if there were a wall there.
* [Park at the far end of the lot, lights off, and walk up along the storefront where he can see you coming]
    ~ approach = "lot"
* [Pull up at the curb right beside him, lights on, so he knows exactly who's there #act:close_distance target=person]
    ~ approach = "curb"
    ~ press(2)
* [Go into the store first and hear the clerk out #time:60]
    ~ approach = "inside"
- -> arrival

=== arrival ===
{approach == "inside" and not clerk_talked: -> clerk}
~ met = true
{
- approach == "curb":
    You stop at the curb a yard from him with the light bar going. He freezes, then backs up against the ice machine with his arms across his chest. #sfx:car_door
    "No. No, no, no. I didn't call you. She called you. I see you!" #speaker:person
- approach == "inside":
    You come out of the store with the bell jangling behind you. He spins round at the sound. #sfx:footsteps
    "You were in there with her. What did she tell you? What did she say about me?" #speaker:person
    ~ press(1)
- else:
    You leave the car at the far end of the lot and walk up slowly along the storefront. He sees you at thirty feet, stops pacing, and watches your hands. #sfx:car_door
}
He's in his early thirties: a gray hoodie under an open black puffer jacket, his right hand inside the jacket, pressed flat against his chest. His lips are cracked and he keeps swallowing. An orange syringe cap pokes up from the inside pocket under his hand.
He says it to the camera above the store's door, not to you: "I'm not doing it. Tell them I'm not doing it." #speaker:person
~ mood_shown = mood_band()
-> scene

// Every pick comes back here. What he does next follows how he has been treated so far, and the clock.
=== scene ===
{felt_agitation() >= 10: -> bolts}
{backup_called and not backup_here and minutes_elapsed >= backup_due: -> backup_arrives}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> hand_in_jacket
- sharps_disclosed and not disclosed: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not refused_search: -> no_consent
}
{referral == "accepted": -> waiting}
{not clerk_out and not clerk_informed and minutes_elapsed >= 7: -> clerk_comes_out}
{not help_asked and felt_trust() >= 8 and felt_agitation() <= 4: -> asks_for_help}
{minutes_elapsed >= 16: -> had_enough}
-> sidewalk

=== sidewalk ===
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "escalated": He's shouting now, at you and at the camera by turns, and backing toward the curb. A bus goes by close enough to move his hood.
    - "settling": He stops pacing and stands with his shoulders against the ice machine, looking at you instead of the camera.
    - else: He's pacing again, three steps and a turn, three steps and a turn, muttering.
    }
}
* {not explained} [Tell him your name, that the store called, and that you came to see if he's all right #act:explain_stop target=person]
    -> introductions
* (slowed) [Slow everything down: lower your voice, keep your sentences short, and wait out his answers #act:slow_down target=person]
    -> slowing
* {slowed} [Let him talk about the voices, without arguing with them or playing along #act:slow_down target=person]
    -> voices
* {not spaced} [Step back to the newspaper boxes, a good ten feet off, and leave him the open sidewalk #act:give_space target=person]
    -> spacing
* {backup_role == "flank"} [Ask Kowalski to drop back to his car and leave the talking to you #act:give_space target=person]
    ~ backup_role = "cover"
    ~ press(-2)
    Kowalski shrugs and walks back to his car. Marcus watches him all the way there, then turns back to you.
    -> scene
* {not closed_in} [Move in to arm's length, between him and Lincoln Avenue, so he can't step out into traffic #act:close_distance target=person]
    -> closing_in
+ {shouts < 2} [Tell him, loud and clear, to stop moving and take his hand out of his jacket #act:shout_commands target=person]
    -> shouted
* [Tell him that nobody is watching him: the camera is a store camera, and the voices aren't real #time:10]
    -> arguing
* (first_ask) {not disclosed} [Ask him if he has anything on him that could stick or cut you #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Ask again, quietly: you're asking so that nobody gets hurt, not to get him in trouble #act:ask_about_sharps target=person]
    -> sharps_answer
* {water_cup and not water_given} [Offer him the cup of water #time:15]
    -> water
* [Ask him straight out whether he's thinking about killing himself #time:15]
    -> safety_question
* {disclosed and not pocket_emptied} [Ask him to take the needles out himself and set them on top of the newspaper box #act:have_person_remove_items target=person]
    -> pocket_out
* {pocket_emptied and not used_ones_binned} [Bring the sharps tube from your trunk and hold it out, so he can drop the two used ones in #act:dispose_sharps_safely]
    -> binned
* {card_out} [Look at the card #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not card_honored} [Tell him the card covers the needles: they're his to keep #act:honor_ssp_card target=person]
    -> honor
* {not gloved} [Pull on the nitrile gloves from your belt, where he can see you do it #act:don_gloves]
    ~ gloved = true
    You pull on the blue gloves from the pouch on your belt, one and then the other. He watches your hands the whole time.
    -> scene
* {not frisked and patdown_consent == "unasked"} [Ask him whether he'll let you pat down his jacket, for both your sakes #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [Pat down the outside of his jacket for weapons before you get any closer #act:patdown target=person]
    -> frisk
* {not pocket_emptied} [Check the jacket pocket his hand keeps going to, before he pulls something out of it #act:reach_into_pocket target=person]
    -> stuck
* {not has_id} [Ask for his ID, so you can see whether he has a case worker on file #act:demand_id target=person]
    -> id_check
* {has_id} [Run his name through dispatch: if St. Luke's has reported him missing, they'll want to know where he is #act:warrant_check target=person]
    -> warrants
* [Tell him he has to move off the store's frontage now, or he goes to jail for trespassing #act:threaten_arrest target=person]
    -> threat
* {not clerk_talked} [Step into the store and hear the clerk out #time:10]
    ~ press(1)
    -> clerk
* {not backup_called} [Radio for a second unit #act:call_backup]
    ~ backup_called = true
    ~ backup_due = minutes_elapsed + 4
    "Twelve, send me a second unit to the Food Mart, no lights." #speaker:officer #sfx:radio_dispatch
    "Twenty-two, copy, four minutes." #speaker:partner
    -> scene
* {not team_called} [Radio for the mobile crisis team to come to the Food Mart #time:20]
    ~ team_called = true
    ~ team_due = minutes_elapsed + team_minutes
    "Twelve, can you start mobile crisis to the Food Mart? Male in crisis, not a danger to anyone that I can see." #speaker:officer #sfx:radio_dispatch
    "Copy, Twelve. Crisis Team Three is en route, about {team_minutes} minutes." #speaker:dispatch
    -> scene
* {explained or disclosed} [Tell him there's a county crisis team, a counselor and a peer, not police, and ask if he'd talk to them here #act:offer_referral to=crisis target=person]
    -> offer_team
* {explained or disclosed} [Offer to walk him down to Eastgate and introduce him to the walk-in counselor yourself #act:offer_referral to=crisis target=person]
    -> offer_hub
* {not card_given and (explained or disclosed)} [Give him a card with the 988 crisis line and Eastgate's address, so he can go when he's ready #act:hand_card target=person]
    -> card
* [Write him a citation for trespassing, so the store has it on paper #act:cite reason=other target=person]
    -> cited
* [Arrest him for trespassing: at the jail he'll at least be seen by the mental-health staff #act:arrest reason=other target=person]
    -> arrested
* [Call an ambulance to take him to St. Luke's for a psychiatric evaluation: he's off his medication and can't look after himself like this #act:force_transport target=person]
    -> er_hold
* [Tell him he's free to go, and ask him to give the store some room #act:release target=person]
    -> released

=== introductions ===
~ explained = true
You tell him your name, that the store called because he's been out here a while, and that you came to see whether he's all right. Standing on a sidewalk isn't a crime.
{
- felt_agitation() >= 8:
    "All right? Do I look all right?" But he stops backing toward the curb. #speaker:person
- else:
    He looks at the ground. "Marcus." A breath. "I'm Marcus. I used to cook at Dot's, across the street. Before." #speaker:person
}
-> scene

=== slowing ===
~ press(-1)
You lower your voice and slow right down: your name again, one short sentence at a time. When he talks over you, you stop and let him finish.
{
- felt_agitation() >= 8:
    It doesn't reach him yet. He's still talking to the camera, but he's stopped shouting.
- else:
    He starts answering you instead of the camera, in bits. He hasn't slept. It's cold. The coffee here is bad.
}
-> scene

=== voices ===
~ press(-1)
You ask him what the voices are saying. He tells you: the camera reads faces and sends them, and they're coming to take him back. You don't tell him it isn't true. You tell him that sounds frightening, and that you're not here to take him anywhere.
{
- felt_agitation() >= 8:
    "You say that. You say that." But his eyes stay on you.
- else:
    "It is frightening," he says, as if nobody had put it that way before. #speaker:person
}
-> scene

=== spacing ===
~ spaced = true
~ press(-1)
{closed_in:
    ~ closed_in = false
    ~ press(-1)
}
You step back to the newspaper boxes, a good ten feet off, and stand side-on with your hands where he can see them. The sidewalk toward Fourteenth is open, and he can see that too.
{
- felt_agitation() >= 8:
    He looks at the open sidewalk. For now he stays where he is.
- else:
    He looks at the open sidewalk and doesn't take it. His shoulders come down an inch.
}
-> scene

=== closing_in ===
~ closed_in = true
~ press(2)
You step in to arm's length, between him and Lincoln Avenue. Now he has the ice machine at his back and you in front of him.
He goes very still, breathing fast through his mouth. His eyes go to the gap between you and the bus shelter, and back.
-> scene

=== shouted ===
~ shouts = shouts + 1
~ press(2)
You tell him, loud and clear, to stop moving and take his hand out of his jacket. Now. {shouts > 1: You say it again, louder.}
He flinches as if you'd hit him and clamps his free hand over one ear, the other still holding the jacket shut.
"Stop yelling! Everybody's yelling! Stop yelling at me!" #speaker:person
-> scene

=== arguing ===
~ press(1)
You tell him that nobody is watching him: that's a store camera, and the voices aren't real.
"That's what they said at St. Luke's." He laughs, not because anything is funny. "And the voices said you'd say that. They said you'd say exactly that." #speaker:person
-> scene

=== sharps_answer ===
{
- felt_agitation() >= 8:
    "Get away from me! Stop asking me things!" His hand presses harder into the jacket. #speaker:person
- felt_trust() >= 5:
    ~ disclosed = true
    His right hand comes out of the jacket, slowly, empty, and he holds it up so you can see it.
    "Needles. Inside pocket. New ones from Eastgate, and two I used this morning. Don't put your hand in there." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "That's why I keep my hand on them. So nobody takes them. So nobody gets stuck." #speaker:person
- sidewalk.second_ask:
    "I said nothing!" He turns to the camera. "I said nothing, didn't I?" #speaker:person
- else:
    "Nothing. I've got nothing." His hand stays in the jacket. #speaker:person
}
-> scene

=== water ===
~ water_given = true
~ press(-1)
He takes the paper cup with his left hand, the right staying in the jacket, and drinks it all without stopping.
"Thanks." He holds on to the empty cup. #speaker:person
-> scene

=== safety_question ===
You ask him straight out, in plain words, whether he's thinking about killing himself.
{
- felt_agitation() >= 8:
    "What? Stop, stop asking me things!" He turns his back on you. #speaker:person
- else:
    He looks at you properly for the first time. "No. No. I just want them to stop. I want to sleep." A pause. "Nobody asks that. They just ask what I'm on." #speaker:person
}
-> scene

=== pocket_out ===
{
- felt_agitation() >= 8:
    "No! They're mine! You want to take them!" He turns away, both arms over the jacket. #speaker:person
    -> scene
}
~ pocket_emptied = true
{not disclosed:
    ~ disclosed = true
    "Needles. Careful. There's used ones." #speaker:person #event:sharps_disclosed
}
He takes things out of the inside pocket one at a time, slowly, and lays them on the lid of the newspaper box: a rubber-banded bundle of eight syringes with orange caps, two loose used ones, one capped and one not, a cooker, a strip of alcohol pads.
{not card_out:
    ~ card_out = true
    Last, from his wallet, a laminated card: EASTGATE HEALTH HUB, SYRINGE SERVICES PARTICIPANT, a number, this year's date. #event:ssp_card_shown
    "It's legal. Tamika said. I carry the card like she said." #speaker:person
}
-> scene

=== binned ===
~ used_ones_binned = true
You bring the red sharps tube from your trunk, open it, and hold it out at arm's length. He drops the two used syringes in, needle first, one and then the other. #sfx:sharps_container
"Needle first. Tamika says that too." #speaker:person
-> scene

=== card_look ===
The card is soft at the corners: EASTGATE HEALTH HUB, SYRINGE SERVICES PARTICIPANT, a participant number, this year's date, and on the back a line citing the state law on program participants.
-> scene

=== honor ===
~ card_honored = true
You hand the card back and tell him it covers the needles: they're his to keep.
He rubber-bands the bundle and zips it into the inside pocket, slowly, watching your face.
-> scene

=== patdown_question ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "I said no. Nobody touches me." #speaker:person
- felt_trust() >= 8 and felt_agitation() <= 4:
    ~ patdown_consent = "given"
    He thinks about it, then holds his arms out from his sides. "Outside only. Not the inside pocket. That's the needles." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "No! Don't touch me. Nobody touches me." #speaker:person #event:consent_refused
}
-> scene

=== frisk ===
~ frisked = true
~ press(1)
{
- patdown_consent == "given":
    He stands with his arms out and his eyes shut while you work.
- refused_search:
    "I said no! I said no!" He flinches at every touch, but he doesn't pull away.
- else:
    You tell him to turn around and put his hands on the ice machine. "For what? For what?" He does it, shaking. #speaker:person
}
{
- disclosed:
    You pat around the inside pocket with flat palms and don't press it.
- else:
    ~ disclosed = true
    Your palm closes over the inside pocket: thin plastic tubes in a bundle, and something loose. He jerks sideways.
    "Needles! Don't squeeze it, there's used ones!" #speaker:person #event:sharps_disclosed
}
Nothing else: a lighter, a phone with a cracked screen, a folded paper from St. Luke's.
-> scene

=== id_check ===
~ has_id = true
He digs a state ID out of his wallet with his left hand. Marcus A. Bell, thirty-one. Folded around it is a discharge sheet from St. Luke's Behavioral Health, three weeks old.
"Don't put me in the computer. They're in the computer." #speaker:person
-> scene

=== warrants ===
You step back and read his name and date of birth into the radio. #sfx:radio_dispatch
"Twelve, Marcus Bell comes back no wants, no warrants. Two welfare checks this month, both cleared." #speaker:dispatch
He's watching the radio on your shoulder. "You told them. Now they know where I am." #speaker:person
-> scene

=== threat ===
You tell him he has to move off the store's frontage now, or he's going to jail for trespassing.
"Jail." He backs toward the curb. "Jail's where they put the, no. No. I'm not going back in a room." #speaker:person
-> scene

=== clerk ===
~ clerk_talked = true
The bell over the door jangles. Behind the counter is a woman in her fifties in a Food Mart fleece, GLORIA on her name tag. She doesn't come out from behind the counter. #sfx:footsteps
"He came in at seven. Asked for the bathroom; I said it's for customers. He stood in the aisle talking to the cooler. Talking to it." #speaker:bystander
{
- trespass_roll == 1:
    ~ trespass_known = true
    "I told him to leave. He left, and ten minutes later he walked right back in and stood by the coffee machine till I picked up the phone. That's twice I told him." #speaker:bystander #event:eligible_offense
- else:
    "I told him to leave, and he left. But he won't go away from my door. He yells at the camera. My regulars walk around him." #speaker:bystander
}
"Yesterday he paid for a coffee in change, and I saw needles in his jacket. I want him trespassed. You people trespassed a man for me in the summer." #speaker:bystander
-> talk

= talk
* [Tell her you'll deal with him as someone in crisis first, and that she'll hear from you before you leave #time:20]
    ~ clerk_informed = true
    She purses her lips. "In crisis. Fine. I've got a business." Then, quieter: "He used to be polite. He said good morning." #speaker:bystander
    -> talk
* [Ask her for a cup of water for him #time:20]
    ~ water_cup = true
    She looks at you for a long moment, then fills a paper cup at the soda fountain and slides it across the counter. "Not the big one." #speaker:bystander
    -> talk
* [Promise her he'll be gone in five minutes #time:10]
    ~ promised = true
    She nods once. "Five minutes." #speaker:bystander
    -> talk
+ [Go back outside]
    {met: -> scene}
    -> arrival

=== clerk_comes_out ===
~ clerk_out = true
~ press(1)
The door bangs open. Gloria stands in it, holding it with her hip. #sfx:footsteps
{
- promised:
    "You said five minutes! It's been ten!" #speaker:bystander
- else:
    "Officer, are you going to move him or not? I've got customers who won't come in!" #speaker:bystander
}
Marcus points at her. "She called them. She's with them. I heard her on the phone!" #speaker:person
* [Walk over and ask her, quietly, to wait inside: you'll come in and talk to her before you leave #time:30]
    ~ clerk_informed = true
    She looks past you at him, then lets the door swing shut. Through the glass you see her go back behind the counter.
* [Tell her over your shoulder that he's moving along right now #time:5]
    ~ press(1)
    She goes back in. Marcus heard it. "Moving along where? Where are you taking me?" #speaker:person
- -> scene

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== hand_in_jacket ===
~ weapon_signs_seen = weapon_indicators
His right hand closes around something inside the jacket and stays there, knuckles white. Whatever it is, it's long enough to make a ridge in the nylon.
* [Ask him, calmly, to take his hand out slowly and show you it's empty #time:10]
    {
    - felt_agitation() >= 8:
        He doesn't. "It's mine! It's mine!" The ridge in the nylon doesn't move. #speaker:person
    - else:
        His hand comes out slowly, open and empty. "It's my needles. I hold them so nobody takes them." #speaker:person
        {not disclosed:
            ~ disclosed = true
            "Inside pocket. There's used ones too." #speaker:person #event:sharps_disclosed
        }
    }
* [Ask him to take out whatever it is himself, and set it on the newspaper box #act:have_person_remove_items target=person]
    -> pocket_out
* {not frisked} [Pat down the outside of his jacket for weapons #act:patdown target=person]
    -> frisk
* [Catch his wrist before his hand comes out #act:grab target=person]
    -> grabbed
- -> scene

=== needles_told ===
~ disclosed = true
His hand comes out of the jacket, empty, and he holds it up.
"Inside pocket. Needles. New ones, and two used. So nobody reaches in there." #speaker:person
-> scene

=== card_offered ===
~ card_out = true
He fumbles his wallet out with his left hand and holds up a laminated card: EASTGATE HEALTH HUB, SYRINGE SERVICES PARTICIPANT, a number, this year's date.
"I'm in the program. Whatever's on me is from Eastgate. Tamika said show the card." #speaker:person
-> scene

=== no_consent ===
~ refused_search = true
He wraps both arms around himself, holding the jacket shut.
"Nobody touches me. Nobody searches me. I don't consent. That's what you say, right? I don't consent." #speaker:person
-> scene

=== asks_for_help ===
~ help_asked = true
He slides down the ice machine until he's sitting on the cold concrete, knees up, and puts his face in his hands.
"I haven't slept since Wednesday. I'm scared to sleep. They talk louder when I sleep." #speaker:person
"St. Luke's gave me pills for two weeks. They ran out, and the shot shuts the voices up for a while. Then it doesn't." #speaker:person #event:use_disclosed
"Can you make them stop? I need somebody. I need help, man. I can't keep doing this." #speaker:person #event:asks_for_help
-> scene

=== backup_arrives ===
~ backup_here = true
A second patrol car noses into the lot. Officer Kowalski gets out, hitches his belt, and walks up to your side. #sfx:car_door
"Two. Now there's two of you." Marcus backs up a step. #speaker:person
Kowalski keeps his voice low, for you. "This the guy? Want to go hands-on, sit him down on the curb till he chills out? I'll take the left arm." #speaker:partner
* [Ask Kowalski to hang back by his car as cover, out of Marcus's line of sight, and leave the talking to you #time:10]
    ~ backup_role = "cover"
    Kowalski shrugs and leans on his fender, arms folded, where he can see everything and isn't in the way.
* [Have Kowalski come round on his other side, so he can't bolt into Lincoln Avenue #act:close_distance target=person]
    ~ backup_role = "flank"
    ~ press(2)
    Kowalski circles round past the bus shelter. "Hands where I can see them, bud." #speaker:partner
    Now there are two of you and two voices. Marcus turns from one to the other and back, faster each time.
* [Go hands-on with Kowalski: take an arm each and sit him down on the curb until he's calmer #act:grab target=person]
    ~ backup_role = "hands"
    -> grabbed
- -> scene

// Force on a man who is free to go: nothing here justifies it.
=== grabbed ===
{
- backup_role == "hands":
    You and Kowalski take an arm each.
- else:
    You take hold of his arm above the elbow.
}
He screams, a sound with no words in it, and twists against your grip.
{not pocket_emptied:
    "Needles! In my jacket! You'll get stuck!" #speaker:person
    {not disclosed:
        ~ disclosed = true
        "There's used ones! Let go!" #speaker:person #event:sharps_disclosed
    }
}
Inside the store, Gloria has her phone up against the glass. #sfx:phone_camera
* [Take him down onto the sidewalk before he pulls free #act:takedown target=person]
    -> taken_down
* [Hold on, and tell him to stop fighting #time:10]
    He stops twisting. He's breathing in sobs.
    -> hold
* [Let go and step back #act:give_space target=person]
    ~ backup_role = "cover"
    You let go and step back. He stumbles into the ice machine, holding the arm you held.
    -> scene

= hold
* [Arrest him for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let go and step back #act:give_space target=person]
    ~ backup_role = "cover"
    You let go and step back. He stays against the ice machine, holding the arm you held, watching your hands.
    -> scene

=== taken_down ===
You sweep his legs and take him down onto the cold sidewalk. He lands on his right side, on the jacket.
{not pocket_emptied:
    As you pin his arm, something stabs through the nylon into the heel of your hand. #event:needlestick
    -> stuck.stung
}
He lies still with his cheek on the concrete, crying, both hands out flat where you can see them.
* [Arrest him for resisting #act:arrest reason=refusal target=person]
    -> arrested
* [Let him up and tell him he can go #act:release target=person]
    -> released

=== bolts ===
He backs off the curb into the bus lane without looking. A delivery van stands on its brakes and stops a yard from him.
Then he runs: across Lincoln between the cars, past the laundromat, into the alley behind the check-cashing place.
* [Let him go, and give dispatch and the crisis team his description and which way he went #time:30]
    "Twelve, the male from the Food Mart ran northbound into the alley off Lincoln. No crime. Possible mental-health crisis; mobile crisis may want to look for him." #speaker:officer #sfx:radio_dispatch
* [Run after him #time:90]
    You lose him behind the check-cashing place among the dumpsters. Your radio is asking where you are. #sfx:radio_dispatch
- -> gone

=== had_enough ===
He pushes off the ice machine and zips the jacket up to his chin.
"I'm going. You're not arresting me, you're not doing anything, so I'm going." #speaker:person
* [Let him go #act:release target=person]
    -> released
* [Ask him for one more minute: you'll walk him down to Eastgate right now, if he wants #act:offer_referral to=crisis target=person]
    -> offer_hub
* [Take hold of his arm: he can't wander off in this state with needles on him #act:grab target=person]
    -> grabbed
* [Tell him that if he walks away now, he's under arrest #act:threaten_arrest target=person]
    -> bolts

=== card ===
~ card_given = true
You hand him a card: 988, the crisis line, and on the back Eastgate Health Hub, Fourteenth Street, walk-ins eight to eight.
He turns it over twice. "Everybody gives me a card." He puts it in the inside pocket, with the needles. #speaker:person
-> scene

// The warm handoffs: a crisis team on scene, or the hub's counselor, with the officer there.
=== offer_team ===
{
- team_called and minutes_elapsed >= team_due:
    You tell him two people from the county crisis team are parked at the corner right now: a counselor and a peer specialist, not police. Nobody's taking him anywhere he doesn't want to go. Would he talk to them?
- team_called:
    You tell him two people from the county crisis team are on their way: a counselor and a peer specialist, not police. Nobody's taking him anywhere he doesn't want to go. Would he talk to them?
- else:
    You tell him there's a county crisis team, a counselor and a peer specialist, not police, and you can have them here in about {team_minutes} minutes. Nobody's taking him anywhere he doesn't want to go. Would he talk to them?
}
{
- felt_trust() >= 6:
    ~ referral = "accepted"
    ~ handoff = "team"
    He looks at the camera, then at you. "Not police." #speaker:person
    "And you stay. Till they come. You don't leave me with them." #speaker:person #event:referral_accepted
    {not team_called:
        ~ team_called = true
        ~ team_due = minutes_elapsed + team_minutes
        "Twelve, start mobile crisis to the Food Mart. He's agreed to talk to them." #speaker:officer #sfx:radio_dispatch
        "Copy, Twelve. Crisis Team Three, about {team_minutes} minutes." #speaker:dispatch
    }
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "So they can lock me up? You'd all like that." He goes back to pacing. #speaker:person #event:referral_declined
}
-> scene

=== offer_hub ===
You tell him Eastgate is open, a block and a half down Fourteenth, and there's a counselor there this morning who sees people without an appointment. You'll walk down with him, if he wants, and introduce him yourself.
{
- felt_trust() >= 6:
    ~ referral = "accepted"
    ~ handoff = "hub"
    "Eastgate." He thinks about it. "Tamika's there Saturdays. They've got coffee." #speaker:person
    "Okay. You walk. Not too close." #speaker:person #event:referral_accepted
    -> walk_to_hub
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "Walk me somewhere. Sure. That's how it starts." He doesn't move. #speaker:person #event:referral_declined
    -> scene
}

=== waiting ===
{minutes_elapsed >= team_due: -> team_arrives}
{not dispatch_pressed and team_due - minutes_elapsed >= 3:
    ~ dispatch_pressed = true
    "Twelve, what's your status? I'm holding a two-car crash on Foster, no injuries reported." #speaker:dispatch #sfx:radio_dispatch
}
+ [Wait with him by the bus shelter, and let him talk if he wants to #time:60]
    {He talks about Dot's, the grill and the breakfast rush, and the owner who let him eat at the end of every shift.|He asks whether the crisis people will make him go to St. Luke's. You tell him the truth, that they'll ask him what he wants.|He's quiet for a while, turning the cap of a pen over and over in his fingers.|He counts the buses out loud. Three so far.|He watches the corner where the van will come.}
    -> scene
* {dispatch_pressed} [Tell dispatch you're staying with him until the crisis team takes over #time:10]
    "Twelve, I'm staying with this one until mobile crisis is here. Give the crash to somebody else." #speaker:officer #sfx:radio_dispatch
    "Copy, Twelve." #speaker:dispatch
    -> scene
* {water_cup and not water_given} [Give him the cup of water #time:15]
    -> water
* {not clerk_informed} [Step to the store's door and tell the clerk what's happening #time:30]
    ~ clerk_informed = true
    You tell Gloria through the door: a crisis team is coming for him, and he'll be gone with them soon. She looks at him for a long moment and nods.
    -> scene
* {handoff == "team"} [Offer to walk him down to Eastgate instead of waiting for the van #act:offer_referral to=crisis target=person]
    -> offer_hub
* [Tell him they're on their way and to wait right here, and clear for your next call #act:leave_scene]
    -> cold_handoff

=== team_arrives ===
A white county van with MOBILE CRISIS on the door pulls into the lot and parks at the far end, away from the store's door. #sfx:car_door
Two people get out and wait by the van for you: a woman in her fifties with a lanyard and a clipboard, and a younger man in a hoodie with a travel mug. Dana Whitfield, counselor. Luis Ortega, peer specialist.
-> meet

= meet
* [Walk over and brief them out of his earshot: what you've seen, what he told you, the needles #time:60]
    ~ briefed = true
    You give it to them in under a minute: three weeks out of St. Luke's, out of his medication, hasn't slept since Wednesday, hearing voices about the camera{disclosed:, needles in his inside pocket and he told you so himself|, and needles somewhere in the jacket that he hasn't talked about}{help_asked:, and he asked for help}.
    "Good. Introduce us? He'll take it better from you." #speaker:bystander
    -> meet
* [Introduce Marcus to them by name, and tell him, in front of them, what he told you he wants #time:60]
    -> handed_off
* [Point them to him and clear the call: they've got it from here #act:leave_scene]
    -> team_takes_over

=== walk_to_hub ===
{team_called:
    You radio dispatch to cancel the crisis team: you're walking him to Eastgate. #sfx:radio_dispatch
}
{not clerk_informed:
    Gloria watches through the glass as you leave together.
}
You walk down Fourteenth together, past the laundromat's steamy windows.
* [Walk beside him a step apart, on the street side, and let him set the pace #time:120]
    He walks fast, then slow, then stops to look at a bus timetable as if he'd never seen one. You stop too. Then he walks on.
* [Take his elbow so he doesn't drift into the street #act:grab target=person #time:120]
    ~ press(2)
    He yanks his arm free. "Don't! Don't hold me!" #speaker:person
    {felt_agitation() >= 10: -> bolts}
    He walks the rest of the way a full arm's length from you, watching your hands.
- -> door

= door
Eastgate Health Hub is a storefront with fogged windows and a hand-lettered sign: WALK-INS WELCOME. Through the glass you can see a coffee urn and the syringe program's window. #event:near_service_site
* [Go in with him, introduce him to the counselor by name, and tell her, with him there, what he told you #time:60]
    -> hub_handoff
* [Hold the door for him, tell him to ask for the counselor, and head back to your car #act:leave_scene]
    -> hub_door

// Endings.
=== handed_off ===
You walk him over to the van. "Marcus, this is Dana and Luis, the people I told you about." {help_asked: You tell them, with him standing there, what he told you: he wants the voices to stop, and he wants to sleep.}
"Hey, Marcus. I've got a coffee here nobody's drinking." Luis holds out the travel mug. #speaker:bystander
Marcus looks at you. You stay where you are. He takes the coffee.
{
- briefed:
    Dana asks him whether the needles can go in her bag for now, his choice, and he says okay.
- else:
    Before she sits down beside him, Dana asks you quietly whether he has anything sharp on him. Nobody had told her.
}
Within ten minutes he's sitting in the van's open side door with Luis. Dana tells you they'll take him to the crisis stabilization unit on Foster if he agrees: a recliner, a nurse, a prescriber by noon, no locked door. He agrees.
{
- clerk_informed:
    You go in and tell Gloria, as you said you would: he's getting help, and he won't be back at her door today. She says she'll keep a coffee for him when he's better.
- else:
    On your way back to the car, Gloria calls from the door that she still wants him trespassed. You go in and talk with her for a minute.
}
"Twelve, clear of the Food Mart. Handed off to mobile crisis." #speaker:officer #sfx:radio_dispatch
-> END

=== team_takes_over ===
You point them toward the ice machine and walk back to your car.
{
- felt_trust() >= 8:
    In the mirror you watch Marcus look for you, then take the coffee Luis holds out.
- else:
    In the mirror you watch Marcus back away from the two strangers. By the time you turn onto Lincoln he's walking fast the other way, with Luis following at a distance, talking.
}
-> END

=== hub_handoff ===
Inside it's warm and smells of coffee. A woman with reading glasses on a cord comes out from behind the front desk before you reach it. "Marcus! Get in here, it's cold." Tamika Greene, the walk-in counselor.
You tell her, with Marcus there, what he told you: three weeks out of St. Luke's, out of his pills, no sleep since Wednesday, and he wants the voices to stop. Marcus nods along, as if you were reading it off his own list.
Tamika pours him a coffee and sits him in the back room with the couch. She'll call the stabilization unit on Foster, she says; they'll send a car for him if he wants to go, and he can stay here till then.
{
- clerk_informed:
    On the way back you stop in and tell Gloria, as you said you would. She says she's glad.
- else:
    Back at the Food Mart, Gloria asks if he's trespassed now. You tell her where he is instead.
}
"Twelve, clear. Male walked to Eastgate and is with their counselor." #speaker:officer #sfx:radio_dispatch
-> END

=== hub_door ===
You hold the door, tell him to ask for the counselor, and walk back up Fourteenth to your car.
{
- felt_trust() >= 8:
    Looking back from the corner, you see him go in.
- else:
    Looking back from the corner, you see him standing in the doorway. Then he lets the door close and walks off down Fourteenth, away from it.
}
-> END

=== cold_handoff ===
You tell him the crisis team is on the way, and that he should wait right here by the shelter. Then you clear.
"Twelve, clear of the Food Mart. Mobile crisis en route to the male." #speaker:officer #sfx:radio_dispatch
{
- team_due - minutes_elapsed <= 3 and felt_trust() >= 8:
    Later, dispatch tells you Team Three found him sitting in the bus shelter, and he went with them.
- else:
    Twenty minutes later Crisis Team Three radios that nobody matching his description is at the Food Mart. Gloria told them he walked off toward Lincoln a couple of minutes after your car pulled out, talking to himself.
}
-> END

=== released ===
You tell him he's free to go, and ask him to give the store some room.
{help_asked and referral == "none":
    He stands there a second longer, as if he's waiting for the rest of the sentence. "That's it?" #speaker:person
}
{card_given:
    He takes your card out of the inside pocket, looks at it, and puts it back with the needles.
}
He walks off down Lincoln Avenue, still talking, one hand inside his jacket.
{
- clerk_informed:
    Gloria asks you, when you go in, whether he'll be back tomorrow. You don't know.
- else:
    Gloria watches him go through the glass, and turns the sign on the door to OPEN.
}
Two hours later, dispatch sends another unit to the laundromat on Lincoln: a man shouting at the dryers.
-> END

=== gone ===
{team_called:
    Crisis Team Three drives the blocks around Lincoln for half an hour. They don't find him.
}
{not clerk_informed:
    Gloria comes out to ask whether he'll be back. You don't know.
}
The next time anyone on your squad hears his name, it's a welfare check at the laundromat on Lincoln, four days later.
-> END

=== cited ===
You write him a citation for criminal trespass: the Food Mart, this morning, a court date in five weeks.
He holds the copy by one corner as if it might burn him. "You're with her. I knew it. You're all with her." #speaker:person
-> after_citation

= after_citation
{felt_agitation() >= 10:
    He crumples the citation, throws it at the camera, and runs.
    -> bolts
}
* {referral == "none"} [Tell him about the county crisis team, and ask if he'd talk to them here #act:offer_referral to=crisis target=person]
    {
    - felt_trust() >= 6:
        ~ referral = "accepted"
        ~ handoff = "team"
        He looks at the citation, then at you. "And you stay. Till they come." #speaker:person #event:referral_accepted
        {not team_called:
            ~ team_called = true
            ~ team_due = minutes_elapsed + team_minutes
            "Twelve, start mobile crisis to the Food Mart." #speaker:officer #sfx:radio_dispatch
        }
        -> waiting
    - else:
        ~ referral = "declined"
        "You just wrote me up. Keep your crisis team." #speaker:person #event:referral_declined
    }
    -> after_citation
* {not card_given} [Give him a card with the 988 crisis line and Eastgate's address #act:hand_card target=person]
    ~ card_given = true
    He puts the card in the pocket with the citation without looking at it.
    -> after_citation
* [Tell him he can go #act:release target=person]
    He walks off down Lincoln Avenue with the citation in his fist.
    Two hours later, dispatch sends another unit to the laundromat on Lincoln: a man shouting at the dryers.
    -> END

=== arrested ===
~ arresting = true
You tell him he's under arrest for trespassing.
"No. No, no, no. Not jail. They're in the jail." He doesn't fight. He just starts to shake. #speaker:person
{pocket_emptied:
    His needles are already on the newspaper box. You cuff him, bag the syringes, and walk him to your car. #sfx:car_door
    -> booked
}
Before he goes in the back of your car, his pockets have to be empty.
* {not disclosed} [Ask him if anything in his pockets will stick you, then have him empty them onto the newspaper box #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    ~ disclosed = true
    "Needles. Inside. Used ones too." He empties the pocket with shaking hands, onto the lid. #speaker:person #event:sharps_disclosed
* {disclosed} [Have him empty his pockets onto the newspaper box before you cuff him #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    He empties the inside pocket slowly onto the lid, one thing at a time.
* [Go through his pockets yourself before he goes in the car #act:reach_into_pocket target=person]
    -> stuck
- You cuff him and walk him to your car. #sfx:car_door
-> booked

=== booked ===
{officer_injured:
    Kowalski drives him to the county jail while you go to St. Luke's with your hand held up by the steering wheel.
}
At the jail the intake nurse reads the St. Luke's discharge sheet and puts him on a mental-health watch: a cell with a window in the door, checked every fifteen minutes. The jail psychiatrist comes in on Tuesdays.
He's released on Monday with a court date and no medication. Eastgate doesn't see him that week.
-> END

=== er_hold ===
You tell him he's going to the hospital for an evaluation, whether he wants to or not, and radio for an ambulance. #sfx:radio_dispatch
"No! Not St. Luke's! Not the room with the door!" #speaker:person
It takes you{backup_here:, Kowalski} and two medics to get him onto the stretcher and strap him down at the wrists and ankles. He screams the whole way into the ambulance. #sfx:siren
{
- not disclosed:
    Strapping his arm, a medic's hand stops an inch from the uncapped needle in his inside pocket. She swears and backs off, and finds the rest with a flashlight.
- not pocket_emptied:
    You tell the medics about the needles, and one of them lifts them out of his pocket with a gloved hand, slowly, into her sharps box.
}
At St. Luke's he waits nine hours on a gurney in a hallway. At six in the evening the psychiatrist finds he doesn't meet the criteria for an involuntary hold: he's no danger to himself or anyone else. He's discharged with a card for 988.
-> END

// The officer reached blindly into the pocket (or was stuck in a takedown): first aid, reporting, the ER.
=== stuck ===
You slide your hand into the inside pocket: a rubber band, smooth plastic, a loose barrel, and a bright, sharp sting in the side of your index finger.
-> stung

= stung
You pull your hand back. A bead of blood rises, then another.
{not disclosed:
    ~ disclosed = true
    "Those are used! Those are my used ones! I'm sorry, I'm sorry!" #speaker:person #event:sharps_disclosed
}
-> first_aid

= first_aid
* [Go inside and wash it with soap and running water at the store's sink #time:120]
    ~ wound = "washed"
    Gloria lifts the counter flap without a word and points you to the sink in the back room. You let the water run over it and work the soap in for a long minute. It keeps bleeding a little.
* [Squeeze it hard to force the blood out, and douse it in hand sanitizer #time:30]
    ~ squeezed = true
    You pinch the fingertip white and squirt sanitizer over it. It stings like fire. Squeezing does nothing useful; soap and water is what it needs.
    -> first_aid
* [Wrap it in a napkin and keep going: you'll deal with it after the call #time:10]
    ~ wound = "wrapped"
    You wrap a napkin round the finger and press. It goes pink in the middle.
- -> reporting

= reporting
* [Radio your sergeant: you've had a needlestick, and you need relief and the ER #time:60]
    ~ reported = true
    "Twelve to Sergeant Brandt. I've taken a needlestick, used needle, at the Lincoln Avenue Food Mart. I need relief." #speaker:officer #sfx:radio_dispatch
    Brandt comes back at once: go to St. Luke's now, Kowalski takes the scene, the exposure report can be written at the hospital. The first couple of hours matter.
* [Keep it to yourself for now: it might have been one of the new ones #time:5]
    You flex the finger. It might have been one of the new ones.
- -> after_stick

= after_stick
{arresting: -> booked}
* [Before you go, ask for the crisis team to come to him here, and tell him, calmly, that they're coming #act:offer_referral to=crisis target=person]
    He nods without looking at you. He's holding his own hands, as if they'd done it.
* [Tell him he can go #act:release target=person]
    He backs away from you, then walks off down Lincoln Avenue without looking back.
- -> hospital

= hospital
{
- reported:
    You drive yourself to St. Luke's with your hand held up by the wheel. #bg:patrol_car
    Within the hour they draw blood for baseline tests, check your hepatitis B vaccination record, and start you on a twenty-eight-day course of post-exposure medication. Follow-up tests at six weeks, three months and six months.
    {wound == "washed": The nurse asks whether you washed it. You did, with soap and water{squeezed:, after squeezing it and pouring sanitizer on it}.}
    {wound == "wrapped": The nurse asks whether you washed it. You didn't: you {squeezed:squeezed it, put sanitizer on it, }wrapped it and kept working. She writes that down.}
- else:
    You finish the shift. At home that night you look at the small dark mark on your finger under the kitchen light, and read on your phone that post-exposure medication works best started within hours. It's eleven p.m. #bg:patrol_car
}
-> END
