// Mi compañero lo tocó (la misma lógica que en.ink; solo cambian la prosa y las opciones).
// Kayla Dunn, 27 años, en libertad condicional, inhaló en la alfombra de la sala de su mamá un polvo
// que le vendieron como heroína. Su mamá, Denise, llamó al 911 y dijo que "tomó de más". El agente
// Luke Brandt, compañero de patrulla esta noche, se echa el polvo en la manga, se lo sacude y al rato
// está seguro de que le está dando una sobredosis. El contacto incidental con la piel no causa
// intoxicación por opioides (ACMT/AACT): lo que tiene es pánico. Una vez de cada diez (partner_variant
// == 1) se frotó la nariz con el guante empolvado y su respiración sí se hace lenta: la regla es
// revisar, no "nunca".

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
"Two-Adam-Twenty-Two, verificación de bienestar en Linden Court Apartments, el cuatro-uno-dos-cero de la calle Old Mill, apartamento Two-Frank. La que llamó dice que su hija adulta tomó de más y no despierta." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Twenty-Two, copiado." #speaker:officer
Brandt va manejando. "Tomó de más", dice. "Eso dicen siempre." Se estaciona bajo la única lámpara que funciona en el estacionamiento. #sfx:car_door
-> at_the_door

=== at_the_door ===
Una mujer con uniforme de hospital abre la puerta del 2F antes de que toque: cincuenta y tantos, los lentes de leer subidos en el pelo, el teléfono todavía en la mano. #event:on_scene #speaker:caller
"Está aquí adentro. Respira raro. Acabo de llegar del turno y la encontré en el piso." Su gafete dice DENISE, TÉCNICA DE ATENCIÓN AL PACIENTE. #speaker:caller
* [Seguirla adentro]
  -> living_room
* [Preguntarle qué tomó Kayla, cuánto y cuándo #act:ask_what_taken target=caller]
  "Vodka, creo. No sé cuánto." Denise no le sostiene la mirada. "Por favor. Está aquí." #speaker:caller
  -> living_room
* [Pedirle su nombre y fecha de nacimiento para el reporte antes de entrar #act:demand_id target=caller]
  "Denise Dunn. Cuatro de mayo del setenta y uno." Lo dice rápido, ya dándose la vuelta. "Por favor. Está aquí mismo." #speaker:caller
  -> living_room

=== living_room ===
Una sala pequeña: un sofá, un televisor sin volumen, una mesita de centro pegada al sofá. En la alfombra, entre los dos, hay una mujer joven boca arriba, con un brazo extendido y un ronquido que se le atora en la garganta. #bg:apartment #sfx:snoring
En la mesita hay un boleto de lotería doblado con una línea de polvo blanco en el pliegue, y un popote cortado.
"Déjame quitarte esto del camino." Brandt agarra la mesita por el borde y la arrastra hacia la pared. El boleto se resbala; sube una nubecita de polvo que le cae en la manga. #speaker:partner
"Ay, carajo." Se sacude el antebrazo con la mano enguantada, luego el pecho, y se limpia la boca y la nariz con el dorso del mismo guante. "Me cayó encima. ¿Eso es fentanilo? Lo tengo por todos lados." #speaker:partner
* [Observar la sala antes de acercarse a ella: el polvo, el popote, quién más está, y Brandt #act:scene_size_up]
  ~ sized_up = true
  El polvo en la alfombra es una mancha fina del tamaño de una huella digital. En la mesita no hay nada más: ni frascos de pastillas, ni botella de vodka. No hay nadie más en el apartamento. La joven tiene los labios grises. Brandt está junto a la pared, mirándose la manga.
  -> kneel
* [Arrodillarse junto a ella de inmediato]
  -> kneel
* [Decirle a Brandt que meta el polvo y el popote en una bolsa antes de que a alguien más le caiga encima #act:seize_drugs]
  ~ powder_bagged = true
  Brandt abre una bolsa de evidencia con dos dedos y echa adentro el boleto y el popote, respirando fuerte por la nariz. Denise ve cómo la bolsa entra en la chamarra de él. {caller_trust <= 3: Da un paso atrás, lejos de usted.}
  -> kneel

=== kneel ===
Se arrodilla en la alfombra junto a ella. Unos veinticinco años, sudadera con capucha y mallas. Tiene los labios grises y la piel fría. #event:beside_patient
"Kayla", dice Denise. "Se llama Kayla." #speaker:caller
-> route

// Cada decisión vuelve aquí.
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
  {&Un ronquido, y luego una pausa que se sorprende contando.|El pecho apenas se le levanta bajo la sudadera. El ronquido vuelve, más lento.|Cuenta la pausa entre dos respiraciones y llega a diez.} Sigue con los labios grises.
- "none":
  El pecho no se mueve. No ronca. La luz del televisor parpadea en el techo.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    {breathed_for_her: Entre dos de sus respiraciones, el pecho de ella sube solo, y otra vez.|El pecho le sube solo, más hondo, y otra vez.} Doce, catorce respiraciones por minuto, y el gris se le va de los labios. Sigue con los ojos cerrados.
  - else:
    Respira sola, hondo y parejo. {on_side: Está de lado, con la mejilla sobre la mano.|Está boca arriba, con la cabeza caída hacia un lado.}
  }
  {denise_here && doses_given == 1 && not denise_urged:
    ~ denise_urged = true
    "Ya respira, ¿entonces por qué no despierta?" Denise señala su caja. "Ahí queda otra. Póngasela." #speaker:caller
  }
}
{doses_given > 0 && breathing != "normal": {seconds_elapsed - last_dose_second < 120: La última dosis entró hace menos de dos minutos.|Ya pasaron más de dos minutos desde la última dosis.}}
{brandt_panics:
  -> brandt_line ->
}
{ems_eta_minutes > 0: Los paramédicos están a unos {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.}
* {not gloved} [Ponerse guantes de nitrilo #act:don_gloves]
  ~ gloved = true
  Los guantes le chasquean en las muñecas.
  -> route
* [Gritarle su nombre y frotarle fuerte el esternón con los nudillos #act:check_responsiveness target=patient]
  "¡Kayla! Kayla, ¿me oye?" Le hunde los nudillos en el esternón. {breathing == "normal": Se queja y le tiembla la mano. No abre los ojos.|Nada: ni un gesto. Cuando le levanta un párpado con el pulgar, la pupila es una punta de alfiler.}
  -> route
+ [Inclinarle la cabeza hacia atrás, acercar la mejilla a su boca y mirarle el pecho #act:check_breathing target=patient]
  {breathing:
  - "slow": Una respiración en diez segundos, superficial, con un ronquido encima.
  - "none": Nada en su mejilla. Nada en el pecho.
  - else: Su aliento le llega tibio y parejo a la mejilla. Catorce por minuto.
  }
  -> route
* {ems_eta_minutes < 0} [Llamar por radio: paramédicos, posible sobredosis de opioides #act:call_ems]
  "Two-Adam-Twenty-Two, mande paramédicos código tres a Linden Court, cuatro-uno-dos-cero de la calle Old Mill, Two-Frank. Mujer de unos veinte años, no responde, {breathing == "none": no respira|{breathing == "slow": respira unas cinco veces por minuto|respira otra vez después de la naloxona, pero no despierta}}, posible sobredosis de opioides." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Four sale de Mercy, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {denise_here} {not reassured} [Decirle a Denise que hizo bien en llamar, y que nadie aquí está en problemas por eso, tampoco Kayla #act:reassure_good_samaritan target=caller]
  -> reassure_denise
+ {sprays_left > 0} {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
+ {sprays_left > 0} {doses_given > 0} [Darle otra dosis, en la otra fosa nasal #act:naloxone_nasal target=patient]
  -> spray
+ {perceived_breathing != "normal"} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Inclinarle la cabeza y respirar por ella con el protector facial, una respiración cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {perceived_breathing == "normal" || breathing_back_seen} {not on_side} [Ponerla de lado, con la rodilla de arriba doblada y la cabeza hacia atrás #act:recovery_position target=patient]
  ~ on_side = true
  La gira hacia usted, le dobla la rodilla de arriba para que no siga rodando y le pone la mano bajo la mejilla. Tiene la vía respiratoria abierta.
  -> route
+ {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Quedarse junto a ella, con dos dedos en su muñeca, y contarle las respiraciones #act:monitor target=patient]
  -> count_breaths
* {denise_here} {not asked_denise} [Preguntarle a Denise qué tomó Kayla de verdad, y cuándo #act:ask_what_taken target=caller]
  -> denise_answers
* {denise_here} {denise_told} [Preguntarle a Denise quién le vendió el polvo a Kayla: si es fentanilo, hay más gente en peligro #act:ask_drug_source target=caller]
  "No sé. Un muchacho de su antigua escuela. No sé cómo se llama." Denise mira {powder_bagged: la bolsa en la chamarra de Brandt|el librero}, luego a usted, y deja de hablar. #speaker:caller
  -> route
* {not powder_bagged} {not powder_folded} [Doblar el boleto de lotería y dejarlo en el librero, fuera del alcance, para que lo vean los paramédicos #time:10]
  ~ powder_folded = true
  Dobla el boleto sobre el polvo y lo pone en el librero, fuera del alcance. El popote queda al lado.
  -> route
+ {brandt_panics} [Voltear hacia Brandt: contarle las respiraciones, mirarle las pupilas, pedirle que le apriete la mano #act:check_breathing target=partner #act:check_responsiveness target=partner]
  -> check_brandt
* {brandt_panics} {not brandt_washed} [Mandar a Brandt al fregadero de la cocina: agua corriente y jabón en las manos, las muñecas y la cara, un buen minuto #act:wash_skin target=partner]
  -> wash_brandt
* {brandt_panics} {not brandt_washed} {not brandt_gelled} [Echarle a Brandt en las manos y las muñecas el gel desinfectante de su cinturón, para quitárselo rápido #act:use_hand_sanitizer target=partner]
  -> gel_brandt
+ {brandt_panics} {sprays_left > 0} {brandt_sprayed == 0 || (brandt_slow && brandt_sprayed == 1)} [Aplicarle a Brandt naloxona de su caja #act:naloxone_nasal target=partner]
  -> spray_brandt
* {brandt_panics} {not brandt_calm} {not brandt_coached} [Calmar a Brandt: sentarlo contra la pared donde usted lo vea, y respirar con él, cuatro para adentro y seis para afuera #time:20]
  -> coach_brandt
* {brandt_panics} {brandt_calm} {not brandt_at_door} {ems_eta_minutes > 0} [Darle una tarea a Brandt: bajar a la puerta de la calle y subir a los paramédicos directo #time:5]
  ~ brandt_at_door = true
  "Luke. Baja y detenle la puerta de la calle a Medic Four, y súbelos directo aquí." #speaker:officer
  Brandt asiente una vez, aliviado de tener algo que hacer, y sale. Lo oye bajar la escalera de dos en dos. #speaker:partner #sfx:footsteps
  -> route
* {brandt_panics} {not brandt_calm} [Sacar a Brandt al descanso de la escalera, al aire limpio, y quedarse con él hasta que se estabilice #act:delay_for_exposure_fear target=partner]
  -> to_the_landing
+ [{ems_eta_minutes >= 0: Retirarse y esperar a los paramédicos|Retirarse y darle un momento} #act:wait]
  Se levanta de la alfombra y da un paso atrás. Treinta segundos son mucho tiempo para mirar. {breathing == "none" && breathing_stops: Nadie respira por ella.}
  -> route

// Brandt tal como lo ve quien juega, una vez que se cree envenenado.
=== brandt_line ===
{
- brandt_at_door: Brandt está abajo, en la puerta de la calle, esperando a los paramédicos.
- brandt_slow && brandt_sprayed == 0:
  ~ brandt_sag_passes++
  {brandt_sag_passes >= 2: Brandt se ha deslizado por la pared hasta el piso. Tiene la barbilla en el pecho y ronca, lento y húmedo.|Brandt está sentado contra la pared, con los párpados pesados, arrastrando las palabras.}
- brandt_slow: Brandt está sentado contra la pared, sudando y temblando, despierto y avergonzado.
- brandt_calm: Brandt está sentado contra la pared, respirando despacio, con la cara roja.
- else: {&Brandt camina de un lado a otro junto a la ventana, con las dos manos en el pecho. "El corazón, compa. No me entra el aire."|Brandt está doblado, con las manos en las rodillas. "Me hormiguean las manos. Las dos."|"Está empeorando", dice Brandt. "Lo siento."}
}
->->

=== reassure_denise ===
~ reassured = true
"Denise, hizo exactamente lo correcto al llamar. Nadie aquí está en problemas por eso: ni usted ni Kayla. Estamos aquí por ella." #speaker:officer
Denise se aprieta el dorso de la muñeca contra la boca. "Está en libertad condicional", dice. "Por eso dije que era alcohol." #speaker:caller
-> route

=== denise_answers ===
~ asked_denise = true
{caller_trust >= 6:
  ~ denise_told = true
  "No fue vodka. Se metió algo por la nariz. Dijo que era heroína, poquita, nomás hoy." A Denise se le quiebra la voz. "Hace unos cuarenta minutos, tal vez. Llevaba limpia desde junio." #speaker:caller #event:bystander_disclosed
- else:
  "Ya le dije. Estaba tomando." Denise mira {powder_bagged: la bolsa en la chamarra de Brandt|la alfombra}, y no a usted. #speaker:caller
}
-> route

=== spray ===
~ sprays_left--
~ last_dose_second = seconds_elapsed - 20
{doses_given == 1:
  ~ first_dose_second = last_dose_second
}
{
- doses_given == 1: Rompe la caja, le inclina la cabeza hacia atrás, le mete la boquilla en la fosa nasal y aprieta el émbolo. Un siseo corto. #sfx:naloxone_spray
- sprays_left == 0: La otra fosa nasal. Aprieta. Un siseo corto. Era la última dosis que le quedaba. #sfx:naloxone_spray
- else: La otra fosa nasal. Aprieta. Un siseo corto. #sfx:naloxone_spray
}
{withdrawal == "severe": El corazón se le empieza a disparar bajo su mano.}
-> route

=== rescue_breaths ===
~ breathed_for_her = true
~ rescue_rounds++
{on_side: La vuelve a poner boca arriba.}
~ on_side = false
{breathing:
- "normal":
  A mitad de una respiración, el pecho de ella se levanta solo, y otra vez. Se sienta sobre los talones y la mira respirar.
- else:
  {&Le inclina la cabeza, le tapa la nariz, sella el protector sobre su boca y le da una respiración lenta. El pecho sube. Cuenta cinco. Otra vez.|Respira, cuenta cinco, respira. La válvula del protector hace clic cada vez.|Doce respiraciones por minuto. La alfombra le quema las rodillas.} {breathing == "none": Entre sus respiraciones, nada de ella.|Entre sus respiraciones llegan las de ella, superficiales y muy espaciadas.}
}
-> route

=== count_breaths ===
~ quiet_minutes++
Se arrodilla con dos dedos en su muñeca y cuenta.
{breathing:
- "slow": Cuatro respiraciones en un minuto. Luego cinco. Los labios no se le ponen rosados.
- "none": Se detiene. Espera la siguiente respiración, y no llega.
- else: Catorce respiraciones en un minuto, parejas y hondas.
}
-> route

=== breathing_stops ===
El ronquido se detiene. El pecho le da un jalón, luego otro, una bocanada larga que suena a dolor. Luego nada. #sfx:agonal_breathing
{denise_here: "¡Se paró! ¡Dejó de respirar!" Denise está de rodillas al otro lado de ella. #speaker:caller}
* [Respirar por ella: protector facial, cabeza hacia atrás, una respiración cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {sprays_left > 0} {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
* {sprays_left > 0} {doses_given > 0} [Darle otra dosis ya: dejó de respirar #act:naloxone_nasal target=patient]
  -> spray
* [Empezar compresiones en el pecho #act:cpr target=patient]
  Empuja fuerte y rápido en el centro del pecho. Treinta, luego dos respiraciones. Dos minutos así.
  -> route
* [Mantener la cara lejos de su boca: hay polvo por todas partes. Esperar la bolsa-válvula-mascarilla de los paramédicos #act:delay_for_exposure_fear target=self]
  Se queda de rodillas junto a ella, con las manos en los muslos, mirando un pecho que no se mueve. Dos minutos. {denise_here: Denise repite el nombre de su hija una y otra vez.}
  -> route

// El compañero: un minuto después del polvo, o en cuanto entra la primera dosis.
=== brandt_panics ===
~ panic_second = seconds_elapsed
{partner_variant == 1:
  ~ brandt_slow = true
}
"No me siento bien." Brandt está contra la pared, con una mano plana en el pecho. "El corazón se me va a salir. Estoy mareado. No me entra el aire." Se mira la manga. "Es fentanilo. Me está dando una sobredosis. ¡Échame el Narcan! ¡Échamelo!" #speaker:partner
Aprieta el micrófono del hombro antes de que usted pueda contestar. "Two-Adam-Twenty-Two, agente expuesto, tengo fentanilo encima, necesito..." Suelta el botón sin terminar. #sfx:radio_dispatch
{denise_here: Denise mira de él a su hija, y de vuelta. #speaker:caller}
* [Voltear hacia Brandt: contarle las respiraciones, mirarle las pupilas, pedirle que le apriete la mano #act:check_breathing target=partner #act:check_responsiveness target=partner]
  -> check_brandt
* {sprays_left > 0} [Aplicarle naloxona de su caja: si es fentanilo, cada segundo cuenta #act:naloxone_nasal target=partner]
  -> spray_brandt
* [Sacarlo al descanso de la escalera, al aire limpio, y quedarse con él hasta que se estabilice #act:delay_for_exposure_fear target=partner]
  -> to_the_landing
* [Echarle en las manos y las muñecas el gel desinfectante de su cinturón, para quitárselo rápido #act:use_hand_sanitizer target=partner]
  -> gel_brandt
* [Decirle que se siente contra la pared y respire, y seguir de rodillas junto a Kayla #time:5]
  "Luke. Siéntate contra la pared. Respira. Aquí estoy." #speaker:officer
  Se desliza por la pared y se sienta con las rodillas dobladas, respirando rápido. #speaker:partner
  -> route

=== check_brandt ===
~ brandt_checked = true
{
- brandt_slow && brandt_sprayed == 0:
  Le toma la cara con las manos. Tiene las pupilas como puntas de alfiler. Respira ocho veces por minuto, tal vez menos, y le aprieta la mano como alguien medio dormido. "Me froté la nariz", dice, despacio. "Con el guante." #speaker:partner
  Esto no es pánico. Lo que había en el dorso de ese guante se le fue por la nariz.
- brandt_slow:
  Las pupilas le están volviendo a su tamaño y respira dieciséis veces por minuto, sudando. Le aprieta la mano con fuerza. "Estoy bien", dice. "Ya estoy bien." #speaker:partner
- else:
  Le toma la cara con las manos. Tiene las pupilas grandes, si acaso. Respira treinta veces por minuto, rápido y superficial, y el pulso bajo sus dedos va a mil. Le aprieta la mano tan fuerte que duele, y no para de hablar. #speaker:partner
  Respiración rápida, pupilas grandes, bien despierto: eso no es lo que hace un opioide. Lo que hace un opioide está en la alfombra, a su lado.
}
-> route

=== spray_brandt ===
~ sprays_left--
~ brandt_sprayed++
Le pone la boquilla en la fosa nasal a Brandt y aprieta. Un siseo corto. #sfx:naloxone_spray
{sprays_left == 1 && doses_given == 0: Le queda una dosis para Kayla.}{sprays_left == 0: Era la última dosis que tenía.}
{brandt_slow:
  Dos minutos después su respiración se hace más honda y abre los ojos. Está sudando, temblando y furioso consigo mismo, pero respira.
- else:
  Le lloran los ojos. Estornuda. Nada más cambia: el corazón le sigue golpeando, las manos le siguen hormigueando. "No está funcionando", dice. "Es así de fuerte. No funciona." #speaker:partner
}
-> route

=== wash_brandt ===
~ brandt_washed = true
Lleva a Brandt al fregadero de la cocina, a tres pasos, y abre la llave del agua fría. Jabón de trastes en las manos, las muñecas y el antebrazo, en la cara; un minuto entero bajo el agua corriente. {brandt_gelled: El gel pegajoso se va con el agua.}
{brandt_slow && brandt_sprayed == 0: Se apoya pesado en la barra mientras usted lo lava, y se le cierran los ojos.|Bajo el agua corriente su respiración se calma un poco. "Okey", dice. "Okey."}
-> route

=== gel_brandt ===
~ brandt_gelled = true
Le echa a Brandt un chorro de gel con alcohol en las manos y las muñecas y se lo frota: el dorso del guante, la manga, la piel de arriba. Huele a pasillo de hospital. "¿Ya se quitó?", pregunta. #speaker:partner
El gel no le quitó nada de la piel. Le frotó el polvo contra ella, y ahí lo dejó.
-> route

=== coach_brandt ===
~ brandt_coached = true
"Luke. Mírame. Cuatro para adentro. Seis para afuera. Otra vez." Con una mano sobre Kayla, lo dice junto con él. #speaker:officer
{brandt_slow && brandt_sprayed == 0:
  Lo intenta. Sus respiraciones se hacen más lentas, y más lentas, y se da cuenta de que no es el ejercicio lo que está funcionando.
- else:
  ~ brandt_calm = true
  Al minuto se le bajan los hombros. "Las manos me siguen hormigueando", dice. "Es la respiración", le dice usted. "Respirar rápido hace eso. Sigue." #speaker:partner
}
-> route

=== denise_box_offered ===
~ denise_box = true
~ sprays_left += 2
"Espere." Denise ya está en su bolsa, en el sofá. "Tengo una. De la farmacia, después de la otra vez." Le pone en la mano otra caja de naloxona nasal. #speaker:caller
-> route

=== to_the_landing ===
~ on_landing = true
Toma a Brandt del brazo y lo saca del apartamento al descanso de la escalera. La puerta se entrecierra detrás de ustedes. {denise_here: Por la rendija se ve a Denise de rodillas en la alfombra.}
-> landing

=== landing ===
~ landing_rounds++
{hazmat_called: La unidad de materiales peligrosos viene en camino, en algún lugar.}
{brandt_slow && brandt_sprayed == 0: Brandt está sentado en el escalón de arriba, con los ojos cerrándose, respirando lento y pesado.|Brandt está sentado en el escalón de arriba con la cabeza entre las rodillas. {landing_rounds >= 2: Ya respira más despacio.}}
{
- not pulse: La voz de Denise atraviesa la puerta, aguda y delgada: "¡Se puso morada! ¡No se mueve nada!"
- breathing == "none": "¡No respira!", grita Denise desde adentro. "¡Oficial, no respira!"
- else: Desde adentro se oye a Denise diciendo el nombre de Kayla.
}
* {brandt_slow} {brandt_sprayed == 0} {sprays_left > 0} [Aplicarle a Brandt naloxona de su caja #act:naloxone_nasal target=partner]
  ~ on_landing = false
  -> spray_brandt
+ [Volver adentro con Kayla]
  ~ on_landing = false
  Empuja la puerta y vuelve a entrar. {brandt_slow && brandt_sprayed == 0: Mete a Brandt a rastras.|Brandt entra detrás y se sienta contra la pared.}
  -> route
+ {landing_rounds < 5} [{hazmat_called: Quedarse en el descanso hasta que materiales peligrosos despeje el apartamento|Quedarse aquí afuera con Brandt hasta que se estabilice}: no tiene caso que caigan dos agentes #act:delay_for_exposure_fear target=self]
  Dos minutos en el descanso. Abajo, una puerta se abre y se cierra.
  -> landing

=== sergeant_calls ===
"Two-Adam-Twenty-Two, habla el sargento Pruitt. Escuché agente expuesto. ¿Qué necesita? ¿Quiere materiales peligrosos y descontaminación, una segunda ambulancia para Brandt?" #speaker:dispatch #sfx:radio_dispatch
* [Decirle que no hace falta materiales peligrosos por polvo en una manga, y lo que tiene: {not brandt_checked:una paciente que apenas respira, y Brandt de pie}{brandt_checked && brandt_slow && brandt_sprayed == 0:Brandt respira lento y tiene las pupilas puntiformes, así que un paramédico también para él}{brandt_checked && not (brandt_slow && brandt_sprayed == 0):Brandt respira bien y está bien despierto} #time:10]
  "Sargento, no hace falta materiales peligrosos. {brandt_checked && brandt_slow && brandt_sprayed == 0: A Brandt se le fue por la nariz y le bajó la respiración: necesito que Medic Four lo revise a él también.|{brandt_checked: Brandt respira rápido, pupilas normales, habla. Es un susto.|Reviso a Brandt en un segundo.}} Lo estamos lavando con agua y jabón. Necesito a los paramédicos para mi paciente." #speaker:officer #sfx:radio_dispatch
  "Copiado. Detengo a materiales peligrosos. Yo llego en cinco minutos." #speaker:dispatch
  -> route
* [Pedir materiales peligrosos y una línea de descontaminación, y mantener a todos en el descanso hasta que despejen el apartamento #act:delay_for_exposure_fear target=self]
  ~ hazmat_called = true
  ~ hazmat_called_second = seconds_elapsed
  "Sargento, mande materiales peligrosos y descontaminación. Salimos al descanso de la escalera." #speaker:officer #sfx:radio_dispatch
  {denise_here: "¡Yo no la dejo!", dice Denise. Se queda de rodillas en la alfombra. #speaker:caller}
  -> to_the_landing
* [Pedir materiales peligrosos para descontaminar a Brandt y el apartamento, y seguir atendiendo a Kayla mientras llegan #time:10]
  ~ hazmat_called = true
  ~ hazmat_called_second = seconds_elapsed
  "Sargento, mande materiales peligrosos para descontaminar a Brandt y el cuarto. Yo me quedo con mi paciente." #speaker:officer #sfx:radio_dispatch
  "Copiado. La unidad de materiales peligrosos del Engine Nine va en camino." #speaker:dispatch
  -> route

=== hazmat_at_door ===
Dos bomberos con trajes blancos de Tyvek y respiradores llenan la puerta. La voz del capitán sale apagada por la máscara. "Todos afuera. La paciente también, si la pueden mover. Los descontaminamos en el descanso y despejamos el cuarto." #speaker:bystander #sfx:footsteps
* [Hacer lo que dice: salir al descanso para la descontaminación #act:delay_for_exposure_fear target=self]
  -> to_the_landing
* [Decirle que usted se queda con una paciente que apenas respira, y pedirle que revise a Brandt #time:10]
  "Yo no la dejo. Revise a mi compañero, si quiere ayudar." #speaker:officer
  El capitán mira a Brandt un buen rato y se baja la máscara. "¿Polvo en una manga? Nosotros lo lavaríamos con agua y jabón, igual que usted." Manda al otro bombero de vuelta al camión. #speaker:bystander
  -> route

=== denise_leaves ===
~ denise_here = false
Denise agarra el teléfono y las llaves. "Voy a llamar a mi hermano. Es abogado." Sale, y usted la oye tocar la puerta de enfrente. #speaker:caller #event:caller_left
-> route

// El instructor puede hacer que Denise se vaya en cualquier momento (caller_left): aquí se nota.
=== denise_slipped_out ===
~ denise_here = false
Cuando levanta la vista, Denise ya no está. Su bolsa sigue en el sofá; la puerta al pasillo está abierta.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  Le presiona dos dedos en un lado del cuello y espera. Nada. El otro lado. Nada.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Empezar RCP: fuerte y rápido en el centro del pecho, dos respiraciones cada treinta compresiones #act:cpr target=patient]
  ~ cpr_rounds++
  Cuenta en voz alta para llevar el ritmo. Treinta. Dos respiraciones. Treinta.
  -> route
* {ems_eta_minutes < 0} [Pedir paramédicos por radio #act:call_ems]
  "Two-Adam-Twenty-Two, mande paramédicos código tres a Linden Court, cuatro-uno-dos-cero de la calle Old Mill, Two-Frank. Mujer sin pulso, RCP en curso." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Four sale de Mercy, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route

=== medics_work_code ===
Entran dos paramédicos con un monitor y una bolsa de vía aérea. Uno toma las compresiones; el otro le mete un tubo y empieza a darle aire con la bolsa. #sfx:footsteps
"¿Cuánto tiempo lleva así? ¿Qué le dieron?" #speaker:ems
* [Decirles lo que encontró, lo que le dio y cuándo, y cuánto tiempo estuvo sin respirar #act:handoff_to_ems target=patient]
  Se lo dice sin rodeos: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis de naloxona|{doses_given == 2: dos dosis|{doses_given} dosis} de naloxona}}, las horas lo más exactas que puede, cuánto tiempo estuvo sin respirar.
* [Hacerse a un lado contra la pared y dejarlos trabajar]
  Trabajan sin sus respuestas.
- Trabajan con Kayla Dunn veinticinco minutos en la alfombra de su mamá. A las doce cuarenta y cinco, el paramédico dice la hora en voz alta.
{denise_here: Denise está sentada en el sofá con las dos manos sobre la boca.|No hay nadie en el cuarto que la conociera.}
{hazmat_called: La unidad de materiales peligrosos se estaciona abajo con las luces prendidas, y nadie se baja.}
-> END

=== kayla_wakes ===
{withdrawal == "severe":
  Se levanta de la alfombra de golpe, con arcadas, agitando los brazos. El codo le pega a usted en la quijada. "¿Qué me hizo? ¿¡Qué me HIZO!?" En segundos está empapada de sudor, temblando, y vomita en la alfombra. #speaker:patient #sfx:cough
- else:
  Tose, una tos larga y húmeda, y voltea la cabeza. Abre los ojos. Parpadea despacio. "...¿Mamá?" Intenta sentarse y no lo logra. Tiene los labios rosados otra vez. #speaker:patient #sfx:cough
}
{brain_injury: Al principio sus ojos no siguen los de usted. Cuando intenta hablar, las palabras le salen lentas y en desorden.}
{withdrawal == "severe" && denise_here:
  "¿Le llamaste a la policía? ¿A mí?", le grita a su mamá. "¡Vete! ¡Lárgate!" Denise sale del apartamento llorando, y se oye abrirse y cerrarse la puerta de enfrente. #speaker:patient #event:caller_left
  ~ denise_here = false
}
* [Agacharse a la altura de sus ojos y explicarle con calma lo que pasó #act:explain_what_happened target=patient]
  ~ explained = true
  "Kayla, soy agente de policía. {breathing_stops: Dejó de respirar.|Casi no respiraba.} Le di naloxona, Narcan, y la hizo volver. {ems_eta_minutes > 0: Los paramédicos vienen en camino.} No está en problemas. Nomás respire." #speaker:officer
  {withdrawal == "severe": Sigue temblando, pero deja de manotear y se sienta con la cabeza entre las manos. #speaker:patient|Mira el librero donde quedó el boleto. "Se suponía que era heroína", dice. "Nomás heroína." #speaker:patient #event:use_disclosed}
  -> route
* {withdrawal == "severe"} [Está manoteando. Agarrarle las muñecas y sostenerlas hasta que se calme #act:grab target=patient]
  ~ kayla_held = true
  Le agarra las dos muñecas. Ella forcejea con pánico, y pasa casi un minuto antes de que afloje y usted la suelte. Desde entonces no le quita la vista de las manos.
  -> route
* [Preguntarle de inmediato qué se metió, y cuánto #act:ask_what_taken target=patient]
  "¿Qué se metió, Kayla? ¿Cuánto?" #speaker:officer
  Se le queda viendo, parpadeando, como si usted hablara otro idioma. "¿Quién es usted?" #speaker:patient
  -> route
* [Hablarle claro: casi se muere en la alfombra de su mamá, y fue su mamá quien la encontró #act:demean target=patient]
  "Casi se muere en el piso de su mamá. Y fue ella quien la encontró." #speaker:officer
  Le sostiene la mirada un largo rato, luego la aparta, y lo que tenía abierto en la cara se le cierra.
  -> route

=== kayla_awake ===
{withdrawal == "severe": Kayla está encogida contra el sofá, temblando, con la nariz escurriendo y la quijada apretada.|Kayla está sentada contra el sofá {denise_here: con el brazo de su mamá alrededor|con las rodillas dobladas contra el pecho}, pálida pero respirando.}
{brandt_panics:
  -> brandt_line ->
}
{ems_eta_minutes > 0: Los paramédicos están a unos {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.}
* {ems_eta_minutes < 0} [Pedir paramédicos por radio ahora que respira #act:call_ems]
  "Two-Adam-Twenty-Two, mande paramédicos a Linden Court, cuatro-uno-dos-cero de la calle Old Mill, Two-Frank. Mujer reanimada con naloxona, posible sobredosis de opioides." #speaker:officer #sfx:radio_dispatch
  "Copiado, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {not transport_asked} [Pedirle que deje que los paramédicos la lleven a Mercy para que la observen #act:offer_transport target=patient]
  -> transport_answer
* {kayla_refused && not refusal_respected} [Decirle que es su decisión #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not kit_left} {denise_here} [Dejarle un kit de naloxona a Denise y enseñarle a usarlo #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not denise_here} [Dejarle un kit de naloxona a Kayla y enseñarle a usarlo #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Hablarle de la clínica puente de Mercy: buprenorfina el mismo día, y no hay que avisarle a su agente de libertad condicional #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* [Decirle que un tratamiento se vería mucho mejor ante su agente de libertad condicional que lo de esta noche #act:coerce_referral target=patient]
  "Su agente de libertad condicional se va a enterar de esta noche de un modo u otro. Un tratamiento se ve mucho mejor que una violación." #speaker:officer
  Kayla se ríe sin ninguna gracia. "Qué bien. Gracias." #speaker:patient
  -> route
* {not kayla_run} [Verificar su nombre mientras espera: si está en libertad condicional, su agente debería saber lo de esta noche #act:warrant_check target=patient]
  ~ kayla_run = true
  Despacho contesta: no tiene órdenes pendientes; libertad condicional activa, condado de Carver, posesión. Kayla lo oye por su radio y deja de hablarle. {denise_here: Denise cierra los ojos.} #sfx:radio_dispatch
  -> route
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Quedarse con ella hasta que lleguen los paramédicos #act:monitor target=patient]
  ~ quiet_minutes++
  Se sienta en el brazo del sofá. {withdrawal == "severe": Ella tiembla y maldice entre dientes.|{denise_here: Denise le trae un vaso de agua.|Ella se queda mirando el televisor.}}
  -> route
* {brandt_panics} {not brandt_at_door} [Ya está despierta y hablando. Llevar personalmente a Brandt a la sala de emergencias de Mercy; él sigue creyendo que está envenenado #act:leave_scene]
  -> left_early

=== transport_answer ===
~ transport_asked = true
{withdrawal == "severe":
  ~ kayla_refused = true
  "No voy. No me voy a sentar en una sala de emergencias enferma como perro para que le hablen a mi agente. Estoy bien." #speaker:patient #event:transport_refused
- else:
  ~ kayla_going = true
  Kayla mira a su mamá y luego a usted. "¿Le van a decir a mi agente?" "La sala de emergencias no es la policía", le dice usted. Ella asiente. "Okey. Voy." #speaker:patient
}
-> route

=== respect_her_refusal ===
~ refusal_respected = true
"Es su decisión, Kayla. La naloxona se pasa en media hora o una hora, y lo que se metió puede durar más. Si le vuelve a dar sueño, {denise_here: su mamá llama al 911|llame al 911}." #speaker:officer
Ella asiente sin levantar la vista. #speaker:patient
-> route

=== leave_kit ===
~ kit_left = true
Saca de su chaleco un kit de naloxona para dejar: dos atomizadores nasales, un protector facial, una tarjeta con la línea de sobredosis del condado. Le enseña a {denise_here: Denise|Kayla} dónde va la boquilla, dónde se aprieta, que hay que esperar dos o tres minutos antes de la segunda dosis, y respirar por ella mientras tanto.
{denise_here: "Lo voy a tener junto a la puerta", dice Denise. #speaker:caller}
-> route

=== referral_clinic ===
~ referred = true
"Hay una clínica puente en Mercy, en la planta baja. Empiezan la buprenorfina el mismo día, sin lista de espera, y es algo médico: nadie le llama a su agente." #speaker:officer
{withdrawal != "severe" && not kayla_run:
  "¿El mismo día?" Kayla se limpia la nariz con la manga. "Okey. Deme la tarjeta." #speaker:patient #event:referral_accepted
- else:
  Kayla se encoge de hombros. La tarjeta se queda donde usted la puso. #speaker:patient #event:referral_declined
}
-> route

=== medics_arrive ===
Botas en la escalera, el traqueteo de una silla de escaleras. Dos paramédicos de Medic Four entran con un monitor y una bolsa de vía aérea{brandt_at_door:, Brandt detrás de ellos}. #sfx:siren #sfx:footsteps
{responsive: Uno se agacha frente a Kayla. "Hola. ¿Cómo vamos?"|Una paramédica se arrodilla junto a la cabeza de Kayla con la bolsa-válvula-mascarilla.}
"¿Qué tenemos?", le pregunta el otro. Luego ve a Brandt. "¿Y él?" #speaker:ems
* [Hacer la entrega de Kayla: lo que encontró, lo que le dio y cuándo, cómo respira; y luego pedirle que revise a Brandt #act:handoff_to_ems target=patient]
  ~ handed_over = true
  "Kayla Dunn, veintisiete años. La encontré sin responder en la alfombra, pupilas puntiformes, respirando {breathed_for_her: tan lento que yo respiraba por ella|unas cinco veces por minuto}. {denise_told: Su mamá dice que inhaló un polvo que le vendieron como heroína, unos cuarenta minutos antes de que llegáramos.|Había polvo en un boleto de lotería y un popote en la mesa.} {doses_given == 0: Nada de naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos.|{doses_given == 2: Dos dosis de naloxona nasal de cuatro miligramos.|{doses_given} dosis de naloxona nasal.}}} {responsive: Lleva unos minutos despierta.}" #speaker:officer
  "A mi compañero le cayó polvo en la manga. {brandt_slow: Se le fue por la nariz y le bajó la respiración; {brandt_sprayed > 0: una dosis lo hizo volver.|no le han dado naloxona.}|Se llevó un susto. Respira bien.} ¿Lo puede revisar?" #speaker:officer
  El paramédico lo anota en el dorso del guante y asiente. #speaker:ems
* [Mandarlos primero con Brandt: es agente y cree que le está dando una sobredosis #time:10]
  "Revisen primero a mi compañero. Está expuesto." #speaker:officer
  Los dos paramédicos voltean hacia Brandt. {brandt_slow && brandt_sprayed == 0: Una de ellos le echa un vistazo y saca su naloxona.|Una de ellos le revisa las pupilas y le cuenta las respiraciones quince segundos. "Está bien. Está asustado." Se vuelve hacia Kayla. "A ver. ¿Qué le dieron a ella, y cuándo?"}
- -> route

=== with_medics ===
{responsive && not transport_asked: -> medic_asks}
{
- not responsive: Los paramédicos tienen a Kayla con oxígeno y conectada al monitor.
- kayla_going: Los paramédicos tienen a Kayla en la silla de escaleras con una cobija sobre los hombros.
- kayla_refused && refusal_respected: El paramédico llena un formulario de rechazo en una tablilla sobre la rodilla.
- kayla_refused: El paramédico sostiene el formulario de rechazo y voltea hacia usted, esperando a ver qué hace.
- else: Los paramédicos están revisando a Kayla.
}
{brandt_slow && brandt_sprayed == 0: La otra paramédica le está dando aire con la bolsa a Brandt en el piso, junto a la pared.}
* {not handed_over} [Decirle al paramédico que atiende a Kayla qué le dio y cuándo #act:handoff_to_ems target=patient]
  -> medic_handoff
* {kayla_refused && not refusal_respected} [Decirle a Kayla que es su decisión #act:respect_refusal target=patient]
  -> respect_her_refusal
* {kayla_refused} {responsive} [Está en abstinencia y no piensa con claridad. Ayudar a los paramédicos a subirla a la silla de escaleras #act:force_transport target=patient]
  -> forced
* {not kit_left} {denise_here} [Dejarle un kit de naloxona a Denise y enseñarle a usarlo #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not denise_here} {responsive} [Dejarle un kit de naloxona a Kayla y enseñarle a usarlo #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} {responsive} [Hablarle a Kayla de la clínica puente de Mercy: buprenorfina el mismo día #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not kayla_run} {responsive} [Verificar su nombre antes de irse: si está en libertad condicional, su agente debería saber lo de esta noche #act:warrant_check target=patient]
  ~ kayla_run = true
  Despacho contesta: no tiene órdenes pendientes; libertad condicional activa, posesión. Kayla lo oye por su radio y voltea la cara hacia la pared. #sfx:radio_dispatch
  -> route
+ {not responsive} {quiet_minutes < 6} [Quedarse junto a la cabeza de Kayla mientras trabajan los paramédicos #act:monitor target=patient]
  ~ quiet_minutes++
  Se arrodilla junto a su cabeza y le va contando las respiraciones mientras los paramédicos trabajan alrededor.
  -> route
+ [Terminar la llamada #act:leave_scene]
  -> the_end

=== medic_handoff ===
~ handed_over = true
Le da al paramédico las horas: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis|{doses_given == 2: dos dosis|{doses_given} dosis}}}, cómo respiraba, qué había en la mesa. Él lo anota en su guante.
-> route

=== medic_asks ===
El paramédico se agacha junto a Kayla. "La presión está bien. Nos gustaría llevarla y observarla unas horas. ¿Viene con nosotros?" #speaker:ems
-> transport_answer

=== forced ===
"Se va." Usted la toma de un brazo; el paramédico, después de echarle una mirada, del otro. Kayla forcejea todo el camino hasta la silla de escaleras, luego deja de forcejear y llora. #speaker:officer
En Mercy la van a observar cuatro horas y se va a ir caminando, y la próxima vez nadie en este apartamento va a llamar al 911.
"Two-Adam-Twenty-Two, terminé en Linden Court, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END

=== left_early ===
"Kayla, quédese en el sofá. Los paramédicos {ems_eta_minutes > 0: están a unos minutos|vienen en camino}." Baja con Brandt por la escalera hasta la patrulla. #sfx:footsteps #sfx:car_door
En Mercy, la enfermera de triaje le revisa a Brandt las pupilas y el oxígeno, y le dice que se siente en la sala de espera.
{denise_here:
  Denise se queda con Kayla en el sofá. Cuando a Kayla se le empieza a caer la cabeza, la sacude y la hace hablar, y los paramédicos encuentran a las dos despiertas.
- else:
  La naloxona dura media hora, una hora cuando mucho. El fentanilo de ese polvo dura más. {ems_eta_minutes >= 0: Cuando los paramédicos tocan, Kayla les dice a través de la puerta que está bien. No la pueden obligar a abrir.} A las dos de la mañana Denise vuelve a entrar y encuentra a su hija en la alfombra, con los labios grises, respirando cuatro veces por minuto.
}
-> END

=== the_end ===
{
- kayla_going: Los paramédicos bajan a Kayla por la escalera en la silla, con Denise al lado, cargando su bolsa y el abrigo de Kayla.
- kayla_refused: Kayla firma el rechazo con la mano temblorosa. Los paramédicos recogen y se van.
- not responsive: Los paramédicos bajan a Kayla por la escalera, respirando todavía por ella. Ahora está en sus manos.
- else: Los paramédicos terminan con Kayla y se van.
}
{
- brandt_slow && brandt_sprayed == 0: Brandt se va a Mercy en la segunda ambulancia, con oxígeno en la nariz y una paramédica dándole aire con la bolsa cada vez que la respiración le baja. No tenía por qué llegar a eso.
- brandt_slow: Brandt va a Mercy para que lo observen, despierto, avergonzado, vivo. En la estación el reporte dirá: polvo frotado en la nariz con un guante, no en una manga.
- brandt_sprayed > 0: Brandt va a Mercy de todos modos. Cuatro horas después lo mandan a su casa con una nota: ansiedad, sin intoxicación por opioides. La naloxona en su nariz no hizo nada, y la caja de Kayla volvió a la estación con una dosis menos.
- brandt_gelled && not brandt_washed: En la patrulla, Brandt no deja de olerse las manos. Nadie se las lavó nunca.
- else: En la patrulla, Brandt se queda un rato quieto antes de arrancar. "El corazón me iba como tren", dice. "Estaba seguro." "Ya sé", le dice usted. "Eso hace el miedo."
}
{kit_left: El kit de naloxona se queda junto a la puerta, donde alguien lo pueda alcanzar.}
{kayla_run: En la mañana, una agente de libertad condicional del condado de Carver lee que Kayla Dunn tuvo una sobredosis, y quién llamó.}
"Two-Adam-Twenty-Two, terminé en Linden Court, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END
