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
"Three-Baker-Twelve, verificación de bienestar, Cedar Court Apartments, veintidós cero siete de la avenida Alder, apartamento seis, planta baja. Llama un menor, un niño, dice que tiene diez años. Su mamá está en el piso de la cocina, roncando, y no la puede despertar. Todavía lo tengo en la línea. Ya le abrió la puerta." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Three-Baker-Twelve, copiado. Llego en un minuto." #speaker:officer
Las cuatro y diez de un día de clases. Un autobús escolar amarillo arranca de la esquina mientras usted estaciona. Cedar Court son dos pisos de ladrillo alrededor de un patio con una fuente seca; alguien pintó con tiza un avioncito en la banqueta que lleva al número seis. #sfx:car_door
-> at_the_door

=== at_the_door ===
La puerta del número seis se abre antes de que usted toque. Un niño con la camisa polo de la escuela, la mochila todavía en un hombro, aprieta un teléfono contra el pecho con las dos manos. #event:on_scene #bg:apartment
"Está en la cocina. No se despierta. La señora dice que usted es la policía." Se le quiebra la voz en la última palabra. "Hice lo que me dijo. Abrí la puerta." #speaker:caller
Detrás de él, un pasillo angosto pasa junto a la sala y llega a una cocina con la luz prendida. De la cocina sale un ronquido largo, como un estertor. #sfx:snoring
* [Entrar con él, rápido, hacia la cocina]
  -> kitchen_door
* [Agacharse primero a su altura y preguntarle qué se tomó su mamá #act:ask_what_taken target=caller]
  ~ asked_jaylen = true
  "¿Qué se tomó tu mamá? ¿Tú viste?" #speaker:officer
  Niega con la cabeza, fuerte. "¡No sé! No sé. Acabo de llegar." Da un paso atrás, con el teléfono apretado contra el pecho. #speaker:caller
  -> kitchen_door
* [Pedirle el teléfono y avisarle a la operadora que ya está en la escena con él #time:10]
  "Aquí Three-Baker-Twelve, ya estoy con él. Gracias por quedarse en la línea." Le devuelve el teléfono. "Lo hiciste muy bien." #speaker:officer
  -> kitchen_door

=== kitchen_door ===
Avanza por el pasillo con el niño un paso detrás. En la puerta de la cocina se detiene.
* [Observar toda la cocina desde la puerta antes de acercarse a ella #act:scene_size_up]
  -> size_up
* [Ir directo hacia ella]
  -> kneel

=== size_up ===
Desde la puerta lo observa todo. Una cocina chica: una olla con agua en la estufa, la hornilla apagada; una silla alta de bebé; un dibujo de niño pegado en el refri. No hay nadie más. Nada filoso, ni agujas, ni polvo. Una mujer está tirada en el linóleo entre la mesa y la estufa, boca arriba, con un brazo debajo del cuerpo. #bg:apartment
En el mostrador, junto al tostador: un cuadrito de papel aluminio doblado a la mitad, la esquina rota de una bolsita de plástico y, adentro, media pastilla azul. Al fondo del pasillo, la puerta de un cuarto está entreabierta; por la rendija se ve a una niña chiquita dormida encima de las cobijas, con el dedo en la boca.
-> kneel

=== kneel ===
Se arrodilla a su lado. #event:beside_patient
Tiene treinta y tantos años y lleva uniforme médico con el gafete de una agencia de cuidado en casa prendido al bolsillo: TASHA G. Tiene los labios gris azulados, y las uñas también. Un ronquido largo y húmedo, una pausa, otro.
{not size_up: Hasta ahora ve el mostrador: un cuadrito de papel aluminio y media pastilla azul en la esquina rota de una bolsita.}
El niño está parado en la puerta con el teléfono. "Es mi mamá. Se llama Tasha. Yo soy Jaylen." #speaker:caller
-> route

// Cada decisión vuelve aquí: el estado de la madre decide adónde sigue la historia.
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
    El pecho le empieza a moverse otra vez por sí solo: lento y superficial, una respiración, una pausa larga, otra. Todavía tiene los labios azules.
  - else:
    {&Un ronquido, una pausa larga que usted se sorprende contando, otro ronquido.|El pecho apenas se le levanta bajo el uniforme. El ronquido vuelve, más lento.|Cuenta la pausa entre dos respiraciones y llega a nueve.} {on_side: Ahora está de lado en el linóleo.} Todavía tiene los labios grises.
  }
- "none":
  El pecho no se le mueve. Ya no ronca. Se oye el zumbido del refri. {jaylen_here && at_her_side: Jaylen le agarra la mano y le mira la cara sin parpadear.}
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    El ronquido se detiene. Luego el pecho se le levanta, hondo, y baja, y se levanta. Respira sola, doce o catorce veces por minuto, y el azul se le va de los labios. Sigue con los ojos cerrados.
  - else:
    Respira sola, hondo y parejo. {on_side: Está de lado, con la rodilla de arriba doblada.|Está boca arriba, con la cabeza ladeada hacia la estufa.} Sigue con los ojos cerrados; cuando usted dice su nombre, nada.
  }
}
{jaylen_here: {at_her_side: Jaylen está arrodillado del otro lado, agarrándole la mano.|{with_nia: Desde el cuarto del fondo se oye a Jaylen leyéndole a Nia el libro de los dinosaurios, haciendo todas las voces.|{tasked: Desde la sala se oye a Jaylen en la ventana, contándole a la operadora todo lo que pasa en el estacionamiento.|Jaylen está parado en la puerta, mirando todo lo que usted hace.}}}}
{nia_in_kitchen: Nia está sentada en el piso debajo de la mesa, en piyama, mirando a su mamá.}
{doses_given == 1 && breathing == "slow":
  {seconds_elapsed - first_dose_second >= 120: Ya pasaron más de dos minutos desde la primera dosis, y no respira mejor.|La primera dosis entró hace {seconds_elapsed - first_dose_second < 60: menos de un minuto|uno o dos minutos}.}
}
{ems_eta_minutes > 0: Los paramédicos llegan en unos {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.}
* [Ponerse guantes de nitrilo #act:don_gloves]
  Los guantes le chasquean en las muñecas.
  -> route
* [Gritarle su nombre y frotarle el esternón con los nudillos #act:check_responsiveness target=patient]
  "¡Tasha! Tasha, ¿me oye?" Le hunde los nudillos en el esternón, con fuerza. Nada: ni un gesto. Cuando le levanta un párpado con el pulgar, la pupila es una cabeza de alfiler.
  -> route
+ [Inclinarle la cabeza hacia atrás, acercar la mejilla a su boca y mirarle el pecho diez segundos #act:check_breathing target=patient]
  {breathing:
  - "slow": Una respiración en diez segundos, superficial, con el ronquido encima.
  - "none": Nada en la mejilla. Nada en el pecho.
  - else: Su aliento le llega tibio y parejo a la mejilla.
  }
  -> route
* {ems_eta_minutes < 0} [Llamar por radio: paramédicos, posible sobredosis de opioides #act:call_ems]
  "Three-Baker-Twelve, mande paramédicos código tres al veintidós cero siete de Alder, apartamento seis. Mujer de unos treinta años, no responde, {perceived_breathing == "none": no respira|{perceived_breathing == "normal": respira otra vez pero no despierta|apenas respira}}, posible sobredosis de opioides. Le estoy dando naloxona. Hay dos niños en el apartamento." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Four sale de la Estación Nueve, llega en unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {jaylen_here} {not reassured} [Decirle a Jaylen que hizo exactamente lo correcto al llamar, y que nadie está en problemas por eso: ni él ni su mamá #act:reassure_good_samaritan target=caller]
  -> reassure_jaylen
* {jaylen_here} {not asked_jaylen} [Preguntarle a Jaylen qué se tomó su mamá, y cuándo #act:ask_what_taken target=caller]
  -> jaylen_answers
* {jaylen_here} {not tasked} [Darle a Jaylen una tarea lejos de la cocina: pararse en la ventana de enfrente con el teléfono y avisarle a la operadora en cuanto entre la ambulancia #act:give_child_task target=caller]
  -> job_window
* {jaylen_here} {not tasked} {not at_her_side} [Pedirle a Jaylen que se arrodille junto a su mamá y le agarre la mano: una voz conocida podría despertarla]
  ~ at_her_side = true
  "Jaylen, ven, agárrale la mano a tu mamá. Háblale. Dile que estás aquí." #speaker:officer
  Se arrodilla en el linóleo y le toma la mano con las dos suyas. "Mamá. Mamá, soy yo. Mamá, despiértate." La voz se le sube con cada palabra. #speaker:caller
  -> route
+ {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{perceived_breathing == "normal": Respira pero no despierta. Darle la segunda dosis|Darle la segunda dosis, en la otra fosa nasal} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{perceived_breathing == "normal": Seguir dándole respiraciones con el protector hasta que vuelva en sí|Inclinarle la cabeza hacia atrás y darle respiraciones con el protector facial, una cada cinco segundos} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {doses_given > 0} [Ponerla de lado, con la rodilla de arriba doblada y la cabeza hacia atrás para que la vía aérea quede abierta #act:recovery_position target=patient]
  -> roll_her
+ {doses_given > 0} {ems_eta_minutes >= 0 || quiet_minutes < 4} [Quedarse a su lado, con dos dedos en su muñeca, y contarle las respiraciones #act:monitor target=patient]
  -> count_breaths
* {not searched} [Revisar los gabinetes y su bolsa por si hay más pastillas, antes de que los niños las encuentren #act:search_area]
  -> search_kitchen
* {not pill_bagged} {not pills_dealt_with} [Meter en una bolsa la media pastilla del mostrador para que Nia no la alcance #act:seize_drugs]
  ~ pill_bagged = true
  Echa la media pastilla y el papel aluminio en un sobre de evidencia y lo sella. {jaylen_here: Jaylen mira cómo el sobre entra en el bolsillo de su chaleco.}
  -> route
* {not pill_bagged} {not pills_dealt_with} [Subir el papel aluminio y la media pastilla encima del refri, lejos del alcance de una niña de tres años, para que los vean los paramédicos #time:5]
  ~ pills_dealt_with = true
  Pone el papel aluminio y la bolsita rota encima del refri, bien al fondo, donde ninguna niña de tres años va a llegar.
  -> route
* [Pedirle a despacho que busque su nombre: el sistema puede tener un contacto de emergencia para los niños #act:warrant_check target=patient]
  -> run_her_name
+ [{ems_eta_minutes >= 0: Hacerse a un lado y esperar a los paramédicos|Hacerse a un lado y darle un momento} #act:wait]
  Se levanta del piso y se recarga en el mostrador. Treinta segundos es mucho tiempo para quedarse mirando. {breathing == "none" && breathing_stops: Nadie respira por ella.}
  -> route

=== reassure_jaylen ===
~ reassured = true
"Jaylen, mírame. Hiciste exactamente lo correcto. Llamaste, abriste la puerta, te quedaste en el teléfono. Nadie está en problemas por llamar: ni tú ni tu mamá. Vine a ayudarla." #speaker:officer
Él asiente demasiadas veces. Los hombros se le aflojan un poco. #speaker:caller
-> route

=== jaylen_answers ===
~ asked_jaylen = true
{reassured && not cps_threatened:
  ~ jaylen_told = true
  "Dijo que le dolía la espalda. Se tomó una de las azules que le dio el primo de la señorita Keisha. Dijo que era un Perc." Traga saliva. "Estaba bien cuando me fui al autobús. Sacó la olla para hacer macarrones con queso." #speaker:caller #event:bystander_disclosed
- else:
  "No sé. No sé, nomás está enferma." Mira el mostrador y enseguida voltea a otro lado. #speaker:caller
}
-> route

=== job_window ===
~ tasked = true
~ at_her_side = false
"Jaylen, necesito que me ayudes. Llévate el teléfono a la ventana de enfrente. Cuando veas que entra la ambulancia, le avisas a la señora del teléfono y les haces señas para que vengan a esta puerta. ¿Puedes?" #speaker:officer
"Sí. Sí." Se va. Un momento después lo oye en la ventana: "Todavía no. Un carro azul. No son ellos." #speaker:caller
-> route

=== spray ===
~ last_dose_second = seconds_elapsed - 20
{doses_given:
- 1:
  ~ first_dose_second = last_dose_second
  Rompe la caja, le inclina la cabeza hacia atrás, le pone la boquilla en la fosa nasal y aprieta el émbolo. Un siseo corto. #sfx:naloxone_spray
  Atrás de la caja dice: si no hay respuesta en dos o tres minutos, aplique el segundo dispositivo en la otra fosa nasal, y manténgala respirando hasta que llegue ayuda.
- else:
  La otra fosa nasal. Aprieta. Un siseo corto. Ya usó los dos dispositivos de la caja. #sfx:naloxone_spray
}
-> route

=== rescue_breaths ===
~ rescue_rounds++
{on_side: La vuelve a poner boca arriba.}
~ on_side = false
{breathing:
- "normal":
  A la mitad de una respiración, el pecho se le levanta solo bajo su mano, y otra vez. Usted se echa hacia atrás y la mira respirar.
- else:
  {&Le inclina la cabeza hacia atrás, le tapa la nariz, le sella la boca con el protector y le da una respiración lenta. El pecho se le levanta. Cuenta cinco. Otra vez.|Respira, cuenta cinco, respira. La válvula del protector hace clic cada vez.|Doce respiraciones por minuto. El linóleo se le clava en las rodillas.} {breathing == "none": Entre sus respiraciones, nada de ella.|Entre sus respiraciones llegan las de ella, superficiales y muy espaciadas.}
}
{jaylen_here && at_her_side: Jaylen mira su boca sobre la de su mamá y le aprieta más la mano.}
-> route

=== roll_her ===
~ on_side = true
La pone de lado con cuidado, con la rodilla de arriba doblada para que no se voltee, la cabeza hacia atrás y la mano bajo la mejilla. {breathing == "normal": La vía aérea está despejada; sigue respirando hondo y parejo.|El ronquido se suaviza, pero las respiraciones siguen igual de espaciadas.}
-> route

=== count_breaths ===
~ quiet_minutes++
Se arrodilla con dos dedos en su muñeca y cuenta.
{
- responsive: A la mitad de la cuenta tose y abre los ojos.
- breathing == "slow": Cuatro respiraciones en un minuto. Luego cinco. Los labios no se le ponen rosados.
- breathing == "none": Se detiene. Usted espera la siguiente respiración, y no llega.
- else: Catorce respiraciones en un minuto, parejas y hondas. No se mueve.
}
-> route

=== search_kitchen ===
~ searched = true
La deja en el piso y revisa los gabinetes sobre el mostrador, el cajón junto al fregadero y la bolsa que está en la silla: una cartera, un pase del autobús, un talón de cheque, un frasco de pastillas con su nombre, vacío desde marzo. Nada que el mostrador no le hubiera dicho ya.
{jaylen_here: Jaylen ve cómo usted revisa la bolsa de su mamá. No dice absolutamente nada.}
-> route

=== run_her_name ===
"Three-Baker-Twelve, ¿me verifica a una mujer? Tasha Greene, unos treinta y tres años." Le deletrea el nombre. La frecuencia está ocupada; tarda mucho. #speaker:officer #sfx:radio_dispatch
"Three-Baker-Twelve, no tiene órdenes pendientes. Un contacto previo, una parada de tránsito en 2019. No hay contacto de emergencia registrado." #speaker:dispatch
{jaylen_here: Jaylen oyó cada palabra. "¿La va a arrestar?", susurra.}
-> route

=== jaylen_worries ===
Jaylen dio un paso dentro de la cocina. "¿Nos van a llevar?" Ahora llora, sin hacer ruido. "Cuando la mamá de Marcus hizo drogas, vino la policía y se llevaron a Marcus, y ahora vive en Eastgate y ya no puede venir a nuestra escuela." #speaker:caller
* {not reassured} [Decirle que hizo exactamente lo correcto al llamar, y que nadie está en problemas por eso: ni él ni su mamá #act:reassure_good_samaritan target=caller]
  -> reassure_jaylen
* {reassured} [Repetirle que nadie está en problemas, y que ahora mismo está ayudando a su mamá #time:5]
  "Nadie está en problemas, Jaylen. Ahorita estoy ayudando a tu mamá." #speaker:officer
  Se limpia la cara con el dorso de la muñeca. #speaker:caller
  -> route
* [Decirle claramente que lo que pase depende de lo que se tomó su mamá, así que tiene que contarle todo lo que vio #act:threaten_cps target=caller #act:ask_what_taken target=caller]
  ~ cps_threatened = true
  ~ asked_jaylen = true
  "Lo que pase ahora depende de lo que se tomó tu mamá, Jaylen. Así que me tienes que contar todo." #speaker:officer
  Mira el mostrador, luego a usted, y aprieta la boca. "No sé", dice. "No vi nada." #speaker:caller
  -> route
* [Decirle que ahorita no le puede prometer nada; necesita que sea valiente por su mamá #time:5]
  "Ahorita no te puedo prometer nada, campeón. Necesito que seas valiente por tu mamá." #speaker:officer
  Asiente, y no deja de llorar. #speaker:caller
  -> route

=== cold_water ===
Jaylen regresa del fregadero con un vaso de plástico lleno de agua fría, derramándosela en los dedos. "La abuela Lo dice que se les echa agua. En la tele lo hacen. ¿Puedo?" #speaker:caller
* [Dejar que se la eche en la cara: así tiene algo que hacer #act:folk_remedy target=patient]
  Se la avienta. Le cae en la cara y el pelo y le escurre hacia el oído. Ella ni parpadea. Jaylen se queda mirando el vaso vacío. "No funcionó", dice. #speaker:caller
  -> route
* [Darle mejor una tarea de verdad: la ventana de enfrente, el teléfono y la ambulancia #act:give_child_task target=caller]
  -> job_window
* [Quitarle el vaso y decirle que se vaya a sentar al sillón #time:5]
  Le quita el vaso. "Ve a sentarte al sillón, campeón." Llega hasta el pasillo y se queda ahí parado, donde puede verlo todo. #speaker:officer
  -> route

=== nia_wakes ===
Del cuarto del fondo sale una vocecita: "¿Mami? Mamiii." Pies descalzos en el pasillo. Una niña de tres años, con una piyama de gatitos de caricatura, se para en la orilla de la cocina, parpadeando por la luz, mirando hacia usted, mirando a su mamá en el piso. #speaker:bystander
* {jaylen_here} [Pedirle a Jaylen que se lleve a Nia al cuarto y le lea un libro con la puerta abierta, y que le grite si ella lo necesita #act:give_child_task target=caller]
  ~ tasked = true
  ~ with_nia = true
  ~ at_her_side = false
  "Jaylen, ¿puedes llevarte a Nia a tu cuarto y leerle? Deja la puerta abierta. Si me necesita, me gritas." #speaker:officer
  Jaylen levanta a su hermana por debajo de los brazos, tambaleándose un poco. "Ven, Nia-Nia. Mamá está dormida. Vamos a leer el de los dinosaurios." Sus voces se alejan por el pasillo. #speaker:caller
  -> route
* [Dejar que se quede: tiene tres años, no va a entender lo que ve]
  ~ nia_in_kitchen = true
  Nia se sienta en el piso debajo de la mesa, con el dedo en la boca, y mira a su mamá.
  -> route
* [Dejar a su paciente, llevar a Nia cargada a la cama y cerrarle la puerta #time:30]
  La carga. Grita todo el camino por el pasillo, y sigue gritando detrás de la puerta cuando usted vuelve a la cocina.
  -> route

=== breathing_stops ===
El ronquido se detiene. El pecho le da un tirón, luego otro, una jalada larga que parece que duele. Luego nada. #sfx:agonal_breathing
{jaylen_here && not tasked: "¿Mamá?" A Jaylen se le sube la voz. "¡Mamá! ¿Qué le pasa? ¿Por qué hace eso?" #speaker:caller}
* [Respirar por ella: protector facial puesto, cabeza hacia atrás, una respiración cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Darle ya la segunda dosis: dejó de respirar #act:naloxone_nasal target=patient]
  -> spray
* [Sacudirla de los hombros y gritarle que respire #act:check_responsiveness target=patient]
  "¡Tasha! ¡Respire! ¡Ándele, respire!" La cabeza se le va con sus manos y regresa. Nada.
  -> route
* [Empezar compresiones en el pecho #act:cpr target=patient]
  La acuesta derecha y empuja, fuerte y rápido, en el centro del pecho. Treinta, luego dos respiraciones. Dos minutos así.
  -> route

=== jaylen_bolts ===
~ jaylen_here = false
Cuando levanta la vista, Jaylen ya no está. La puerta de enfrente da un portazo. Arriba, unos puñitos en una puerta y la voz de una mujer: "¿Jaylen? Mi amor, ¿qué pasa?" #event:caller_left #sfx:footsteps
-> route

// Un instructor puede hacer que Jaylen se vaya corriendo (el evento caller_left): la historia lo nota aquí.
=== jaylen_slipped_out ===
~ jaylen_here = false
Cuando voltea, Jaylen ya no está. La puerta de enfrente quedó abierta. En algún lugar de arriba una puerta se abre y se cierra.
-> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  Le presiona dos dedos en el costado del cuello y espera. Nada. Del otro lado. Nada.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Empezar RCP: fuerte y rápido en el centro del pecho, dos respiraciones cada treinta compresiones #act:cpr target=patient]
  ~ cpr_rounds++
  Cuenta en voz alta para llevar el ritmo. Treinta. Dos respiraciones. Treinta. {jaylen_here: Desde el pasillo, Jaylen hace un ruido que usted va a oír por mucho tiempo.}
  -> route
* {ems_eta_minutes < 0} [Pedir paramédicos por radio #act:call_ems]
  "Three-Baker-Twelve, mande paramédicos código tres al veintidós cero siete de Alder, apartamento seis. Mujer sin pulso, RCP en curso. Dos niños en la escena." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Four sale de la Estación Nueve, llega en unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route

=== medics_work_code ===
Dos paramédicos entran corriendo por el pasillo con un monitor y una maleta de vía aérea. Uno sigue con las compresiones; el otro le pone un tubo y empieza a ventilarla con la bolsa. #sfx:footsteps
"¿Cuánto tiempo lleva así? ¿Qué le dieron?" #speaker:ems
* [Decirles lo que encontró, lo que le dio y cuándo, y cuánto tiempo estuvo sin respirar #act:handoff_to_ems target=patient]
  Se lo dice sin rodeos: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis|dos dosis} de naloxona}, las horas lo más exactas que puede, cuánto tiempo estuvo sin respirar.
* [Recargarse en el mostrador y dejarlos trabajar]
  Trabajan sin sus respuestas.
- Trabajan con Tasha Greene veinticinco minutos en el piso de la cocina. A las cinco menos cinco, la paramédica dice la hora en voz alta.
{jaylen_here: Jaylen está en el pasillo con su hermana en brazos. Alguien tiene que decírselo, y le toca a usted.|Arriba, Jaylen y Nia están en la sala de la señora Alvarez con la tele a todo volumen.}
-> END

=== tasha_wakes ===
{withdrawal == "severe":
  Se levanta del piso de golpe, con arcadas, manoteando. La mano le pega a usted en el hombro. "¿Qué me hizo? ¿Qué me HIZO?" En segundos está empapada de sudor, temblando; vomita en el linóleo, trata de pararse y no puede. #speaker:patient #sfx:cough
- else:
  Tose, una tos larga y húmeda, y abre los ojos. Parpadea despacio. "...¿qué?" Trata de sentarse y llega a apoyarse en un codo. Tiene los labios rosados otra vez. #speaker:patient #sfx:cough
}
{withdrawal == "severe" && not on_side: Estaba boca arriba cuando le pegó, y por un segundo se ahoga antes de poder voltear la cabeza.}
{brain_injury: Al principio no sigue sus movimientos con la mirada. Cuando trata de decir algo, las palabras le salen despacio y en desorden.}
* [Agacharse a la altura de sus ojos y explicarle con calma lo que pasó #act:explain_what_happened target=patient]
  ~ explained = true
  "Tasha, soy policía. {breathing_stops: Usted dejó de respirar.|Usted casi no respiraba.} Le di naloxona, Narcan, y la hizo volver. {ems_eta_minutes > 0: Los paramédicos vienen en camino.} Jaylen nos llamó. Los niños están bien. Usted no está en problemas." #speaker:officer
  {withdrawal == "severe":
    Sigue temblando, pero deja de manotear y se sienta con la espalda contra la estufa, abrazándose las rodillas. #speaker:patient
  - else:
    "¿Jaylen llamó?" Mira el papel aluminio en el mostrador, o donde estaba, y se tapa la cara con las dos manos. "Ay, Dios. Ay, Dios, mis bebés me vieron." #speaker:patient #event:use_disclosed
  }
  -> route
* {withdrawal == "severe"} [Está manoteando. Agarrarle las muñecas y sujetarla hasta que se calme #act:grab target=patient]
  ~ tasha_held = true
  Le agarra las dos muñecas. Ella forcejea con pánico, y mientras más fuerte la sujeta, más pelea; pasa casi un minuto antes de que se afloje, sollozando, y usted la suelta. {jaylen_here: Desde el pasillo Jaylen grita: "¡No la lastime!"}
  -> route
* [Preguntarle de inmediato qué se tomó, y cuánto #act:ask_what_taken target=patient]
  "¿Qué se tomó, Tasha? ¿Cuánto?" #speaker:officer
  Ella parpadea como si usted hablara otro idioma. "¿Quién es usted? ¿Dónde... dónde están mis niños?" #speaker:patient
  -> route
* [Hablarle claro: su hijo de diez años acaba de verla dejar de respirar en el piso de la cocina #act:demean target=patient]
  "Su hijo de diez años acaba de verla dejar de respirar en el piso de la cocina. Piénselo." #speaker:officer
  Ella le sostiene la mirada un largo rato, luego voltea a otro lado, y lo que tenía abierto en la cara se le cierra.
  -> route

=== tasha_awake ===
{jaylen_here && caller_trust <= 1: -> jaylen_bolts}
{explained && not tasha_asks && withdrawal != "severe" && not tasha_held && not cited && not searched && not pill_bagged: -> tasha_asks}
{withdrawal == "severe": Tasha está sentada contra la estufa, tiritando, con la nariz escurriendo, la quijada apretada, meciéndose un poco.|Tasha está sentada en el piso de la cocina con la espalda contra el gabinete, pálida pero respirando, {jaylen_here: con Jaylen pegadito a su lado|con un trapo de cocina en las dos manos}.}
{not jaylen_here: "¿Dónde está Jaylen?", pregunta una y otra vez. "¿Adónde se fue?" Usted le dice: arriba, con la señora Alvarez.}
{ems_on_scene: {tasha_going: Los paramédicos están metiendo la camilla por la puerta de enfrente.|Una paramédica le está tomando la presión.}|{ems_eta_minutes > 0: Los paramédicos llegan en unos {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.}}
{caregiver_arranged: {family_variant == 3: La señora Alvarez, del 2B, está en la puerta en pantuflas.|La abuela Lo viene en camino desde St. Vincent's.}}
* {ems_eta_minutes < 0} [Pedir paramédicos por radio ahora que respira #act:call_ems]
  "Three-Baker-Twelve, mande paramédicos al veintidós cero siete de Alder, apartamento seis. Mujer reanimada con naloxona, posible sobredosis de opioides." #speaker:officer #sfx:radio_dispatch
  "Copiado, Medic Four, llega en unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {not transport_asked} [Pedirle que deje que los paramédicos la lleven a que la revisen #act:offer_transport target=patient]
  -> transport_answer
* {tasha_refused && not refusal_respected} [Decirle que es su decisión #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not caregiver_arranged} [Preguntarles a Tasha y a Jaylen a quién quieren aquí con los niños esta noche, y llamarle #act:arrange_caregiver target=caller]
  -> caregiver
* {not cps_called} [Llamar a la línea de denuncias de maltrato infantil: que una trabajadora de CPS decida dónde duermen los niños esta noche #act:call_cps target=caller]
  -> cps_call
* {not referred} [Hablarle de la clínica puente de St. Vincent's: buprenorfina el mismo día, sin internarse, esta noche en casa con sus hijos, y un grupo para padres con cuidado de niños #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not referred} [Decirle que hay una cama libre en Fairview Recovery, un programa residencial de veintiocho días en las afueras del condado: la pueden recibir esta noche #act:offer_referral to=treatment target=patient]
  -> referral_residential
* [Decirle que o entra a tratamiento esta semana, o usted va a llamar a CPS por los niños #act:threaten_cps target=patient #act:coerce_referral target=patient]
  ~ cps_threatened = true
  "Así están las cosas, Tasha. O entra a tratamiento esta semana, o yo hago una llamada a CPS por estos niños." #speaker:officer
  Ella acerca a Nia. "Me quitaría a mis bebés", dice. No es una pregunta. #speaker:patient
  -> route
* {not threatened} [Advertirle: si esto vuelve a pasar con los niños en la casa, es un cargo por poner en peligro a un menor #act:threaten_arrest target=patient]
  ~ threatened = true
  "Hoy lo voy a dejar pasar. Pero si esto vuelve a pasar con estos niños en la casa, eso es poner en peligro a un menor, y le van a levantar cargos." #speaker:officer
  Asiente evitando su mirada. Después de eso no le vuelve a dirigir la palabra.
  -> route
* {not cited} [Ponerle una citación por poner en peligro a un menor: los niños estaban solos con ella #act:cite reason=other target=patient]
  -> cite_her
* {not pills_dealt_with} {not pill_bagged} [Pedirle que tire al inodoro las pastillas que le queden mientras usted cuida a los niños, y explicarle por qué: esas pastillas no son lo que dicen ser #time:20]
  ~ pills_dealt_with = true
  "Esas pastillas azules no son Percs. Son fentanilo. Lo que le quede, tírelo al inodoro, y por favor no se tome otra estando sola." #speaker:officer
  Señala su bolsa. "Queda una. En el cierre." Se levanta, despacio, la lleva al baño, y usted oye que le jala al inodoro. #speaker:patient
  -> route
* {not pills_dealt_with} {not pill_bagged} [Pedirle que le entregue las pastillas que le queden, para que los niños no las alcancen #act:seize_drugs target=patient]
  ~ pill_bagged = true
  Saca una pastilla azul más del bolsillo con cierre de su bolsa y se la pone en la palma evitando su mirada. Usted la sella en un sobre con el papel aluminio. #speaker:patient
  -> route
* [Preguntarle quién le vendió las pastillas: pastillas así están matando gente en este complejo #act:ask_drug_source target=patient]
  "¿Quién le vendió esas? Pastillas así están matando gente por aquí." #speaker:officer
  Tasha le sostiene la mirada un largo rato. "El primo de una muchacha del trabajo", dice. "No sé cómo se llama." Ya no le vuelve a sostener la mirada.
  -> route
* {not kit_left} [Dejarle a Tasha un kit de naloxona y enseñarles a ella y a Jaylen dónde guardarlo y cómo se usa #act:leave_naloxone_kit target=patient]
  -> leave_kit
+ {ems_eta_minutes >= 0 || quiet_minutes < 4} [{ems_on_scene: Quedarse con ella mientras los paramédicos la revisan|Sentarse con ella hasta que lleguen los paramédicos} #act:monitor target=patient]
  ~ quiet_minutes++
  Acerca una silla de la cocina y se sienta. {withdrawal == "severe": Ella tirita y pregunta dos veces qué hora es.|{jaylen_here: Jaylen le trae un vaso de agua y la mira tomárselo todo.|Ella mira el piso.}}
  -> route
+ {not ems_on_scene} [Está despierta y hablando, y quiere que usted se vaya. Dejarla con los niños y terminar la llamada #act:leave_scene]
  -> left_early
+ {ems_on_scene} [Terminar la llamada #act:leave_scene]
  -> the_end

=== tasha_asks ===
Tasha levanta la vista hacia usted. "Ya no puedo con esto. No puedo dejar que me vuelvan a ver así." Se limpia la cara. "Llevo tomándome una diaria desde marzo. Traté de dejarlas y me puse tan mala que no podía levantar a nadie en el trabajo. No me puedo ir a ningún lado. No tengo quién me los cuide." #speaker:patient #event:asks_for_help
-> route

=== cite_her ===
~ cited = true
Escribe la citación en la mesa de la cocina: poner en peligro a un menor, una fecha de corte en noviembre. Tasha firma donde usted le señala, con la mano temblando.
{jaylen_here: Jaylen lee las palabras al revés. Sabe lo que quiere decir "peligro"; lo vieron en la clase de salud. Se va a parar al pasillo.}
-> route

=== caregiver ===
~ caregiver_arranged = true
"¿A quién quisieran aquí con Nia y Jaylen esta noche? Alguien de su confianza." #speaker:officer
{jaylen_here:
  "A mi abuela Lo", dice Jaylen enseguida. "Me sé su número. Me lo sé de memoria." #speaker:caller
- else:
  "A mi mamá", dice Tasha. "Loretta. Está en el trabajo." #speaker:patient
}
{family_variant == 3:
  Suena dos veces hasta el buzón de voz: está en su turno en la lavandería de St. Vincent's y tiene el teléfono en el casillero. {jaylen_here: "La señora Alvarez", dice Jaylen. "La de arriba. A veces cuida a Nia."|"Ruth", dice Tasha. "La de arriba, el 2B. A veces me cuida a Nia."}
  Usted toca en el 2B. Ruth Alvarez, sesenta y tantos años, lentes de leer colgados de una cadenita, ya va bajando la escalera en pantuflas antes de que usted termine de explicar. "Claro. Claro que me quedo. Deme a la bebé." #speaker:bystander
- else:
  Loretta Greene contesta al segundo timbrazo. Usted le dice quién es, que Tasha respira y está hablando, que los niños están bien. Un suspiro largo en la línea. "Ya voy para allá. Veinte minutos. Dígale a Jaylen que ya va su abuela." #speaker:bystander
}
{responsive: Tasha cierra los ojos. "Está bien", dice. "Está bien." #speaker:patient}
-> route

=== cps_call ===
~ cps_called = true
Llama a la línea estatal desde el pasillo. La persona que atiende anota los nombres, las edades, la dirección. "La trabajadora de turno del condado de Alder está en un retiro de menores al otro lado de la ciudad. Pueden ser dos horas. ¿Se puede quedar con los niños hasta entonces?" #speaker:bystander
{responsive: Tasha oyó. Tiene a Nia en el regazo y la abraza con los dos brazos. "Me echó a CPS encima. Estoy respirando. Aquí estoy. Me echó a CPS encima." #speaker:patient}
{jaylen_here: Jaylen se puso blanco. "¿Es la señora que se llevó a Marcus?" #speaker:caller}
-> route

=== referral_clinic ===
~ referred = true
"Hay una clínica puente en St. Vincent's. Si usted quiere, le pueden empezar hoy mismo la buprenorfina: le quita los malestares, para que pueda trabajar y cargar pacientes sin necesitar las pastillas. Esta noche regresa a su casa con sus hijos. Los martes tienen un grupo para padres, con cuidado de niños en el salón de al lado." #speaker:officer
{
- cited || cps_called || cps_threatened:
  Tasha mira la tarjeta y luego a usted. "¿Usted me va a ayudar? ¿Después de eso?" La tarjeta se queda en la mesa. #speaker:patient #event:referral_declined
- tasha_held:
  Tasha se soba las muñecas y no dice nada. La tarjeta se queda en la mesa. #event:referral_declined
- caller_trust >= 5:
  "¿Hoy? ¿Y regreso a mi casa?" Le da vuelta a la tarjeta. "Mi mamá trabaja en St. Vincent's." Se la guarda en el bolsillo del uniforme. #speaker:patient #event:referral_accepted
- else:
  Tasha se encoge de hombros. "A lo mejor." La tarjeta se queda en la mesa. #speaker:patient #event:referral_declined
}
-> route

=== referral_residential ===
~ referred = true
"Hay una cama en Fairview Recovery esta noche. Veintiocho días, internada, pasando el límite del condado. Es un buen programa." #speaker:officer
Tasha se le queda mirando. "¿Veintiocho días? ¿Y quién me cuida a mis hijos veintiocho días? ¿Quién me paga la renta?" Niega con la cabeza. "Los perdería. Perdería el trabajo. No." #speaker:patient #event:referral_declined
-> route

=== leave_kit ===
~ kit_left = true
Saca del chaleco el kit para dejar: dos atomizadores nasales, un protector facial, una tarjeta con la línea de sobredosis del condado. Le enseña a Tasha cómo va la boquilla, dónde apretar, que espere dos o tres minutos antes de la segunda dosis y que mientras tanto le dé respiraciones a quien sea.
{jaylen_here: Jaylen mira cada paso. "¿Yo también puedo saber?" Usted le enseña. Guarda la caja en el cajón donde está el cargador del teléfono, donde dice que todos la pueden encontrar. #speaker:caller}
-> route

=== transport_answer ===
~ transport_asked = true
{caregiver_arranged && not cps_threatened && not cps_called && not cited && not tasha_held && withdrawal != "severe":
  Tasha voltea hacia el pasillo donde están los niños. "Si {family_variant == 3: Ruth|mi mamá} se queda con ellos..." Suelta el aire. "Está bien. Está bien, sí voy." #speaker:patient
  ~ tasha_going = true
  -> route
- else:
  -> tasha_refuses
}

=== tasha_refuses ===
~ tasha_refused = true
{
- cps_called || cps_threatened:
  "No voy a ningún lado. Yo salgo por esa puerta y CPS entra por ella. No voy a dejar a mis bebés." Se sienta a Nia en el regazo. #speaker:patient #event:transport_refused
- withdrawal == "severe":
  "No voy. No me voy a sentar seis horas en una sala de emergencias, enferma como perro, con mis hijos en la sala de espera. Estoy bien." #speaker:patient #event:transport_refused
- else:
  "No puedo. ¿Quién me va a cuidar a mis hijos? No los voy a dejar solos." #speaker:patient #event:transport_refused
}
{ems_on_scene: La paramédica voltea hacia usted. "Está alerta y orientada. Si no quiere ir, firma el formulario." #speaker:ems}
* [Decirle que es su decisión, y asegurarse de que sepa lo que puede pasar cuando se le pase el efecto de la naloxona #act:respect_refusal target=patient]
  -> respect_her_refusal
* [Decirle que si no va, usted va a tener que llamar a CPS para que cuiden a los niños esta noche #act:threaten_cps target=patient]
  ~ cps_threatened = true
  "Si no va, Tasha, voy a tener que llamar a CPS para que cuiden a estos niños esta noche. Esas son las opciones." #speaker:officer
  A Tasha se le congela la cara. "Pues llámelos", dice. "De todos modos no voy a dejar a mis hijos." #speaker:patient
  -> route
* [Decirle que no está en condiciones de decidir: se va con los paramédicos o se va con usted #act:threaten_arrest target=patient]
  ~ threatened = true
  "Se va con ellos o se va conmigo." #speaker:officer
  Tasha se le queda mirando. "¿Por qué?", dice. {jaylen_here: Jaylen se vuelve a poner a llorar.}
  -> route
* [Insistirle: la sala de emergencias es el lugar más seguro para ella esta noche]
  "La sala de emergencias es el lugar más seguro para usted esta noche." #speaker:officer
  "Ya lo oí." #speaker:patient
  -> route

=== respect_her_refusal ===
~ refusal_respected = true
"Es su decisión. Pero necesita saber esto: la naloxona se le pasa en media hora, una hora cuando mucho, y el fentanilo dura más. Podría dejar de respirar otra vez. Así que nada de pastillas esta noche, y que un adulto se quede con usted." #speaker:officer
Tasha asiente sin levantar la vista. {caregiver_arranged: "Va a venir {family_variant == 3: Ruth|mi mamá}", dice.|"Nomás somos yo y los niños", dice.}
-> route

=== medics_arrive ===
Oye que la sirena se apaga en el patio{tasked && jaylen_here:, y a Jaylen gritando "¡Ya llegaron! ¡Ya llegaron!" desde la sala}. Dos paramédicos entran por el pasillo con un monitor y una maleta de vía aérea. #sfx:siren #sfx:footsteps
{responsive:
  Una se agacha frente a Tasha. "Hola, Tasha. Soy Dee. ¿Cómo vamos?"
- else:
  Una ya está de rodillas junto a la cabeza de Tasha, con la bolsa de ventilación en la mano.
}
"¿Qué tenemos?", le pregunta el otro a usted. #speaker:ems
* [Darles el reporte de entrega: lo que encontró, lo que le dio y cuándo, y lo que le dijo Jaylen #act:handoff_to_ems target=patient]
  "Tasha Greene, treinta y tres años. La encontré inconsciente en el piso de la cocina, pupilas puntiformes, respiraba {rescue_rounds > 0: tan lento que yo le estaba dando respiraciones|unas seis veces por minuto}. {jaylen_told: Su hijo dice que se tomó una pastilla azul que le vendieron como Percocet, después del mediodía.|Media pastilla azul y un papel aluminio en el mostrador.} {doses_given == 0: No le di naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos|Dos dosis de naloxona nasal de cuatro miligramos}, la primera hace unos {(seconds_elapsed - first_dose_second) / 60} minutos.} Hay dos niños aquí, de diez y de tres años." #speaker:officer
  La paramédica asiente y lo anota en el dorso de su guante.
* [Hacerse a un lado y dejarlos trabajar. Ya lo verán ellos]
  Se hace a un lado. La paramédica voltea hacia usted, esperando. "¿Oficial? ¿Le dieron algo? ¿Cuánto, cuándo?" #speaker:ems
  Para cuando usted lo termina de armar, ella ya dejó de preguntar.
- -> route

=== medic_asks ===
La paramédica se agacha junto a la rodilla de Tasha. "La presión está bien, pero esa cosa dura más que el Narcan. Nos gustaría llevarla y observarla unas horas. ¿Viene con nosotros?" #speaker:ems
-> transport_answer

=== with_medics ===
Los paramédicos tienen a Tasha con oxígeno y monitor, y le dan respiraciones con la bolsa cuando las necesita. Una está metiendo la camilla por la puerta de enfrente. "La llevamos a St. Vincent's", dice. "¿Quién se queda con los niños?" #speaker:ems
* {not caregiver_arranged} [Preguntarle a Jaylen a quién quiere aquí con él y con Nia, y llamarle #act:arrange_caregiver target=caller]
  -> caregiver
* {not cps_called} [Llamar a la línea de denuncias de maltrato infantil: que una trabajadora de CPS decida adónde van los niños esta noche #act:call_cps target=caller]
  -> cps_call
* {not kit_left} {jaylen_here} [Dejar un kit de naloxona en el cajón de la cocina para cuando su mamá regrese #act:leave_naloxone_kit target=caller]
  ~ kit_left = true
  Guarda un kit para dejar en el cajón del cargador del teléfono y le enseña a Jaylen dónde está. Él asiente muy serio.
  -> route
+ [Terminar la llamada #act:leave_scene]
  -> the_end

=== left_early ===
"Three-Baker-Twelve, terminé en Alder, quedo disponible." Le dice a Tasha que vuelva a llamar al 911 si algo cambia y sale. #speaker:officer #sfx:footsteps #sfx:car_door
La naloxona dura media hora, una hora cuando mucho. El fentanilo de una pastilla prensada dura más.
{jaylen_here:
  Tasha se queda dormida sentada contra el gabinete. Jaylen ve cómo su respiración se vuelve un ronquido, y luego pausas largas. Vuelve a llamar al 911, por segunda vez en el día, y le dice a la operadora que ahora sí sabe qué hacer: se sienta en el piso, le agarra la mano y cuenta las pausas hasta que los paramédicos entran por la puerta que él ya había abierto.
- else:
  Tasha se queda dormida sentada contra el gabinete. No hay nadie cuando su respiración se vuelve un ronquido, y luego pausas largas. A las seis, Ruth Alvarez baja a Jaylen y a Nia y la encuentra.
}
-> END

=== the_end ===
{
- tasha_going:
  Los paramédicos sacan a Tasha por el pasillo en la camilla. Al pasar, estira la mano y aprieta la de Jaylen. {caregiver_arranged: {family_variant == 3: Ruth Alvarez está en la puerta de la cocina con Nia cargada en la cadera.|Veinte minutos después Loretta Greene entra por la puerta todavía con la bata de la lavandería, y Jaylen se le avienta tan fuerte que la hace tambalearse.}}
- tasha_refused:
  Tasha firma el formulario de rechazo en la mesa de la cocina con la mano temblando. Los paramédicos recogen sus cosas y se van. {caregiver_arranged: {family_variant == 3: Ruth Alvarez pone a calentar agua y dice que esta noche se queda a dormir en el sillón.|Loretta Greene llega con la bata de la lavandería y dice que esta noche se queda a dormir en el sillón.}|Cuando usted se va, se quedan solos ella y los niños.}
- not responsive:
  Los paramédicos llevan a Tasha a la ambulancia, todavía inconsciente, respirando con la bolsa. {caregiver_arranged: {family_variant == 3: Ruth Alvarez carga a Nia en la ventana de enfrente y la deja decir adiós con la mano.|Jaylen espera a su abuela en la ventana.}}
- else:
  Los paramédicos terminan con Tasha y se van.
}
{cps_called: A las seis y cuarto llega la trabajadora social de turno, cansada y amable, con una tabla con papeles y dos sillitas para el carro. {caregiver_arranged: Platica veinte minutos con {family_variant == 3: Ruth Alvarez|Loretta Greene} y se va sin los niños, y con un expediente abierto a nombre de Tasha.|No logra localizar a tiempo a nadie de la lista. Jaylen y Nia pasan la noche con una familia de acogida de emergencia en Eastgate, el mismo barrio donde vive Marcus.}}
{cited: La citación entra al sistema. En noviembre Tasha va a perder un turno por ir a la corte.}
{cps_threatened && not cps_called: Jaylen ya no le vuelve a dirigir la mirada. La próxima vez que algo ande mal en el número seis, lo va a pensar mucho antes de llamar.}
{kit_left: El kit de naloxona está en el cajón del cargador del teléfono, donde todos lo pueden encontrar.}
{brain_injury: En las semanas siguientes, a Tasha le van a costar los nombres y las escaleras, y ya no va a volver a cargar pacientes.}
"Three-Baker-Twelve, terminé en Alder, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END
