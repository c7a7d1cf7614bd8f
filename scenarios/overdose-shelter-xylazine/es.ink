// La naloxona no basta.
// Wendell "Del" Price, 52 años, dos años bajo el paso elevado de la Ruta 9 y tres semanas en una
// cama del albergue, se inyectó lo que en el campamento llaman droga con tranq: fentanilo cortado con
// xilacina, un sedante veterinario que la naloxona no revierte. Tiene heridas de xilacina en los dos
// antebrazos. Su amigo Lonnie Haskins, vetado en el albergue, entró con él por la puerta de emergencia
// y llamó al 911 desde su celular. Marisol Ortega lleva el turno de noche. Variantes (scenario.json):
// una o dos dosis; deja de respirar a los 90-150 s si la naloxona no actúa antes; paramédicos a 8-12 min.
// Con xilacina (sedativeOnBoard), la naloxona le devuelve la respiración y nunca lo despierta: el motor
// escribe `sedated`. Se aprende: naloxona primero, respirar por él hasta que su respiración baste,
// ponerlo de lado cuando baste, no acumular dosis en alguien que respira, no tocar las heridas sin
// guantes, quedarse y decirles a los paramédicos que probablemente es xilacina.

VAR breathing = "slow"
VAR responsive = false
VAR pulse = true
VAR sedated = false
// Lo escribe el motor: el tiempo sin oxígeno pasó la cifra de lesión cerebral del escenario.
VAR brain_injury = false
VAR doses_given = 0
VAR seconds_elapsed = 0
VAR ems_on_scene = false
VAR ems_eta_minutes = -1
VAR withdrawal = "none"
VAR caller_trust = 3
VAR caller_present = true
VAR officer_injured = false

// Lo que recuerda la historia.
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
"Two-Adam-Fourteen, verificación de bienestar en el Second Street Navigation Center, cuatro diez de la calle Second, bajo el paso elevado de la Ruta 9. Un hombre llamó desde un celular y dice que su amigo está noqueado en el baño de hombres. Colgó, y al devolverle la llamada nadie contesta." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copiado." #speaker:officer
Son las dos menos veinte de la mañana. La lluvia retumba en el paso elevado, encima del albergue: una bodega vieja de ladrillo con las ventanas pintadas. Antes de que usted se baje de la patrulla, una mujer con un suéter polar ya está sosteniendo la puerta de metal contra el viento. #sfx:car_door
-> at_the_door

=== at_the_door ===
"¿Viene por Del? Baño de hombres, al fondo a la izquierda, pasando el dormitorio." Su gafete dice MARISOL, TURNO DE NOCHE. #event:on_scene #speaker:bystander
"Lonnie está ahí con él. Ni siquiera debería estar en el edificio. Y nuestra caja de Narcan está vacía: usamos las dos el martes." #speaker:bystander
* [Seguirla al trote por el dormitorio hasta el fondo]
  -> through_the_dorm
* [Preguntarle primero qué se metió y si alguien lo vio consumir #act:ask_what_taken target=bystander]
  "No sé qué se metió. Yo no entro al baño de hombres." Ya va caminando. "Lonnie sabría. Lonnie siempre sabe." #speaker:bystander
  -> through_the_dorm

=== through_the_dorm ===
La sigue entre filas de catres bajo tubos fluorescentes a media luz: sesenta personas dormidas, o que se hacen las dormidas. Un hombre se incorpora sobre un codo para ver quién pasa. #sfx:footsteps
Al fondo, Marisol se detiene con la mano plana sobre la puerta del baño.
"Cuidado. Ahí dentro había humo; también la fuman en papel aluminio. El muchacho del turno de día fue a parar a la sala de emergencias el mes pasado después de limpiar ahí. Dijo que se le metió en los pulmones y que no se sentía las manos." #speaker:bystander
Desde adentro, la voz de un hombre: "Del. Del. Vamos, Del."
* [Detenerse en la puerta y revisar todo el baño con la vista antes de entrar #act:scene_size_up]
  -> size_up
* [Entrar directo hasta él]
  -> at_the_stall
* [Dejar que la puerta se cierre y pedir a los bomberos con materiales peligrosos y equipos de aire antes de que alguien respire ese aire #act:delay_for_exposure_fear target=self]
  -> hazmat

=== hazmat ===
Deja que la puerta se cierre y aprieta el micrófono. "Two-Adam-Fourteen, necesito bomberos con materiales peligrosos y equipos de aire en el Second Street Navigation Center. Posible humo de fentanilo en un baño." #speaker:officer #sfx:radio_dispatch
"Copiado. Bomberos pregunta: ¿necesita paramédicos?" #speaker:dispatch
Marisol espera con usted en el pasillo, de brazos cruzados, asintiendo: más vale prevenir. Del otro lado de la puerta se oye a Lonnie repetir el nombre de Del, cada vez más fuerte.
Dos minutos después, el capitán de la Máquina Seis sale al aire: no mandan materiales peligrosos a una sobredosis. Sus equipos atienden estas llamadas con guantes de nitrilo, y el humo de un papel aluminio desaparece de un cuarto mucho antes de que llegue nadie.
-> at_the_stall

=== size_up ===
~ sized_up = true
~ syringe_seen = true
Desde la puerta lo revisa todo. Dos cubículos, dos lavabos, un contenedor para objetos punzantes en la pared junto al espejo. Una sola entrada; una ventana demasiado chica para que alguien pase. La puerta del cubículo del fondo está abierta, y por debajo asoman dos piernas con unos jeans mojados. Un hombre con una chaqueta militar empapada está de rodillas en la entrada del cubículo. Nadie más. #bg:restroom
En el piso, bajo la mano derecha del hombre que está tirado, hay una jeringa sin la tapa naranja. Junto al inodoro, un cuadro de papel aluminio con rayas negras. #event:syringe_found
Entra y, con el costado de la bota, aleja la jeringa de su mano hasta la pared.
-> at_the_stall

=== at_the_stall ===
{not sized_up:
  ~ syringe_seen = true
  El baño es chico y muy iluminado, y huele a papel aluminio quemado. #bg:restroom
  Se arrodilla en la entrada del cubículo y la rodilla le queda a dos centímetros de una jeringa sin la tapa naranja, bajo la mano derecha del hombre. #event:syringe_found
}
El hombre del cubículo tiene cincuenta y tantos años y está sentado, encajado entre el inodoro y la pared, con la barbilla en el pecho. Tiene los labios gris azulado. Lleva los dos antebrazos envueltos en gasas sucias; en el izquierdo la gasa se resbaló, y debajo hay una herida abierta del tamaño de una baraja, húmeda y oscura en los bordes. Un ronquido, un silencio largo, otro ronquido. #sfx:snoring
El hombre arrodillado se da vuelta: cincuenta y tantos, barba gris, una pulsera de hospital de alguna otra noche todavía en la muñeca. "¿Tiene Narcan? Le froté el pecho, le hice lo que se hace, y no despierta. Póngaselo, oficial. Póngale el Narcan." #speaker:caller
-> route

// Cada elección vuelve aquí: el estado del paciente decide adónde sigue la historia.
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
  {&Un ronquido, un silencio largo y húmedo en el que usted se descubre contando, otro ronquido.|El pecho apenas se le levanta bajo el suéter. El ronquido vuelve, más lento.|Cuenta el silencio entre dos respiraciones y llega a once.} {breathing_stops: Vuelve a respirar solo, pero cuatro o cinco veces por minuto, cuando mucho.} Sigue con los labios grises.
- "none":
  El pecho no se mueve. Ningún ronquido. En el dormitorio alguien tose, y el secador de manos hace tic mientras se enfría.
- else:
  ~ normal_passes++
  {normal_passes == 1:
    ~ breathing_back_second = seconds_elapsed
    {breathed_for_him: Entre dos de sus respiraciones, el pecho se le levanta solo, y otra vez, y otra vez.|El pecho empieza a levantársele solo, más hondo, más parejo.} Doce, catorce respiraciones por minuto. El gris se le va de los labios.
    "¡Del!", le grita Lonnie al oído. "¡Del, despierta!" Nada. Sigue con los ojos cerrados. #speaker:caller
  - else:
    {&Respira solo, parejo. Sigue con los ojos cerrados y la mandíbula floja.|El pecho sube y baja, lento y parejo. Cuando usted dice su nombre, nada.|Catorce respiraciones por minuto, y tiene mejor color. Podría estar dormido, salvo que nada lo despierta.|Cuando le levanta el párpado, el ojo se le va hacia arriba, lejos de la luz.} {on_side: Está de lado sobre el piso, con la rodilla de arriba doblada.|Está boca arriba, con la cabeza caída hacia un lado.}
  }
}
{withdrawal == "severe" && sedated: Suda y tiembla, patalea y tiene arcadas sin despertar. {not on_side: Así, boca arriba, se podría ahogar con lo que le suba.}}
{clock_job && not clock_called && doses_given == 1 && breathing != "normal" && seconds_elapsed - first_dose_second >= 120:
  ~ clock_called = true
  "¡Ya van dos minutos!", grita Lonnie, señalando el reloj encima de los lavabos. #speaker:caller
}
{doses_given > 0 && breathing != "normal": {seconds_elapsed - last_dose_second < 120: La última dosis entró hace menos de dos minutos.|Ya pasaron más de dos minutos desde la última dosis.}}
{ems_eta_minutes > 0: Los paramédicos están a unos {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.}
* {not gloved} [Ponerse los guantes de nitrilo #act:don_gloves]
  ~ gloved = true
  Los guantes le chasquean en las muñecas.
  -> route
* [Gritarle su nombre y frotarle el esternón con los nudillos #act:check_responsiveness target=patient]
  "¡Del! ¡Del! ¿Me oye?" Le clava los nudillos en el esternón, fuerte. Nada: ni un gesto, ni un quejido. Cuando le levanta un párpado con el pulgar, la pupila es una punta de alfiler.
  -> route
+ [Inclinarle la cabeza hacia atrás, acercar la mejilla a su boca y mirarle el pecho #act:check_breathing target=patient]
  {breathing:
  - "slow": Una respiración en diez segundos, superficial, con el ronquido encima. Con la cabeza hacia atrás, el ronquido se oye más suave.
  - "none": Nada en su mejilla. Nada en su pecho.
  - else: Siente su aliento tibio y parejo en la mejilla. Catorce por minuto.
  }
  -> route
* {ems_eta_minutes < 0} [Llamar por radio: paramédicos, posible sobredosis de opioides #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres al Second Street Navigation Center, cuatro diez de la calle Second, baño de hombres. Hombre de cincuenta y tantos, no responde, {breathing == "none": no respira|{breathing == "slow": respira unas cinco veces por minuto|respira, pero no despierta}}, posible sobredosis de opioides. Le estoy dando naloxona." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Twelve viene desde el County General, a unos {ems_eta_minutes} minutos. Es una noche pesada." #speaker:dispatch
  -> route
* {lonnie_here} {not reassured} [Decirle a Lonnie que nadie aquí está en problemas por llamar, él tampoco #act:reassure_good_samaritan target=caller]
  -> reassure_lonnie
+ {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [Darle la segunda dosis, en la otra fosa nasal #act:naloxone_nasal target=patient]
  -> spray
+ {breathing != "normal"} {in_stall} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Sacarlo del cubículo jalándolo de los tobillos, acostarlo y respirar por él con el protector facial #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {breathing != "normal"} {not in_stall} {ems_eta_minutes >= 0 || rescue_rounds < 8} [Inclinarle la cabeza hacia atrás y respirar por él con el protector facial, una vez cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {in_stall} [Agarrarlo de los antebrazos y sacarlo a jalones del cubículo para tener espacio #act:touch_wounds target=patient]
  -> by_the_forearms
+ {breathing == "normal"} {not on_side} [Ponerlo de lado, con la rodilla de arriba doblada y la cabeza hacia atrás para que la vía aérea siga abierta #act:recovery_position target=patient]
  -> roll_him
+ {breathing != "none"} {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Quedarse a su lado, con dos dedos en la muñeca, y contarle las respiraciones #act:monitor target=patient]
  -> count_breaths
* {sedated} [Intentar despertarlo otra vez: gritarle, frotarle el esternón, pellizcarle entre el pulgar y el índice #act:check_responsiveness target=patient]
  "¡Del! ¡Abra los ojos!" Le clava los nudillos en el esternón y le pellizca entre el pulgar y el índice, fuerte. Un quejido, muy en el fondo. Los ojos se le mueven bajo los párpados. Nada más.
  -> route
* {breathing == "normal"} {not wound_covered} [Cubrirle la herida abierta del antebrazo con una gasa limpia de su botiquín #act:touch_wounds target=patient]
  -> cover_wound
* {syringe_seen} {not syringe_dealt_with} {breathing == "normal"} {on_side} [Ocuparse de la jeringa del piso antes de que alguien se arrodille encima]
  -> the_syringe
* {lonnie_here} {not asked_lonnie} [Preguntarle a Lonnie qué se metió Del, y cuándo #act:ask_what_taken target=caller]
  -> lonnie_answers
* {lonnie_here} {asked_lonnie} {not lonnie_told} {reassured} [Volver a preguntarle a Lonnie qué se metió Del, ahora que sabe que nadie está en problemas #act:ask_what_taken target=caller]
  -> lonnie_answers
* {lonnie_here} {lonnie_told} [Preguntarle a Lonnie quién vende la droga con tranq debajo de la 9. Si hay un lote malo, la gente tiene que saberlo #act:ask_drug_source target=caller]
  Lonnie le sostiene la mirada un buen rato. "Todos. Nadie. Es la misma droga, oficial." Ahora evita su mirada. #speaker:caller
  -> route
+ {sedated} {ems_eta_minutes < 0} {quiet_minutes >= 4} [Ya respira. Dejarlo de lado con Marisol y dar por terminada la llamada #act:leave_scene]
  -> left_early
+ [{ems_eta_minutes >= 0: Hacerse a un lado y esperar a los paramédicos|Hacerse a un lado y esperar un momento} #act:wait]
  Se levanta del piso y se hace a un lado, junto a los lavabos. Treinta segundos son mucho tiempo para mirar. {breathing == "none" && breathing_stops: Nadie respira por él.}
  -> route

=== reassure_lonnie ===
~ reassured = true
"Lonnie, míreme. Hizo bien en llamar. Nadie aquí está en problemas por eso: ni usted ni Del. Vine por él." #speaker:officer
Lonnie baja un poco los hombros. Mira a Marisol y vuelve a voltear hacia usted. "Okey", dice. "Okey." #speaker:caller
-> route

=== lonnie_answers ===
~ asked_lonnie = true
{caller_trust >= 5:
  ~ lonnie_told = true
  "Droga con tranq. De los que venden debajo de la 9. Todo lo de ahí abajo trae tranq ahora, eso de caballos. Por eso tiene así los brazos." Traga saliva. "Se inyectó hace unos veinte minutos. Dijo que se iba a meter la mitad." #speaker:caller #event:bystander_disclosed
- else:
  "No sé, oficial. Yo nada más lo encontré así." Mira a Marisol, y luego a la puerta de emergencia. #speaker:caller
}
-> route

=== spray ===
~ last_dose_second = seconds_elapsed - 20
{doses_given:
- 1:
  ~ first_dose_second = last_dose_second
  Rompe la caja, le inclina la cabeza hacia atrás, le mete la boquilla en la fosa nasal y aprieta el émbolo. Un siseo corto. #sfx:naloxone_spray
  Atrás de la caja dice: si no hay respuesta en dos o tres minutos, aplique el segundo dispositivo en la otra fosa nasal, y mantenga la respiración hasta que llegue ayuda.
- 2:
  {in_stall: La otra fosa nasal.|La otra fosa nasal, de rodillas junto a su cabeza.} Aprieta. Un siseo corto. Ya van los dos dispositivos de su caja. #sfx:naloxone_spray
- else:
  El dispositivo de Lonnie, una tercera dosis. Aprieta. Un siseo corto. #sfx:naloxone_spray
}
{withdrawal == "severe" && sedated:
  En menos de un minuto el corazón le golpea bajo su mano. Empieza a sudar, le dan sacudidas en las piernas, tiene arcadas, y sigue con los ojos cerrados. A la naloxona ya no le quedaba nada que revertir más que el opioide que le aguantaba la abstinencia. El tranq lo sigue teniendo dormido.
}
-> route

=== rescue_breaths ===
~ breathed_for_him = true
~ rescue_rounds++
{in_stall:
  ~ in_stall = false
  Lo agarra de los tobillos y jala. Sale del cubículo boca arriba, con la cabeza colgando, y usted aparta el papel aluminio con la bota.
}
{on_side: Lo vuelve a poner boca arriba.}
~ on_side = false
{breathing:
- "normal":
  A media respiración, el pecho se le levanta solo bajo su mano, y otra vez. Se echa hacia atrás y lo mira respirar.
- else:
  {&Le inclina la cabeza hacia atrás, le tapa la nariz, ajusta el protector sobre su boca y le da una respiración lenta. El pecho se le levanta. Cuenta cinco. Otra vez.|Respirar, contar cinco, respirar. La válvula del protector hace clic cada vez.|Doce respiraciones por minuto. El piso está frío y duro bajo sus rodillas.} {breathing == "none": Entre sus respiraciones, nada de él.|Entre sus respiraciones llegan las de él, superficiales y muy separadas.}
}
-> route

=== by_the_forearms ===
~ in_stall = false
Lo agarra de un antebrazo con cada mano y jala. La gasa del brazo izquierdo se le resbala bajo los dedos y se despega, y él sale del cubículo boca arriba.
{gloved:
  Los guantes le quedan embarrados de amarillo y rojo. Bajo la gasa, la herida es más honda de lo que parecía: la piel no está, y los bordes están negros.
- else:
  ~ wound_touched_bare = true
  Bajo sus dedos sin guantes la piel está húmeda y cede como fruta pasada. Cuando lo suelta, tiene la palma resbalosa de sangre y de un líquido amarillo, y en un nudillo tiene una cortada de esta mañana. Se limpia la mano en el pantalón. Tendrá que esperar.
}
-> route

=== roll_him ===
~ on_side = true
{in_stall: Lo saca del cubículo tomándolo de los hombros y lo deja en el piso despejado.}
~ in_stall = false
Lo acomoda de lado, tomándolo del hombro y de la cadera en lugar de los brazos vendados. La rodilla de arriba doblada para que no se voltee, la cabeza hacia atrás, la mano bajo la mejilla. La vía aérea está abierta; no tiene nada en la boca.
{lonnie_here: "¿Eso es todo? ¿Nada más?", dice Lonnie. #speaker:caller}
-> route

=== count_breaths ===
~ quiet_minutes++
Se arrodilla con dos dedos en su muñeca y cuenta.
{breathing:
- "slow": Cuatro respiraciones en un minuto. Luego cinco. Los labios no le recuperan el color.
- "none": Deja de respirar. Usted espera la siguiente respiración, y no llega.
- else: Catorce respiraciones en un minuto, parejas y hondas. No se mueve.
}
-> route

=== cover_wound ===
~ wound_covered = true
Le pone una gasa limpia de su botiquín sobre la herida abierta y la sujeta con una venda floja.
{gloved:
  A través de los guantes siente el calor que sale de la piel alrededor. Es todo lo que le toca a usted esta noche; los paramédicos y una clínica de heridas harán el resto.
- else:
  ~ wound_touched_bare = true
  Solo cuando el líquido atraviesa la gasa y le moja los dedos se da cuenta de que nunca se puso los guantes. Tiene los dedos mojados, y en un nudillo una cortada de esta mañana.
}
-> route

=== the_syringe ===
La jeringa está contra la pared, donde quedó, con la tapa naranja al lado. El contenedor para objetos punzantes está en la pared junto al espejo.
* [Levantarla por el cuerpo, con la aguja hacia afuera, y echarla en el contenedor para objetos punzantes #act:pick_up_syringe #act:dispose_sharps_safely]
  ~ syringe_dealt_with = true
  La levanta por el cuerpo, con la punta hacia abajo y hacia afuera, y la echa por la ranura del contenedor. Cae sonando entre las demás. #sfx:sharps_container
  {not gloved: Solo entonces piensa en su mano sin guante.}
  -> route
* [Ponerle primero la tapa naranja para que nadie se pinche, y luego echarla en el contenedor #act:pick_up_syringe #act:recap_needle #act:dispose_sharps_safely]
  ~ syringe_dealt_with = true
  Sostiene la tapa entre el índice y el pulgar y acerca la aguja. Resbala una vez en el borde de la tapa, a un pelo de su pulgar, antes de entrar. La echa por la ranura del contenedor. #sfx:sharps_container
  -> route
* [Levantarla con cuidado y guardarla en el bolsillo de la chaqueta para desecharla en la estación #act:pick_up_syringe #act:pocket_syringe]
  ~ syringe_dealt_with = true
  La mete en el bolsillo lateral de la chaqueta, con la aguja hacia abajo. Es el bolsillo donde mete la mano para sacar la libreta.
  -> route

=== hit_him_again ===
"¡Póngale otra!" Lonnie le tiene agarrada la manga. "¡Póngale la otra! Siempre necesita dos, oficial. La última vez, debajo del puente, hicieron falta tres." #speaker:caller
* [Darle ya la segunda dosis: Lonnie lo conoce #act:naloxone_nasal target=patient]
  -> spray
* [Explicarle a Lonnie que tarda dos o tres minutos en hacer efecto, y darle una tarea: vigilar el reloj de encima de los lavabos #time:10]
  ~ clock_job = true
  "Tarda dos o tres minutos. Vigile ese reloj y avíseme cuando pasen dos." #speaker:officer
  Lonnie le suelta la manga y se voltea hacia el reloj, moviendo los labios.
  -> route
* [Decirle a Lonnie que se haga para atrás y lo deje trabajar #time:5]
  "Hágase para atrás. Déjeme trabajar." #speaker:officer
  Lonnie retrocede hasta la puerta del cubículo y se queda ahí, abriendo y cerrando las manos.
  -> route

=== breathing_stops ===
{rescue_breaths:
  Bajo sus manos, entre sus respiraciones, las de él se acaban: una sacudida, otra, una bocanada larga que suena a dolor. Luego nada de él. #sfx:agonal_breathing
- else:
  El ronquido se detiene. El pecho le da una sacudida, y otra, una bocanada larga que suena a dolor. Luego nada. #sfx:agonal_breathing
}
{lonnie_here: "No respira", dice Lonnie. "¿Está respirando? No respira." #speaker:caller}
* [{in_stall: Sacarlo del cubículo jalándolo de los tobillos y respirar por él|Respirar por él}: con el protector facial, la cabeza hacia atrás, una vez cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Darle ya la segunda dosis: dejó de respirar #act:naloxone_nasal target=patient]
  -> spray
* [Empezar compresiones en el pecho #act:cpr target=patient]
  ~ in_stall = false
  Lo acuesta en el piso y empuja, fuerte y rápido, en el centro del pecho. Treinta, luego dos respiraciones. Dos minutos así.
  -> route
* [Aquí dentro había humo. Mantener la boca lejos de él y esperar la bolsa-válvula-mascarilla de los paramédicos #act:delay_for_exposure_fear target=self]
  Se arrodilla a su lado con las manos en los muslos y mira cómo el pecho no se mueve. Dos minutos. {lonnie_here: Lonnie repite algo una y otra vez, y a usted le toma un rato darse cuenta de que es el nombre de Del.}
  -> route

// Si hacen falta dos dosis, la primera le devuelve una respiración lenta, que no basta.
=== first_breaths ===
Bajo sus manos, el pecho se le levanta solo: un ronquido que le sale de muy adentro. Luego nada. Luego, mucho después, otro. #sfx:snoring
{lonnie_here: "¡Está respirando!" Lonnie le agarra el hombro. "¡Está respirando, oficial, lo logró!" #speaker:caller}
Sigue con los labios grises. Usted cuenta cuatro respiraciones en un minuto, quizá cinco.
* [Seguir respirando por él: cuatro respiraciones por minuto no alcanzan #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 1} [Darle la segunda dosis, en la otra fosa nasal: ya pasaron más de dos minutos #act:naloxone_nasal target=patient]
  -> spray
* [Echarse hacia atrás y dejar que respire solo, mientras le mira el pecho #act:monitor target=patient]
  -> count_breaths

=== still_out ===
"¿Por qué no despierta?" Lonnie está de rodillas junto a la cabeza de Del. "Ya respira, ¿entonces por qué no despierta? {doses_given >= 2: Tenga, use el mío. Me lo dieron en la camioneta.|Usted tiene otro, yo lo vi.} Póngale otra. Siempre necesita dos, oficial." #speaker:caller
{doses_given >= 2: Le pone en la mano una caja de Narcan.}
* {doses_given == 1} [Darle a Del la segunda dosis: Lonnie lo conoce, y todavía no despierta #act:naloxone_nasal target=patient]
  -> spray
* {doses_given >= 2} [Usar el atomizador de Lonnie para una tercera dosis: un fentanilo así de fuerte puede necesitar tres #act:naloxone_nasal target=patient]
  -> spray
* [Explicarle a Lonnie que ya respira, que eso es lo que hace la naloxona; el tranq no es un opioide, y más naloxona no le va a hacer nada #time:15]
  "Lonnie. El trabajo de la naloxona era la respiración, y ya respira. Lo que lo tiene dormido es el tranq, y la naloxona no le hace nada al tranq. Otra dosis solo le provocaría abstinencia sin despertarlo. Lo que necesita es que le mantengamos la vía aérea abierta, y a los paramédicos." #speaker:officer
  Lonnie se queda mirando cómo el pecho de Del sube y baja. "¿Entonces nada más esperamos?" #speaker:caller
  "Lo miramos respirar, y esperamos." #speaker:officer
  -> route
* [Frotarle hielo en el cuello y el pecho, como dice Lonnie que hacen debajo del puente: el frío a lo mejor lo despierta #act:folk_remedy target=patient]
  Marisol trae un vaso de hielo del refrigerador del personal. Usted se lo frota en el cuello y bajo el suéter. La piel se le eriza y se le pone roja. No se mueve.
  -> route
* [Decirle a Lonnie que, si no se calma, puede esperar en el asiento de atrás de la patrulla #act:threaten_arrest target=caller]
  "Cálmese, o puede esperar en el asiento de atrás de mi patrulla." #speaker:officer
  Lonnie se calla. Retrocede hasta la puerta del cubículo y mira la puerta de emergencia en lugar de mirar a Del.
  -> route

=== marisol_trespass ===
Marisol se agacha a su lado y baja la voz. "Oficial. Cuando esto se acabe: Lonnie tiene prohibida la entrada. Mandó a un hombre al hospital aquí en agosto. Esta noche se metió por la puerta de emergencia, y tengo sesenta personas dormidas allá afuera. Necesito una prohibición de entrada por escrito, o mi directora me corre." #speaker:bystander
Lonnie la oye. Mira la puerta de emergencia.
* [Hacerle a Lonnie la citación por entrada ilegal que ella pide: es su edificio #act:cite reason=other target=caller]
  -> cite_lonnie
* [Darle a Lonnie una advertencia verbal de prohibición de entrada en vez de una citación: si vuelve, queda arrestado #act:threaten_arrest target=caller]
  "Lonnie, tiene prohibida la entrada a este edificio. Después de esta noche, si vuelve, queda arrestado." #speaker:officer
  "Ajá", dice Lonnie. "Claro." Ya no voltea hacia usted.
  -> route
* [Decirle a Marisol que el veto es asunto del albergue; esta noche Lonnie es el hombre que llamó al 911, y usted lo necesita aquí #time:10]
  "El veto es asunto suyo, y se lo puede decir mañana. Esta noche él es el que llamó al 911 por Del, y lo necesito aquí." #speaker:officer
  Marisol abre la boca, la cierra y asiente. Lonnie suelta el aire.
  -> route

=== cite_lonnie ===
~ lonnie_cited = true
~ lonnie_here = false
Escribe la citación sobre la rodilla, junto a Del. Lonnie la toma, la dobla, la guarda en la chaqueta y se pone de pie.
"Yo llamé", dice. "Yo fui el que llamó." Sale por la puerta de emergencia a la lluvia, y la alarma suena unos segundos y se calla. #speaker:caller #event:caller_left #sfx:footsteps
-> route

=== dispatch_holding ===
"Two-Adam-Fourteen, ¿está disponible? Tengo en espera a un hombre con un cuchillo en el Quik Stop, Second y Vine. La siguiente unidad está a once minutos." #speaker:dispatch #sfx:radio_dispatch
Del respira solo{on_side:, de lado}. Marisol está aquí mismo. {ems_eta_minutes > 0: Los paramédicos todavía están a {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.|{ems_eta_minutes == 0: Los paramédicos están por llegar.|Nadie ha mandado paramédicos.}}
* [Decirle a despacho que se queda con su paciente hasta que lo tengan los paramédicos #time:5]
  "Two-Adam-Fourteen, negativo. Me quedo con un paciente inconsciente por sobredosis hasta que lo reciban los paramédicos." #speaker:officer #sfx:radio_dispatch
  "Copiado. Voy a jalar una unidad del lado este." #speaker:dispatch
  -> route
* [Ya respira y el personal está con él: enseñarle a Marisol a mantenerlo de lado, y tomar la llamada del cuchillo #act:leave_scene]
  -> left_early

=== lonnie_asks ===
Lonnie se sienta sobre los talones. Se sube la pierna del pantalón: en la espinilla, una costra oscura del tamaño de una moneda, con la piel de alrededor roja e hinchada. #event:asks_for_help target=caller
"A mí también me está saliendo. ¿Adónde va uno con esto? En la sala de emergencias te ponen una inyección, te echan un sermón y te dicen que lo dejes." #speaker:caller
* [Hablarle de la camioneta de Eastside Health Outreach debajo de la 9: curación de heridas los martes y los viernes, tiras de prueba de xilacina, y no piden nombres #act:offer_referral to=ssp target=caller]
  -> referral_van
* [Decirle que lo único que lo arregla es la desintoxicación, y que la próxima vez que lo encuentre consumiendo será desintoxicación o cárcel #act:coerce_referral target=caller]
  "Lo único que arregla eso es dejarlo. La próxima vez que lo encuentre consumiendo, es desintoxicación o cárcel." #speaker:officer
  Lonnie se baja el pantalón sobre la costra. "Ya", dice.
  -> route
* [Decirle que los paramédicos se lo pueden ver cuando lleguen #time:5]
  "Enséñeselo a los paramédicos cuando lleguen." #speaker:officer
  Lonnie asiente, y se baja el pantalón.
  -> route

=== referral_van ===
~ referred = true
"La camioneta de Eastside Health Outreach se estaciona debajo de la 9 los martes y los viernes. Su enfermera cura heridas, las de los brazos de él y la de su pierna. Tienen tiras de prueba que detectan el tranq, y nadie le pide su nombre." #speaker:officer
{caller_trust >= 6:
  "¿La camioneta de Nadia? Yo conozco a Nadia." Lonnie toma la tarjeta y la guarda dentro de la chaqueta, donde no se moja. #speaker:caller #event:referral_accepted
- else:
  Lonnie mira la tarjeta. Deja que usted la ponga en el piso, a su lado. #speaker:caller #event:referral_declined
}
-> route

=== lonnie_bolts ===
~ lonnie_here = false
Cuando usted levanta la vista, Lonnie ya no está. La puerta de emergencia se está cerrando detrás de él, y la alarma suena dos veces y se calla. #event:caller_left #sfx:footsteps
-> route

// Un instructor puede hacer que Lonnie se vaya en cualquier momento (el evento caller_left): la historia lo nota aquí.
=== lonnie_slipped_out ===
~ lonnie_here = false
Cuando voltea, Lonnie ya no está. La puerta de emergencia se está cerrando. No queda nadie que sepa qué se metió Del.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  ~ in_stall = false
  Le aprieta dos dedos en el costado del cuello y espera. Nada. Del otro lado. Nada.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Empezar RCP: fuerte y rápido en el centro del pecho, dos respiraciones cada treinta compresiones #act:cpr target=patient]
  ~ cpr_rounds++
  Cuenta en voz alta para llevar el ritmo. Treinta. Dos respiraciones. Treinta. El piso se le clava en las rodillas.
  -> route
* {ems_eta_minutes < 0} [Pedir paramédicos por radio #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres al Second Street Navigation Center, cuatro diez de la calle Second. Hombre sin pulso, RCP en curso." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Twelve viene desde el County General, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route

=== medics_work_code ===
Dos paramédicos cruzan el dormitorio corriendo con un monitor y una bolsa de vía aérea. Uno se encarga de las compresiones; la otra le pone un tubo y empieza a ventilarlo con la bolsa. #sfx:footsteps
"¿Cuánto tiempo lleva así? ¿Qué le dieron?" #speaker:ems
* [Decirles lo que encontró, lo que le dio y cuándo, y cuánto tiempo estuvo sin respirar #act:handoff_to_ems target=patient]
  Se lo dice sin rodeos: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis|{doses_given == 2: dos dosis|tres dosis}} de naloxona}, las horas tan exactas como puede, cuánto tiempo estuvo sin respirar.
* [Hacerse a un lado, contra los lavabos, y dejarlos trabajar]
  Trabajan sin sus respuestas.
- Trabajan con Wendell Price durante veinticinco minutos en el piso del baño mientras Marisol mantiene a la gente del dormitorio lejos. A las 2:31 la paramédica dice la hora en voz alta.
{lonnie_here: Lonnie está sentado contra la pared, debajo del secador de manos, con la cara entre las manos.|No hay nadie que lo haya conocido.}
-> END

=== medics_arrive ===
Botas en el dormitorio, el traqueteo de una camilla entre los catres. Dos paramédicos de Medic Twelve entran con un monitor y una bolsa de vía aérea. #sfx:siren #sfx:footsteps
{breathing == "normal": Una se arrodilla junto a la cabeza de Del, lo mira y busca el oxígeno. "Respira bien. No despierta."|Una cae de rodillas junto a la cabeza de Del con la bolsa-válvula-mascarilla y empieza a apretar. "Casi no le entra aire."}
"¿Qué tenemos?", le pregunta el otro a usted. #speaker:ems
* [Hacer la entrega: lo que encontró y lo que le dio, y que sospecha xilacina:{lonnie_told: su amigo dice que era droga con tranq| no ha despertado con la naloxona}, y las heridas de los brazos #act:handoff_to_ems target=patient #act:report_suspected_xylazine target=patient]
  ~ xylazine_named = true
  "Wendell Price, le dicen Del, cincuenta y tantos. Lo encontré inconsciente en el cubículo, con pupilas puntiformes, {breathed_for_him: sin respirar, así que respiré por él|respirando unas cinco veces por minuto}. {doses_given == 0: Nada de naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos.|{doses_given == 2: Dos dosis de naloxona nasal de cuatro miligramos.|Tres dosis de naloxona nasal.}}}" #speaker:officer
  {
  - normal_passes > 0: "Volvió a respirar hace {(seconds_elapsed - breathing_back_second) / 60 <= 1: un minuto o algo así|unos {(seconds_elapsed - breathing_back_second) / 60} minutos}, pero no ha despertado para nada." #speaker:officer
  - breathing == "slow": "Ya respira solo, pero nada más cuatro o cinco veces por minuto." #speaker:officer
  - else: "No respira solo." #speaker:officer
  }
  "{lonnie_told: Su amigo dice que era droga con tranq.|Creo que trae xilacina.} Mírele los antebrazos.{brain_injury: Pasó mucho tiempo sin suficiente aire.}{wound_touched_bare: Y me cayó líquido de su herida en la mano sin guante.}" #speaker:officer
  La paramédica mira la gasa y asiente. {breathing == "normal": "Tranq. Okey. Entonces nadie lo persigue con más Narcan. Le cuidamos la vía aérea, oxígeno, y en el County le revisan esos brazos."|"Tranq, y el opioide también sigue ganando. Lo ventilamos con la bolsa y le damos la naloxona justa para que respire, ni una gota más para despertarlo."} #speaker:ems
* [Hacer la entrega: lo que encontró, cuántas dosis le dio y cuándo, y cómo respira ahora #act:handoff_to_ems target=patient]
  "Wendell Price, le dicen Del, cincuenta y tantos. Lo encontré inconsciente en el cubículo, con pupilas puntiformes. {doses_given == 0: Nada de naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos.|{doses_given == 2: Dos dosis de naloxona nasal de cuatro miligramos.|Tres dosis de naloxona nasal.}}} {breathing == "normal": Ya respira solo.|Casi no respira.}" #speaker:officer
  La paramédica frunce el ceño mirando a Del. "¿Y todavía no despierta con eso? Démosle otros dos de Narcan." Ya lo está cargando antes de que a usted se le ocurra decir algo más. #speaker:ems
* [Hacerse a un lado y dejarlos trabajar. Ya lo verán ellos]
  Se hace a un lado, junto a los lavabos. La paramédica mira hacia los lavabos. "¿Oficial? ¿Le dieron algo? ¿Cuánto, a qué hora?" #speaker:ems
  Para cuando usted logra armarle la historia, ella ya dejó de preguntar y está cargando más naloxona.
- -> route

=== with_medics ===
{not name_asked: -> name_asked}
{lonnie_here && not marisol_trespass: -> marisol_trespass}
{lonnie_here && lonnie_told && not lonnie_asks: -> lonnie_asks}
{xylazine_named:
  {breathing == "normal": Los paramédicos tienen a Del con oxígeno, de lado en la camilla, con un monitor que pita parejo. Nadie busca la naloxona.|Los paramédicos ventilan a Del en la camilla con la bolsa, un apretón cada cinco segundos, y el monitor pita. Uno de ellos le da una sola dosis pequeña de naloxona para la respiración, y ya no más.}
- else:
  La naloxona extra de la paramédica ya entró. Del suda y tiene arcadas, el ritmo del corazón le sube en el monitor, y sigue con los ojos cerrados. Los paramédicos lo ponen de lado mientras vomita.
}
* {not xylazine_named} [Decirle a la paramédica que cree que es xilacina: ya respira, no despierta, y esas heridas #act:report_suspected_xylazine target=patient]
  ~ xylazine_named = true
  "Creo que trae xilacina. Tranq. Volvió a respirar y nunca despertó, y mírele los antebrazos." #speaker:officer
  La paramédica se detiene, mira la gasa y deja la jeringa. {breathing == "normal": "Eso lo explicaría. Okey. Vía aérea y oxígeno, y nada más de Narcan."|"Eso lo explicaría. Okey. La naloxona justa para que siga respirando, y ni una gota más."} #speaker:ems
  -> route
* {syringe_seen} {not syringe_dealt_with} [Ocuparse de la jeringa del piso antes de irse]
  -> the_syringe
* {lonnie_here} {not kit_left} [Darle a Lonnie un kit de naloxona para dejar y enseñarle cómo funciona #act:leave_naloxone_kit target=caller]
  -> leave_kit
* [Llevarse del cubículo el papel aluminio y el resto de sus cosas para consumir, como evidencia #act:seize_paraphernalia]
  Mete en una bolsa el papel aluminio y la cuchara para cocinar que estaban detrás del inodoro, y sella el sobre. {lonnie_here: Lonnie mira cómo el sobre se va a su bolsillo.}
  -> route
+ [Dar por terminada la llamada #act:leave_scene]
  -> the_end

=== name_asked ===
La paramédica del portapapeles levanta la vista. "¿Tenemos su nombre? ¿Fecha de nacimiento?" #speaker:ems
"Su mochila está en su casillero", dice Marisol. "Creo que ahí tiene su identificación." #speaker:bystander
* [Traer su mochila del casillero y revisarla para buscar su identificación #act:search_bag target=patient]
  Marisol se la trae. Usted la abre sobre el lavabo: una identificación estatal, vendas para heridas en una bolsa de papel de la camioneta, una Biblia, una solicitud de vivienda doblada, una bolsita con dos jeringas todavía en su envoltura. Marisol mira cómo lo hace. {lonnie_here: Lonnie también.}
  -> route
* [Buscarle una cartera en los bolsillos de la chaqueta #act:reach_into_pocket target=patient]
  Le mete la mano en el bolsillo de la chaqueta. Algo se le clava en la punta del dedo. Saca la mano con una aguja suelta colgando del guante, luego ya no cuelga, luego se pierde en algún lado del piso. #event:needlestick
  Tiene una gota de sangre en la punta del dedo. Se la aprieta y suelta una grosería.
  -> route
* [Pedirle a Marisol su hoja de admisión: nombre, fecha de nacimiento y a quién llamar #time:15]
  Marisol vuelve de la oficina con un portapapeles. "Wendell Price. Fecha de nacimiento, once de marzo del setenta y tres. Contacto de emergencia, una hermana en Dayton." #speaker:bystander
  La paramédica lo anota en el dorso de su guante. #speaker:ems
  -> route

=== leave_kit ===
~ kit_left = true
Saca un kit para dejar del chaleco: dos atomizadores nasales, un protector facial, una tarjeta con la línea de sobredosis del condado. Le enseña a Lonnie dónde va la boquilla, dónde se aprieta, que espere dos o tres minutos antes de la segunda dosis y que mientras tanto respire por quien sea.
"¿Y si respira pero no despierta, como Del?" #speaker:caller
"Entonces ya no más atomizador. De lado, mírelo respirar, y llame al 911." #speaker:officer
Lonnie le da vueltas a la caja entre las manos y la guarda dentro de la chaqueta.
-> route

=== left_early ===
Le enseña a Marisol a mantenerlo de lado, con la rodilla de arriba doblada, y a pedir ayuda a gritos si le cambia la respiración. "Two-Adam-Fourteen, en camino al Quik Stop." #speaker:officer #sfx:footsteps #sfx:car_door
La naloxona dura media hora, una hora cuando mucho. El fentanilo que se inyectó dura más, y el tranq más todavía.
{ems_eta_minutes >= 0:
  Marisol se arrodilla a su lado en el piso. Antes de que lleguen los paramédicos, la respiración se le hace un ronquido, luego un silencio largo, luego otro. Ella lo sacude y le grita al otro empleado, que nunca ha dado respiración de rescate. Los paramédicos cruzan el dormitorio y lo encuentran gris otra vez, y lo van ventilando con la bolsa hasta el County General.
- else:
  Marisol espera a los paramédicos que cree que usted llamó. A las tres menos cuarto, la respiración se le hace un ronquido, luego un silencio largo. Ella misma llama al 911. Nadie los había llamado.
}
{officer_injured: Más tarde maneja por su cuenta a la sala de emergencias para los análisis de sangre y el medicamento posexposición, y pasa tres meses esperando los resultados.}
-> END

=== the_end ===
Los paramédicos se llevan a Del en la camilla entre los catres, frente a sesenta personas que se hacen las dormidas, y salen a la lluvia bajo el paso elevado. {xylazine_named: Lo llevan al County General con oxígeno, de lado, con una nota sobre las heridas.|Se lo llevan al County General con una abstinencia fuerte, todavía inconsciente.}
{brain_injury: Va a despertar en la tarde, y durante semanas no va a recordar cuál era su cama, ni el nombre de Lonnie.}
{lonnie_here: Lonnie camina junto a la camilla hasta la puerta. {kit_left: El kit de naloxona hace bulto dentro de su chaqueta.}|{lonnie_cited: La citación por entrada ilegal entra al sistema. La próxima vez, debajo del paso elevado, cuando sea otro, Lonnie no llama al 911.}}
{officer_injured: Después se va manejando a la sala de emergencias para los análisis de sangre y el medicamento posexposición, y pasa tres meses esperando los resultados.}
{wound_touched_bare && not officer_injured: En la patrulla se talla la mano con gel de alcohol dos veces, y otra más, y se queda mucho rato mirando la cortada del nudillo.}
"Two-Adam-Fourteen, terminé en la calle Second, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END
