// Good Call: "La pasajera" (patdown-traffic-stop), Spanish.
// A translation of en.ink, line for line: the same knots, choices, conditions, diverts and tags;
// only the prose and the choice texts are Spanish. Terms and register: locales/es/glossary.md.
// A late-night stop for a dead brake light. The driver, Luis, consents to a search of his car; his
// passenger, Bree, refuses any search of her bag, whose front pouch holds capped syringes, a cracked
// sharps tube with used ones and one small bag of heroin. She carries the syringe program's card.

VAR person_trust = 4
VAR person_agitation = 4
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

VAR approach = "driver"         // which side the officer walked up on: "driver" or "passenger"
VAR explained = false
VAR disclosed = false           // she has told the officer about the needles
VAR show_refused = false
VAR gloved = false
VAR driver_consent = false
VAR bag_refused = false
VAR patdown_consent = "unasked" // "unasked", "given", "refused"
VAR has_id = false
VAR luis_out = false
VAR she_out = false
VAR bag_in_car = false          // she was made to leave the bag in the car
VAR car_searched = false
VAR frisked = false
VAR filming = false
VAR kit_seen = false            // the syringes are out where the officer can see them
VAR offense_known = false       // the small bag of heroin has come to light
VAR card_out = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR drugs_seized = false
VAR loose_syringe = "hidden"    // the one under the seat: "hidden", "disposed", "pocketed", "left"
VAR diversion = "none"          // "none", "accepted", "declined"
VAR referral = "none"           // "none", "accepted", "declined"
VAR coerced = false
VAR luis_asked = false
VAR luis_gone = false
VAR cite_reason = "possession"
VAR arresting = false           // the stick happened while searching her for transport
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR reported = false
VAR mood_shown = "wary"
VAR weapon_signs_seen = 0       // weapon indicators the story has shown: injects it has noticed
VAR luis_run = false            // the driver's licence has been run
VAR bag_searched = false        // the officer went through her bag
VAR help_asked = false          // she has asked about getting back on treatment
VAR dropped_told = false        // she has said she dropped a used syringe under her seat

-> the_stop

=== the_stop ===
Miércoles, 11:05 p. m., avenida Kessler. El Corolla gris que va delante de usted frena en el semáforo de la Novena, y solo se le prende la luz de freno derecha. #bg:patrol_car
Prende las luces. El carro se orilla en la explanada de la gasolinera Sunoco cerrada de la esquina y se detiene bajo el letrero de precios apagado. #sfx:siren
"Two-Two, parada de tráfico, Kessler y la Novena, Toyota Corolla gris, Lincoln Kilo Romeo cuatro cuatro siete uno." #speaker:officer #sfx:radio_dispatch
"Two-Two, copiado. Sale a nombre de Luis Ortega, registro vigente, sin órdenes contra el dueño registrado." #speaker:dispatch
Dos personas adentro: el conductor, y una pasajera que voltea la cabeza una vez hacia sus faros y luego se queda inmóvil. #bg:traffic_stop #event:on_scene
La parada es por la luz de freno del conductor. De la pasajera no se sospecha nada. #event:lawful_stop target=bystander
* [Acercarse por el lado del conductor]
    ~ approach = "driver"
    Se acerca por el lado del conductor. Su linterna recorre el asiento de atrás: un chaleco reflectante, un casco de obra, un galón de agua. #sfx:car_door
* [Acercarse por el lado del pasajero, fuera del carril de tráfico]
    ~ approach = "passenger"
    Se acerca por el lado del pasajero, lejos del tráfico de Kessler. #sfx:car_door
    Su linterna recorre el piso del lado del pasajero: una bolsa cruzada negra entre los tenis de ella, con el bolsillo delantero medio abierto, y adentro un destello naranja. La tapa de una jeringa.
- El conductor ya tiene las dos manos sobre el volante y la licencia entre dos dedos. La pasajera es una mujer joven con sudadera gris, que mira al vacío a través del parabrisas, con los pies plantados a cada lado de una bolsa en el piso.
"Buenas noches, oficial. ¿Hice algo? No iba rápido, sé que no iba rápido." #speaker:bystander
-> stop

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "wary"
}

// The hub: every pick comes back here. What she does next depends on how the officer has treated
// her (person_trust, person_agitation); Luis's shift and the clock push toward a decision.
=== stop ===
{person_agitation >= 8: -> she_walks}
{minutes_elapsed >= 10: -> detained_or_not}
{minutes_elapsed >= 4 and not luis_asked and not luis_gone: -> luis_clock}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> reaches_down
- sharps_disclosed and not disclosed and not kit_seen: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not bag_refused and patdown_consent != "refused": -> no_searches
}
// She asks for help only once she trusts the officer (person_trust is the engine's).
{not help_asked and person_trust >= 8 and kit_seen and not bag_searched: -> she_asks}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": Se abraza fuerte a sí misma, y la rodilla no le deja de temblar.
    - "calm": Afloja un poco los hombros.
    - else: Le vigila las manos y no dice nada.
    }
}
* [Decirles a los dos por qué los detuvo: la luz de freno #act:explain_stop target=person]
    -> the_reason
* (first_ask) {not disclosed} [Preguntar si hay algo filoso en el carro o encima de alguno de los dos: agujas, navajas #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Preguntarle otra vez a ella, directo: pregunta para que nadie se pinche, no para acusarla #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Ponerse los guantes de nitrilo #act:don_gloves]
    ~ gloved = true
    Mete los dedos en un par de guantes de nitrilo del estuche del cinturón.
    -> stop
* {not driver_consent} [Preguntarle al conductor si da su consentimiento para registrar el carro #act:ask_consent_search target=bystander]
    -> driver_consents
* {not bag_refused} [Preguntarle a ella si puede revisar su bolsa #act:ask_consent_search target=person]
    -> bag_refusal
* {she_out and not frisked} [Preguntarle a ella si le permite cachearla #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [{she_out:Cachearla: por seguridad, en una parada de noche|Hacer que se baje y cachearla: por seguridad, en una parada de noche} #act:patdown target=person]
    -> frisk
* {not luis_run} [Llevarse la licencia de Luis a su patrulla y verificarla #act:warrant_check target=bystander]
    -> luis_check
* {not has_id} [Pedirle a la pasajera su identificación también, ya que va a verificar la de él #act:demand_id target=person]
    -> her_id
* {has_id} [Verificar su nombre por órdenes de arresto #act:warrant_check target=person]
    -> her_warrants
* [Decírselo sin rodeos: si algo de esa bolsa lo pincha a usted, eso es un cargo por agresión, así que es el momento de decirlo #act:threaten_arrest target=person]
    -> threat
* {driver_consent and not luis_out} [Hacer que los dos se bajen para registrar el carro]
    -> stepping_out
* {luis_out and not car_searched} [Registrar el carro #act:search_area target=bystander]
    -> car_search
* {not kit_seen and (disclosed or approach == "passenger" or car_searched)} [Pedirle que ella misma saque las agujas y se las muestre: usted no las va a tocar #act:have_person_remove_items target=person]
    -> show_me
* {dropped_told and loose_syringe == "hidden" and not luis_gone} [Buscar con la linterna la jeringa que se le cayó debajo del asiento, y sacarla tomándola por el cuerpo #act:pick_up_syringe]
    -> dropped_syringe
* {not kit_seen} [{bag_in_car:Meterse al carro y palpar el bolsillo delantero de la bolsa de ella, antes de que ella pueda alcanzarla|Quitarle la bolsa y palpar el bolsillo delantero, antes de que ella pueda meter la mano} #act:reach_into_pocket target=person]
    -> stuck
* {bag_refused and not kit_seen and not bag_searched and not bag_in_car and approach == "passenger"} [Usted vio la tapa de una jeringa en ese bolsillo: hacer que ponga la bolsa sobre el capó y mirar adentro con la linterna, sin meter las manos #act:search_bag target=person]
    -> bag_looked
* {card_out} [Mirar la tarjeta #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not syringes_taken} [Decirle que la tarjeta cubre las jeringas: se las puede quedar #act:honor_ssp_card target=person]
    -> honor
* {kit_seen and not syringes_taken} [Quitarle las jeringas, para que nadie se pinche con ellas #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Echar las jeringas que le quitó en el tubo para objetos punzantes del kit de su cajuela #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    Saca el tubo para objetos punzantes del kit de la cajuela y las mete una por una, con la punta hacia abajo. #sfx:sharps_container
    -> stop
* {offense_known} [Quedarse con la bolsita de heroína #act:seize_drugs target=person]
    ~ drugs_seized = true
    Toma la bolsita de papel cristal por una esquina y la sella en un sobre de evidencia. Ella mira cómo desaparece en su bolsillo.
    -> stop
* {offense_known} [Ofrecerle LEAD en vez de un cargo: un administrador de casos, sin fecha en la corte #act:offer_diversion target=person]
    -> lead_offer
* {offense_known} [Preguntarle quién le vendió la bolsita de la estrella azul: ese sello ya salió en dos sobredosis este mes #act:ask_for_intelligence target=person]
    -> informant
* {kit_seen or disclosed} [Echarle la mano: no hay cargo si entra a tratamiento esta semana, y usted le da seguimiento #act:coerce_referral target=person]
    -> treatment_or_jail
* {kit_seen or disclosed} [Ofrecerle una referencia a la clínica de la calle Quinta: empiezan la buprenorfina el mismo día #act:offer_referral to=treatment target=person]
    -> referral_treatment
* {kit_seen or disclosed} [Darle el número de los trabajadores de apoyo de pares del programa de alcance comunitario #act:offer_referral to=peer target=person]
    -> referral_peer
* [{luis_gone:Decirle que se puede ir|Escribirle a Luis una advertencia por la luz de freno y dejarlos ir a los dos} #act:release target=person]
    -> let_go
* {offense_known} [Citarla por posesión #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {kit_seen or disclosed} [Citarla por las jeringas #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {offense_known} [Arrestarla por posesión #act:arrest reason=possession target=person]
    -> arrested

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== reaches_down ===
~ weapon_signs_seen = weapon_indicators
{she_out:Lleva la mano derecha a la parte de atrás de la cintura, por debajo de la sudadera, y la deja ahí.|Baja la mano derecha entre el asiento y la puerta, fuera de la luz de su linterna, y la deja ahí.}
* [Decirle, con calma, que ponga las dos manos donde usted las pueda ver #time:10]
    Sube las dos manos despacio, vacías, {she_out:sobre la cabeza|sobre el tablero}.
    "Mi teléfono. Estaba sacando mi teléfono. No deja de vibrar." #speaker:person
* [Pedirle que saque despacio, con dos dedos, lo que está buscando #act:have_person_remove_items target=person]
    Con dos dedos, despacio: un teléfono con funda de brillitos, la pantalla llena de llamadas perdidas.
    "Es mi teléfono. Me está llamando la niñera." #speaker:person
* {not frisked} [{she_out:Cachearla en busca de armas|Hacer que se baje y cachearla en busca de armas} #act:patdown target=person]
    -> frisk
* [Agarrarle la muñeca antes de que la mano siga bajando #act:grab target=person]
    Le agarra la muñeca. Ella se queda inmóvil{not luis_out:, y Luis se voltea en el asiento del conductor}.
    "¡Es mi teléfono! ¡Estaba sacando mi teléfono!" #speaker:person
- -> stop

=== needles_told ===
~ disclosed = true
{bag_in_car:Mira su bolsa en el piso del carro.|Pone la mano plana sobre el bolsillo delantero de su bolsa.}
"Okey. Antes de que haga nada: hay agujas en mi bolsa, en el bolsillo delantero. Unas con tapa, y un tubito con las que ya usé. Por favor, no meta la mano ahí." #speaker:person
-> stop

=== card_offered ===
~ card_out = true
Saca una tarjeta enmicada de la funda del teléfono y la levanta a la luz de su linterna: EASTSIDE HEALTH OUTREACH, un número de participante.
"Estoy en el programa de jeringas. Se lo digo antes de que pase algo." #speaker:person
-> stop

=== no_searches ===
~ bag_refused = true
{bag_in_car:Mira su bolsa en el piso del carro, y luego a usted.|Se aprieta la bolsa contra el cuerpo y cruza los brazos encima.}
"Para que lo sepa: no doy mi consentimiento para ningún registro. Ni a mí ni a mi bolsa." #speaker:person
-> stop

=== the_reason ===
~ explained = true
Les dice a los dos: la luz de freno izquierda no sirve, y ese es el motivo de la parada. Les va a escribir una advertencia, y luego pueden seguir su camino.
"¿En serio? Le cambié el foco el domingo." #speaker:bystander
La pasajera suelta el aire.
-> stop

=== she_asks ===
~ help_asked = true
Se queda mirando el letrero de precios apagado un rato antes de decir algo.
"¿Le puedo preguntar algo? La clínica de la calle Quinta, la del Suboxone. ¿Todavía atienden sin cita?" #speaker:person #event:asks_for_help
"Estuve tomándolo el año pasado. La farmacia se equivocó con mi receta y ya nunca volví, y ahora estoy usando otra vez. Ya no puedo seguir así. Tengo un hijo." #speaker:person #event:use_disclosed
-> stop

=== luis_check ===
~ luis_run = true
Vuelve a su patrulla con la licencia de él y la verifica. Bajo sus faros, Luis mira la hora en el teléfono, y otra vez. #sfx:radio_dispatch
"Two-Two, Luis Ortega, licencia vigente, no tiene órdenes pendientes." #speaker:dispatch
Le devuelve la licencia. Él la toma con las dos manos.
-> stop

=== sharps_answer ===
{sharps_answer == 1:
    "Yo no, oiga. Hay un cúter en la guantera, para el trabajo. Nada más." #speaker:bystander
}
{
- person_trust >= 6:
    ~ disclosed = true
    Ella cierra los ojos un segundo.
    "Mi bolsa. El bolsillo delantero. Ahí hay agujas, tapadas, y un tubito con las que ya usé. Por favor no meta la mano." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "Son de la camioneta de la calle Quinta. Tengo la tarjeta." #speaker:person
    ~ dropped_told = true
    "Y hace rato se me cayó una debajo del asiento, una usada. Se le salió la tapa. No la encontré en lo oscuro." #speaker:person
- stop.second_ask:
    "Ya le dije que no." #speaker:person
- person_agitation >= 6:
    Ella levanta la vista hacia usted, y luego la aparta.
    "Nada. No traigo nada." #speaker:person
- else:
    Niega con la cabeza, y el pie se le acerca un poco más a la bolsa.
    "No." #speaker:person
}
-> stop

=== threat ===
Se lo dice sin rodeos: si algo de esa bolsa lo pincha a usted, eso es agresión contra un agente, y se va a la cárcel por eso.
Ella le contesta al {she_out: pavimento|parabrisas}, no a usted.
"Okey." #speaker:person
{not luis_out: Luis la mira a ella, luego a usted, y otra vez a ella.}
-> stop

=== driver_consents ===
~ driver_consent = true
Luis levanta una mano.
"Regístrelo, lo que sea, no traigo nada. Nada más, por favor, que sea rápido. Entro a trabajar a las once y media." #speaker:bystander #event:consent_given target=bystander
"El carro es de él", dice la pasajera en voz baja. "Esa bolsa es mía." #speaker:person
-> stop

=== bag_refusal ===
~ bag_refused = true
Se sube la bolsa al regazo y la cubre con los dos brazos.
"No. No doy mi consentimiento para ningún registro." #speaker:person #event:consent_refused target=person
-> stop

=== patdown_question ===
{
- person_trust >= 7:
    ~ patdown_consent = "given"
    Le sostiene la mirada un largo segundo, y luego separa los brazos del cuerpo.
    "Está bien. Adelante. No traigo nada encima." #speaker:person #event:consent_given target=person
    "Pero la bolsa no." #speaker:person
- else:
    ~ patdown_consent = "refused"
    "No. Para eso tampoco doy mi consentimiento." #speaker:person #event:consent_refused target=person
}
-> stop

=== frisk ===
~ frisked = true
~ temp by_the_cruiser = she_out
{not she_out:
    ~ she_out = true
    {not bag_in_car and not luis_out:
        ~ bag_in_car = true
    }
    Le abre la puerta y le dice que se baje. Lo hace despacio, y la bolsa se queda en el piso. #sfx:car_door
}
{
- patdown_consent == "given":
    Ella se queda parada con los brazos abiertos. Usted le palpa por fuera la sudadera, la cintura y los tobillos, con la mano plana.
- bag_refused or patdown_consent == "refused":
    ~ filming = true
    "Le dije que no. Le dije que no doy mi consentimiento. ¿Por qué me hace esto?" Ya está llorando, y trata de no hacerlo. #speaker:person
    Pone las manos sobre el {by_the_cruiser: capó de su patrulla|techo del Corolla} y en una de ellas sostiene el teléfono en alto, grabándole la cara. #sfx:phone_camera
    Usted le palpa por fuera la sudadera, la cintura y los tobillos.
- else:
    ~ filming = true
    "¿Qué hice? ¿Estoy arrestada?" Le tiembla la voz. #speaker:person
    Se da la vuelta y pone las manos sobre el {by_the_cruiser: capó de su patrulla|techo del Corolla} sin que se lo digan. En una de ellas tiene el teléfono en alto, grabando. #sfx:phone_camera
    Usted le palpa por fuera la sudadera, la cintura y los tobillos.
}
En el bolsillo de la sudadera: un cargador de teléfono, un encendedor, una liga para el pelo. No trae nada más.
{not luis_out: A través del parabrisas, Luis se tapa la cara con las manos.}
-> stop

=== her_id ===
~ has_id = true
"Yo no soy la que va manejando." #speaker:person
Espera, como si usted fuera a decirle que no tiene que hacerlo. Luego saca una identificación del estado del bolsillo de la sudadera: Brianna Coyle, veintiséis años.
-> stop

=== her_warrants ===
Vuelve a su patrulla y lee su nombre por la radio. Bajo sus faros, Luis mira la hora en el teléfono, y otra vez. #sfx:radio_dispatch
"Two-Two, Brianna Coyle no tiene órdenes pendientes. Un arresto anterior, posesión, hace dos años, desestimado." #speaker:dispatch
-> stop

=== stepping_out ===
~ luis_out = true
Les pide a los dos que se bajen y se queden frente a su patrulla mientras registra el carro. Luis se baja antes de que usted termine la frase, ya escribiéndole a su supervisor. #sfx:car_door
{she_out:
    -> stop
}
Ella se agacha por su bolsa.
* [Dejar que se lleve la bolsa]
    Ella se queda junto a la barra de empuje de su patrulla, con la correa de la bolsa cruzada sobre el pecho y las dos manos encima.
* [Decirle que deje la bolsa en el carro]
    ~ bag_in_car = true
    Ella mira la bolsa, luego a usted.
    "Es mi bolsa. {bag_refused:Le dije que no.|¿Por qué se tiene que quedar?}" #speaker:person
    La deja en el piso y se baja.
- ~ she_out = true
-> stop

=== dropped_syringe ===
{she_out:Ella se aparta de la puerta abierta.|Ella pega los pies contra la puerta.} Con la linterna la encuentra debajo del asiento del pasajero, atorada contra el riel, con la tapa naranja suelta a un lado. La aguja está descubierta. #event:syringe_found
-> car_search.holding

=== car_search ===
~ car_searched = true
La guantera: registro, tarjeta del seguro, un cúter, servilletas. El asiento de atrás: el chaleco reflectante, el casco, el galón de agua. Los bolsillos de las puertas: recibos y un cargador de teléfono.
{loose_syringe != "hidden": -> bag_check}
Debajo del asiento del pasajero, su linterna encuentra una jeringa atorada contra el riel del asiento, con la tapa naranja suelta a un lado. La aguja está descubierta, justo donde va la mano para correr el asiento. #event:syringe_found
{not disclosed:
    "Esa es..." Se detiene. "Esa seguramente es mía. Perdón." #speaker:person
}
-> loose

= loose
* [Levantarla por el cuerpo, con la aguja lejos de usted #act:pick_up_syringe]
    -> holding
* [Dejarla donde está: es de ella, y tiene la tarjeta del programa #time:5]
    ~ loose_syringe = "left"
    La deja debajo del asiento.
    -> bag_check

= holding
La saca de debajo del riel del asiento y la sostiene por el cuerpo{gloved:, con los dedos enguantados|, sin guantes}, con la aguja lejos de usted.
* [Llevarla, con la aguja hacia abajo, al tubo para objetos punzantes del kit de su cajuela y echarla adentro #act:dispose_sharps_safely]
    ~ loose_syringe = "disposed"
    Saca el tubo para objetos punzantes de la cajuela y la echa adentro, con la aguja por delante. #sfx:sharps_container
* [Volverle a poner la tapa y engancharla en el bolsillo de la camisa hasta que llegue a su cajuela #act:recap_needle #act:pocket_syringe]
    ~ loose_syringe = "pocketed"
    Recoge la tapa del tapete y, a la luz de la linterna, acerca la aguja. Se atora en el borde y le pasa rozando el nudillo antes de entrar. Se la engancha en el bolsillo de la camisa como si fuera una pluma.
- -> bag_check

= bag_check
{bag_in_car: -> bag_on_floor}
-> stop

=== bag_on_floor ===
La bolsa de ella sigue en el piso del lado del pasajero, con el bolsillo delantero medio abierto.
{
- bag_refused:
    "Esa es mi bolsa. Le dije que no." #speaker:person
- else:
    ~ bag_refused = true
    "Esa es mi bolsa. El carro es de él, la bolsa es mía. No le doy permiso de revisarla." #speaker:person #event:consent_refused target=person
}
* [Sacar la bolsa por la correa y entregársela #time:5]
    ~ bag_in_car = false
    La saca por la correa y se la entrega. Ella la aprieta contra el pecho.
    -> stop
* [Está dentro de un carro que el conductor le dejó registrar: abrirla y mirar adentro con la linterna, sin meter las manos #act:search_bag target=person]
    -> bag_looked
* [Palpar el bolsillo delantero para ver qué tiene #act:reach_into_pocket target=person]
    -> stuck

=== bag_looked ===
~ temp from_the_car = bag_in_car
~ bag_in_car = false
~ bag_searched = true
~ kit_seen = true
~ offense_known = true
~ filming = true
"¡Le dije que no! ¡Le dije que no!" Tiene el teléfono en alto, grabando, y se le quiebra la voz. #speaker:person #sfx:phone_camera
{not from_the_car: Pone la bolsa sobre el capó porque usted está parado encima de ella, y la suelta como si quemara.}
Mantiene el bolsillo abierto con la punta de la linterna. Un estuche con cierre y el logo de la camioneta: cinco jeringas con tapas naranjas, un tubito rojo para objetos punzantes con dos usadas adentro, una cuchara para cocinar, toallitas con alcohol. Metida de plano a un lado, una bolsita de papel cristal del tamaño de una estampilla, sellada con una estrella azul. #event:eligible_offense
{not card_out:
    ~ card_out = true
    Ella levanta una tarjeta enmicada junto al teléfono. #event:ssp_card_shown
    "¡Son del programa! ¡Estoy en el programa!" #speaker:person
}
{from_the_car: Saca la bolsa por la correa y se la deja a los pies.|Le regresa la bolsa empujándola por el capó. Ella no la agarra.}
"Le dije que no. Usted me oyó decir que no." Ya no lo mira a usted. #speaker:person
-> stop

=== show_me ===
{
- disclosed or person_trust >= 4:
    ~ kit_seen = true
    ~ offense_known = true
    "Le enseño las agujas. Eso no quiere decir que le doy permiso de registrar." #speaker:person
    Abre el bolsillo delantero hacia usted y lo sostiene abierto bajo su linterna: un estuche con cierre y el logo de la camioneta, cinco jeringas con tapas naranjas, un tubito rojo para objetos punzantes con dos usadas adentro, una cuchara para cocinar, toallitas con alcohol.
    Metida de plano a un lado hay una bolsita de papel cristal del tamaño de una estampilla, sellada con una estrella azul. Ella ve que usted la vio. #event:eligible_offense
    "...Sí. Eso es mío. No de él. Él no sabe nada de eso." #speaker:person
    {not card_out:
        ~ card_out = true
        Saca una tarjeta enmicada de la funda del teléfono y se la extiende. #event:ssp_card_shown
        "Estoy en el programa. Las agujas son legales. Lo otro, ya sé." #speaker:person
    }
- else:
    ~ show_refused = true
    "No. No le voy a enseñar nada." #speaker:person
}
-> stop

=== card_look ===
EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número de participante, la fecha de este año y, al dorso, una línea sobre la ley estatal que protege a los participantes del programa.
-> stop

=== honor ===
~ card_honored = true
Le devuelve la tarjeta y le dice que la tarjeta cubre las jeringas. Se las puede quedar.
Ella vuelve a guardar las agujas en el estuche, con cuidado, lejos del tubo.
"Okey.{not bag_searched: Gracias.}" #speaker:person
-> stop

=== confiscate ===
~ syringes_taken = true
Le dice que las jeringas se van con usted, y saca de la bolsa el estuche y el tubo tomándolos por los bordes.
"Son del programa. Son limpias." #speaker:person
"O sea que voy a usar las de otra persona. Bien hecho." #speaker:person
-> stop

=== lead_offer ===
Le explica lo que es LEAD. En vez de un cargo, mañana la llama un administrador de casos. Sin fecha en la corte. Trabajan en lo que ella quiera trabajar: vivienda, tratamiento si lo quiere, lo que sea que esté pasando en su vida. Nadie la obliga a dejar de consumir primero.
{
- person_trust >= 5 and not bag_searched:
    ~ diversion = "accepted"
    "¿Sin corte?" #speaker:person
    Mira a Luis, luego la bolsa.
    "El papá de mi hijo usaría un cargo de posesión en la corte familiar. Usaría cualquier cosa." #speaker:person
    "Sí. Okey. Sí." #speaker:person #event:referral_accepted #event:diversion_accepted
- else:
    ~ diversion = "declined"
    {
    - bag_searched:
        "Me revisó la bolsa después de que le dije que no, ¿y ahora quiere que confíe en su programa? No." #speaker:person #event:referral_declined
    - else:
        "¿Para que anote mi nombre y quede para siempre en la base de datos de algún programa? No, gracias." #speaker:person #event:referral_declined
    }
}
-> stop

=== informant ===
Baja la voz para que Luis no oiga: esa estrella azul ya salió en dos sobredosis este mes. ¿Quién se la vendió? Nadie tiene por qué saber de dónde lo supo usted.
Ella mira hacia Luis, luego otra vez a usted.
"¿Usted sabe lo que les pasa a los que hacen eso?" #speaker:person
"No sé cómo se llama. No voy a hacer eso." #speaker:person
-> stop

=== treatment_or_jail ===
~ coerced = true
Le dice que le va a echar la mano: si entra a tratamiento esta semana, usted nunca vio lo que hay en esa bolsa. Si no, hay cargo.
"Eso no es escoger." #speaker:person
Se queda mirando el letrero de precios apagado un rato.
"Está bien. Lo que sea. Tratamiento." #speaker:person
-> stop

=== referral_treatment ===
Le dice, sin condiciones: la clínica de la calle Quinta empieza la buprenorfina el mismo día; puede llegar sin cita cualquier mañana antes de las diez. Si quiere la tarjeta, es suya.
{
- person_trust >= 7:
    ~ referral = "accepted"
    Ella toma la tarjeta y lee los dos lados.
    {not help_asked: "Estuve tomándola el año pasado. La farmacia se equivocó con mi receta y ya nunca volví." #speaker:person}
    "Okey. La Quinta. Okey." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    Ella no toma la tarjeta. #event:referral_declined
}
-> stop

=== referral_peer ===
Le cuenta que el programa de alcance comunitario tiene trabajadores de apoyo de pares, gente que también ha consumido y que conoce las clínicas y los albergues. Le escribe el número al dorso de su tarjeta. Lo que haga con él es cosa suya.
{
- person_trust >= 6:
    ~ referral = "accepted"
    Ella guarda la tarjeta en la funda del teléfono, detrás de la del programa.
    "Conozco a Tasha, la de ahí. A lo mejor." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    Ella toma la tarjeta, y la deja caer al piso del carro. #event:referral_declined
}
-> stop

=== luis_clock ===
~ luis_asked = true
Luis lleva rato mirando el teléfono cada treinta segundos.
"Oficial, perdone. Entro a las once y media y por un minuto tarde te levantan un reporte. Tres reportes y te corren. ¿Me puedo ir?" #speaker:bystander
* [Pedirle que espere unos minutos más #time:10]
    "Okey. Okey." Escribe un mensaje con los dos pulgares. #speaker:bystander
    -> stop
* {offense_known} [Devolverle la licencia con la advertencia y dejarlo ir: ella se queda con usted #time:20]
    ~ luis_gone = true
    Él la mira a ella.
    "¿Bree? ¿Estás bien?" #speaker:bystander
    "Vete. No pierdas el trabajo por mí." #speaker:person
    {
    - not she_out:
        Ella se baja con la bolsa al hombro y se queda parada en la explanada. #sfx:car_door
    - bag_in_car:
        Ella se mete al carro por su bolsa antes de que él se vaya.
    }
    ~ she_out = true
    ~ bag_in_car = false
    El Corolla sale a Kessler con una sola luz de freno. #sfx:car_door
    -> stop
* [Escribir la advertencia y dejarlos ir a los dos #act:release target=person]
    -> let_go

// She has been held long enough: the story asks the officer to decide.
=== detained_or_not ===
{luis_gone: Ella está sola, parada en la explanada, con la bolsa apretada contra el cuerpo.|Ella está parada junto al carro con la bolsa apretada contra el cuerpo. Luis ya dejó de mirar el teléfono.}
"Oficial. ¿Estoy detenida, o me puedo ir?" #speaker:person
* [{luis_gone:Decirle que se puede ir|Escribirle a Luis la advertencia y dejarlos ir a los dos} #act:release target=person]
    -> let_go
* {offense_known} [Citarla por posesión #act:cite reason=possession target=person]
    ~ cite_reason = "possession"
    -> cited
* {kit_seen or disclosed} [Citarla por las jeringas #act:cite reason=paraphernalia target=person]
    ~ cite_reason = "paraphernalia"
    -> cited
* {offense_known} [Arrestarla por posesión #act:arrest reason=possession target=person]
    -> arrested

=== she_walks ===
{
- not she_out:
    ~ she_out = true
    Abre su puerta y se baja, con la bolsa al hombro. #sfx:car_door
- bag_in_car:
    Se mete al carro, saca la bolsa del piso y se cuelga la correa al hombro.
}
~ bag_in_car = false
"¿Estoy detenida? ¿Estoy arrestada? ¿No? Entonces me voy caminando." #speaker:person
"Luis, vete a trabajar." #speaker:person
Echa a andar hacia la parada del autobús al otro lado de Kessler.
* [Dejarla ir #act:release target=person]
    -> walked_away
* [Tomarla del brazo: la parada no ha terminado, y ella iba en el carro #act:grab target=person]
    -> grabbed
* {offense_known} [Decirle que queda arrestada por posesión #act:arrest reason=possession target=person]
    -> arrested

=== grabbed ===
La agarra del brazo. Ella jala para zafarse y la bolsa se balancea entre ustedes dos.
"¡No toque la bolsa! ¡Ahí hay agujas!" #speaker:person #event:sharps_disclosed
~ disclosed = true
Luis se baja del carro, con las manos en alto.
"¡Bree, ya! Ya, ya." #speaker:bystander
* [Derribarla al pavimento antes de que se zafe #act:takedown target=person]
    -> taken_down
* [No soltarla, y decirle que deje de jalar #time:10]
    Ella deja de jalar.
    -> hold
* [Soltarla y dejar que se vaya #act:release target=person]
    -> walked_away

= hold
* [Arrestarla por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Soltarla y dejar que se vaya #act:release target=person]
    -> walked_away

=== taken_down ===
Le barre los pies y la derriba en la explanada. Cae encima de la bolsa. Algo adentro truena.
"¡El tubo! ¡Las agujas, las tengo abajo!" #speaker:person
Luis grita su nombre. El teléfono de ella se fue resbalando debajo del Corolla, y sigue grabando la parte de abajo del carro.
Se queda quieta, con la mejilla en el concreto y las dos manos planas donde usted las ve.
* [Arrestarla por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Dejar que se levante y que se vaya #act:release target=person]
    -> walked_away

=== walked_away ===
Cruza Kessler con el semáforo en rojo y se sienta en la parada del autobús, de espaldas a usted.
{not luis_gone: Luis mira hacia usted, luego hacia ella, y luego se sube al Corolla y se va hasta la parada a recogerla.}
-> END

// The officer reached blind into the pouch: the stick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
Mete los dedos en el bolsillo delantero: un cierre, un estuche de plástico blando, algo redondo con una tapa que se abre, y una aguja que se le clava en el costado del dedo índice como una grapa.
Saca la mano. {gloved: El guante está roto.} Le brota sangre por el costado del dedo.
{
- disclosed:
    "¡Se lo dije! ¡Le dije que no metiera la mano!" #speaker:person
- else:
    "Ay, Dios mío. Dios mío, esas son las usadas, perdón, perdóneme." #speaker:person
}
~ disclosed = true
~ kit_seen = true
~ offense_known = true
~ bag_in_car = false
El bolsillo se vació: jeringas tapadas, un tubito rojo para objetos punzantes rajado, una cuchara para cocinar, y una bolsita de papel cristal del tamaño de una estampilla, sellada con una estrella azul. #event:eligible_offense
{not card_out:
    ~ card_out = true
    Ella está sosteniendo en alto una tarjeta enmicada. #event:ssp_card_shown
    "Son del programa, estoy en el programa, perdón." #speaker:person
}
{not luis_gone:
    Luis se baja del carro, levantando el galón de agua del asiento de atrás.
    "Aquí hay agua. Yo tengo agua." #speaker:bystander
}
-> first_aid

= first_aid
* [Dejar que sangre, y lavarla con el jabón de su kit y {luis_gone:su botella de agua|el galón de agua de Luis} #time:120]
    ~ wound = "washed"
    {luis_gone: Se echa el agua de su propia botella y se enjabona bien.|Luis le echa el agua mientras usted se frota la herida con el jabón de su kit. Sigue echando agua hasta que el galón queda a la mitad.} Sigue sangrando, un poco.
* [Apretarse el dedo con fuerza para sacar la sangre, y echarle gel antibacterial #time:30]
    ~ squeezed = true
    Se aprieta el dedo hasta que se pone blanco y le echa gel antibacterial.
    "No se tiene que apretar", dice ella. "Nos lo dijeron en la camioneta. Nada más deje que sangre y láveselo." #speaker:person
    -> first_aid
* [Envolverlo en gasa de su kit y seguir: ya se ocupará después de la parada #time:10]
    ~ wound = "wrapped"
    Se envuelve el dedo en gasa y le pone cinta. Se asoma un puntito rojo.
- -> reporting

= reporting
* [Llamar por radio: decirle a su sargento que se pinchó con una aguja y que necesita ir a la sala de emergencias #time:60]
    ~ reported = true
    "Two-Two a la sargento Okafor. Me pinché con una aguja usada en una parada de tráfico en Kessler y la Novena. Pido que me cubran." #speaker:officer #sfx:radio_dispatch
    Okafor contesta de inmediato: que vaya ya a Mercy General, que el agente Park va a cubrir la parada, y que el reporte de exposición lo puede hacer en el hospital. Las primeras horas son las que cuentan.
* [No decir nada por ahora: seguramente era una limpia #time:5]
    Flexiona el dedo. Seguramente era una limpia. Seguramente.
- -> the_syringe

= the_syringe
* [Preguntarle, con calma, si esa estaba usada, y si estaría dispuesta a hacerse la prueba: ella decide #time:60]
    "Usada. Mía. Del lunes." Traga saliva. #speaker:person
    "Salí negativa en junio, en la camioneta. Me la vuelvo a hacer. Me la hago mañana." #speaker:person
* [Decirle que esta noche se hace la prueba, por las buenas o por las malas: usted necesita saber a qué se expuso #act:threaten_arrest target=person]
    "No me puede obligar a eso." #speaker:person
    Levanta el teléfono y le graba la cara. #sfx:phone_camera
- {arresting: -> stuck_during_arrest}
{reported:
    Una segunda patrulla se estaciona detrás de la suya. El agente Park se acerca, le mira la mano y se hace cargo de la escena. #sfx:car_door
}
-> deciding

= deciding
* {diversion == "none"} [Ofrecerle LEAD en vez de un cargo #act:offer_diversion target=person]
    {
    - person_trust >= 5:
        ~ diversion = "accepted"
        "¿Sin corte? Okey. Sí." #speaker:person #event:referral_accepted #event:diversion_accepted
    - else:
        ~ diversion = "declined"
        Niega con la cabeza y evita su mirada. #event:referral_declined
    }
    -> deciding
* {not card_honored} [Decirle que la tarjeta cubre sus jeringas, y que se puede ir #act:honor_ssp_card target=person #act:release target=person]
    ~ card_honored = true
    Cierra el bolsillo con las manos temblando, mirándole el dedo, no la cara.
    -> hospital
* [Citarla por las jeringas #act:cite reason=paraphernalia target=person]
    Escribe la citación con una sola mano. {diversion == "accepted": "Usted dijo LEAD. Dijo que sin corte." La toma y se le queda mirando.|Ella la toma sin decir palabra.}
    -> hospital
* [Arrestarla por posesión #act:arrest reason=possession target=person]
    {reported: Park la esposa y la sube a la parte de atrás de su patrulla.|La esposa con una sola mano y la sube a la parte de atrás de su patrulla.}
    {diversion == "accepted": "Usted dijo que sin corte", le dice a través del vidrio. "Usted lo dijo."}
    -> hospital
* [Decirle que se puede ir #act:release target=person]
    -> hospital

= stuck_during_arrest
{reported: Llega Park y se la lleva al registro de ingreso en su patrulla.|La lleva personalmente al registro de ingreso, con una sola mano en el volante.}
-> hospital

= hospital
{
- reported:
    Maneja por su cuenta hasta Mercy General, con la mano levantada junto al volante. #bg:patrol_car
    En menos de una hora le sacan sangre para las pruebas de base, revisan su registro de vacunación contra la hepatitis B y le empiezan un tratamiento de veintiocho días de medicamento posexposición. Pruebas de seguimiento a las seis semanas, a los tres meses y a los seis meses.
    {wound == "washed": La enfermera le pregunta si se lavó la herida. Usted le cuenta: agua y jabón{squeezed:, después de apretarla y echarle gel antibacterial}. Ella asiente y lo anota{squeezed:, y le dice que apretar no sirve de nada, que basta con agua y jabón}.}
    {wound == "wrapped": La enfermera le pregunta si se lavó la herida. Usted dice que no, que {squeezed:la apretó, le echó gel antibacterial, }la envolvió y terminó la parada. Ella lo anota y no comenta nada.}
- else:
    Termina el turno. A las cuatro de la mañana, en su casa, bajo la luz de la cocina, se queda mirando la pequeña marca oscura en el costado del dedo, y busca en el teléfono cuánto tiempo hay para empezar el medicamento después de un pinchazo. Funciona mejor en las primeras horas. #bg:patrol_car
}
-> END

= reach_unhurt
Saca la mano con un estuche de cierre lleno de jeringas tapadas. Tuvo suerte.
~ kit_seen = true
-> stop

// Endings.
=== let_go ===
{
- luis_gone:
    Le dice que se puede ir.
- else:
    Escribe la advertencia sobre el capó de su patrulla. Luis la firma sin leerla, le da las gracias dos veces y se vuelve a subir al volante.
}
{
- diversion == "accepted":
    Ella guarda la tarjeta de LEAD con el número del administrador de casos en la funda del teléfono.
    "Mañana. Okey." #speaker:person
- referral == "accepted":
    Tiene la tarjeta de la clínica en la mano{luis_gone:, y la vuelve a leer bajo el farol}.
- coerced:
    "Tratamiento. Claro." Evita su mirada.
- syringes_taken:
    Cierra el bolsillo vacío y no dice nada.
}
{
- luis_gone:
    Camina hasta la parada del autobús al otro lado de Kessler y se sienta a esperar el autobús nocturno.
- else:
    {she_out: Ella se vuelve a subir al carro.} El Corolla sale a Kessler con una sola luz de freno. #sfx:car_door
    {minutes_elapsed >= 10: Luis va a llegar tarde.}
}
{loose_syringe == "left": La jeringa sigue debajo del asiento del pasajero.}
{loose_syringe == "pocketed": La jeringa tapada sigue en el bolsillo de su camisa.}
{syringes_taken and not syringes_disposed: Las jeringas de ella regresan a la estación en el asiento del copiloto de su patrulla, en un sobre.}
-> END

=== cited ===
{
- cite_reason == "possession":
    Escribe la citación sobre el capó de su patrulla: posesión de una sustancia controlada, con fecha en la corte dentro de seis semanas.
- else:
    Escribe la citación sobre el capó de su patrulla: posesión de parafernalia para drogas, con fecha en la corte dentro de seis semanas.
}
{card_out and cite_reason == "paraphernalia":
    Ella levanta la tarjeta del programa mientras usted escribe.
    "Se supone que esto vale algo." #speaker:person
}
{diversion == "accepted":
    "Usted dijo LEAD. Dijo un administrador de casos, sin fecha en la corte. Y yo dije que sí." #speaker:person
    Se queda mirando la citación como si estuviera escrita en otro idioma.
}
{
- person_trust <= 3:
    "En la corte familiar les va a encantar esto." #speaker:person
}
Toma la copia y la dobla por la mitad, y otra vez por la mitad.
-> after_citation

= after_citation
* {referral == "none"} [Ofrecerle una referencia a la clínica de la calle Quinta, si ella quiere #act:offer_referral to=treatment target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        Ella toma también la tarjeta de la clínica.
        "Okey." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        "Me acaba de poner una citación. Quédesela." #speaker:person #event:referral_declined
    }
    -> after_citation
* {syringes_taken and not syringes_disposed} [Echar las jeringas que le quitó en el tubo para objetos punzantes del kit de su cajuela #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    Las mete en el tubo para objetos punzantes del kit de su cajuela, con la punta hacia abajo. #sfx:sharps_container
    -> after_citation
* [{luis_gone:Decirle que se puede ir|Darle a Luis su advertencia y dejarlos ir a los dos} #act:release target=person]
    {luis_gone: Ella camina hasta la parada del autobús al otro lado de Kessler.|{she_out: Ella se vuelve a subir al carro sin decir palabra, y el|El} Corolla sale a Kessler con una sola luz de freno.} #sfx:car_door
    {loose_syringe == "left": La jeringa sigue debajo del asiento del pasajero.}
    {loose_syringe == "pocketed": La jeringa tapada sigue en el bolsillo de su camisa.}
    -> END

=== arrested ===
~ arresting = true
Le dice que queda arrestada por {grabbed: resistirse|posesión}.
{
- diversion == "accepted":
    "Usted dijo que sin corte. Dijo LEAD, y yo le dije que sí." No cierra los ojos. Se los clava a usted. #speaker:person
- else:
    Ella cierra los ojos.
}
{not luis_gone:
    ~ luis_gone = true
    "Bree, perdóname. No puedo perder este trabajo. Perdóname." #speaker:bystander
    Luis se vuelve a subir al Corolla y sale a Kessler con una sola luz de freno. #sfx:car_door
}
Antes de que suba a la parte de atrás de su patrulla, la bolsa y sus bolsillos tienen que estar vacíos.
* {not disclosed} [Preguntarle si hay algo con lo que usted se pueda pinchar, y luego pedirle que ella misma vacíe el bolsillo de la bolsa y los de su ropa sobre el capó #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    Ella vacía el bolsillo sobre el capó, despacio: jeringas, el tubo, la cuchara. Luego el bolsillo de la sudadera.
    "Cuidado con el tubo. La tapa está rajada." #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed} [Pedirle que ella misma vacíe el bolsillo de la bolsa y los de su ropa sobre el capó #act:have_person_remove_items target=person]
    Ella vacía el bolsillo sobre el capó, despacio: jeringas, el tubo, la cuchara. Luego el bolsillo de la sudadera.
* [Registrarla a ella y la bolsa personalmente antes de que suba a la patrulla #act:search_person target=person #act:search_bag target=person]
    La cachea y le revisa el bolsillo de la sudadera. Luego la bolsa: la abre bien bajo su linterna y saca las cosas tomándolas por los bordes.
    {not disclosed:
        "¡Cuidado con el tubo! ¡La tapa está rajada!" #speaker:person #event:sharps_disclosed
        ~ disclosed = true
    }
* [Palpar el bolsillo delantero de la bolsa por si hay algo más #act:reach_into_pocket target=person]
    -> stuck
- La esposa y la sube a la parte de atrás de su patrulla. #sfx:car_door
-> booked

=== booked ===
En el registro de ingreso, las jeringas van a una bolsa marcada OBJETOS PUNZANTES junto con sus pertenencias, y la bolsita de papel cristal va a evidencia.
La sueltan a las seis de la mañana con una fecha en la corte, a tres kilómetros de su casa, y camina hasta el autobús.
{loose_syringe == "left": La jeringa sigue debajo del asiento del pasajero del carro de Luis.}
-> END
