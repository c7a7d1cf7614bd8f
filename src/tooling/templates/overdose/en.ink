// A Good Call scenario: an overdose. Lines starting with // are notes for you, the author;
// trainees never see them. docs/authoring.md explains every tag and variable used here.

// The engine writes these variables after every pick. Declare only the ones your story reads,
// with exactly these types and starting values.
VAR breathing = "slow"
VAR responsive = false
VAR ems_on_scene = false
VAR caller_trust = 5

// Before arrival: prose only. No choice here costs time.
Dispatch: unit twelve, possible overdose, second floor, the caller says his friend won't wake up. #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
-> arrival

=== arrival ===
// #event:on_scene starts the clock for every timed rule. Raise it when the officer arrives, before
// the first choice at the scene.
The door is open. A man lies on the kitchen floor; his friend kneels beside him, phone in hand. #event:on_scene #bg:apartment
"He's not waking up. Please." #speaker:caller
-> beside_patient

// A hub: the story returns here after every pick and offers what makes sense in the current state.
// `*` choices disappear once picked; `+` choices stay.
=== beside_patient ===
{ems_on_scene: -> medics_arrive}
{responsive: -> waking_up}
{breathing == "slow": His lips are grey. He snores, slowly, a long gap between breaths. #sfx:snoring}
{breathing == "none": He has stopped breathing. #sfx:agonal_breathing}
* [Scan the room for needles, weapons and other people #act:scene_size_up]
  A syringe cap on the counter, nothing else. The room is safe to enter.
* [Shout his name and rub his breastbone #act:check_responsiveness target=patient]
  Nothing. Not a flinch.
* [Look, listen and feel for breathing #act:check_breathing target=patient]
  {breathing == "slow": One breath. Then a long wait for the next.|No breath at all.}
* [Radio for EMS #act:call_ems]
  "Twelve, start EMS, unresponsive male, possible opioid overdose." #speaker:officer #sfx:radio_dispatch
* [Tell his friend nobody is in trouble for calling #act:reassure_good_samaritan target=caller]
  "You did the right thing calling. Nobody here is in trouble for that." #speaker:officer
  His shoulders drop a little. #speaker:narrator
+ [Spray a dose of naloxone into his nose #act:naloxone_nasal target=patient]
  You tilt his head back and press the plunger. #sfx:naloxone_spray
+ {breathing == "none"} [Give rescue breaths through a face shield #act:rescue_breathing target=patient]
  One breath every five seconds. His chest rises under your hands.
* {breathing != "none"} [Roll him onto his side, into the recovery position #act:recovery_position target=patient]
  You roll him toward you, top knee bent, head tilted back.
+ [Stay with him and watch his breathing #act:monitor target=patient]
  You watch his chest and count.
// A tempting wrong choice: the debrief explains why it is wrong, the story shows what it costs.
* [Run his friend's name for warrants #act:warrant_check target=caller]
  The radio takes two minutes. His friend edges toward the door.
- -> beside_patient

=== waking_up ===
He gasps, coughs, and his eyes open: confused, then frightened. #speaker:narrator #sfx:cough
* [Explain calmly what happened #act:explain_what_happened target=patient]
  "You stopped breathing. I gave you naloxone. EMS is on the way." #speaker:officer
- -> awake

=== awake ===
{ems_on_scene: -> medics_arrive}
* [Offer a referral to a peer recovery coach #act:offer_referral to=peer target=patient]
  You hand him the coach's card. He puts it in his pocket.
* [Leave a naloxone kit with his friend #act:leave_naloxone_kit target=caller]
  His friend takes the kit and reads the instructions on the box.
+ [Stay with him until EMS arrives #act:monitor target=patient]
  He sits against the cabinet, shivering.
- -> awake

=== medics_arrive ===
The medics come up the stairs with their bags. #speaker:ems #sfx:footsteps
* [Tell them what you gave and when #act:handoff_to_ems]
  "One dose of nasal naloxone at the start, breathing came back a few minutes later." #speaker:officer
  They take over. Your part is done. #speaker:narrator
  -> END
