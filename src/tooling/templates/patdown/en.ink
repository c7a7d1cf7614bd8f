// A Good Call scenario: a pat-down. Lines starting with // are notes for you, the author;
// trainees never see them. docs/authoring.md explains every tag and variable used here.

// The engine writes these variables after every pick. Declare only the ones your story reads.
VAR person_trust = 4
VAR person_agitation = 4
VAR officer_injured = false

Dispatch: a caller reports a man sleeping in the bus shelter on Fifth. #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
-> arrival

=== arrival ===
// #event:on_scene: the officer arrives. Raise it before the first choice at the scene.
A man sits in the shelter with a backpack between his feet. He watches you get out of the car. #event:on_scene #bg:park_bench #sfx:car_door
-> talking

=== talking ===
{person_agitation >= 8: -> he_runs}
* [Tell him why you stopped #act:explain_stop target=person]
  "Someone called about a person sleeping here. I'm checking you're OK." #speaker:officer
* [Ask if he has anything sharp on him #act:ask_about_sharps target=person]
  // The person discloses needles only when asked before a search, and only if trust allows.
  {person_trust >= 4:
    "There's a kit in the front pocket. Needles, capped." #speaker:person #event:sharps_disclosed
  - else:
    He shrugs and looks away. #speaker:person
  }
* [Put on gloves #act:don_gloves]
  You snap on nitrile gloves.
* [Ask him to take out what is in his pockets #act:have_person_remove_items target=person]
  He lays a lighter, a phone and a capped syringe on the bench.
* [Reach into his front pocket #act:reach_into_pocket target=person]
  -> blind_reach
* [Tell him about the syringe program van on Monday and Thursday #act:offer_referral to=ssp target=person]
  He takes the card. "They're alright, those people." #speaker:person
+ [Let him go on his way #act:release target=person]
  -> goodbye
- -> talking

=== blind_reach ===
// With "pocketHoldsNeedles": true in scenario.json, this action records a needlestick.
{officer_injured: A sharp sting in your fingertip. You pull back your hand: a bead of blood. #event:syringe_found}
* [Report the needlestick and go for care #act:call_backup]
  "Twelve, I've had a needlestick, I need a relief unit." #speaker:officer #sfx:radio_dispatch
  -> END

=== he_runs ===
He grabs his bag and runs. #speaker:narrator
-> END

=== goodbye ===
He shoulders his backpack. "Thanks for asking first." #speaker:person
-> END
