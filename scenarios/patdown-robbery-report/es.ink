// Good Call: "Su teléfono y su bolsa" (patdown-robbery-report), Spanish.
// A translation of en.ink, line for line: the same knots, choices, conditions, diverts and tags;
// only the prose and the choice texts are Spanish. Terms and register: locales/es/glossary.md.
// Dana Whitfield, 34, flags down a patrol car on Fifth Street: a man on a bike has knocked her down
// and taken her bag and her phone. She injects drugs; her chest pocket holds capped syringes from
// the program and a sharps tube whose lid came off when she fell (pocketHoldsNeedles). She is
// reporting a crime: nobody has stopped her, and she is free to leave. Story parameters:
// at_drop_in 1 sets it outside the Eastside Health Outreach drop-in, a service site; 0 at the Ninth
// Street light-rail stop. warrant_on_file 1 gives her an old failure-to-appear warrant that a name
// check finds. used_tonight 1 has her high; 0, getting sick.
// No rule yet scores taking, putting off or writing off a victim's report: the story logs
// take_report, refuse_report and dismiss_report for the rule proposed with it. A description put
// out by 210 s gets the man caught. The robbery is not raised as #event:violent_crime: that event
// would justify force and lift the service-site rule against anyone, and she is the one robbed.

VAR person_trust = 4
VAR person_agitation = 6
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR seconds_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

// Story parameters, drawn from the attempt's seed (scenario.json storyParameters).
VAR at_drop_in = 1
VAR warrant_on_file = 2
VAR used_tonight = 0

VAR explained = false
VAR knows_name = false
VAR disclosed = false           // she has told the officer about the needles
VAR pocket_snapped = false
VAR pocket_out = false          // she has taken the syringes out and shown them
VAR gloved = false
VAR card_out = false
VAR card_looked = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR frisked = false
VAR id_asked = false
VAR name_run = false
VAR warrant_known = false
VAR threatened = false
VAR report = "none"             // "none", "taken", "refused", "dismissed"
VAR report_second = -1
VAR caught = false
VAR radio_heard = false
VAR identified = false
VAR he_walked = false           // the officer told Park she was in no state to identify him
VAR bag_state = "missing"       // "missing", "found", "returned", "searched"
VAR loose_syringe = "unseen"    // "unseen", "lying", "disposed", "recapped", "left"
VAR powder_found = false
VAR powder_taken = false
VAR diversion = "none"          // "none", "accepted", "declined"
VAR referral = "none"           // "none", "accepted", "declined"
VAR referral_to = "none"        // "housing", "treatment"
VAR help_asked = false
VAR marcus_here = false
VAR ride_for = "showup"         // "showup", "canvass", "shelter"
VAR at_car = false
VAR rode = false
VAR in_back = false
VAR patdown_consent = "unasked" // "unasked", "given", "refused"
VAR refused_search = false      // she has said no to a search (her answer, or an instructor's inject)
VAR weapon_signs_seen = 0       // weapon indicators the story has noticed (only an instructor raises them)
VAR informant_asked = false
VAR coerced = false
VAR cite_reason = "paraphernalia"
VAR arrest_for = "warrant"
VAR arresting = false           // the stick happened while emptying her pockets for transport
VAR reach_where = "jacket"      // "jacket" or "bag": where the blind reach went
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR stick_reported = false
VAR mood_shown = "tense"
VAR urged = false

-> dispatch

=== dispatch ===
Viernes, 9:40 de la noche. Va rumbo al norte por la calle Quinta con la ventanilla abajo; acaba de terminar con una queja por ruido en la Cole. #bg:patrol_car
{
- at_drop_in == 1:
    Afuera del centro de día de Eastside Health Outreach, bajo su letrero pintado a mano, una mujer se baja de la acera a su carril y agita los dos brazos por encima de la cabeza.
- else:
    En la parada del tren ligero de la Novena, una mujer baja corriendo por la rampa del andén hasta su carril y agita los dos brazos por encima de la cabeza.
}
Frena en seco, pone la palanca en estacionar y se baja. #sfx:car_door
-> arrival

=== arrival ===
Tiene treinta y tantos años, chaqueta de mezclilla y jeans rotos, y le falta el aire. Tiene las dos palmas raspadas en carne viva y sangre en la rodilla del pantalón. #event:on_scene #bg:traffic_stop
"¡Se llevó mi bolsa! Ahí está mi teléfono, ahí está todo. ¡Me tiró al suelo y se la llevó!" #speaker:person
{
- used_tonight == 1:
    Bajo el farol, sus pupilas son puntas de alfiler y las palabras le salen un poco lentas. Pero le salen en orden.
- else:
    Suda a pesar del frío y no se puede estar quieta, y entre frase y frase bosteza, fuerte, como bosteza quien está entrando en abstinencia.
}
Del bolsillo del pecho de su chaqueta, por encima del broche, se asoma la tapa anaranjada de una jeringa.
{
- at_drop_in == 1:
    Detrás de ella, por la ventana del centro de día, un hombre con una credencial colgada al cuello ha dejado de apilar sillas para mirar hacia afuera. #event:near_service_site
- else:
    Arriba en el andén, un empleado de limpieza del tren con chaleco anaranjado ha dejado de barrer para mirar hacia abajo.
}
Ella ve adónde mira usted y pone la mano extendida sobre el bolsillo.
"Por favor. No es a mí a quien busca. Se fue {at_drop_in == 1:por el callejón detrás de la lavandería|cruzando las vías}. Se le está escapando." #speaker:person
-> curb

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "steadier"
}

// The hub: every pick comes back here. What she does next depends on how the officer has treated
// her (person_trust, person_agitation) and on the clock: the description goes stale by the minute.
=== curb ===
{person_agitation >= 8: -> she_leaves}
{report == "none" and minutes_elapsed >= 7: -> gives_up}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> hand_in_pocket
- sharps_disclosed and not disclosed: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not refused_search: -> no_searches
}
{report == "taken" and not radio_heard and seconds_elapsed >= report_second + 120: -> radio_result}
// She asks for help only once she trusts the officer (person_trust is the engine's).
{report == "taken" and not help_asked and person_trust >= 8: -> asks_help}
{not marcus_here and minutes_elapsed >= 2: -> witness_arrives}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": Tiene los brazos bien apretados alrededor del cuerpo y no deja de mirar {at_drop_in == 1:hacia el callejón|al otro lado de las vías}.
    - "calm": Suelta un largo respiro, y se le bajan los hombros.
    - else: Se limpia las palmas en los jeans, con cuidado, y hace una mueca.
    }
}
{report == "none" and minutes_elapsed >= 2 and not urged:
    ~ urged = true
    "Cada minuto que pasa aquí, él está una cuadra más lejos." #speaker:person
}
* [Decirle su nombre, que le va a tomar la denuncia y lo que va a necesitar de ella #act:explain_stop target=person]
    -> introductions
* (first_ask) {not disclosed and not pocket_out} [Preguntarle si en ese bolsillo trae algo con lo que usted se pueda pinchar #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed and not pocket_out} [Volver a preguntar, sin rodeos: pregunta para que nadie se pinche, no para levantarle una citación #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Ponerse los guantes de nitrilo y darle gasa del botiquín para las palmas #act:don_gloves]
    ~ gloved = true
    Se pone un par de guantes de nitrilo del estuche del cinturón, abre un paquete de gasa del botiquín de la cajuela y se lo ofrece. Ella se la aprieta contra una palma, y luego contra la otra.
    -> curb
* {report == "none"} [Tomarle la declaración: qué pasó, cómo es él, por dónde se fue, y transmitirlo por radio #act:take_report target=person]
    -> statement
* {report == "none"} [{used_tonight == 1:Cabecea y se le enciman las palabras|Tiembla y no se puede estar quieta}: anotarlo solo como información, porque una denuncia de ella en ese estado no se va a sostener #act:dismiss_report target=person]
    -> written_off
* {report == "none"} [Decirle que pase mañana por la estación de policía, cuando haya dormido, y ponga entonces la denuncia como se debe #act:refuse_report target=person]
    -> put_off
* {report == "none" and not id_asked} [Pedirle su identificación antes de anotar nada: la denuncia necesita su nombre legal #act:demand_id target=person]
    -> id_request
* {knows_name and not name_run} [Verificar por radio su nombre y fecha de nacimiento, para asegurarse de que es quien dice y de que la denuncia se sostenga #act:warrant_check target=person]
    -> run_name
* {report == "none" and not threatened} [Recordarle que hacer una denuncia falsa a la policía es un delito, antes de que diga nada más #act:threaten_arrest target=person]
    -> false_report_warning
* {not frisked} [Trae agujas y está alterada: cachearla antes de acercarse más #act:patdown target=person]
    -> frisk
* {not pocket_out and not syringes_taken} [Sacarle la jeringa del bolsillo antes de que se caiga a la calle #act:reach_into_pocket target=person]
    ~ reach_where = "jacket"
    -> stuck
* {disclosed and not pocket_snapped and not pocket_out} [Pedirle que cierre el broche del bolsillo y no meta las manos ahí mientras hablan #time:5]
    ~ pocket_snapped = true
    Ella lo cierra con dos dedos, con cuidado, y deja caer las dos manos a los costados, lejos del bolsillo.
    "Okey. Okey." #speaker:person
    -> curb
* {not pocket_out and not syringes_taken} [Pedirle que ella misma saque lo que trae en ese bolsillo y se lo muestre #act:have_person_remove_items target=person]
    -> pocket_shown
* {card_out and not card_looked} [Mirar la tarjeta #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not card_honored and not syringes_taken} [Decirle que la tarjeta cubre las jeringas: se quedan con ella #act:honor_ssp_card target=person]
    -> honor
* {(pocket_out or disclosed) and not syringes_taken and not card_honored} [Quitarle las jeringas: de todos modos las va a tener que anotar en el reporte #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Echar las jeringas que le quitó en el tubo para objetos punzantes de la cajuela #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    Abre la cajuela y las va metiendo una por una en el tubo para objetos punzantes, con la punta hacia abajo, y después el tubito con la usada. #sfx:sharps_container
    -> curb
* {pocket_out or disclosed} [Hacerle una citación por las jeringas: no puede ponerlas en un reporte y no hacer nada #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {report == "taken" and not informant_asked} [Preguntarle quién vende {at_drop_in == 1:por el centro de día|en la estación del tren}: si ayuda con eso, nadie tiene por qué revisarle los bolsillos #act:ask_for_intelligence target=person]
    -> informant
* {bag_state == "missing"} [{at_drop_in == 1:Recorrer con ella el callejón detrás de la lavandería, para buscar su bolsa|Recorrer con ella la cerca junto a las vías, para buscar su bolsa} #time:60]
    -> alley
* {powder_found and not powder_taken} [Tomar la bolsita de polvo #act:seize_drugs target=person]
    ~ powder_taken = true
    Toma la bolsita por una esquina y la sella en un sobre de evidencia. Ella la ve desaparecer en el bolsillo de su camisa.
    -> curb
* {powder_found} [Ofrecerle LEAD en lugar de un cargo por el polvo: un administrador de casos, sin fecha en la corte #act:offer_diversion target=person]
    -> lead_offer
* {powder_found} [Citarla por el polvo #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {warrant_known} [Arrestarla por la orden #act:arrest reason=warrant target=person]
    ~ arrest_for = "warrant"
    -> arrested
* {warrant_known and not coerced} [Decirle que la orden desaparece si esta noche se interna en el centro de desintoxicación de la Cole #act:coerce_referral target=person]
    -> detox_or_warrant
* {report == "taken" and referral != "accepted"} [Decirle que la defensora de mujeres del centro de día le puede conseguir una cama en Harbor House esta noche, y que usted la lleva #act:offer_referral to=housing target=person]
    -> referral_housing
* {report == "taken" and referral != "accepted"} [Decirle que el centro de desintoxicación de la Cole tiene una cama libre esta noche: más seguro que un albergue, y un lugar para empezar de nuevo #act:offer_referral to=treatment target=person]
    -> referral_detox
* {radio_heard and not caught and not rode} [Ofrecerle dar una vuelta en el carro por las cuadras para buscarlo #time:5]
    ~ ride_for = "canvass"
    -> the_car
+ {report == "taken" and not radio_heard} [Quedarse con ella a esperar noticias de Park #time:60]
    Se queda con ella en la acera. Todo lo que pasa por su radio es de otros.
    -> curb
+ {radio_heard} [Darle el número de caso y su tarjeta, y terminar]
    -> finish

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== hand_in_pocket ===
~ weapon_signs_seen = weapon_indicators
Ella mete la mano derecha en el bolsillo lateral de la chaqueta, rápido, y la deja ahí.
* [Decirle que saque la mano despacio, donde usted la vea #time:10]
    La mano sale despacio: un encendedor y una cajetilla de cigarros arrugada.
    "Necesito un cigarro. ¿Se puede? Necesito un cigarro." #speaker:person
* [Pedirle que le muestre lo que tiene en la mano, con dos dedos #act:have_person_remove_items target=person]
    Con dos dedos, despacio: un encendedor y una cajetilla de cigarros arrugada.
    "Es un encendedor. Nada más quiero fumar." #speaker:person
* {not frisked} [Cachearle la chaqueta en busca de un arma #act:patdown target=person]
    -> frisk
* [Agarrarle la muñeca antes de que saque la mano #act:grab target=person]
    Le agarra la muñeca. Ella se congela y grita: es la palma raspada.
    "¡Es un encendedor! ¡Es mi encendedor!" #speaker:person
- -> curb

=== needles_told ===
~ disclosed = true
Ella quita la mano del bolsillo y la levanta, con la palma hacia usted.
"Antes que nada: en este bolsillo hay agujas. Nuevas, y un tubito con una usada, y la tapa se salió cuando me caí. No meta la mano ahí." #speaker:person
-> curb

=== card_offered ===
~ card_out = true
Con dos dedos saca del bolsillo de atrás una tarjeta enmicada y la levanta: EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número.
"Estoy en el programa. Todo lo que traigo es de ellos." #speaker:person
-> curb

=== no_searches ===
~ refused_search = true
Ella da un paso atrás{at_drop_in == 1: hacia la puerta del centro de día|, hacia la rampa}.
"Y que quede claro: no le hice señas para que me registrara. A mí nadie me registra." #speaker:person
-> curb

=== witness_arrives ===
~ marcus_here = true
{
- at_drop_in == 1:
    El hombre de la credencial sale del centro de día y se detiene a una distancia prudente: cincuenta y tantos, los lentes de leer subidos sobre la cabeza. MARCUS BELL, APOYO DE PARES, dice la credencial. #sfx:footsteps
    "¿Dana? ¿Estás bien?" Se voltea hacia usted. "Lo vi pasar por la ventana en bicicleta. Sudadera gris. Se metió por el callejón detrás de la lavandería." #speaker:bystander
- else:
    El empleado de limpieza baja por la rampa con su escoba: sesenta y tantos, un parche con el nombre MARCUS. #sfx:footsteps
    "Yo lo vi. Un tipo flaco en una bicicleta chiquita, sudadera gris. Tiró algo por allá junto a la cerca y se fue cruzando las vías." #speaker:bystander
}
-> curb

=== introductions ===
~ explained = true
~ knows_name = true
Le dice su nombre, que le va a tomar la denuncia y va a transmitir la descripción, y que va a necesitar su nombre, qué se llevó él y por dónde se fue. Nada de lo que traiga en el bolsillo cambia eso.
"Dana. Dana Whitfield." Todavía respira agitada. "Tiene mi teléfono. Ahí están las fotos de mi hija." #speaker:person
-> curb

=== sharps_answer ===
{
- person_trust >= 6:
    ~ disclosed = true
    Ella quita la mano del bolsillo, despacio.
    "Agujas. Cuatro nuevas, tapadas, del centro de día. Y un tubito con una usada; la tapa se salió cuando me caí. No meta la mano ahí." #speaker:person #event:sharps_disclosed #event:use_disclosed
    -> card_from_pocket
- curb.second_ask:
    "Le dije que no es nada." #speaker:person
    La mano se le queda extendida sobre el bolsillo.
- else:
    "No es nada. Es mío. ¿Podemos pasar a la parte en que usted lo busca, por favor?" #speaker:person
    La mano se le queda extendida sobre el bolsillo.
}
-> curb

= card_from_pocket
{not card_out:
    ~ card_out = true
    Con dos dedos saca del bolsillo de atrás una tarjeta enmicada y la levanta: EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número. #event:ssp_card_shown
    "Estoy en el programa. Son legales." #speaker:person
}
-> curb

=== id_request ===
~ id_asked = true
~ knows_name = true
"¿Mi identificación? Mi identificación estaba en la bolsa. Todo estaba en la bolsa." #speaker:person
Se le queda mirando, y luego se lo deletrea de todos modos: Dana Whitfield, W-H-I-T-F-I-E-L-D, y su fecha de nacimiento.
-> curb

=== run_name ===
~ name_run = true
Se aparta hasta su carro y lee por radio el nombre y la fecha de nacimiento de ella. Ella oye cómo sale al aire. #sfx:radio_dispatch
{marcus_here:
    {
    - at_drop_in == 1:
        Marcus se cruza de brazos. "La que fue asaltada es ella", dice, sin dirigirse a nadie. "Por eso nadie de ahí adentro los llama." #speaker:bystander
    - else:
        El empleado de limpieza niega con la cabeza y vuelve a subir la rampa, a su escoba.
    }
}
{
- warrant_on_file == 1:
    ~ warrant_known = true
    "Three-One, Dana Whitfield tiene una orden de arresto activa por delito menor del condado de Cole, por no comparecer, por una citación por parafernalia de marzo. El condado de Cole la recoge." #speaker:dispatch
    Ella lo oye, y cierra los ojos.
    "Me asaltaron", dice, "y voy a ir a la cárcel." #speaker:person
    -> warrant_hit
- else:
    "Three-One, Dana Whitfield no tiene órdenes pendientes. Dos antecedentes, posesión y parafernalia." #speaker:dispatch
    "¿Ya podemos pasar a la parte en que usted lo busca?" #speaker:person
    -> curb
}

=== warrant_hit ===
* [Arrestarla por la orden: una orden es una orden #act:arrest reason=warrant target=person]
    ~ arrest_for = "warrant"
    -> arrested
* [Decirle que es una orden vieja, que esta noche no se la va a llevar por eso, y darle el horario sin cita de la corte #time:20]
    Le explica: la corte del condado de Cole atiende sin cita los martes por la mañana, y una fecha faltada por una citación casi siempre se arregla con una fecha nueva, no con una celda.
    Ella abre los ojos. "Okey." Todavía no le cree. "Okey." #speaker:person
    -> curb
* [Decirle que la orden puede esperar, si le dice quién vende en la Quinta #act:ask_for_intelligence target=person]
    -> informant
* [No decir nada de eso por ahora, y seguir #time:5]
    Ella le estudia la cara un largo segundo, y luego aparta la mirada.
    -> curb

=== false_report_warning ===
~ threatened = true
Se lo dice antes de que siga: hacer una denuncia falsa a la policía es un delito, y usted va a presentar el cargo si esto no cuadra.
Ella levanta las palmas raspadas, una y luego la otra, bajo la luz del farol.
"¿A usted esto le parece falso?" #speaker:person
{marcus_here: Marcus se ha quedado muy callado.}
-> curb

=== frisk ===
~ frisked = true
{at_car:
    ~ in_back = true
}
{
- patdown_consent == "given":
    Ella separa los brazos del cuerpo. Usted le palpa por fuera la chaqueta, la pretina, los bolsillos de los jeans, con la mano plana, y rodea el bolsillo del pecho, sin pasar por encima.
- else:
    "¿Por qué? ¡A mí me asaltaron!" Separa los brazos del cuerpo de todos modos, porque usted la tiene enfrente, muy cerca. #speaker:person
    {refused_search:
        "Le dije que a mí nadie me registra. Se lo dije." #speaker:person
    }
    Le palpa por fuera la chaqueta, la pretina, los bolsillos de los jeans{not gloved:, sin guantes}.
}
{not disclosed and not pocket_out:
    ~ disclosed = true
    Su palma se cierra sobre el bolsillo del pecho: tubitos delgados de plástico, y algo redondo que cede. Ella se echa para atrás.
    "¡Cuidado! ¡Agujas! ¡El tubo está abierto, se le salió la tapa!" #speaker:person #event:sharps_disclosed
}
{marcus_here and at_drop_in == 1:
    En la puerta del centro de día, Marcus tiene el teléfono levantado, grabando. #sfx:phone_camera
}
Un encendedor, cigarros, una liga para el pelo, tres dólares en monedas. Nada con lo que se pueda lastimar a nadie.
{at_car: -> ride}
-> curb

=== pocket_shown ===
~ pocket_out = true
{
- disclosed:
    Ella abre el broche y va sacando las cosas una por una sobre el capó de su carro, como quien desempaca huevos.
- else:
    Duda, con la mano en el broche. "No le va a gustar." #speaker:person
    Luego abre el broche y va sacando las cosas una por una sobre el capó de su carro, como quien desempaca huevos.
}
Cuatro jeringas con tapa anaranjada, sujetas con una liga. Un tubo rojo para objetos punzantes del tamaño de un marcador, sin tapa, con una jeringa usada adentro. Una cuchara para cocinar, toallitas con alcohol.
Encuentra la tapa en el fondo del bolsillo y ella misma se la vuelve a poner al tubo.
{not card_out:
    ~ card_out = true
    Por último, del bolsillo de atrás, una tarjeta enmicada: EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número. #event:ssp_card_shown
    "Estoy en el programa. Todo es legal." #speaker:person
}
-> curb

=== card_look ===
~ card_looked = true
La tarjeta tiene las esquinas gastadas: EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número, la fecha de este año y, al reverso, una línea que cita la ley estatal sobre los participantes del programa.
{marcus_here and at_drop_in == 1:
    "Lleva tres años viniendo con nosotros", dice Marcus. "Si quiere, le leo su número de nuestra lista." #speaker:bystander
}
-> curb

=== honor ===
~ card_honored = true
Le devuelve la tarjeta y le dice que la tarjeta cubre las jeringas. Se quedan con ella.
Ella le sostiene la mirada un segundo más de lo necesario.
"Okey. Gracias." #speaker:person
{pocket_out: Las vuelve a guardar en el bolsillo, el tubo con su tapa, y cierra el broche.}
-> curb

=== confiscate ===
~ syringes_taken = true
{
- pocket_out:
    Recoge del capó de su carro las jeringas sujetas con la liga y el tubito.
- else:
    Le pide que saque del bolsillo las jeringas y el tubito y se los dé, y usted los toma por los extremos.
}
"Son del programa. Están limpias." #speaker:person
"O sea que esta noche uso las de otro. Gracias por su ayuda, oficial." #speaker:person
-> curb

=== informant ===
~ informant_asked = true
Baja la voz: ¿quién vende {at_drop_in == 1:por el centro de día|en la estación del tren}? Si ella ayuda con eso, nadie tiene por qué ver lo que trae en los bolsillos{warrant_known:, ni esa orden}.
Ella le sostiene la mirada un largo segundo.
"Un hombre me tiró al suelo y se llevó mi bolsa. Y usted quiere que la próxima a la que tiren al suelo sea yo." #speaker:person
"No sé el nombre de nadie." #speaker:person
-> curb

=== detox_or_warrant ===
~ coerced = true
Se lo dice: si esta noche se interna en el centro de desintoxicación de la Cole, usted se olvida de la orden. Si no, se va al condado de Cole.
"Eso no es ayuda. Es la orden de arresto con pasos extra." #speaker:person
Mira {at_drop_in == 1:la puerta del centro de día|hacia el andén} un buen rato.
"Está bien. Desintoxicación." #speaker:person
-> curb

// The report itself: taken, written off, or put off till tomorrow.
=== statement ===
~ temp came_back = report == "refused"
~ report = "taken"
~ report_second = seconds_elapsed
~ caught = seconds_elapsed <= 210
{came_back: Ella se detiene, y regresa, despacio.}
La toma como le enseñaron: qué pasó, luego quién, luego por dónde.
Ella iba {at_drop_in == 1:saliendo del centro de día|esperando el Número 4 en el andén}. Él llegó en bicicleta, agarró la correa y, cuando ella no la soltó, la empujó al suelo y jaló hasta que se rompió. La bolsa: café, ahora con la correa rota. Adentro: su teléfono en una funda rosa, su cartera con sesenta dólares de su turno de limpieza, su identificación, su pase del autobús.
"Un blanco, de treinta y tantos. Alto, bien flaco, con la cabeza rapada. Un tatuaje de telaraña, aquí." Se toca un lado del cuello. "Sudadera gris, shorts negros de básquetbol encima de unos pants, una bicicleta BMX chiquita. Le dicen Cash. No sé su nombre de verdad." #speaker:person
{not knows_name:
    "Dana Whitfield", dice, cuando usted le pregunta. "W-H-I-T-F-I-E-L-D." #speaker:person
}
~ knows_name = true
"Three-One, robo recién ocurrido, la Quinta y la {at_drop_in == 1:Cole|Novena}. Sospechoso hombre blanco, treinta y tantos, alto y delgado, cabeza rapada, tatuaje de telaraña en el cuello, sudadera gris, shorts negros sobre pants, en una bicicleta BMX. Visto por última vez {at_drop_in == 1:en el callejón detrás de la lavandería, rumbo a la Novena|cruzando las vías rumbo al patio de trenes}. Se llevó una bolsa café y un teléfono en una funda rosa." #speaker:officer #sfx:radio_dispatch
"Two-Two, copiado. Estoy en la Novena y la Cole. Voy a dar una vuelta." Es Park. #speaker:partner
-> curb

=== written_off ===
~ report = "dismissed"
Le dice que lo va a anotar solo como información. En el estado en que está ella, una denuncia no va a llegar a ningún lado. No transmite nada por radio.
"Solo como información." Le clava la mirada. "O sea que no lo va a buscar." #speaker:person
{
- used_tonight == 1:
    "Ya sé cómo me veo ahorita. También sé cómo se ve él." #speaker:person
- else:
    "Estoy enferma, no soy tonta. Sé cómo es él." #speaker:person
}
{marcus_here: Marcus baja la vista al suelo.}
* [Dejarlo así: anotar su nombre en una tarjeta de información y darle el número #time:30]
    -> info_only
* [Transmitir la descripción después de todo, y tomarle la denuncia completa #act:take_report target=person]
    -> statement

=== put_off ===
~ report = "refused"
Le dice que pase mañana por la estación de policía de la calle Ridge, cuando haya dormido, y ponga la denuncia como se debe. La ventanilla abre a las ocho.
"Mañana." Se ríe, una sola vez. "Mañana ya vendió mi teléfono. Mañana no tengo pase del autobús para llegar a la calle Ridge." #speaker:person
"Por esto nadie los llama." #speaker:person
{marcus_here and at_drop_in == 1:
    "Ven adentro, Dana", dice Marcus en voz baja. "Ándale." #speaker:bystander
}
Se da la vuelta y camina {at_drop_in == 1:hacia la puerta del centro de día|hacia la rampa}.
* [Dejarla ir #time:5]
    -> no_report
* [Llamarla para que regrese: le va a tomar la denuncia ahora #act:take_report target=person]
    -> statement

=== gives_up ===
Ya dejó de mirar {at_drop_in == 1:hacia el callejón|al otro lado de las vías}.
"Olvídelo. Ya se fue. Usted nunca iba a hacer nada." #speaker:person
* [Tomarle la declaración ahora y transmitirla, aunque sea tarde #act:take_report target=person]
    -> statement
* [Dejarla ir #time:5]
    -> no_report

// Park's answer over the radio: the man, or no sign of him.
=== radio_result ===
~ radio_heard = true
{
- caught:
    "Two-Two a Three-One. Tengo a un hombre que coincide, en una BMX, en la Novena y la Cole: sudadera gris, telaraña en el cuello. Trae en el bolsillo un teléfono con funda rosa y no quiere decir de quién es. ¿Puede venir su víctima a verlo?" #speaker:partner #sfx:radio_dispatch
    -> showup
- else:
    "Two-Two a Three-One. Ni rastro de él. Ya recorrí la estación, las vías y la Cole. Se escondió. Voy a estar pendiente." #speaker:partner #sfx:radio_dispatch
    Dana se sienta en la orilla de la acera y apoya la frente en las rodillas.
    -> curb
}

=== showup ===
Dana lo oyó. Ya está mirando calle Quinta arriba, hacia la Novena.
"Es él. Tiene que ser él. La funda rosa es mía." #speaker:person
* [Llevarla en el carro las cuatro cuadras hasta donde está Park, para que lo vea #time:10]
    ~ ride_for = "showup"
    -> the_car
* [Pedirle a Park que pase despacio con él en su carro, para que ella lo vea desde la acera #time:90]
    -> identify
* [{used_tonight == 1:Ha estado consumiendo esta noche|Está enferma y temblando}: decirle a Park que ella no está en condiciones de identificar a nadie, que le tome una foto a él y lo deje ir #act:dismiss_report target=person]
    -> let_him_go

=== let_him_go ===
~ he_walked = true
~ identified = false
"Copiado", dice Park, tras una pausa. "Le estoy tomando la foto. Se va." #speaker:partner #sfx:radio_dispatch
"¿Se va?" Dana se le queda viendo. "¿Con mi teléfono en el bolsillo, se va?" #speaker:person
-> curb

=== identify ===
~ identified = true
{
- rode:
    Cuatro cuadras más arriba, el carro de Park está junto a la acera en la Novena, con el reflector sobre un hombre sentado en la orilla de la banqueta y una BMX tirada de lado junto a él.
- else:
    Un minuto después, el carro de Park baja por la Quinta a paso de peatón, con la luz interior encendida. En el asiento de atrás, un hombre con la cabeza rapada voltea la cara.
}
"Es él. Es Cash." No lo duda. "Ese es mi teléfono." #speaker:person
Park levanta un teléfono en una funda rosa. En la pantalla de bloqueo hay una niña disfrazada para Halloween.
"Two-Two, identificación positiva. Va detenido por robo." #speaker:partner #sfx:radio_dispatch
Park le toma una foto al teléfono para el reporte y se lo entrega a ella. Ella lo sostiene con las dos manos.
{rode: La lleva de regreso por la Quinta.}
-> curb

// The car: whoever rides in the back gets a pat-down, says the department. She is a victim, free to say no.
=== the_car ===
{rode: -> ride}
~ at_car = true
{
- ride_for == "showup":
    Park está cuatro cuadras más arriba.
- ride_for == "canvass":
    Van a dar la vuelta a las cuadras: la Cole, las vías, la estación.
- else:
    Harbor House está diez cuadras al este, en la calle Market.
}
Abre la puerta de atrás de su carro, y se detiene. La regla de su departamento es cachear a cualquiera que vaya en el asiento de atrás.
* [Cachearla antes de que se suba: nadie va en su carro sin cacheo #act:patdown target=person]
    -> frisk
* [Explicarle la regla, preguntarle si está de acuerdo con un cacheo y decirle que puede negarse #act:ask_consent_search target=person]
    -> car_consent
* [Cerrar la puerta de atrás y sentarla mejor en el asiento del copiloto #time:10]
    -> ride

=== car_consent ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "Ya se lo dije. A mí nadie me registra." #speaker:person
- person_trust >= 8:
    ~ patdown_consent = "given"
    Ella mira la reja entre los asientos, luego a usted, y separa los brazos del cuerpo.
    "Está bien. Adelante." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "No. A mí me asaltaron. No me voy a dejar registrar para ir sentada en su carro." #speaker:person #event:consent_refused
}
* {patdown_consent == "given"} [Cachearla con la mano plana y dejar que vaya atrás #act:patdown target=person]
    -> frisk
* {patdown_consent == "refused"} [Cachearla de todos modos: es la regla para el asiento de atrás #act:patdown target=person]
    -> frisk
* [Sentarla en el asiento del copiloto #time:10]
    -> ride

=== ride ===
~ at_car = false
~ rode = true
{in_back: Se sube atrás, detrás de la reja.|Se sube adelante y se pone el cinturón encima de la chaqueta rota.} #sfx:car_door
{
- ride_for == "showup":
    -> identify
- ride_for == "canvass":
    -> canvass
- else:
    -> to_shelter
}

=== canvass ===
* [Recorrer las cuadras despacio con ella, portal por portal #time:240]
    Bajan por la Cole, siguen las vías, pasan por la estación, por detrás de la lavandería. Ella mira cada portal. Un hombre en bicicleta en la Novena resulta ser un muchacho con una bolsa de pizza.
    "Ya se fue." #speaker:person
* [Dar una pasada por la Cole y regresar #time:60]
    Una pasada por la Cole. Nada.
- La lleva de regreso por la Quinta.
-> curb

=== asks_help ===
~ help_asked = true
Mira {at_drop_in == 1:la puerta del centro de día|hacia el andén} un rato antes de decir nada.
"¿Le puedo preguntar algo? Él sabe dónde me quedo. El cuarto de la calle Delancey, arriba de la casa de empeño. Va a ir a buscarme, porque yo le hablé a usted." #speaker:person #event:asks_for_help
"¿Hay algún lugar adonde pueda ir esta noche donde él no me encuentre?" #speaker:person
-> curb

=== referral_housing ===
~ referral_to = "housing"
Le explica: los viernes en la noche el centro de día tiene una defensora de mujeres que puede llamar a la línea de camas de Harbor House, y en Harbor House no le dicen a nadie quién se queda ahí. Si ella quiere, usted la lleva.
{
- person_trust >= 7:
    ~ referral = "accepted"
    "¿La de la puerta azul? Ahí no dejan subir a los hombres." Asiente. "Sí. Okey." #speaker:person #event:referral_accepted
- else:
    ~ referral = "declined"
    "Ya veré qué hago." #speaker:person #event:referral_declined
}
-> curb

=== referral_detox ===
~ referral_to = "treatment"
Le dice que el centro de desintoxicación de la Cole tiene una cama libre esta noche. Más seguro que un albergue, y un lugar para empezar de nuevo, si ella quiere.
{referral == "none":
    ~ referral = "declined"
}
{
- help_asked:
    "Le pedí una puerta por la que él no pueda pasar. No desintoxicación." Niega con la cabeza. "Esta noche no." #speaker:person #event:referral_declined
- else:
    "Yo no le pedí desintoxicación." #speaker:person #event:referral_declined
}
-> curb

=== lead_offer ===
Le explica lo de LEAD: en lugar de un cargo por el polvo, un administrador de casos la llama esta semana. Sin fecha en la corte. Trabajan en lo que ella quiera trabajar, y nadie la obliga a dejar de consumir primero.
{
- person_trust >= 5:
    ~ diversion = "accepted"
    "¿Sin corte?" Mira la bolsita, luego a usted. "Okey. Sí." #speaker:person #event:referral_accepted #event:diversion_accepted
- else:
    ~ diversion = "declined"
    "Me revisó la bolsa después de que un hombre me asaltó. ¿Y ahora me tengo que inscribir en su programa?" #speaker:person #event:referral_declined
}
-> curb

// The alley or the fence: the bag he threw away, and the syringe that fell out of it.
=== alley ===
~ bag_state = "found"
~ loose_syringe = "lying"
{
- at_drop_in == 1:
    La acompaña por el callejón detrás de la lavandería Suds City, con la linterna sobre el asfalto mojado, mientras las salidas de las secadoras les echan aire tibio encima. #sfx:footsteps
    Entre el contenedor de basura y la pared, su bolsa está tirada de lado, con la correa rota y todo desparramado.
- else:
    La acompaña a lo largo de la cerca de malla junto a las vías, con la linterna entre la hierba. Por la vía del fondo pasa un tren. #sfx:footsteps
    Entre la hierba, al pie de la cerca, su bolsa está tirada de lado, con la correa rota y todo desparramado.
}
Una cartera vacía. Su identificación estatal en su funda. Un pase del autobús, un cepillo, un kit de naloxona en su estuche anaranjado y una bolsita con cierre con el logo del centro de día, abierta.
A un palmo de la bolsita, en el suelo, hay una jeringa sin tapa, con el émbolo hasta el fondo. #event:syringe_found
"Se llevó el dinero y dejó lo demás." Estira la mano hacia la bolsa. "Esa del suelo es mía. Se salió de la bolsita." #speaker:person
-> alley_choices

= alley_choices
* {not gloved} [Ponerse los guantes de nitrilo #act:don_gloves]
    ~ gloved = true
    Saca un par de guantes de nitrilo del estuche del cinturón y se los pone.
    -> alley_choices
* {loose_syringe == "lying"} [Recoger la jeringa suelta por el cilindro, con la aguja hacia abajo y lejos de usted #act:pick_up_syringe]
    -> holding
* {loose_syringe == "lying"} [Dejar la jeringa donde está y marcar el lugar para Obras Públicas en la mañana #time:10]
    ~ loose_syringe = "left"
    Anota el lugar en su libreta para Obras Públicas. La jeringa se queda donde está.
    -> alley_choices
* {bag_state == "found"} [Darle la bolsa, y pedirle que ella misma la revise y le diga qué falta #act:have_person_remove_items target=person]
    -> bag_returned
* {bag_state == "found"} [Revisar usted la bolsa primero: la denuncia necesita una lista de lo que se llevó #act:search_bag target=person]
    -> bag_searched
* {bag_state == "found"} [Palpar el bolsillo lateral de la bolsa en busca de su teléfono, por si él no lo vio #act:reach_into_pocket target=person]
    ~ reach_where = "bag"
    -> stuck
* {bag_state != "found"} [Regresar con ella a la calle #time:60]
    -> curb

= holding
{gloved: Pellizca el cilindro entre el pulgar y el índice enguantados.|Pellizca el cilindro entre el pulgar y el índice, sin guantes.} La aguja está doblada en la punta.
* [Llevarla a su cajuela, con la aguja hacia abajo, y echarla en el tubo para objetos punzantes #act:dispose_sharps_safely #time:60]
    ~ loose_syringe = "disposed"
    La lleva hasta el carro, baja y lejos del cuerpo, y la echa en el tubo para objetos punzantes, con la aguja primero. #sfx:sharps_container
* {at_drop_in == 1} [Llevarla al centro de día y pedirles su contenedor para objetos punzantes #act:dispose_sharps_safely #time:60]
    ~ loose_syringe = "disposed"
    {marcus_here:Marcus|El hombre de la credencial} sostiene firme el contenedor rojo sobre el mostrador mientras usted la echa, con la aguja primero. #sfx:sharps_container
* [Volverle a poner la tapa y echarla en la bolsita de ella con las demás: es suya #act:recap_needle]
    ~ loose_syringe = "recapped"
    Encuentra la tapa anaranjada junto a la rueda del contenedor de basura y le acerca la aguja doblada. Resbala en el borde y le pasa rozando el pulgar antes de entrar. La echa en la bolsita de ella.
- -> alley_choices

= bag_returned
~ bag_state = "returned"
Ella se arrodilla y la vuelve a armar ella misma, pieza por pieza: la cartera, la identificación, el pase del autobús, el kit de naloxona, la bolsita, cerrada.
"El teléfono no está. El dinero no está. Sesenta dólares." Levanta la identificación. "Por lo menos me dejó esto." #speaker:person
-> alley_choices

= bag_searched
~ bag_state = "searched"
{
- refused_search:
    "Le dije que a mí nadie me registra. Esa es mi bolsa." No intenta quitársela. Nada más mira. #speaker:person
- else:
    "Es mi bolsa. Yo le puedo decir qué trae." #speaker:person
}
Se pone en cuclillas y la revisa bajo la linterna: la cartera, la identificación, el pase del autobús, el kit de naloxona. Sostiene abierta la bolsita con la punta de la linterna.
Debajo de las toallitas con alcohol, doblada en una esquina, hay una bolsita diminuta de polvo gris. #event:eligible_offense
~ powder_found = true
Ella ve que usted la vio.
"Esa no la vio. Qué bien. Lo único que no vio." #speaker:person
-> alley_choices

// A blind reach: the needlestick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
{
- reach_where == "bag":
    Mete dos dedos en el bolsillo lateral de la bolsa: un bálsamo para labios, monedas, y luego un piquete agudo y brillante en la yema del dedo. Una jeringa usada se había salido de la bolsita y caído en ese bolsillo.
- else:
    Mete dos dedos en el bolsillo del pecho para sacar la jeringa: la liga, las tapas, el tubo abierto, y luego un piquete agudo y brillante en el costado del dedo.
}
Saca la mano. {gloved: El guante está roto en la punta del dedo.} Sale una gota de sangre, y luego otra.
{
- disclosed:
    "¡Se lo dije! ¡Le dije que estaba abierto!" Se aparta de usted, con las manos en alto. #speaker:person
- else:
    "Ay, no. Esa es la usada. Perdón, perdón, la tapa se salió cuando me caí." Se aparta de usted, con las manos en alto. #speaker:person
}
~ disclosed = true
{not card_out:
    ~ card_out = true
    Levanta una tarjeta enmicada con las manos temblorosas. #event:ssp_card_shown
    "Estoy en el programa, son del centro de día, estoy en el programa." #speaker:person
}
-> first_aid

= first_aid
* [Dejar que sangre, y lavarlo con agua y jabón {at_drop_in == 1:en el lavabo del centro de día|con la botella de agua de su cajuela} #time:120]
    ~ wound = "washed"
    {at_drop_in == 1: En el lavabito detrás del mostrador del centro de día se|En la cajuela se echa agua y se} frota el jabón en la herida durante un largo minuto. Sigue sangrando, un poco.
* [Apretarse el dedo con fuerza para sacar la sangre, y echarle gel antibacterial #time:30]
    ~ squeezed = true
    Se aprieta la yema hasta dejarla blanca y le echa gel. Arde como fuego.
    "No se lo apriete", dice ella. "Nos lo dijeron en el centro de día. Deje que sangre y lávelo." #speaker:person
    -> first_aid
* [Envolverlo en gasa y seguir: ya se ocupará de eso después de la llamada #time:10]
    ~ wound = "wrapped"
    Se envuelve el dedo con gasa y le pone cinta. Se trasluce un punto rojo.
- -> reporting

= reporting
* [Tomar el radio: decirle a su sargento que se pinchó con una aguja y tiene que ir a la sala de emergencias #time:60]
    ~ stick_reported = true
    "Three-One a la sargento Okafor. Me pinché con una aguja usada en la calle Quinta. Solicito que me cubran." #speaker:officer #sfx:radio_dispatch
    Okafor contesta de inmediato: váyase ya a Mercy General, Lindqvist cubre la llamada, y el informe de exposición se puede escribir en el hospital. Las primeras dos horas son las que cuentan.
* [Guardárselo por ahora: seguramente era una limpia #time:5]
    Flexiona el dedo. Seguramente era una limpia. Seguramente.
- -> the_syringe

= the_syringe
* [Preguntarle si esa estaba usada, y si se haría la prueba: ella decide #time:60]
    "Usada. Mía. De esta mañana." Traga saliva. "Salí negativa en el centro de día en agosto. Me la vuelvo a hacer. Me la hago mañana." #speaker:person
* [Decirle que se va a hacer la prueba esta noche, de una forma o de otra: usted necesita saber a qué se expuso #act:threaten_arrest target=person]
    "No me puede obligar a eso." Se abraza con fuerza. "No puede." #speaker:person
- {arresting: -> stuck_during_arrest}
-> deciding

= deciding
* {report == "none"} [Transmitir la descripción antes de irse, y dejarle la denuncia completa a quien lo cubra #act:take_report target=person]
    ~ report = "taken"
    "Three-One, robo recién ocurrido, calle Quinta: hombre blanco, treinta y tantos, delgado, cabeza rapada, tatuaje de telaraña en el cuello, sudadera gris, en una bicicleta BMX. Se llevó una bolsa café y un teléfono rosa." #speaker:officer #sfx:radio_dispatch
    -> deciding
* {card_out and not card_honored and not syringes_taken} [Decirle que la tarjeta cubre sus jeringas #act:honor_ssp_card target=person]
    ~ card_honored = true
    Ella asiente sin levantar la vista.
    -> deciding
* [Hacerle una citación por las jeringas #act:cite reason=paraphernalia target=person]
    La escribe con una sola mano. Ella la toma sin decir palabra.
    -> hospital
* [Dejarle lo demás a quien lo cubra, e irse #time:10]
    -> hospital

= stuck_during_arrest
{stick_reported: Llega Lindqvist y se la lleva al registro de ingreso.|La sube atrás en su carro y la lleva al registro de ingreso por su cuenta, con una mano en el volante.}
-> hospital

= hospital
{
- stick_reported:
    {report == "taken": Lindqvist le toma la denuncia a Dana en la acera mientras usted maneja hasta Mercy General con la mano levantada junto al volante.|Maneja hasta Mercy General con la mano levantada junto al volante.} #bg:patrol_car
    Antes de una hora le sacan sangre para las pruebas iniciales, revisan su registro de vacunación contra la hepatitis B y le empiezan un tratamiento de veintiocho días con medicamento posexposición. Pruebas de seguimiento a las seis semanas, a los tres meses y a los seis meses.
    {wound == "washed": La enfermera le pregunta si se lo lavó. Usted le dice que sí, con agua y jabón{squeezed:, después de apretarlo y echarle gel antibacterial}. Ella lo anota{squeezed:, y le dice que apretar no sirve: basta con agua y jabón}.}
    {wound == "wrapped": La enfermera le pregunta si se lo lavó. Usted le dice que no, que {squeezed:lo apretó, le echó gel, }lo envolvió y siguió trabajando. Ella lo anota y no comenta nada.}
- else:
    Termina el turno. A las tres de la mañana, en casa, mira la marquita oscura del dedo bajo la luz de la cocina y busca en el teléfono cuánto tiempo hay para empezar el medicamento después de un pinchazo. Funciona mejor en las primeras horas. #bg:patrol_car
}
-> END

= reach_unhurt
Saca una liga y cuatro jeringas tapadas. Tuvo suerte.
~ pocket_out = true
-> curb

// Charges, arrest and the endings.
=== cited ===
{
- cite_reason == "possession":
    Escribe la citación sobre el capó de su carro: posesión de una sustancia controlada, una fecha en la corte dentro de seis semanas.
- else:
    Escribe la citación sobre el capó de su carro: posesión de parafernalia para drogas, una fecha en la corte dentro de seis semanas.
}
{card_out and cite_reason == "paraphernalia":
    Ella levanta la tarjeta del programa mientras usted escribe.
    "Se supone que esto significa algo." #speaker:person
}
{diversion == "accepted":
    "Usted dijo LEAD. Dijo que sin fecha en la corte. Yo le dije que sí." #speaker:person
}
"Yo le hice señas a usted. Yo le hice señas." Toma su copia y la dobla sin leerla. #speaker:person
-> after_citation

= after_citation
* {syringes_taken and not syringes_disposed} [Echar las jeringas que le quitó en el tubo para objetos punzantes de la cajuela #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    Las mete en el tubo para objetos punzantes de su cajuela, con la punta hacia abajo. #sfx:sharps_container
    -> after_citation
* [Decirle que se puede ir #act:release target=person]
    Ella se va {at_drop_in == 1:al centro de día|rampa arriba, hacia el andén} sin voltear.
    {report == "taken" and not identified: Si alguien encuentra al hombre de la bicicleta, hay un número de caso. No va a ser ella quien llame para preguntar.}
    {loose_syringe == "lying" or loose_syringe == "left": La jeringa sin tapa sigue en el suelo, donde estaba la bolsa.}
    -> END

=== arrested ===
~ arresting = true
Le dice que queda arrestada{arrest_for == "warrant":, por la orden del condado de Cole|, por posesión}.
No se resiste. Nada más se le queda viendo.
"Él se llevó mi bolsa, y usted me lleva a mí." #speaker:person
{marcus_here and at_drop_in == 1:
    "¿La va a arrestar? ¡Si ella fue la que los llamó!" Marcus tiene el teléfono levantado. #speaker:bystander #sfx:phone_camera
}
Antes de que se suba atrás en su carro, hay que vaciarle los bolsillos.
* {not disclosed and not pocket_out} [Preguntarle si trae algo con lo que usted se pueda pinchar, y luego pedirle que ella misma vacíe los bolsillos sobre el capó #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    "Bolsillo del pecho. Agujas. El tubo está abierto." Lo vacía despacio sobre el capó, una cosa a la vez. #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed or pocket_out} [Pedirle que ella misma vacíe los bolsillos sobre el capó #act:have_person_remove_items target=person]
    Vacía despacio el bolsillo del pecho sobre el capó, una cosa a la vez, y luego los de los jeans.
* [Registrarla usted antes de que se suba al carro #act:search_person target=person]
    La registra contra el costado de su carro, {gloved:con guantes,|sin guantes,} rodeando el bolsillo del pecho.
    {not disclosed:
        ~ disclosed = true
        "¡El bolsillo del pecho! ¡Agujas, el tubo está abierto!" #speaker:person #event:sharps_disclosed
    }
* [Revisarle usted los bolsillos de la chaqueta #act:reach_into_pocket target=person]
    ~ reach_where = "jacket"
    -> stuck
- Le pone las esposas y la sube atrás en su carro. #sfx:car_door
-> booked

=== booked ===
En la cárcel, sus jeringas van a una bolsa marcada OBJETOS PUNZANTES, con sus pertenencias{report == "taken":, y su denuncia del robo entra al sistema con un número de caso y el nombre de ella en los dos lados}.
{identified: A Cash lo registran por robo dos pasillos más allá. Lo primero que va a preguntar su defensor público es por qué la única testigo estaba en una celda la noche de los hechos.}
La sueltan a las seis de la mañana con una nueva fecha en la corte, a dos millas de su casa, sin pase del autobús.
{marcus_here and at_drop_in == 1: Para el lunes, todos en el centro de día saben lo que pasa cuando le haces señas a un policía en la calle Quinta.}
-> END

=== she_leaves ===
"No. Ya me cansé. Yo vine con usted. Vine a pedirle ayuda." #speaker:person
Se da la vuelta y camina {at_drop_in == 1:hacia la puerta del centro de día|hacia la rampa}.
* [Dejarla ir #time:5]
    -> walked_off
* [Tomarla del brazo: todavía no ha terminado con ella #act:grab target=person]
    -> grabbed
* [Decirle que si se va, queda arrestada #act:threaten_arrest target=person]
    Voltea una sola vez hacia usted, y echa a correr. Es más rápida de lo que parece. #sfx:footsteps
    -> walked_off

=== grabbed ===
La toma del brazo, arriba del codo. Ella jala para soltarse, y el bolsillo del pecho se balancea a unos centímetros de su mano.
"¡Suélteme! ¡Ahí hay agujas! ¡Suélteme!" #speaker:person
{marcus_here and at_drop_in == 1:
    "¡Oiga! ¡Oiga, ella no hizo nada!" Marcus está grabando. #speaker:bystander #sfx:phone_camera
}
* [Derribarla sobre la acera antes de que se suelte #act:takedown target=person]
    La derriba. Cae encima del bolsillo del pecho y grita, y no por la caída.
    "¡El tubo! ¡El tubo está debajo de mí!" #speaker:person
    Se queda quieta, con la mejilla en la acera y las dos manos extendidas.
    -> let_up
* [Soltarla y dar un paso atrás #time:5]
    -> walked_off

= let_up
* [Arrestarla por resistirse #act:arrest reason=refusal target=person]
    ~ arrest_for = "resisting"
    -> arrested
* [Dejar que se levante, y dejarla ir #act:release target=person]
    -> walked_off

// Endings.
=== walked_off ===
Se va {at_drop_in == 1:al centro de día, y la puerta se cierra tras ella|rampa arriba, y se sube al primer tren que pasa}.
{report == "taken" and identified: Park tiene al hombre y el teléfono, y una testigo que no va a abrir la puerta.}
{report == "taken" and not identified: Hay un número de caso. Nadie va a llamar por él.}
{loose_syringe == "lying" or loose_syringe == "left": La jeringa sin tapa sigue en el suelo, donde estaba la bolsa.}
Tres semanas después, Cash asalta a una mujer en la lavandería de la calle Cole. Ella tampoco llama a nadie.
-> END

=== no_report ===
Ya se fue {at_drop_in == 1:al centro de día|rampa arriba}. Usted no anota nada, porque no hay nada que anotar: ni denuncia, ni número de caso, ni descripción al aire.
{at_drop_in == 1: Por la ventana, el hombre de la credencial le pasa el teléfono del centro de día. Ella no lo usa para llamar al 911.}
Tres semanas después, un hombre en una bicicleta BMX con un tatuaje de telaraña asalta a una mujer en la lavandería de la calle Cole. No hay ninguna denuncia anterior que lo relacione.
-> END

=== info_only ===
Anota su nombre en una tarjeta de información, con "Posible robo: sin más trámite" y la hora. No transmite nada por radio. Ella toma el número de la tarjeta sin mirarlo.
{marcus_here and at_drop_in == 1: Marcus le sostiene la puerta del centro de día.}
Tres semanas después, un hombre en una bicicleta BMX con un tatuaje de telaraña asalta a una mujer en la lavandería de la calle Cole. El detective encuentra su tarjeta de información. Dice "sin más trámite".
-> END

=== finish ===
Escribe el número de caso en el reverso de su tarjeta y se la da. {identified:Un detective la va a llamar por lo de la corte; el teléfono se queda con ella.|Si el teléfono aparece en una casa de empeño, o si alguien lo encuentra a él, con ese número la van a localizar.}
{he_walked: Ella sostiene la tarjeta y no dice nada del hombre que se fue con su teléfono.}
* {referral == "accepted"} [Llevarla a Harbor House #time:10]
    ~ ride_for = "shelter"
    -> the_car
* [Cerrar la llamada #time:10]
    -> closing

=== to_shelter ===
La lleva diez cuadras al este, a Harbor House, en la calle Market. Una mujer en la puerta azul revisa una lista, le echa un vistazo a usted, luego a Dana, y le abre la puerta. Dana sube las escaleras con la bolsa apretada contra el pecho.
-> closing

=== closing ===
~ temp treated_well = report == "taken" and not name_run and not threatened and not syringes_taken and not informant_asked and not coerced and bag_state != "searched" and (not frisked or patdown_consent == "given") and not he_walked
{syringes_taken and not syringes_disposed: Las jeringas de ella regresan a la estación de policía en el asiento del copiloto, en un sobre.}
{loose_syringe == "lying" or loose_syringe == "left": La jeringa sin tapa sigue en el suelo, donde estaba la bolsa, a un palmo de donde podría pisar un niño.}
{loose_syringe == "recapped": En la bolsita de ella, la aguja doblada a la que usted le volvió a poner la tapa está junto a las limpias.}
{bag_state == "missing": Su bolsa sigue tirada dondequiera que él la aventó.}
"Three-One, terminé en la calle Quinta, quedo disponible." #speaker:officer #sfx:radio_dispatch
{
- treated_well and at_drop_in == 1:
    Dos semanas después, Marcus llama a la línea que no es de emergencias por un hombre con una pistola detrás de la lavandería, y pide hablar con usted por su nombre.
- treated_well:
    Dos semanas después, un empleado de limpieza del tren llamado Marcus llama a la línea que no es de emergencias por un hombre con una pistola en el andén de la Novena, y pide hablar con usted por su nombre.
- at_drop_in == 1:
    Dos semanas después hay un tiroteo detrás de la lavandería de la Quinta. Nadie en el centro de día vio nada.
- else:
    Dos semanas después hay un tiroteo en el andén de la Novena. Nadie de los que estaban ahí vio nada.
}
-> END
