// El baño cerrado con llave (overdose-public-restroom), Spanish.
// A translation of en.ink, line for line: the same knots, choices, conditions, diverts and tags;
// only the prose and the choice texts are Spanish. Terms and register: locales/es/glossary.md.
// A store manager wants Kayla Briggs out of his restroom; she has injected fentanyl and wakes in
// severe withdrawal. A delivery rider who knows her films everything. Version 3, as en.ink:
// breathing returns before she wakes (the recovery-position window), and the used syringe is picked
// up gloved by the barrel and dropped in the sharps tube as found, never recapped. Breathing stops 150 s in
// unless naloxone works. Her hoodie pocket holds needles: a blind reach into it is a needlestick.

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
"Two-Adam-Fourteen, Ninth Street Market, novecientos de la calle Alder. El gerente reporta a una mujer en el baño de clientes desde hace unos cuarenta minutos. No sale y no contesta. Quiere que la saquen." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copiado." #speaker:officer
Son las cuatro y cuarto de una tarde gris. Ya salieron de la escuela, y la tienda está llena de adolescentes comprando papitas y bebidas energéticas. Se estaciona en el carril de bomberos. #sfx:car_door
-> at_the_counter

=== at_the_counter ===
El gerente ya está esperando en la caja con un llavero en la mano: cincuenta y tantos años, camisa polo de la tienda con RICK en el gafete, la cara de un hombre que ya ha vivido esta tarde antes. #event:on_scene
"Por fin. Está allá atrás. Es la tercera vez este mes que alguien me hace esto en el baño. La quiero afuera, y quiero que le prohíban volver a entrar." #speaker:caller
Desliza una identificación del estado sobre el mostrador. "Su bolsa estaba junto a la puerta. Es ella, Kayla no sé qué. Verifíquela. Ha estado robando cosas, se lo garantizo." #speaker:caller
* [Dejar la identificación en el mostrador e ir al baño con él]
  -> restroom_door
* [Tomar la identificación y verificar si tiene órdenes de arresto antes de ir #act:warrant_check target=patient]
  -> running_kayla

=== running_kayla ===
"Two-Adam-Fourteen, verifique a una por órdenes. Briggs, Kayla." #speaker:officer #sfx:radio_dispatch
Rick asiente, satisfecho, y le cobra a un cliente mientras usted espera. Un muchacho compra dos refrescos y un encendedor. La radio está ocupada con un choque en la autopista.
"Two-Adam-Fourteen, Briggs, Kayla: no tiene órdenes pendientes. Dos advertencias anteriores por entrada ilegal en esa dirección." #speaker:dispatch #sfx:radio_dispatch
Dos minutos, más o menos. Rick le muestra el camino hacia el fondo.
-> restroom_door

=== restroom_door ===
El baño de clientes está al final de un pasillo corto, pasando el cuarto frío: una puerta de acero, cerrada con llave por dentro. #sfx:footsteps
* [Tocar fuerte y llamarla por su nombre #time:10]
  Golpea la puerta con el canto del puño. "¿Kayla? Policía. ¿Está bien ahí adentro?" #speaker:officer #sfx:door_knock
  Nada. Luego, débil, a través del acero: un ronquido. Largo, húmedo, anormal. #sfx:snoring
  "Ábrala", le dice a Rick, y él gira la llave.
  -> the_doorway
* [Decirle a Rick que abra ya]
  Rick gira la llave.
  -> the_doorway

=== the_doorway ===
La puerta se abre hacia un cuartito blanco que huele a cloro y a vómito. #bg:restroom
Una mujer de veintitantos años está en el piso entre el inodoro y la pared, desplomada de lado, con la cabeza caída sobre el pecho. Sudadera gris, un tenis quitado. Tiene los labios azules. Un ronquido; nada; otro ronquido. #sfx:snoring
"Hay polvo en el lavabo", dice Rick detrás de usted. "No voy a dejar que mi gente toque eso. ¿No es esa la cosa que mata a los policías nada más de tocarla?" #speaker:caller
* [Detenerse en la puerta y revisar el cuarto antes de entrar #act:scene_size_up]
  -> size_up
* [Ir directo hacia ella]
  -> needle_on_the_floor
* [Palparle los bolsillos de la sudadera buscando agujas antes de atenderla #act:reach_into_pocket target=patient]
  -> needle_in_the_pocket
* [Salir y pedir por radio a los bomberos con equipo de materiales peligrosos para que despejen el cuarto primero #act:delay_for_exposure_fear target=self]
  -> hazmat

=== size_up ===
~ sized_up = true
~ syringe_seen = true
~ syringe_by_wall = true
Desde la puerta lo abarca todo con la mirada. Un cuarto pequeño, una sola entrada, nadie más. En el piso, junto a su mano derecha, una jeringa usada sin su tapa naranja, con la aguja hacia arriba. #event:syringe_found
Una cuchara doblada con una bolita de algodón sobre el tanque del inodoro. En el lavabo, una bolsita de papel encerado y un polvillo blanco.
Con el borde de la bota aparta la jeringa de su mano y la arrima a la pared, donde nadie se va a arrodillar encima.
-> route

=== needle_on_the_floor ===
~ syringe_seen = true
Se agacha sobre una rodilla a su lado y apoya una mano en el piso para sostenerse. Algo se le clava en la base de la mano. #event:needlestick
Una jeringa usada, bajo los dedos de ella, con la aguja hacia arriba. #event:syringe_found
Tiene una gota de sangre en la palma. Se aprieta la herida, suelta una maldición y sigue; ahora no hay tiempo para eso.
-> route

=== needle_in_the_pocket ===
~ syringe_seen = true
Mete la mano en el bolsillo delantero de la sudadera. Algo se le clava en la yema del dedo. Saca la mano con una jeringa suelta colgando del dedo, luego ya no colgando, luego rodando por el piso junto al inodoro. #event:syringe_found
Tiene una gota de sangre en la yema del dedo. Se la aprieta, suelta una maldición y se arrodilla a su lado.
-> route

=== hazmat ===
Retrocede al pasillo y aprieta el botón del micrófono. "Two-Adam-Fourteen, necesito a los bomberos con materiales peligrosos en Ninth Street Market. Posible polvo de fentanilo en un baño." #speaker:officer #sfx:radio_dispatch
"Copiado. Los bomberos preguntan si necesita paramédicos." #speaker:dispatch
Rick se queda con usted junto al cuarto frío, de brazos cruzados, asintiendo: más vale prevenir. Por la puerta abierta se la oye roncar. Las pausas entre los ronquidos son cada vez más largas.
Dos minutos después el teniente de la autobomba Once sale al aire: no mandan materiales peligrosos a una sobredosis. Sus equipos atienden estas llamadas con guantes de nitrilo.
~ syringe_seen = true
~ syringe_by_wall = true
Vuelve a entrar. Antes de arrodillarse la ve: una jeringa usada junto a su mano derecha, sin la tapa naranja, con la aguja hacia arriba. Con el costado de la bota la arrima a la pared. #event:syringe_found
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
  {&Se le va la cabeza. Un ronquido, una pausa larga, otro ronquido.|El pecho apenas se le mueve bajo la sudadera. Vuelve el ronquido, más lento.|Usted se descubre contando las pausas entre una respiración y otra.} {on_side: Ahora está de lado sobre el piso, con la rodilla de arriba doblada.} Sigue con los labios azules.
- "none":
  El pecho no se le mueve. Nada. Allá adelante suena la campanita de la puerta y un cliente se ríe.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    Bajo la sudadera el pecho se le levanta por su cuenta, y baja, y vuelve a subir: respiraciones hondas y parejas, una docena por minuto. A los labios se les va quitando lo azul. Sigue con los ojos cerrados.
  - else:
    Respira por su cuenta, hondo y parejo. {on_side: Está de lado sobre el piso, con la mejilla sobre la mano.|Está boca arriba sobre el piso, con la barbilla caída hacia el pecho.} Sigue con los ojos cerrados; cuando le dice su nombre, nada.
  }
  {jules_here && not jules_asks_why:
    ~ jules_asks_why = true
    "Ya respira", dice Jules. "¿Por qué no despierta? Póngale la otra. Tiene otra, ¿no?" #speaker:bystander
  }
}
{doses_given == 1 && breathing != "normal":
  {seconds_elapsed - first_dose_second >= 120: Ya pasaron más de dos minutos desde la dosis.|La dosis entró hace {seconds_elapsed - first_dose_second < 60: menos de un minuto|un minuto o dos}.}
}
{ems_eta_minutes > 0: Los paramédicos llegan en {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}, más o menos.}
* {not gloved} [Ponerse guantes de nitrilo #act:don_gloves]
  ~ gloved = true
  Los guantes le chasquean en las muñecas.
  -> route
* [Gritarle su nombre y frotarle el esternón con los nudillos, con fuerza #act:check_responsiveness target=patient]
  "¡Kayla! Kayla, ¿me oye?" Le clava los nudillos en el esternón, con fuerza. {breathing == "normal": Se queja y aparta el cuerpo de su mano, pero sigue con los ojos cerrados.|Nada. Ni un quejido, ni un gesto. Tiene las pupilas como puntas de alfiler.}
  -> route
* [Inclinarle la cabeza hacia atrás, acercar la mejilla a su boca y mirarle el pecho #act:check_breathing target=patient]
  {breathing:
  - "slow": Una respiración en diez segundos, superficial, con un ronquido encima. Tenía la cabeza caída hacia adelante, doblándole la vía aérea; con la cabeza hacia atrás el ronquido es más suave.
  - "none": Nada en su mejilla. Nada en el pecho.
  - else: Siente su aliento tibio en la mejilla.
  }
  -> route
* {ems_eta_minutes < 0} [Llamar por radio: paramédicos, posible sobredosis de opioides #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres a Ninth Street Market, novecientos de Alder, en el baño del fondo. Mujer de unos veinte años, inconsciente, {breathing == "none": no respira|{breathing == "slow": respira unas seis veces por minuto|volvió a respirar con la naloxona pero no despierta}}, posible sobredosis de opioides. Le estoy dando naloxona." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
+ {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{breathing == "normal": Respira pero no despierta. Darle la segunda dosis|Darle la segunda dosis, en la otra fosa nasal} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{breathing == "normal": Seguir respirando por ella con el protector hasta que vuelva en sí|Acostarla boca arriba y respirar por ella con un protector facial, una respiración cada cinco segundos} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {breathing != "none"} {doses_given > 0} [Acomodarla de lado sobre el piso, con la rodilla de arriba doblada, para que no se ahogue #act:recovery_position target=patient]
  ~ on_side = true
  La baja con cuidado hasta dejarla de lado, le dobla la rodilla de arriba para que no ruede y le acomoda la mano bajo la mejilla. {breathing == "normal": La vía aérea está abierta; sigue respirando hondo y parejo.|El ronquido se suaviza, pero las respiraciones siguen igual de espaciadas.}
  -> route
+ {breathing != "none"} {doses_given > 0} [Quedarse a su lado y contarle las respiraciones #act:monitor target=patient]
  Se arrodilla con dos dedos en su muñeca y cuenta.
  {
  - responsive: A mitad de la cuenta se sacude, y abre los ojos de golpe.
  - breathing == "normal": Doce respiraciones en un minuto, hondas y parejas. {on_side: Tiene la mejilla apoyada en la mano.|Boca arriba, la cabeza se le sigue yendo hacia adelante, y de vez en cuando el aire se le atora en la garganta.}
  - breathing == "slow": Cuatro respiraciones en un minuto. Luego cinco.
  - else: Deja de respirar. Usted espera la siguiente respiración, y no llega.
  }
  -> route
+ [{ems_eta_minutes >= 0: Apartarse y esperar a los paramédicos|Apartarse y darle un momento} #act:wait]
  Se levanta del piso y retrocede hasta la puerta. Treinta segundos es mucho tiempo para quedarse mirando. {breathing == "none" && breathing_stops: Nadie respira por ella.}
  -> route
* {jules_here} {not reassured} [Decirle al hombre del teléfono que aquí nadie está en problemas, ni siquiera ella #act:reassure_good_samaritan target=bystander]
  -> reassure_jules
* {jules_here} {not asked_jules} [Preguntarle al hombre del teléfono qué tomó ella #act:ask_what_taken target=bystander]
  -> jules_answers
* {jules_here} {jules_told} [Preguntarle quién está vendiendo por aquí. Si hay un lote malo, la gente tiene que saberlo #act:ask_drug_source target=bystander]
  "¿Es en serio?" Jules le gira el teléfono hacia la cara. "¿Se está muriendo y usted quiere nombres?" #speaker:bystander
  -> route

=== spray ===
{doses_given:
- 1:
  ~ first_dose_minute = minutes_elapsed
  ~ first_dose_second = seconds_elapsed
  Rompe la caja, le inclina la cabeza hacia atrás, le mete la boquilla en la fosa nasal y aprieta el émbolo. Un siseo corto. #sfx:naloxone_spray
  Al dorso de la caja dice: si no hay respuesta en dos o tres minutos, aplique el segundo dispositivo en la otra fosa nasal, y manténgala respirando hasta que llegue la ayuda.
- else:
  La otra fosa nasal. Aprieta. Un siseo corto. Ya se usaron los dos dispositivos de la caja. #sfx:naloxone_spray
  {breathing == "normal": No cambia nada que usted pueda ver. Respira igual que antes, y sigue con los ojos cerrados.}
}
-> route

=== rescue_breaths ===
~ breathed_for_her = true
~ rescue_rounds++
{on_side: La vuelve a poner boca arriba.}
{responsive:
  A mitad de una respiración le dan arcadas contra el protector y aparta la cara de un tirón. #sfx:cough
- else:
  {&La acuesta boca arriba sobre el piso, le inclina la cabeza hacia atrás, le tapa la nariz, le sella el protector sobre la boca y le da una respiración lenta. El pecho se le levanta. Cuenta hasta cinco. Otra vez.|Respira, cuenta hasta cinco, respira. La válvula del protector hace clic cada vez.|Doce respiraciones por minuto. El piso está frío y duro bajo sus rodillas.} {breathing == "none": {breathing_stops: Entre una respiración y otra, ella no respira por su cuenta.}|{breathing == "slow": Entre una y otra llegan las de ella, superficiales y espaciadas.|Entre una y otra llegan las de ella, ahora hondas y parejas.}}
}
~ on_side = false
-> route

=== the_camera ===
~ jules_here = true
Detrás de Rick, un joven con chaqueta de repartidor tiene el teléfono levantado de lado, con el punto rojo encendido. #sfx:phone_camera
"Estoy grabando esto. Es Kayla. Ella necesita un doctor, no esposas." #speaker:bystander
"En mi tienda no se graba", le dice Rick. #speaker:caller
* [Decirle que puede seguir grabando. Aquí nadie está en problemas, ni siquiera ella; usted vino a ayudarla #act:reassure_good_samaritan target=bystander]
  -> reassure_jules
* [Preguntarle qué tomó ella #act:ask_what_taken target=bystander]
  -> jules_answers
* [Decirle que guarde el teléfono y se aleje, o queda arrestado por obstrucción #act:threaten_arrest target=bystander]
  "Hágalo", dice. El teléfono no se mueve. "Arrésteme por grabar. Adelante. Hay gente viendo esto." Da un paso atrás, ni uno más. #speaker:bystander
  -> route
* [Pedirle su identificación. La conoce, así que a lo mejor sabe qué pasó #act:demand_id target=bystander]
  Le clava la mirada, como si usted acabara de probar algo. "No le voy a dar nada. Estoy parado en una tienda." Sigue grabando. #speaker:bystander
  -> route
* [Ignorarlo y seguir trabajando]
  -> route

=== reassure_jules ===
~ reassured = true
"Grabe todo lo que quiera. Aquí nadie está en problemas, ni siquiera ella. Vine a ayudarla." #speaker:officer
Baja el teléfono un poco. "Okey." Toma aire. "La conozco del centro de día de la calle Alder. Es buena gente." #speaker:bystander
-> route

=== jules_answers ===
~ asked_jules = true
{caller_trust >= 6:
  ~ jules_told = true
  "Heroína. Eso fue lo que dijo que iba a comprar. Pero ahora todo es fentanilo, todo lo de por aquí. Dijo que se iba a meter un poquito y se regresaba al albergue." #speaker:bystander #event:bystander_disclosed
- else:
  "No sé. ¿Para qué, para que lo apunte y la acuse?" Sigue apuntándole con el teléfono. #speaker:bystander
}
-> route

=== rick_water ===
{responsive: -> route}
"No está funcionando", dice Rick desde la puerta. "Échele agua. Agua fría, eso es lo que hacen. O déle una cachetada, despiértela." Le ofrece una botella del refrigerador. #speaker:caller
* [Echarle el agua fría en la cara #act:folk_remedy target=patient]
  El agua le chorrea por la barbilla y se encharca en el piso. Ni parpadea.
  -> route
* [Darle una cachetada fuerte para que reaccione #act:folk_remedy target=patient]
  El golpe retumba contra los azulejos. La cabeza se le va con la cachetada y vuelve. {jules_here: "¡Oiga!", dice Jules. "¡Oiga!"}
  -> route
* [Decirle a Rick que la dosis tarda un par de minutos, y pedirle que mantenga el pasillo despejado para los paramédicos]
  "Tarda un par de minutos. Mantenga el pasillo despejado para que los paramédicos puedan traer una camilla hasta aquí." #speaker:officer
  Rick duda, luego se da la vuelta para espantar a dos adolescentes hacia el pasillo de las papitas.
  -> route

=== breathing_stops ===
{rescue_breaths:
  Bajo sus manos, entre sus respiraciones, las de ella se acaban: un jalón, otro, un ruido como de agua yéndose por un desagüe. Luego ella ya no respira por su cuenta. #sfx:agonal_breathing
- else:
  El ronquido se detiene. El pecho le da un jalón, luego otro, un ruido como de agua yéndose por un desagüe. Luego nada. #sfx:agonal_breathing
}
{jules_here: "¿Está respirando?", dice Jules. "No está respirando." #speaker:bystander}
* [Acostarla boca arriba y respirar por ella: protector facial puesto, cabeza inclinada hacia atrás, una respiración cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Darle la segunda dosis ya #act:naloxone_nasal target=patient]
  -> spray
* [Empezar compresiones en el pecho #act:cpr target=patient]
  La acuesta boca arriba sobre el piso y empuja, fuerte y rápido, en el centro del pecho. Treinta, luego dos respiraciones. Dos minutos así.
  -> route
* [Tiene polvo en los labios. Mantener la boca lejos y esperar la bolsa-válvula-mascarilla de los paramédicos #act:delay_for_exposure_fear target=self]
  Se arrodilla a su lado con las manos en los muslos y mira cómo el pecho no se le mueve. Dos minutos. {jules_here: Jules repite algo una y otra vez, y usted tarda en darse cuenta de que es el nombre de ella.}
  -> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  Le aprieta dos dedos en el costado del cuello y espera. Nada. Del otro lado. Nada.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Empezar RCP: fuerte y rápido en el centro del pecho, dos respiraciones cada treinta compresiones #act:cpr target=patient]
  ~ cpr_rounds++
  Cuenta en voz alta para llevar el ritmo. Treinta. Dos respiraciones. Treinta. El piso se le clava en las rodillas.
  -> route
* {ems_eta_minutes < 0} [Pedir paramédicos por radio #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres a Ninth Street Market, novecientos de Alder. Mujer sin pulso, RCP en curso." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route

=== medics_work_code ===
Dos paramédicos vienen corriendo por el pasillo con un monitor y un bolso de vía aérea. Uno toma las compresiones; la otra la intuba y empieza a ventilarla con la bolsa. #sfx:footsteps
"¿Cuánto tiempo lleva así? ¿Qué le dieron?" #speaker:ems
* [Decirles lo que encontró, lo que le dio y cuándo, y cuánto tiempo pasó sin respirar #act:handoff_to_ems target=patient]
  Se lo dice sin rodeos: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis|dos dosis} de naloxona}, las horas lo más exactas que puede, cuánto tiempo estuvo sin respirar.
* [Salir al pasillo y dejarlos trabajar]
  Trabajan sin sus respuestas.
- Trabajan en Kayla Briggs durante veinte minutos en el piso del baño, mientras Rick mantiene a los clientes allá adelante. A las 4:52 la paramédica dice la hora en voz alta.
{jules_here: Jules dejó de grabar. Está parado en el pasillo con el teléfono colgando a un lado.}
-> END

=== kayla_wakes ===
Se levanta del piso de golpe, con arcadas, lanzando los brazos. Le pega con el dorso de la mano en la mandíbula. Se voltea hacia el inodoro y vomita, y luego se le viene encima a usted, empapada en sudor, temblando tanto que le castañetean los dientes. #sfx:cough
"¿Quién me metió Narcan? ¿Quién fue? ¡Pagué cuarenta dólares por eso!" #speaker:patient #event:use_disclosed
{not on_side: Estaba acostada boca arriba; lo primero le sube antes de que pueda voltear la cabeza, y tose y se atraganta.}
{brain_injury: Luego se detiene, confundida, y se queda mirando la pared como si no recordara hacia dónde queda la puerta.}
{jules_here: "Kayla, Kayla, tranquila, te salvaron", dice Jules. Todavía tiene el teléfono levantado. #speaker:bystander}
* [Retroceder un paso, bajar a la altura de sus ojos y explicarle con calma lo que pasó #act:explain_what_happened target=patient]
  ~ explained = true
  "Kayla. Soy policía. {breathing_stops: Dejó de respirar aquí en el piso.|Casi no respiraba aquí en el piso.} Le di naloxona y la hizo volver. No está arrestada. {ems_eta_minutes > 0: Los paramédicos vienen en camino.} Sé que se siente fatal. Ya se le va a pasar." #speaker:officer
  Ella le clava una mirada furiosa, temblando, y se deja resbalar por la pared hasta quedar sentada con las rodillas levantadas. "Cuarenta dólares", repite, más bajito. #speaker:patient
  -> route
* [Agarrarle las muñecas antes de que vuelva a tirar un golpe #act:grab target=patient]
  ~ kayla_held = true
  Le agarra las muñecas. Ella se retuerce y le grita que la suelte, y patea el inodoro, y mientras más fuerte la sostiene usted, más pelea, hasta que está llorando de rabia y usted la suelta. Ella se arrastra de espaldas hasta la pared y no le quita la vista a sus manos. {jules_here: Jules lo está grabando todo.}
  -> route
* [Le pegó a usted. Inmovilizarla contra la pared y esposarla #act:restrain target=patient]
  ~ kayla_restrained = true
  La inmoviliza contra la pared y le pone las esposas. Grita que va a vomitar, y vomita, por todo el frente de la sudadera. {jules_here: Jules lo está grabando todo.}
  -> route
* [Preguntarle qué tomó y cuánto, antes de que vuelva a caer #act:ask_what_taken target=patient]
  "¿Qué tomó? ¿Cuánto?" #speaker:officer
  "Aléjese de mí", dice. "Aléjese de mí, carajo." #speaker:patient
  -> route
* [Decirle lo cerca que estuvo: estaba muerta en ese piso, y gracias a la dosis está respirando #act:demean target=patient]
  "Estaba muerta en el piso de un baño. Si respira es nada más por esa dosis, así que un poquito de agradecimiento no estaría mal." #speaker:officer
  Ella escupe en el piso, entre sus botas. {jules_here: Detrás de usted, Jules dice: "Guau. Okey. Eso quedó grabado."}
  -> route
* [Decirle que si le vuelve a tirar un golpe, se va a la cárcel #act:threaten_arrest target=patient]
  "Vuelva a tirarme un golpe y se va a la cárcel." #speaker:officer
  Ella sube las rodillas, se las abraza y no vuelve a levantar la vista hacia usted.
  -> route

=== kayla_awake ===
{caller_present && not rick_goes: -> rick_goes}
{explained && not kayla_asks && not kayla_arrested && not kayla_restrained && not kayla_held && not searched_after_no: -> kayla_asks}
{kayla_arrested: Kayla está sentada contra la pared con las manos esposadas a la espalda, tiritando, con la cabeza gacha.|Kayla está sentada contra la pared con las rodillas levantadas, tiritando, con la nariz escurriendo, bostezando entre calambres. "Necesito componerme", dice, sin hablarle a nadie. "Necesito irme."}
{kayla_restrained && not kayla_arrested: Tiene las manos esposadas a la espalda.}
{ems_eta_minutes > 0: Los paramédicos llegan en {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}, más o menos.}
* {ems_eta_minutes < 0} [Pedir paramédicos por radio ahora que respira #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos a Ninth Street Market, novecientos de Alder. Mujer reanimada con naloxona, posible sobredosis de opioides." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {kayla_restrained && not kayla_arrested} [Quitarle las esposas #act:release target=patient]
  ~ kayla_restrained = false
  Le quita las esposas. Ella se frota las muñecas y se limpia la boca con la manga.
  -> route
* {not transport_asked} {not kayla_arrested} [Pedirle que deje que los paramédicos la lleven a la sala de emergencias #act:offer_transport target=patient]
  -> kayla_refuses
* {kayla_refused && not refusal_respected} [Decirle que la decisión es suya #act:respect_refusal target=patient]
  -> respect_her_refusal
* {not kit_left} [Darle un kit de naloxona y enseñarle a usarlo #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Hablarle de la clínica puente de la calle Quinta: buprenorfina hoy mismo, que le quita la abstinencia #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {not referred} [Darle la tarjeta del programa de jeringas: material nuevo, tiras de prueba, naloxona, una enfermera los jueves #act:offer_referral to=ssp target=patient]
  -> referral_ssp
* [Darle una razón para dejarlo: la próxima vez es desintoxicación o cárcel #act:coerce_referral target=patient]
  "La próxima vez es desintoxicación o cárcel. Usted escoge." #speaker:officer
  "Vaya opción", dice Kayla. #speaker:patient
  -> route
* {syringe_seen} {not syringe_dealt} [Encargarse de la jeringa usada del piso antes de que alguien la pise]
  -> the_syringe
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Quedarse con ella hasta que lleguen los paramédicos #act:monitor target=patient]
  ~ quiet_minutes++
  Se recarga en el marco de la puerta, a la vista de ella pero sin acorralarla. Ella tirita, bosteza y se estira las mangas sobre las manos. {jules_here: Jules por fin se guardó el teléfono en el bolsillo.}
  -> route
* [Está despierta, habla y quiere que usted se vaya. Cerrar la llamada #act:leave_scene]
  -> left_early

=== kayla_asks ===
Kayla se limpia la boca con la manga. "¿Hay algún lugar donde me den algo para esto?", dice. "¿Hoy? Hoy no aguanto." #speaker:patient #event:asks_for_help
-> route

=== rick_goes ===
Rick está otra vez en la puerta. "¿Ya se levantó? Perfecto. Ahora quiero que le prohíban la entrada, y la quiero afuera. Hoy. Tengo una tienda que atender." #speaker:caller
* [Decirle que ella es una paciente hasta que la vean los paramédicos; lo de la entrada lo hablan después]
  "Es una paciente hasta que la vean los paramédicos. Lo de prohibirle la entrada lo hablamos después." #speaker:officer
  Rick levanta las manos. "Está bien. Está bien."
* [Escribirle la citación por entrada ilegal que él pide #act:cite reason=other target=patient]
  ~ kayla_cited = true
  Escribe la citación sobre la rodilla mientras ella tirita en el piso. Ella no la mira cuando usted se la extiende, así que se la deja sobre la rodilla.
* [Arrestarla por posesión: la bolsita y el polvo están ahí mismo en el lavabo #act:arrest reason=possession target=patient]
  -> arrest_kayla
* [Citarla por la jeringa en vez de arrestarla: una citación, no una noche en la cárcel #act:cite reason=paraphernalia target=patient]
  ~ kayla_cited = true
  Le escribe una citación por posesión de parafernalia para drogas. "Por una aguja", dice Kayla. "Increíble." #speaker:patient
- -> rick_leaves

=== arrest_kayla ===
~ kayla_arrested = true
"Kayla, queda arrestada por posesión de una sustancia controlada." #speaker:officer
La esposa ahí mismo, sentada. No se resiste; está demasiado enferma para hacerlo. {jules_here: "Increíble", le dice Jules a su teléfono. "La reviven y luego la arrestan."}
-> rick_leaves

=== rick_leaves ===
Rick vuelve a su caja, allá adelante. #event:caller_left
{jules_here:
  {kayla_arrested: Jules deja de grabar. "Voy a averiguar adónde te llevan", le dice a Kayla, y se va.|Jules baja el teléfono. "Kayla, tengo una entrega. Te busco en el centro de día." Se va, todavía mirando hacia atrás.} #speaker:bystander
  ~ jules_here = false
}
-> route

=== rick_walked_off ===
Rick ya no está en la puerta. Desde el frente se oye el golpe del cajón de la caja registradora y su voz diciéndole a alguien que el baño está cerrado.
-> route

=== kayla_refuses ===
~ transport_asked = true
~ kayla_refused = true
"Nada de sala de emergencias. No me voy a pasar seis horas sentada en un pasillo, enferma como un perro, para que una enfermera me mire así. No voy." #speaker:patient #event:transport_refused
{ems_on_scene: La paramédica voltea hacia usted. "Está alerta, está orientada. Si no quiere ir, firma." #speaker:ems}
* [Decirle que la decisión es suya, y asegurarse de que sepa lo que puede pasar cuando se le pase el efecto de la naloxona #act:respect_refusal target=patient]
  -> respect_her_refusal
* [Decirle que no está en condiciones de negarse: o se va al hospital, o se va con usted #act:threaten_arrest target=patient]
  "O se va al hospital o se va a la cárcel. Escoja." #speaker:officer
  "¿Por qué?", dice Kayla. "¿Por no morirme?" {ems_on_scene: La paramédica mira al piso.} #speaker:patient
  -> route
* {ems_on_scene} [Está demasiado enferma para decidir. Decirles a los paramédicos que usted les ayuda a subirla a la camilla #act:force_transport target=patient]
  -> forced
* [Insistirle: la sala de emergencias es el lugar más seguro para ella hoy]
  "La sala de emergencias es el lugar más seguro para usted ahora mismo." #speaker:officer
  "Ya lo oí la primera vez." #speaker:patient
  -> route

=== respect_her_refusal ===
~ refusal_respected = true
"La decisión es suya. Esto es lo que tiene que saber: la naloxona se pasa en media hora o una hora, y el fentanilo puede durar más. Puede volver a caer. Así que si consume hoy, no consuma sola, use menos y tenga a alguien a su lado con naloxona." #speaker:officer
"Ya sé cómo funciona", dice Kayla. Luego, al rato: "Okey." #speaker:patient
-> route

=== leave_kit ===
~ kit_left = true
Saca del chaleco un kit de naloxona para dejar: dos atomizadores nasales, un protector facial, una tarjeta con la línea de sobredosis del condado. Le enseña la boquilla, dónde apretar, y que espere dos o tres minutos antes de la segunda dosis.
Kayla lo agarra y lo mete en el bolsillo de la sudadera. "Yo tenía uno", dice. "Alguien me robó la bolsa en el albergue." #speaker:patient
-> route

=== referral_clinic ===
~ referred = true
"Hay una clínica puente en la calle Quinta. Si quiere, le empiezan la buprenorfina hoy mismo. Le quita la abstinencia, y no hay lista de espera." #speaker:officer
{
- kayla_arrested:
  Ella mira la tarjeta y luego, por encima del hombro, las esposas. "Claro", dice. "Voy saliendo del registro." #speaker:patient #event:referral_declined
- searched_after_no:
  "¿De usted?" No mira la tarjeta. "Usted me revisó la mochila." Se queda en el piso. #speaker:patient #event:referral_declined
- caller_trust >= 6:
  Por primera vez le sostiene la mirada. "¿Hoy? ¿Hoy hoy?" Toma la tarjeta. #speaker:patient #event:referral_accepted
- else:
  "Claro", dice, queriendo decir que no. La tarjeta se queda en el piso donde usted la puso. #speaker:patient #event:referral_declined
}
-> route

=== referral_ssp ===
~ referred = true
"Este es el programa de jeringas de la calle Alder. Material nuevo, tiras de prueba para que sepa qué tiene lo que compra, naloxona, y una enfermera los jueves. Nadie le pide su nombre." #speaker:officer
{
- kayla_arrested || searched_after_no:
  Ella no mira la tarjeta. #event:referral_declined
- caller_trust >= 6:
  "Conozco a Dee, la de ahí", dice Kayla. Toma la tarjeta. #speaker:patient #event:referral_accepted
- else:
  Ella no toma la tarjeta. #event:referral_declined
}
-> route

=== the_syringe ===
La jeringa está {syringe_by_wall: contra la pared, donde usted la arrimó|en el piso, junto al inodoro}, con la aguja al aire. Su tapa naranja está en el piso, a unos centímetros. {not gloved: Tiene las manos sin guantes.}
* {not gloved} [Ponerse primero guantes de nitrilo #act:don_gloves]
  ~ gloved = true
  Los guantes le chasquean en las muñecas.
  -> the_syringe
* [Buscar la tapa naranja, volver a ponérsela a la aguja y echar la jeringa tapada en su tubo para objetos punzantes #act:pick_up_syringe #act:recap_needle #act:dispose_sharps_safely]
  ~ syringe_dealt = true
  Recoge la jeringa y la tapa y las junta. La aguja resbala por el borde de la tapa, a un centímetro de su pulgar, antes de entrar al segundo intento. Al tubo. La tapa se cierra con un clic. #sfx:sharps_container
  -> route
* [Levantarla por el cuerpo, con la aguja apuntando lejos de usted, y echarla en su tubo para objetos punzantes tal como está #act:pick_up_syringe #act:dispose_sharps_safely]
  ~ syringe_dealt = true
  Levanta la jeringa por el cuerpo, con la aguja lejos de usted, y la echa tal como está, destapada, en el tubo para objetos punzantes de su cinturón. La tapa se cierra con un clic. #sfx:sharps_container
  -> route
* [Taparla y prenderla en el bolsillo de la camisa como una pluma; el contenedor grande está en la patrulla #act:pick_up_syringe #act:recap_needle #act:pocket_syringe]
  ~ syringe_dealt = true
  ~ syringe_pocketed = true
  Le vuelve a poner la tapa y la prende en el bolsillo de la camisa. Ahí se queda, contra su pecho: una aguja usada bajo una tapa que ya se salió una vez.
  -> route
* [Dejarla donde está. Los paramédicos traen un contenedor para objetos punzantes]
  ~ syringe_dealt = true
  La deja donde está. {jules_here: Jules la mira y le da la vuelta para no pisarla.}
  -> route

=== medics_arrive ===
Afuera, una sirena se va apagando. Dos paramédicos vienen por el pasillo, pasando el cuarto frío, con una camilla, un monitor y un bolso de vía aérea. #sfx:siren #sfx:footsteps
{responsive:
  La paramédica se agacha frente a Kayla, fuera del alcance de sus manotazos. "Hola, Kayla. ¿Cómo se siente?"
- else:
  La paramédica ya está de rodillas en el piso con una bolsa-válvula-mascarilla.
}
"¿Qué tenemos?", le pregunta el otro. #speaker:ems
* [Hacerles la entrega: lo que encontró, lo que le dio y cuándo, y lo que ella tomó #act:handoff_to_ems target=patient]
  "Kayla Briggs, veintiséis años. La encontré inconsciente en el piso, pupilas puntiformes, respirando {breathed_for_her: tan lento que yo estaba respirando por ella|unas seis veces por minuto}. {jules_told: Un amigo dice que se inyectó lo que ella creía que era heroína; probablemente fentanilo.|Jeringa y cuchara a su lado, polvo en el lavabo.} {doses_given == 0: No se le dio naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos, hace como|Dos dosis de naloxona nasal de cuatro miligramos, la primera hace como} {minutes_elapsed - first_dose_minute} {minutes_elapsed - first_dose_minute == 1: minuto|minutos}.}{responsive: Despertó con una abstinencia fuerte.}{officer_injured: Y me pinché con su jeringa.}" #speaker:officer
  La paramédica asiente y lo anota en el dorso de su guante.
* [Hacerse a un lado y dejarlos trabajar. Ya lo verán ellos mismos]
  Sale al pasillo. La paramédica le busca la mirada. "¿Oficial? ¿Le dieron algo? ¿Cuánto, a qué hora?" #speaker:ems
  Para cuando usted logra reconstruírselo, ella ya dejó de preguntar.
- -> route

=== with_medics ===
{caller_present && responsive && not rick_goes: -> rick_goes}
{responsive && not kayla_arrested && not transport_asked: -> medic_asks}
{responsive && explained && not kayla_asks && not kayla_arrested && not kayla_restrained && not kayla_held && not searched_after_no: -> kayla_asks}
{
- not responsive:
  Los paramédicos le tienen puesto oxígeno y un monitor. Uno está cargando una jeringa de naloxona; la otra está acercando la camilla.
- kayla_arrested:
  Kayla está sentada contra la pared, esposada, mientras la paramédica le toma la presión.
- kayla_refused && refusal_respected:
  La paramédica está llenando el formulario de rechazo en una tablilla. Kayla lo firma sin leerlo.
- kayla_refused:
  La paramédica sostiene el formulario de rechazo en su tablilla y voltea hacia usted, esperando a ver qué hace.
- else:
  Los paramédicos están revisando a Kayla.
}
* {kayla_refused && not refusal_respected} [Decirle a Kayla que la decisión es suya #act:respect_refusal target=patient]
  -> respect_her_refusal
* {kayla_refused} {responsive} {not kayla_arrested} [Está demasiado enferma para decidir. Decirles a los paramédicos que usted les ayuda a subirla a la camilla #act:force_transport target=patient]
  -> forced
* {responsive} {not kit_left} [Darle un kit de naloxona y enseñarle a usarlo #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not responsive} {jules_here} {not referred} [Darle a Jules la tarjeta del programa de jeringas para Kayla, y otra para él #act:offer_referral to=ssp target=bystander]
  ~ referred = true
  Jules toma las dos tarjetas. "Conozco el lugar. Yo se la hago llegar." #speaker:bystander #event:referral_accepted
  -> route
* {responsive} {not referred} [Hablarle de la clínica puente de la calle Quinta: buprenorfina hoy mismo #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* {syringe_seen} {not syringe_dealt} [Encargarse de la jeringa usada del piso antes de que alguien la pise]
  -> the_syringe
* {responsive} {not bag_asked} {not bag_search} [Preguntarle a Kayla si puede revisarle la mochila por si trae agujas sueltas, antes de devolvérsela #act:ask_consent_search target=patient]
  -> bag_asked
* {not bag_asked} {not bag_search} [Revisarle la mochila antes de devolvérsela: Rick la encontró junto a la puerta #act:search_bag target=patient]
  -> bag_search
* [Embolsar la bolsita de papel encerado y la cuchara del lavabo, para que nadie más que use este baño las agarre #act:seize_drugs #act:seize_paraphernalia]
  Embolsa el papel encerado y la cuchara y sella los sobres.
  -> route
* {responsive} {not kayla_arrested} [Arrestarla por posesión: la bolsita y el polvo están en el lavabo, y Rick la vio entrar #act:arrest reason=possession target=patient]
  -> arrest_kayla
* {not kayla_cited} {not kayla_arrested} [Darle una advertencia de prohibición de entrada en vez de una citación: no puede volver a esta tienda]
  ~ kayla_cited = true
  "Rick no la quiere aquí otra vez. Esto es una advertencia, no una multa. Si vuelve, sí es multa." #speaker:officer
  Kayla se encoge de hombros. "Ni pensaba volver." #speaker:patient
  -> route
+ [Cerrar la llamada #act:leave_scene]
  -> the_end

=== bag_asked ===
"Kayla, Rick tiene su mochila allá adelante. Antes de devolvérsela, ¿me deja revisarla? Si trae agujas sueltas, alguien se va a pinchar." #speaker:officer
"No." No levanta la vista. "Mis cosas no las revisa. Le dije que no." #speaker:patient #event:consent_refused
* [Traerle la mochila y dejársela al lado, cerrada]
  Trae la mochila de detrás del mostrador y se la deja junto a la rodilla. Ella se la jala al regazo y no la suelta.
  -> route
* [Revisarla de todos modos antes de entregársela. Las agujas sueltas en una mochila pinchan a la gente #act:search_bag target=patient]
  -> bag_search

=== bag_search ===
{bag_asked:
  ~ searched_after_no = true
}
Trae la mochila de detrás del mostrador y la abre sobre el lavabo: una sudadera, un cargador de teléfono, un cepillo de dientes en una bolsita de sándwich, un libro de bolsillo sin portada, una jeringa nueva todavía en su envoltura. Ninguna aguja suelta.
{
- searched_after_no:
  Kayla observa cómo lo hace. "Le dije que no", le dice a la paramédica, no a usted. Cuando usted le extiende la mochila, se la arrebata y no vuelve a voltear hacia usted. {jules_here: "Le dijo que no", le dice Jules a su teléfono. "Que conste."}
- else:
  Kayla observa cómo lo hace, sin decir nada.
}
-> route

=== medic_asks ===
La paramédica se agacha frente a Kayla, fuera del alcance de sus manotazos. "Tiene la presión alta y el corazón acelerado. Nos gustaría llevarla para observarla unas horas. ¿Viene?" #speaker:ems
-> kayla_refuses

=== forced ===
"Se va." Usted la toma de un brazo y la paramédica, después de cruzar una mirada con usted, la toma del otro. Kayla forcejea con ustedes todo el camino hasta la camilla, luego deja de forcejear y llora. #speaker:officer
En el hospital la van a observar cuatro horas y va a salir caminando más enferma de lo que entró, y la próxima vez que consuma se va a asegurar de que nadie pueda llamar a nadie.
{syringe_pocketed: La jeringa tapada se va con usted hasta la patrulla en el bolsillo de la camisa, a dos dedos de su pecho.}
"Two-Adam-Fourteen, terminé en Ninth Street Market, quedo disponible." #speaker:officer #sfx:radio_dispatch
{officer_injured: Luego maneja por su cuenta hasta la sala de emergencias para los análisis de sangre y el medicamento posexposición, y se pasa tres meses esperando los resultados.}
-> END

=== left_early ===
Rick ya está otra vez en la caja. Kayla dice que está bien y quiere que usted se vaya. La deja sentada en el piso del baño con la puerta abierta. #sfx:footsteps #sfx:car_door
La naloxona dura media hora, una hora como mucho. El fentanilo que se inyectó dura más.
{ems_eta_minutes > 0: Cuando llegan los paramédicos, el baño está vacío; Kayla salió por la puerta de atrás al callejón en cuanto usted se fue.|Nadie pasa a ver cómo está.} A las siete menos diez, un hombre que pasea a su perro la encuentra detrás de la lavandería de la calle Alder, con los labios grises, respirando cuatro veces por minuto.
{officer_injured: Maneja por su cuenta hasta la sala de emergencias para los análisis de sangre y el medicamento posexposición.}
-> END

=== the_end ===
{
- kayla_arrested:
  Los paramédicos le dan a Kayla el visto bueno para la cárcel. Usted la saca esposada por la tienda, pasando la caja y los adolescentes con los teléfonos en alto. En el registro de ingreso vomita dos veces antes de que le tomen la foto.
- kayla_refused:
  Los paramédicos recogen sus cosas y se van. Kayla se vuelve a poner el tenis, {bag_asked || bag_search: se cuelga la mochila al hombro|recoge su bolsa del mostrador} y sale caminando a la calle Alder{kit_left: con un kit de naloxona en el bolsillo de la sudadera}.
- not responsive:
  Los paramédicos sacan a Kayla en la camilla, todavía respirando por ella. Ahora está en sus manos.
- else:
  Los paramédicos terminan con Kayla y se van.
}
{syringe_pocketed: La jeringa tapada se va con usted hasta la patrulla en el bolsillo de la camisa, a dos dedos de su pecho.}
"Two-Adam-Fourteen, terminé en Ninth Street Market, quedo disponible." #speaker:officer #sfx:radio_dispatch
{officer_injured: Luego maneja por su cuenta hasta la sala de emergencias para los análisis de sangre y el medicamento posexposición, y se pasa tres meses esperando los resultados.}
-> END
