// La llamada del compañero de cuarto (overdose-apartment), Spanish.
// A translation of en.ink, line for line: the same knots, choices, conditions, diverts and tags;
// only the prose and the choice texts are Spanish. Terms and register: locales/es/glossary.md.
// Danny Ruiz has smoked part of a pressed "M30" (fentanyl); his roommate Andre Wallace, on state
// parole with an old failure-to-appear warrant, called 911. Variants: one or two doses needed,
// medics 6-10 minutes out. Breathing stops 240 s in unless naloxone has worked by then. Version 3
// follows physiology revision 2, as en.ink does: breathing comes back before Danny wakes (when the
// recovery position is offered and scored), the first of two needed sprays lifts breathing to slow
// only, a spray once he breathes on his own brings severe withdrawal, and that makes him refuse the ER.

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
"Two-Adam-Fourteen, verificación de bienestar en el uno-cuatro-uno-ocho de la calle Harlan, apartamento Three-Charlie. El que llamó dice que su compañero de cuarto no despierta. Colgó antes de que le sacáramos algo más, y al devolverle la llamada entra el buzón de voz." #speaker:dispatch #sfx:radio_dispatch #bg:patrol_car
"Two-Adam-Fourteen, copiado. Llego en dos minutos." #speaker:officer
Son las tres menos veinte de la madrugada. La calle Harlan está mojada y vacía, y la puerta del edificio está trabada para que no se cierre con una caja de pizza doblada. #sfx:car_door
Sube la escalera de dos en dos escalones. Huele a cigarro y a cloro. En el tercer piso, la puerta del 3C está entreabierta, y adentro la voz de un hombre repite el mismo nombre una y otra vez: Danny. Danny. Vamos, Danny. #sfx:footsteps
-> at_the_door

=== at_the_door ===
Toca en la puerta abierta y la empuja un poco más. #sfx:door_knock #event:on_scene #bg:apartment
Un hombre de cuarenta y tantos años, con una sudadera gris, llena el hueco de la puerta, con las manos a medio levantar y los ojos llorosos.
"Yo llamé, ¿okey? Yo fui el que llamó. Está en el sofá, respira raro. Por favor. Estoy en libertad condicional, oiga. No me puedo meter en esto." #speaker:caller
Por encima de su hombro: un solo cuarto, un sofá, un televisor sin sonido y un hombre boca arriba con un brazo colgando hasta el piso.
* [Observar todo el cuarto desde la puerta antes de entrar #act:scene_size_up]
  -> size_up
* [Pasar a su lado e ir directo al sofá]
  -> the_powder
* [Pedirle su nombre y su identificación antes de dar un paso más #act:demand_id target=caller]
  -> his_id
* [Dice que está en libertad condicional. Pedirle el nombre y verificar si tiene órdenes de arresto #act:warrant_check target=caller]
  ~ warrant_from_door = true
  -> running_andre

=== his_id ===
"¿Nombre?"
"Andre. Andre Wallace." Saca de la cartera una identificación del estado. Le toma tres intentos; las manos no le responden. #speaker:caller
Usted la lee y se la devuelve. Desde el sofá llega un ronquido largo y áspero, y luego nada. #sfx:snoring
* [Ahora sí, observar el cuarto desde la puerta #act:scene_size_up]
  -> size_up
* [Ir al sofá]
  -> the_powder

=== size_up ===
Desde la puerta lo abarca todo con la mirada. Un solo cuarto, una cocinita contra la pared del fondo, la puerta del baño abierta y a oscuras. Nadie más. Nada que parezca un arma. #sfx:snoring
~ seen_danny = true
El hombre del sofá tiene poco más de treinta años; está boca arriba, con la barbilla caída sobre el pecho. Tiene los labios de un gris azulado, y las uñas también. Un ronquido largo y húmedo; una pausa; otro.
En la mesita de centro: un cuadrado de papel aluminio con rayas negras, un popote cortado, un encendedor y una bolsita de plástico con dos pastillas azules marcadas con M y 30.
-> the_powder

=== the_powder ===
Cruza hasta el sofá{andre_here:, con Andre pegado a usted}.
{andre_here:
  "Cuidado con esa mesa. Eso es fenta", dice Andre. "Esa cosa te tumba nada más de tocarla." #speaker:caller
}
{not seen_danny:
  ~ seen_danny = true
  De cerca ve que tiene poco más de treinta años; está boca arriba, con la barbilla caída sobre el pecho. Tiene los labios de un gris azulado, y las uñas también. En la mesita, junto a su mano: un cuadrado de papel aluminio con rayas negras, un popote cortado, un encendedor y una bolsita con dos pastillas azules marcadas con M y 30.
}
Sobre el vidrio, junto al papel aluminio, hay un polvillo fino y pálido. Se acuerda del video que les pusieron el año pasado en la reunión de turno: un agente del sheriff en un estacionamiento, desplomándose después de sacudirse polvo de la manga.
* [Ponerse guantes de nitrilo y arrodillarse a su lado #act:don_gloves]
  Los guantes le chasquean en las muñecas. Se arrodilla sobre la alfombra. #event:beside_patient
  -> route
* [Salir al pasillo y pedir a los bomberos con equipo de materiales peligrosos antes de que nadie lo toque #act:delay_for_exposure_fear target=self]
  -> hazmat
* [Arrodillarse a su lado]
  Se arrodilla sobre la alfombra a su lado. #event:beside_patient
  -> route

=== hazmat ===
Vuelve a salir al pasillo y aprieta el botón del micrófono. "Two-Adam-Fourteen, necesito a los bomberos con materiales peligrosos en mi ubicación. Posible exposición a fentanilo, hay polvo en el cuarto." #speaker:officer #sfx:radio_dispatch
Una pausa. "Two-Adam-Fourteen, los bomberos preguntan: ¿es una llamada médica? ¿Necesita paramédicos?" #speaker:dispatch
Por la puerta abierta ve a Andre de rodillas junto al sofá, sacudiendo a Danny por los hombros y diciéndole su nombre.
La respuesta tarda dos minutos en llegar: la autobomba Nueve no manda una unidad de materiales peligrosos a una sobredosis. Sus equipos atienden estas llamadas con guantes de nitrilo, igual que los suyos.
Vuelve a entrar.
-> route

=== running_andre ===
{warrant_from_door:
  "¿Cómo se llama?"
  "Andre. Andre Wallace. ¿Para qué necesita...?" #speaker:caller
}
Aprieta el micrófono del hombro. "Two-Adam-Fourteen, verifique a un sujeto por órdenes. Wallace, Andre." #speaker:officer #sfx:radio_dispatch
Andre oye su nombre salir por la radio y se queda inmóvil.
Despacho se toma su tiempo. {warrant_from_door: Detrás de Andre, desde el sofá, llega un ronquido, un silencio largo, otro ronquido.|{responsive && not danny_going: Desde el sofá, Danny mira a Andre.}}
"Two-Adam-Fourteen, su sujeto Wallace, Andre: libertad condicional estatal activa. También le aparece una orden de arresto por no comparecer del condado de Dorsey, delito menor, de 2019. Dorsey lo recoge en cualquier punto del condado." #speaker:dispatch #sfx:radio_dispatch
~ warrant_known = true
-> warrant_hit

=== warrant_hit ===
"Eso es por la licencia. Por manejar con la licencia suspendida. Eso es de antes. Ni sabía que todavía..." Andre mira la puerta, luego a usted. #speaker:caller
* [Esposarlo por la orden y pedir una unidad para que se lo lleve #act:arrest reason=warrant target=caller #act:call_backup]
  -> andre_in_cuffs
* [Llevárselo por violar la libertad condicional: hay drogas por toda su mesita #act:arrest reason=parole_violation target=caller #act:call_backup]
  -> andre_in_cuffs
* [Decirle que la orden puede esperar a otra noche, si le dice quién vende esas pastillas #act:ask_for_intelligence target=caller]
  Andre se le queda mirando. "Quiere que sea soplón. Esta noche. Con él así." Niega con la cabeza. "No sé cómo se llama el tipo. Se lo juro por Dios." #speaker:caller
  -> after_warrant
* {not reassured} [Decirle que no vino por la orden; vino por Danny, y nadie va preso por llamar #act:reassure_good_samaritan target=caller]
  ~ reassured = true
  Andre suelta el aire que parece haber aguantado desde que marcó. "Okey. Okey. ¿Qué necesita?" #speaker:caller
  -> after_warrant
* [Dejarlo así por ahora]
  -> after_warrant

=== andre_in_cuffs ===
~ andre_arrested = true
~ andre_here = false
Andre no se resiste. Se da la vuelta y pone las manos a la espalda como quien lo ha hecho muchas veces. {responsive: "Yo los llamé", dice en voz baja. "Yo fui el que llamó."|"Se va a morir mientras usted hace esto", dice en voz baja.} #speaker:caller
"Two-Adam-Fourteen, mándeme una unidad para trasladar a un detenido." Lo sienta en el piso del pasillo, afuera de la puerta, a esperarla. #speaker:officer #event:caller_left
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
    El pecho le vuelve a moverse por su cuenta: lento y superficial, una respiración, una pausa larga, otra. Sigue con los labios azules.
  - else:
    {&Un ronquido, una respiración larga y áspera, y luego una pausa que usted se descubre contando.|El pecho se le levanta, apenas. Vuelve el ronquido, húmedo y lento.|Otra pausa larga. Luego el ronquido, arrastrado desde muy adentro.} {on_side: Ahora está de lado, con la mejilla sobre la mano.} Sigue con los labios color moretón.
  }
- "none":
  El pecho no se le mueve. Ni un ronquido. El cuarto está tan callado que se oye el zumbido del refrigerador, y los labios le han pasado de grises a azules.
- else:
  {not breathing_back_seen:
    ~ breathing_back_seen = true
    El ronquido se detiene. Por un segundo cree que dejó de respirar otra vez; luego el pecho se le levanta, hondo, y baja, y vuelve a subir. Respira por su cuenta, doce o catorce veces por minuto, y a los labios se les va quitando lo azul. Sigue con los ojos cerrados.
  - else:
    Respira por su cuenta, hondo y parejo. {on_side: Está de lado, con la mejilla sobre la mano.|Está boca arriba, con la barbilla caída sobre el pecho.} Sigue con los ojos cerrados; cuando le dice su nombre, nada.
  }
  {andre_here && doses_given == 1 && not andre_urged:
    ~ andre_urged = true
    "Ya respira. ¿Entonces por qué no despierta?" Andre está junto a su hombro, señalando la caja. "Ahí hay otra. Désela. Despiértelo." #speaker:caller
  }
}
{doses_given == 1 && breathing == "slow":
  {seconds_elapsed - first_dose_second >= 120: Ya pasaron más de dos minutos desde la primera dosis, y no respira mejor.|La primera dosis entró hace {seconds_elapsed - first_dose_second < 60: menos de un minuto|un minuto o dos}.}
}
{ems_eta_minutes > 0: Los paramédicos llegan en {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}, más o menos.}
* [Gritarle su nombre y frotarle el esternón con los nudillos, con fuerza #act:check_responsiveness target=patient]
  "¡Danny! Danny, ¿me oye?" Le clava los nudillos en el esternón con tanta fuerza que duele. {breathing == "normal": Se queja y la mano se le mueve hacia la suya. No abre los ojos.|Nada: ni un gesto, ni un quejido. Cuando le levanta un párpado con el pulgar, la pupila es una punta de alfiler.}
  -> route
* [Acercar la mejilla a su boca y mirarle el pecho durante diez segundos #act:check_breathing target=patient]
  {breathing:
  - "slow": Cuenta. Una respiración en diez segundos, superficial, con el ronquido encima. Así nadie aguanta mucho.
  - "none": Nada en su mejilla. Nada en el pecho.
  - else: Siente su aliento tibio en la mejilla, parejo.
  }
  -> route
* {ems_eta_minutes < 0} [Llamar por radio: paramédicos, posible sobredosis de opioides #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres al uno-cuatro-uno-ocho de Harlan, Three-Charlie. Hombre de unos treinta años, inconsciente, {breathing == "none": no respira|{breathing == "slow": respira unas seis veces por minuto|volvió a respirar con la naloxona pero no despierta}}, posible sobredosis de opioides. Le estoy dando naloxona." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
+ {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
+ {doses_given == 1} [{breathing == "normal": Respira pero no despierta. Darle la segunda dosis|Darle la segunda dosis, en la otra fosa nasal} #act:naloxone_nasal target=patient]
  -> spray
+ {ems_eta_minutes >= 0 || rescue_rounds < 8} [{breathing == "normal": Seguir respirando por él con el protector hasta que vuelva en sí|Inclinarle la cabeza hacia atrás y respirar por él con un protector facial, una respiración cada cinco segundos} #act:rescue_breathing target=patient]
  -> rescue_breaths
+ {not on_side} {breathing != "none"} {doses_given > 0} [Ponerlo de lado, con la rodilla de arriba doblada, para que no se ahogue #act:recovery_position target=patient]
  ~ on_side = true
  Lo gira hacia usted, le dobla la rodilla de arriba para que no siga rodando y le acomoda la mano bajo la mejilla. {breathing == "normal": La vía aérea está despejada; sigue respirando hondo y parejo.|El ronquido se suaviza, pero las respiraciones siguen igual de espaciadas.}
  -> route
+ {breathing != "none"} {doses_given > 0} [Quedarse a su lado y contarle las respiraciones #act:monitor target=patient]
  Se arrodilla con dos dedos en su muñeca y cuenta.
  {
  - responsive: A mitad de la cuenta tose, y abre los ojos.
  - breathing == "normal": Catorce respiraciones en un minuto, hondas y parejas. {on_side: Tiene la mejilla apoyada en la mano.|Boca arriba, con la barbilla en el pecho, de vez en cuando el aire se le atora en la garganta.}
  - breathing == "slow": Cuatro respiraciones en un minuto. Luego cinco.
  - else: Deja de respirar. Usted espera la siguiente respiración, y no llega.
  }
  -> route
+ [{ems_eta_minutes >= 0: Apartarse y esperar a los paramédicos|Apartarse y darle un momento} #act:wait]
  Se levanta del piso y da un paso atrás. Treinta segundos es mucho tiempo para quedarse mirando a alguien. {breathing == "none" && breathing_stops: Nadie respira por él.}
  -> route
* {andre_here} {not reassured} [Decirle a Andre que hizo bien en llamar; nadie va preso por pedir ayuda #act:reassure_good_samaritan target=caller]
  -> reassure_andre
* {andre_here} {not asked_andre} [Preguntarle a Andre qué tomó Danny, cuánto y cuándo #act:ask_what_taken target=caller]
  ~ asked_andre = true
  -> andre_answers
* {andre_here} {andre_told} [Preguntarle a Andre quién le vendió las pastillas a Danny. Si hay un lote malo por ahí, la gente tiene que saberlo #act:ask_drug_source target=caller]
  "No sé cómo se llama, oiga. Un tipo por la lavandería." Andre ya no le sostiene la mirada. #speaker:caller
  -> route
* {doses_given > 0} [Revisar el apartamento en busca de más pastillas, para que los paramédicos sepan qué tomó #act:search_area]
  Lo deja en el sofá y revisa los cajones de la cocina, el botiquín del baño, los bolsillos de una chaqueta colgada en una silla. {andre_here: Andre sigue cada uno de sus movimientos desde la esquina, abrazándose a sí mismo.} Ibuprofeno. Papel de fumar. Un formulario de salida de la cárcel del condado con el nombre de Danny, de hace tres semanas. Nada que la mesa no le hubiera dicho ya.
  -> route
* {not andre_here} {doses_given > 0} {breathing != "normal"} [Darle una cachetada fuerte para que reaccione #act:folk_remedy target=patient]
  El golpe suena fuerte en el cuarto. La cabeza se le va con la cachetada y vuelve.
  -> route

=== spray ===
{doses_given:
- 1:
  ~ first_dose_minute = minutes_elapsed
  ~ first_dose_second = seconds_elapsed
  Rompe la caja, le inclina la cabeza hacia atrás, le mete la boquilla en la fosa nasal izquierda y aprieta el émbolo con el pulgar. Un siseo corto. #sfx:naloxone_spray
  Al dorso de la caja dice: si no hay respuesta en dos o tres minutos, aplique el segundo dispositivo en la otra fosa nasal, y manténgalo respirando hasta que llegue la ayuda.
- else:
  La otra fosa nasal. Aprieta. Un siseo corto. Ya se usaron los dos dispositivos de la caja. #sfx:naloxone_spray
  {breathing == "normal": No cambia nada que usted pueda ver. Respira igual que antes, y sigue con los ojos cerrados.}
}
-> route

=== rescue_breaths ===
~ breathed_for_him = true
~ rescue_rounds++
{on_side: Lo vuelve a poner boca arriba.}
{responsive:
  A mitad de una respiración le dan arcadas contra el protector y aparta la cara de un tirón. #sfx:cough
- else:
  {&Le inclina la cabeza hacia atrás, le tapa la nariz, le sella el protector sobre la boca y le da una respiración lenta. El pecho se le levanta. Cuenta hasta cinco. Otra vez.|Respira, cuenta hasta cinco, respira. La válvula del protector hace clic cada vez.|Doce respiraciones por minuto. Le duelen las rodillas sobre la alfombra.} {breathing == "none": {breathing_stops: Entre una respiración y otra, él no respira por su cuenta.}|{breathing == "slow": Entre una y otra llegan las de él, superficiales y espaciadas.|Entre una y otra llegan las de él, ahora hondas y parejas.}}
}
~ on_side = false
-> route

=== reassure_andre ===
~ reassured = true
"Andre, míreme. Hizo lo correcto. Gracias a que llamó, Danny puede salir vivo de esta noche, y aquí nadie va preso por pedir ayuda." #speaker:officer
Los hombros de Andre bajan un poco. "Okey", dice. "Okey." #speaker:caller
-> route

=== andre_answers ===
{caller_trust >= 5:
  Andre mira hacia la mesa. "Esas. Las azules. Dijo que eran percocets; se las compró a un tipo por la lavandería. Se fumó un poco en el papel aluminio, hace como una hora. Yo estaba dormido." Traga saliva. "Salió de Dorsey hace apenas tres semanas. Allá adentro no usó. Ni una vez." #speaker:caller #event:bystander_disclosed
  ~ andre_told = true
  -> route
- else:
  "No sé, oiga. Estaba dormido. No sé nada de eso." No mira la mesa. Tampoco le sostiene la mirada. #speaker:caller
  -> andre_withholds
}

=== andre_withholds ===
* [Presionarlo: usted necesita saber qué tomó Danny, y si sigue dándole largas, que lo explique en la estación #act:threaten_arrest target=caller]
  "¡Las azules! ¡Las de la mesa! Se fumó una, ¿okey? ¡A lo mejor más!" A Andre se le quiebra la voz. Va retrocediendo hacia la puerta. #speaker:caller #event:bystander_disclosed
  ~ andre_told = true
  -> route
* {not reassured} [Decirle que nadie está en problemas por llamar, y volver a preguntar #act:reassure_good_samaritan target=caller #act:ask_what_taken target=caller]
  ~ reassured = true
  "Nadie está en problemas por llamar. Ni usted ni Danny. Necesito saber qué tomó para que los paramédicos lo puedan ayudar." #speaker:officer
  -> andre_answers
* [Dejarlo. El papel aluminio y las pupilas puntiformes le dicen lo suficiente]
  -> route

=== andre_pleads ===
Andre se ha arrinconado de espaldas contra el mostrador de la cocina. {ems_eta_minutes >= 0: Oyó la palabra sobredosis salir por su radio.}
{doses_given == 0 && ems_eta_minutes < 0:
  "¿No tiene Narcan? ¿No se supone que ustedes andan con Narcan? Haga algo." #speaker:caller
}
"¿Van a venir más policías? Escuche. Estoy en libertad condicional. Si mi agente de libertad condicional se entera de esto, estoy acabado. Y tengo un asunto en el condado de Dorsey, una cita en la corte a la que no fui. No debí llamar. No debí..." #speaker:caller
* {not reassured} [Decirle que hizo lo correcto; nadie va preso por pedir ayuda #act:reassure_good_samaritan target=caller]
  -> reassure_andre
* [Cortarlo en seco: ¿qué tomó Danny, y cuánto? #act:ask_what_taken target=caller]
  ~ asked_andre = true
  -> andre_answers
* [Tomar el control del cuarto: que se siente en el piso de la cocina, donde usted lo vea, o que espere en la patrulla #act:threaten_arrest target=caller]
  Andre se sienta de golpe en el linóleo y pone las manos sobre las rodillas, donde usted las pueda ver. Respira más rápido que Danny.
  -> route
* [Decirle que se puede ir si quiere. Usted se encarga de Danny]
  Andre mira hacia usted, hacia Danny, hacia la puerta. "Perdón", dice, a uno de los dos. Se va antes de que usted pueda decir algo más. Abajo, en algún lado, se azota la puerta de la calle. #speaker:caller #event:caller_left #sfx:footsteps
  ~ andre_here = false
  -> route

=== andre_ice ===
{responsive: -> route}
Andre está junto a su hombro. "No está funcionando. ¿Por qué no funciona?" Ya está abriendo el congelador. "Hielo. Póngale hielo, en el cuello, en el pecho. Mi primo lo hizo una vez. O agua fría, voy por una olla..." #speaker:caller
* [Agarrar la bandeja de hielo y frotarle hielo con fuerza en el cuello y el pecho #act:folk_remedy target=patient]
  Con el frío se le eriza la piel. No pasa nada más. A Andre se le cae el resto de la bandeja en la alfombra.
  -> route
* [Darle a Danny una cachetada fuerte, ya que Andre le ruega que haga algo #act:folk_remedy target=patient]
  El golpe suena fuerte en el cuarto. La cabeza de Danny se va con la cachetada y vuelve.
  -> route
* [Decirle que la naloxona tarda dos o tres minutos en hacer efecto, y darle una tarea: vigilar el reloj de la estufa]
  "Tarda un par de minutos. Vigile el reloj de la estufa y avíseme cuando pasen dos." #speaker:officer
  Andre se queda frente a la estufa mirando los números verdes, moviendo los labios.
  -> route

=== andre_bolts ===
~ andre_here = false
Cuando levanta la vista, Andre ya no está. La puerta al pasillo está abierta; su chaqueta ya no está en el gancho. Abajo, en algún lado, se azota la puerta de la calle. #event:caller_left #sfx:footsteps
-> route

=== andre_slipped_out ===
~ andre_here = false
Cuando mira a su alrededor, Andre ya no está. La puerta al pasillo está abierta y su chaqueta ya no está en el gancho. No queda nadie que le diga qué tomó Danny. #sfx:footsteps
-> route

=== breathing_stops ===
{rescue_breaths:
  Bajo sus manos, entre sus respiraciones, las de él se acaban: una bocanada entrecortada, otra, un jalón largo que suena a dolor. Luego él ya no respira por su cuenta. #sfx:agonal_breathing
- else:
  El ronquido cambia: una bocanada entrecortada, otra, un jalón largo que suena a dolor. Luego nada. #sfx:agonal_breathing
  De pronto el cuarto está tan callado que se oye el refrigerador. El pecho no se le mueve.
}
* [Respirar por él: protector facial puesto, cabeza inclinada hacia atrás, una respiración cada cinco segundos #act:rescue_breathing target=patient]
  -> rescue_breaths
* {doses_given == 0} [Aplicarle naloxona en la nariz #act:naloxone_nasal target=patient]
  -> spray
* {doses_given == 1} [Darle la segunda dosis ya #act:naloxone_nasal target=patient]
  -> spray
* [Empezar compresiones en el pecho #act:cpr target=patient]
  Entrelaza las manos en el centro de su pecho y empuja, fuerte y rápido. Algo cruje bajo el talón de su mano; usted sigue. Treinta, luego dos respiraciones. Dos minutos así.
  -> route
* [Con ese polvo por ahí, mantener la boca lejos de él. Esperar la bolsa-válvula-mascarilla de los paramédicos #act:delay_for_exposure_fear target=self]
  Se arrodilla a su lado con las manos en los muslos y mira cómo el pecho no se le mueve. Dos minutos. {andre_here: "Haga algo", dice Andre, y lo vuelve a decir.}
  -> route

=== no_pulse ===
{ems_on_scene: -> medics_work_code}
{not pulse_checked:
  ~ pulse_checked = true
  Le aprieta dos dedos en el surco junto a la tráquea y espera. Nada. Prueba del otro lado. Nada. Tiene la piel más fría que antes.
}
+ {ems_eta_minutes >= 0 || cpr_rounds < 2} [Empezar RCP: fuerte y rápido en el centro del pecho, dos respiraciones cada treinta compresiones #act:cpr target=patient]
  ~ cpr_rounds++
  Cuenta en voz alta para llevar el ritmo. Treinta. Dos respiraciones. Treinta. El sudor le entra en los ojos.
  -> route
* {ems_eta_minutes < 0} [Pedir paramédicos por radio #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos código tres al uno-cuatro-uno-ocho de Harlan, Three-Charlie. Hombre sin pulso, RCP en curso." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route

=== medics_work_code ===
Entran dos paramédicos con un monitor, un bolso de vía aérea y una tabla. Uno toma las compresiones sin decir palabra; la otra lo intuba y empieza a ventilarlo con la bolsa. #sfx:footsteps
"¿Cuánto tiempo lleva así? ¿Qué le dieron?" #speaker:ems
* [Decirles lo que encontró, lo que le dio y cuándo, y cuánto tiempo pasó sin respirar #act:handoff_to_ems target=patient]
  Se lo dice sin rodeos: {doses_given == 0: nada de naloxona|{doses_given == 1: una dosis|dos dosis} de naloxona}, las horas lo más exactas que puede, cuánto tiempo estuvo sin respirar. La paramédica asiente y sigue trabajando.
* [Pegarse a la pared y dejarlos trabajar]
  Trabajan sin sus respuestas.
- Trabajan en Danny Ruiz durante veintidós minutos sobre la alfombra de la sala. A las 3:31 la paramédica mira a su compañero, luego su reloj, y dice la hora en voz alta.
{andre_here: Andre está sentado en el piso de la cocina, con la espalda contra la alacena, sin hacer ni un ruido.|No hay nadie ahí que lo conociera.}
-> END

=== danny_wakes ===
{withdrawal == "severe":
  Se levanta del sofá de golpe, con arcadas, agitando los brazos. Le da un codazo en el hombro. "¿Qué me hizo? ¿¡Qué me HIZO!?" En segundos está empapado en sudor, temblando, con la piel de gallina en los antebrazos. Vomita en la alfombra, intenta pararse y no puede. #speaker:patient #sfx:cough
- else:
  Tose, una tos larga y húmeda, y voltea la cabeza. Abre los ojos. Parpadea despacio. "...¿qué carajo?" Intenta sentarse y no acaba de lograrlo. Tiene los labios rosados otra vez. #speaker:patient #sfx:cough
}
{withdrawal == "severe" && not on_side: Estaba boca arriba cuando le vino, y por un segundo se atraganta antes de poder sacar la cabeza por el borde del sofá.}
{brain_injury: Al principio no logra fijar la vista en usted. Cuando intenta decir algo, las palabras le salen lentas, y no en el orden correcto.}
* [Agacharse a la altura de sus ojos y explicarle con calma lo que pasó #act:explain_what_happened target=patient]
  ~ explained = true
  "Danny, soy policía. {breathing_stops: Dejó de respirar.|Casi no respiraba.} Le di naloxona, Narcan, y lo hizo volver. {ems_eta_minutes > 0: Los paramédicos vienen en camino.} No está en problemas. Nada más respire conmigo." #speaker:officer
  {withdrawal == "severe":
    Sigue temblando, sigue furioso, pero deja de lanzar golpes y se sienta con la cabeza entre las rodillas. #speaker:patient
  - else:
    Levanta la vista hacia usted, luego hacia el papel aluminio de la mesa. "Tres semanas", dice. "Tres semanas afuera, y otra vez con el papel aluminio." Se frota la cara con las dos manos. #speaker:patient #event:use_disclosed
  }
  -> route
* {withdrawal == "severe"} [Está dando golpes. Agarrarle las muñecas y sostenérselas hasta que se calme #act:grab target=patient]
  ~ danny_held = true
  Le agarra las dos muñecas. Él forcejea, en pánico, y mientras más fuerte lo sostiene usted, más pelea; pasa casi un minuto antes de que se afloje, sollozando, y usted lo suelta. Después de eso encoge las rodillas y no le quita la vista a sus manos. {andre_here: "Suéltelo, oiga", dice Andre. "Está enfermo."}
  -> route
* {withdrawal == "severe"} [Está dando golpes. Tirarlo a la alfombra y esposarlo antes de que alguien salga herido #act:takedown target=patient #act:restrain target=patient]
  ~ danny_restrained = true
  ~ danny_held = true
  Lo baja del sofá a jalones, lo pone boca abajo en la alfombra con una rodilla sobre la espalda y le aprieta las esposas. Grita contra la alfombra que no puede respirar, que va a vomitar, y vomita, boca abajo. {andre_here: "¡Está enfermo, oiga, nada más está enfermo!", grita Andre.}
  -> route
* [Preguntarle de inmediato qué tomó, y cuánto #act:ask_what_taken target=patient]
  "¿Qué tomó? ¿Cuánto?" #speaker:officer
  Parpadea como si usted le hablara en otro idioma. "...¿Qué? ¿Quién es usted?" #speaker:patient
  -> route
* [Hablarle claro de lo cerca que estuvo: casi se muere en su propio sofá por una pastilla #act:demean target=patient]
  "Casi se muere en su propio sofá por una pastilla, hombre. Piénselo." #speaker:officer
  Le sostiene la mirada un largo rato y luego la aparta, y lo que se le había abierto en la cara se le cierra.
  -> route

=== danny_awake ===
{andre_here && caller_trust <= 1: -> andre_bolts}
{not the_table: -> the_table}
{andre_here && not warrant_known && not andre_later: -> andre_later}
{explained && not danny_asks && withdrawal != "severe" && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched: -> danny_asks}
{withdrawal == "severe": Danny está encorvado en el borde del sofá, tiritando, con la nariz escurriendo y la mandíbula apretada, meciéndose un poco.|Danny está sentado en el sofá {andre_here: con un vaso de agua que le trajo Andre|con los codos en las rodillas}, con la cara gris pero respirando, jalando un hilo suelto de sus jeans.}
{danny_restrained: Tiene las manos esposadas a la espalda.}
{ems_eta_minutes > 0: Los paramédicos llegan en {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}, más o menos.}
* {ems_eta_minutes < 0} [Pedir paramédicos por radio ahora que respira #act:call_ems]
  "Two-Adam-Fourteen, mande paramédicos al uno-cuatro-uno-ocho de Harlan, Three-Charlie. Hombre reanimado con naloxona, posible sobredosis de opioides." #speaker:officer #sfx:radio_dispatch
  "Copiado, paramédicos en camino, a unos {ems_eta_minutes} minutos." #speaker:dispatch
  -> route
* {danny_restrained} [Quitarle las esposas ahora que está más tranquilo #act:release target=patient]
  ~ danny_restrained = false
  Le quita las esposas. Se frota las muñecas y evita su mirada.
  -> route
* {not transport_asked} {not danny_arrested} [Pedirle que deje que los paramédicos lo lleven a que lo revisen #act:offer_transport target=patient]
  -> transport_answer
* {danny_refused && not refusal_respected} [Decirle que la decisión es suya #act:respect_refusal target=patient]
  -> respect_his_refusal
* {not kit_left} {andre_here} [Dejarle a Andre un kit de naloxona y enseñarle a usarlo #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not andre_here} [Dejarle a Danny un kit de naloxona y enseñarle a usarlo #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} [Darle a Danny la tarjeta de la línea de apoyo de pares para la recuperación: gente que ha estado donde él está, y que viene a verlo #act:offer_referral to=peer target=patient]
  -> referral_peer
* {not referred} [Hablarle de la clínica puente de la calle Quinta: buprenorfina el mismo día, sin lista de espera #act:offer_referral to=treatment target=patient]
  -> referral_clinic
* [Darle una razón para tratarse: la próxima vez que lo encuentre así, es desintoxicación o una celda #act:coerce_referral target=patient]
  "La próxima vez que lo encuentre así, es desintoxicación o una celda. Usted escoge." #speaker:officer
  Danny se ríe sin ganas. "Qué bien. Gracias." #speaker:patient
  -> route
+ {ems_eta_minutes >= 0 || quiet_minutes < 3} [Quedarse con él hasta que lleguen los paramédicos #act:monitor target=patient]
  ~ quiet_minutes++
  Acerca una silla de la cocina y se sienta. {withdrawal == "severe": Él tiembla, maldice entre dientes y pregunta dos veces qué hora es.|{andre_here: Se toma su agua.|Mira el piso.} El televisor echa una luz azul sobre el techo.}
  -> route
* [Está despierto y habla. Cerrar la llamada y dejar que los paramédicos se encarguen #act:leave_scene]
  -> left_early

=== the_table ===
Con Danny {withdrawal == "severe": temblando y maldiciendo|sentado y hablando}, el cuarto vuelve a enfocarse: el papel aluminio, el popote, la bolsita con sus pastillas azules{andre_here:, y Andre mirando cómo usted las mira}.
* [Embolsar las pastillas para que nadie más se tome una esta noche #act:seize_drugs]
  Echa la bolsita de pastillas en un sobre de evidencia y lo sella. {andre_here: Andre mira cómo el sobre desaparece en su bolsillo.}
  -> route
* [Embolsar las pastillas, el papel aluminio y el popote #act:seize_drugs #act:seize_paraphernalia]
  Embolsa las pastillas, luego el papel aluminio y el popote, y sella los sobres.
  -> route
* [Pedirle a Danny que vacíe los bolsillos en la mesa, para saber que no trae más de esas pastillas #act:ask_consent_search target=patient]
  -> danny_pockets
* [Arrestar a Danny por posesión: una noche en una celda lo mantiene lejos del resto de esas pastillas #act:arrest reason=possession target=patient]
  -> arrest_danny
* {andre_here} [Arrestar a Andre por posesión: también es su apartamento y su mesa #act:arrest reason=possession target=caller #act:call_backup]
  -> andre_in_cuffs
* [Preguntarle a Danny de dónde las sacó. Hay un lote malo circulando y la gente se está muriendo #act:ask_drug_source target=patient]
  "¿De dónde las sacó? ¿Quién las está vendiendo?" #speaker:officer
  Danny le sostiene la mirada un largo momento. "Quiero un abogado", dice, y luego: "No sé. Un tipo." #speaker:patient
  -> route
* [Dejar las pastillas donde están, y decirles que nadie consuma solo esta noche]
  "Desháganse del resto. Y que nadie consuma solo esta noche. Esas pastillas no son lo que dicen ser." #speaker:officer
  {andre_here: Andre asiente.} Danny se queda mirando la bolsita un largo rato y luego aparta la vista.
  -> route

=== danny_pockets ===
"Danny, hágame un favor. Vacíe los bolsillos aquí en la mesa." #speaker:officer
Danny le mira las manos, luego la cara. "No. No me va a revisar los bolsillos. Yo no le hice nada a nadie." #speaker:patient #event:consent_refused
* [Revisarle los bolsillos de todos modos: si trae más de esas pastillas, puede amanecer muerto #act:search_person target=patient]
  ~ pockets_searched = true
  Le palpa los jeans y los bolsillos de la sudadera y los vacía en la mesa: un encendedor, un pase de autobús, cuatro dólares y un formulario de salida del condado de Dorsey, doblado. Ninguna pastilla. Danny se queda muy quieto mientras usted lo hace. Cuando termina, mira la pared, no a usted. {andre_here: Andre mira el piso.}
  -> route
* [Dejarlo. Decirle que no vino a registrarlo]
  "Okey. No vine a registrarlo." #speaker:officer
  Danny suelta el aire. {andre_here: Detrás de usted, Andre también.}
  -> route

=== danny_asks ===
Danny levanta la vista del piso. "Ya no puedo seguir así", dice. "Tres semanas. ¿Hay alguien...? Ni sé a quién se le llama para esto." #speaker:patient #event:asks_for_help
-> route

=== arrest_danny ===
~ danny_arrested = true
"Danny, queda arrestado por posesión de una sustancia controlada." #speaker:officer
Lo esposa ahí mismo, sentado. No se resiste; no parece entender. {andre_here: Andre no dice absolutamente nada.}
-> route

=== andre_later ===
Andre se deja caer sobre el brazo del sofá y se tapa la cara con las manos. La emergencia ya pasó. Él le dijo que está en libertad condicional, y lo de la cita en la corte que perdió en el condado de Dorsey.
* [Verificarlo ahora que las cosas se calmaron #act:warrant_check target=caller]
  -> running_andre
* [Pedirle su identificación para que su reporte quede completo #act:demand_id target=caller]
  Se la da sin decir palabra y mira cómo usted anota su nombre.
  -> route
* [Dejarlo, y pedirle que le traiga a Danny un vaso de agua]
  -> route

=== transport_answer ===
~ transport_asked = true
{withdrawal == "mild" && caller_trust >= 5 && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched:
  Danny mira {andre_here: a Andre|hacia la puerta}, luego a usted. "Sí", dice por fin. "Okey. Si ellos dicen que debo ir." #speaker:patient
  ~ danny_going = true
  -> route
- else:
  -> danny_refuses
}

=== danny_refuses ===
~ danny_refused = true
{withdrawal == "severe":
  "No voy. No me voy a pasar seis horas en una sala de emergencias, enfermo como un perro, para que una enfermera me mire así. Estoy bien." #speaker:patient #event:transport_refused
- else:
  "No. No voy a ningún hospital. Estoy bien." No le sostiene la mirada cuando lo dice. #speaker:patient #event:transport_refused
}
{ems_on_scene: La paramédica voltea hacia usted. "Está alerta, está orientado. Si no quiere ir, firma el formulario." #speaker:ems}
* [Decirle que la decisión es suya, y asegurarse de que sepa lo que puede pasar cuando se le pase el efecto de la naloxona #act:respect_refusal target=patient]
  -> respect_his_refusal
* [Decirle que no está en condiciones de decidir: o se va con los paramédicos, o se va con usted #act:threaten_arrest target=patient]
  "Se va con ellos o se va conmigo. Escoja." #speaker:officer
  Danny se le queda mirando. "¿Acusado de qué?", dice. {ems_on_scene: La paramédica mira al piso.}
  -> route
* {ems_on_scene} [Tiene abstinencia y no está pensando bien. Ayudar a los paramédicos a subirlo a la silla de escaleras #act:force_transport target=patient]
  -> forced
* [Insistirle: la sala de emergencias es el lugar más seguro esta noche]
  "La sala de emergencias es el lugar más seguro para usted esta noche." #speaker:officer
  "Ya lo oí." #speaker:patient
  -> route

=== respect_his_refusal ===
~ refusal_respected = true
"La decisión es suya. Esto es lo que tiene que saber: la naloxona se pasa en media hora o una hora, y el fentanilo dura más. Puede volver a dejar de respirar. Así que esta noche nadie consume, y alguien se queda con usted." #speaker:officer
Danny asiente sin levantar la vista. {andre_here: "Aquí estoy yo", dice Andre. "No me voy a ningún lado."}
-> route

=== leave_kit ===
~ kit_left = true
Saca del chaleco el kit de naloxona para dejar: dos atomizadores nasales, un protector facial, una tarjeta con la línea de sobredosis del condado. Le enseña a {andre_here: Andre|Danny} cómo entra la boquilla, dónde apretar, que espere dos o tres minutos antes de la segunda dosis y que mientras tanto respire por {andre_here: Danny|quien sea}.
{andre_here: Andre le da vueltas a la caja entre las manos. "Yo tenía uno de estos. Se lo di a alguien el mes pasado." Lo deja en el mostrador, donde lo pueda ver.|Danny pone la caja en la mesa, junto al papel aluminio.}
-> route

=== referral_peer ===
~ referred = true
"Esta es la línea de apoyo de pares. La gente que contesta ha pasado por lo mismo que usted. Usted llama y ellos vienen a verlo. Sin policías, sin papeleo." #speaker:officer
{
- danny_arrested:
  Danny mira la tarjeta y luego, por encima del hombro, las esposas. "¿Y desde dónde voy a llamar?" #speaker:patient #event:referral_declined
- pockets_searched:
  Danny no mira la tarjeta, ni a usted. No desde que le revisó los bolsillos. La tarjeta se queda en la mesa. #event:referral_declined
- danny_held:
  Danny mira la tarjeta, luego las manos de usted. No la toma. #event:referral_declined
- caller_trust >= 6:
  Danny toma la tarjeta y la mira un rato. Se la guarda en el bolsillo de la camisa. #event:referral_accepted
- else:
  Danny deja que usted ponga la tarjeta en la mesa. No la recoge. #event:referral_declined
}
-> route

=== referral_clinic ===
~ referred = true
"Hay una clínica puente en la calle Quinta. Si quiere, le empiezan la buprenorfina hoy mismo. Le quita la abstinencia. No hay lista de espera." #speaker:officer
{
- danny_arrested:
  Danny levanta la vista hacia usted, luego mira por encima del hombro las esposas. "Hoy", dice. "Claro." #speaker:patient #event:referral_declined
- pockets_searched:
  "¿De usted?", dice Danny. "Acaba de revisarme los bolsillos." La tarjeta se queda donde usted la puso. #speaker:patient #event:referral_declined
- danny_held:
  Danny se frota las muñecas y no dice nada. La tarjeta se queda donde usted la puso. #event:referral_declined
- caller_trust >= 6:
  "¿Hoy?", dice Danny. "Eso se lo daban adentro a uno de mi pabellón." Toma la tarjeta. #speaker:patient #event:referral_accepted
- else:
  Danny se encoge de hombros. "A lo mejor." La tarjeta se queda donde usted la puso. #speaker:patient #event:referral_declined
}
-> route

=== medics_arrive ===
Oye que la sirena se apaga en la calle, luego botas en la escalera y el traqueteo de una silla de escaleras. Entran dos paramédicos con un monitor y un bolso de vía aérea. #sfx:siren #sfx:footsteps
{responsive:
  La paramédica se agacha frente a Danny. "Hola, amigo. ¿Cómo vamos?"
- else:
  La paramédica ya está de rodillas junto al sofá, con la bolsa-válvula-mascarilla en la mano.
}
"¿Qué tenemos?", le pregunta el otro. #speaker:ems
* [Hacerles la entrega: lo que encontró, lo que le dio y cuándo, y lo que le dijo Andre #act:handoff_to_ems target=patient]
  "Danny Ruiz, treinta y un años. Lo encontré inconsciente en el sofá, pupilas puntiformes, respirando {breathed_for_him: tan lento que yo estaba respirando por él|unas seis veces por minuto}. {andre_told: Su compañero de cuarto dice que se fumó una M30 azul prensada como una hora antes de que llegáramos, y salió de la cárcel hace tres semanas, así que no tiene tolerancia.|Papel aluminio, popote y M30 azules prensadas en la mesa.} {doses_given == 0: No se le dio naloxona.|{doses_given == 1: Una dosis de naloxona nasal de cuatro miligramos, hace como|Dos dosis de naloxona nasal de cuatro miligramos, la primera hace como} {minutes_elapsed - first_dose_minute} {minutes_elapsed - first_dose_minute == 1: minuto|minutos}.}{responsive: Lleva unos minutos despierto.}" #speaker:officer
  La paramédica asiente y lo anota en el dorso de su guante.
* [Hacerse a un lado y dejarlos trabajar. Ya lo verán ellos mismos]
  Se hace a un lado. La paramédica voltea hacia usted, esperando. "¿Oficial? ¿Le dieron algo? ¿Cuánto, a qué hora?" #speaker:ems
  Para cuando usted logra reconstruírselo, ella ya dejó de preguntar.
- -> route

=== with_medics ===
{andre_here && caller_trust <= 1: -> andre_bolts}
{responsive && not danny_arrested && not transport_asked && not danny_restrained: -> medic_asks}
{responsive && not the_table: -> the_table}
{responsive && explained && not danny_asks && withdrawal != "severe" && not danny_restrained && not danny_held && not danny_arrested && not pockets_searched: -> danny_asks}
{
- not responsive:
  Los paramédicos le tienen puesto oxígeno y un monitor. Uno está cargando una jeringa de naloxona; la otra está acomodando la silla de escaleras.
- danny_arrested:
  Danny está sentado en el sofá con las manos esposadas a la espalda mientras la paramédica le toma la presión.
- danny_going:
  Los paramédicos tienen a Danny en la silla de escaleras, con una manta sobre los hombros.
- danny_refused && refusal_respected:
  La paramédica está llenando un formulario de rechazo en una tablilla apoyada en la rodilla.
- danny_refused:
  La paramédica sostiene el formulario de rechazo en su tablilla y voltea hacia usted, esperando a ver qué hace.
- else:
  Los paramédicos están revisando a Danny.
}
* {danny_restrained} [Quitarle las esposas para que los paramédicos lo puedan revisar #act:release target=patient]
  ~ danny_restrained = false
  Le quita las esposas. Se frota las muñecas y evita su mirada. La paramédica espera a que usted se haga a un lado antes de arrodillarse.
  -> route
* {danny_refused && not refusal_respected} [Decirle a Danny que la decisión es suya #act:respect_refusal target=patient]
  -> respect_his_refusal
* {danny_refused} {responsive} {not danny_arrested} [Tiene abstinencia y no está pensando bien. Ayudar a los paramédicos a subirlo a la silla de escaleras #act:force_transport target=patient]
  -> forced
* {not kit_left} {andre_here} [Dejarle a Andre un kit de naloxona y enseñarle cómo funciona #act:leave_naloxone_kit target=caller]
  -> leave_kit
* {not kit_left} {not andre_here} {responsive} [Dejarle a Danny un kit de naloxona y enseñarle cómo funciona #act:leave_naloxone_kit target=patient]
  -> leave_kit
* {not referred} {responsive} [Darle a Danny la tarjeta de la línea de apoyo de pares para la recuperación #act:offer_referral to=peer target=patient]
  -> referral_peer
* {not referred} {not responsive} {andre_here} [Darle a Andre la tarjeta de la línea de apoyo de pares, para Danny cuando vuelva a casa y para él mismo #act:offer_referral to=peer target=caller]
  ~ referred = true
  Andre toma la tarjeta y lee los dos lados. "¿Ellos vienen a uno?" La guarda en la cartera, detrás de su identificación. #speaker:caller #event:referral_accepted
  -> route
* {andre_here} {not warrant_known} [Verificar a Andre antes de irse #act:warrant_check target=caller]
  -> running_andre
* {andre_here} [Arrestar a Andre por violar la libertad condicional: hay drogas en el apartamento #act:arrest reason=parole_violation target=caller #act:call_backup]
  -> andre_in_cuffs
* {andre_here} {warrant_known} [Arrestar a Andre por la orden del condado de Dorsey antes de irse #act:arrest reason=warrant target=caller #act:call_backup]
  -> andre_in_cuffs
+ [Cerrar la llamada #act:leave_scene]
  -> the_end

=== medic_asks ===
La paramédica se agacha junto a la rodilla de Danny. "Tiene bien la presión. Nos gustaría llevarlo para observarlo unas horas. ¿Viene con nosotros?" #speaker:ems
-> transport_answer

=== forced ===
"Se va." Usted lo toma de un brazo; la paramédica, después de cruzar una mirada con usted, lo toma del otro. Danny forcejea con ustedes todo el camino hasta la silla de escaleras, luego deja de forcejear y llora. #speaker:officer
{andre_here: "Oiga, él dijo que no", dice Andre, y luego no dice nada más.}
Los paramédicos lo bajan amarrado a la silla. En el hospital lo van a observar cuatro horas y se va a ir caminando, y la próxima vez no va a llamar al 911, ni va a dejar que nadie llame por él.
"Two-Adam-Fourteen, terminé en Harlan, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END

=== left_early ===
{andre_here:
  Le dice a Andre que mantenga a Danny sentado y que vuelva a llamar si algo cambia. {ems_eta_minutes > 0: Los paramédicos todavía están a {ems_eta_minutes} {ems_eta_minutes == 1: minuto|minutos}.} Baja la escalera y sale a su patrulla. #sfx:footsteps #sfx:car_door
  Andre se queda sentado con él. Lo mantiene hablando, y cuando a Danny se le empieza a caer la cabeza, lo sacude y lo hace caminar de un lado a otro del cuarto. {ems_eta_minutes > 0: Los paramédicos los encuentran a los dos despiertos.}
  -> END
- else:
  {withdrawal == "severe": Danny dice que está bien. Dice que lo único que quiere es que usted se vaya. Está sentado en el borde del sofá, temblando, cuando usted cierra la puerta al salir.|Danny dice que está bien. Dice que quiere dormir. Está en el sofá con los ojos cerrados cuando usted cierra la puerta al salir.} #sfx:footsteps #sfx:car_door
  La naloxona dura media hora, una hora como mucho. El fentanilo de una pastilla prensada dura más.
  {ems_eta_minutes > 0: Cuando los paramédicos tocan, Danny abre la puerta una rendija, les dice que está bien y no los deja pasar. No lo pueden obligar. Se van.} {andre_arrested: Andre está en una celda de detención al otro lado de la ciudad. Al mediodía el administrador del edificio sube por una queja de ruido y encuentra a Danny en el sofá, con los labios grises, respirando cuatro veces por minuto.|Andre vuelve a las seis, ya de día, y encuentra a Danny en el sofá, con los labios grises, respirando cuatro veces por minuto.} No había nadie cuando se le pasó el efecto de la naloxona.
  -> END
}

=== the_end ===
{
- danny_arrested:
  Los paramédicos dan a Danny el visto bueno para la cárcel. Usted lo baja por la escalera esposado, con abstinencia, a las tres y media de la madrugada. En el registro de ingreso vomita dos veces antes de que le tomen la foto.
- danny_going:
  Los paramédicos bajan a Danny por la escalera en la silla. Abajo, él levanta una mano de la manta{andre_arrested:, hacia la unidad de traslado donde está Andre|, hacia usted o hacia Andre, no sabe bien}.
- danny_refused:
  Danny firma el rechazo con la mano temblorosa. Los paramédicos recogen sus cosas y se van. {andre_here: Andre se sienta a su lado en el sofá.|Está solo en el apartamento cuando usted se va.}
- not responsive:
  Los paramédicos bajan a Danny por la escalera, todavía respirando por él. Ahora está en sus manos.
- else:
  Los paramédicos terminan con Danny y se van.
}
{andre_arrested: En la parte de atrás de la unidad de traslado, Andre Wallace espera que lo lleven a la cárcel del condado. Esta noche llamó al 911. Se va a acordar de lo que pasó cuando lo hizo.}
{kit_left && not andre_arrested: El kit de naloxona se queda en el mostrador, donde alguien lo pueda alcanzar.}
"Two-Adam-Fourteen, terminé en Harlan, quedo disponible." #speaker:officer #sfx:radio_dispatch
-> END
