// Good Call: "Afuera del Food Mart" (patdown-crisis-storefront), español de Estados Unidos.
// La misma lógica que en.ink, línea por línea: solo cambian la prosa y el texto de las opciones.
// Un hombre en una crisis de salud mental camina de un lado a otro frente a una tienda: salió hace
// tres semanas de una unidad psiquiátrica, se quedó sin su medicamento y se inyecta para callar las
// voces. En el bolsillo interior de la chamarra lleva jeringas nuevas del programa de Eastgate y dos
// usadas, y trae la tarjeta del programa. La empleada quiere que se vaya. Nada de lo que ha hecho
// justifica una detención: es un contacto social, salvo que la empleada diga que volvió a entrar
// después de que le pidió que se fuera (storyParameters: trespass_roll 1), una entrada ilegal menor.
// Su reacción sigue person_agitation y person_trust del motor, más `pressure`: lo que esta historia
// suma por lo que el motor no modela (gritos, acorralarlo, una segunda voz) y resta por el tiempo y
// la distancia (slow_down, give_space, un vaso de agua).

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
Sábado, 8:10 de la mañana, a fines de octubre, con tanto frío que se ve el vaho. Tiene la patrulla estacionada detrás de la lavandería de la avenida Lincoln y se está terminando un café. #bg:patrol_car
"Doce, Food Mart de la avenida Lincoln, Lincoln y Catorce. La empleada reporta a un hombre afuera de la tienda, hablando solo y gritándoles a los clientes desde hace como una hora. Quiere que lo saquen. No se vieron armas. Dice que trae agujas en la chamarra." #speaker:dispatch #sfx:radio_dispatch
"Doce, copiado. A dos minutos." #speaker:officer
El equipo móvil de crisis del condado trabaja desde la vieja estación de bomberos de la calle Foster: una consejera y un especialista de apoyo de pares en una camioneta blanca, que se piden por despacho o por el 988. Eastgate Health Hub, un centro de día con programa de jeringas y una consejera que atiende sin cita, abre a las ocho los sábados, a una cuadra y media bajando por la calle Catorce.
-> on_the_way

= on_the_way
* [Pedirle a despacho que mande también al equipo móvil de crisis al Food Mart #time:20]
    ~ team_called = true
    ~ team_due = minutes_elapsed + team_minutes
    "Doce, mande al equipo móvil de crisis al Food Mart si está disponible. Posible crisis de salud mental." #speaker:officer
    "Copiado, Doce. El Equipo de Crisis Tres va en camino, como a {team_minutes} minutos." #speaker:dispatch
    -> on_the_way
* [Pedir una segunda unidad que se reúna con usted allá #act:call_backup]
    ~ backup_called = true
    ~ backup_due = minutes_elapsed + 4
    "Doce, ¿me manda una segunda unidad al Food Mart? Hombre con agujas." #speaker:officer
    "Veintidós, voy para allá desde Foster. Cuatro minutos." #speaker:partner
    -> on_the_way
* [Ir para allá]
    -> pulling_in

=== pulling_in ===
La avenida Lincoln en la esquina con la Catorce: una lavandería, una casa de cambio de cheques y el Food Mart, con una máquina de hielo y una parada de autobús al frente, y una franja de pasto con dos arbolitos a lo largo del estacionamiento. #bg:park_bench #event:on_scene
Un hombre camina rápido por la acera entre la máquina de hielo y la parada, y da media vuelta de golpe en cada extremo, como si ahí hubiera una pared.
* [Estacionarse al otro extremo del lote, sin luces, y acercarse caminando junto a la tienda, donde él vea que usted viene]
    ~ approach = "lot"
* [Parar junto a la banqueta, justo a su lado, con las luces prendidas, para que sepa bien quién llegó #act:close_distance target=person]
    ~ approach = "curb"
    ~ press(2)
* [Entrar primero a la tienda y escuchar a la empleada #time:60]
    ~ approach = "inside"
- -> arrival

=== arrival ===
{approach == "inside" and not clerk_talked: -> clerk}
~ met = true
{
- approach == "curb":
    Se detiene junto a la banqueta, a un metro de él, con las luces de la torreta prendidas. Él se paraliza y luego retrocede hasta la máquina de hielo con los brazos cruzados sobre el pecho. #sfx:car_door
    "No. No, no, no. Yo no lo llamé. Ella lo llamó. ¡Ya lo vi!" #speaker:person
- approach == "inside":
    Sale de la tienda con la campanita sonando detrás. Él se voltea de golpe al oírla. #sfx:footsteps
    "Usted estaba allá adentro con ella. ¿Qué le dijo? ¿Qué le dijo de mí?" #speaker:person
    ~ press(1)
- else:
    Deja el carro al otro extremo del lote y se acerca despacio junto a la tienda. A unos diez metros, él se da cuenta de que usted llega, deja de caminar y se queda mirándole las manos. #sfx:car_door
}
Tiene treinta y tantos años: una sudadera gris con capucha bajo una chamarra acolchada negra abierta, y la mano derecha metida en la chamarra, apretada contra el pecho. Tiene los labios partidos y no deja de tragar saliva. Una tapa naranja de jeringa asoma del bolsillo interior, bajo su mano.
Se lo dice a la cámara que está sobre la puerta de la tienda, no a usted: "No lo voy a hacer. Dígales que no lo voy a hacer." #speaker:person
~ mood_shown = mood_band()
-> scene

// Cada decisión vuelve aquí. Lo que él hace depende de cómo lo han tratado y del reloj.
=== scene ===
{felt_agitation() >= 10: -> bolts}
{backup_called and not backup_here and minutes_elapsed >= backup_due: -> backup_arrives}
// Un instructor puede provocar un evento en cualquier momento: la historia lo nota aquí, una vez.
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
    - "escalated": Ahora está gritando, a usted y a la cámara por turnos, y retrocede hacia la orilla de la banqueta. Pasa un autobús tan cerca que le mueve la capucha.
    - "settling": Deja de caminar y se queda parado con la espalda contra la máquina de hielo, con la vista en usted en vez de en la cámara.
    - else: Camina otra vez, tres pasos y media vuelta, tres pasos y media vuelta, murmurando.
    }
}
* {not explained} [Decirle su nombre, que llamaron de la tienda y que vino a ver si él está bien #act:explain_stop target=person]
    -> introductions
* (slowed) [Bajarle el ritmo a todo: hablar más bajo, con frases cortas, y esperar sus respuestas #act:slow_down target=person]
    -> slowing
* {slowed} [Dejar que hable de las voces, sin discutir con ellas ni seguirles la corriente #act:slow_down target=person]
    -> voices
* {not spaced} [Retroceder hasta las máquinas de periódicos, a unos buenos tres metros, y dejarle libre la acera #act:give_space target=person]
    -> spacing
* {backup_role == "flank"} [Pedirle a Kowalski que regrese a su carro y le deje la plática a usted #act:give_space target=person]
    ~ backup_role = "cover"
    ~ press(-2)
    Kowalski se encoge de hombros y vuelve a su carro. Marcus lo sigue con la mirada todo el camino y luego voltea otra vez hacia usted.
    -> scene
* {not closed_in} [Acercarse a un brazo de distancia, entre él y la avenida Lincoln, para que no se meta al tráfico #act:close_distance target=person]
    -> closing_in
+ {shouts < 2} [Ordenarle, fuerte y claro, que se quede quieto y saque la mano de la chamarra #act:shout_commands target=person]
    -> shouted
* [Decirle que nadie lo está vigilando: la cámara es de la tienda, y las voces no son reales #time:10]
    -> arguing
* (first_ask) {not disclosed} [Preguntarle si trae algo con lo que usted se pueda pinchar o cortar #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Volver a preguntarle, en voz baja: pregunta para que nadie salga lastimado, no para meterlo en problemas #act:ask_about_sharps target=person]
    -> sharps_answer
* {water_cup and not water_given} [Ofrecerle el vaso de agua #time:15]
    -> water
* [Preguntarle directamente si está pensando en quitarse la vida #time:15]
    -> safety_question
* {disclosed and not pocket_emptied} [Pedirle que saque él mismo las agujas y las ponga encima de la máquina de periódicos #act:have_person_remove_items target=person]
    -> pocket_out
* {pocket_emptied and not used_ones_binned} [Traer el tubo para objetos punzantes de la cajuela y acercárselo, para que él eche las dos usadas #act:dispose_sharps_safely]
    -> binned
* {card_out} [Revisar la tarjeta #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not card_honored} [Decirle que la tarjeta cubre las agujas: son suyas y se las puede quedar #act:honor_ssp_card target=person]
    -> honor
* {not gloved} [Ponerse los guantes de nitrilo del cinturón, donde él vea lo que hace #act:don_gloves]
    ~ gloved = true
    Se pone los guantes azules del estuche del cinturón, primero uno y luego el otro. Él no le quita la vista de las manos.
    -> scene
* {not frisked and patdown_consent == "unasked"} [Preguntarle si le permite cachearle la chamarra, por la seguridad de los dos #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [Cachearle la chamarra por fuera, buscando armas, antes de acercarse más #act:patdown target=person]
    -> frisk
* {not pocket_emptied} [Revisar el bolsillo de la chamarra al que se le va la mano, antes de que saque algo #act:reach_into_pocket target=person]
    -> stuck
* {not has_id} [Pedirle su identificación, para ver si tiene un administrador de casos registrado #act:demand_id target=person]
    -> id_check
* {has_id} [Pasar su nombre por despacho: si St. Luke's reportó que se fue, van a querer saber dónde está #act:warrant_check target=person]
    -> warrants
* [Decirle que tiene que quitarse del frente de la tienda ya, o se va a la cárcel por entrada ilegal #act:threaten_arrest target=person]
    -> threat
* {not clerk_talked} [Entrar a la tienda y escuchar a la empleada #time:10]
    ~ press(1)
    -> clerk
* {not backup_called} [Pedir una segunda unidad por radio #act:call_backup]
    ~ backup_called = true
    ~ backup_due = minutes_elapsed + 4
    "Doce, mándeme una segunda unidad al Food Mart, sin luces." #speaker:officer #sfx:radio_dispatch
    "Veintidós, copiado, cuatro minutos." #speaker:partner
    -> scene
* {not team_called} [Pedir por radio que el equipo móvil de crisis venga al Food Mart #time:20]
    ~ team_called = true
    ~ team_due = minutes_elapsed + team_minutes
    "Doce, ¿puede mandar al equipo móvil de crisis al Food Mart? Hombre en crisis, no es un peligro para nadie, por lo que veo." #speaker:officer #sfx:radio_dispatch
    "Copiado, Doce. El Equipo de Crisis Tres va en camino, como a {team_minutes} minutos." #speaker:dispatch
    -> scene
* {explained or disclosed} [Decirle que hay un equipo de crisis del condado, una consejera y un compañero de apoyo, no policías, y preguntarle si hablaría con ellos aquí #act:offer_referral to=crisis target=person]
    -> offer_team
* {explained or disclosed} [Ofrecerle acompañarlo caminando hasta Eastgate y presentarle personalmente a la consejera que atiende sin cita #act:offer_referral to=crisis target=person]
    -> offer_hub
* {not card_given and (explained or disclosed)} [Darle una tarjeta con la línea de crisis 988 y la dirección de Eastgate, para que vaya cuando esté listo #act:hand_card target=person]
    -> card
* [Escribirle una citación por entrada ilegal, para que la tienda lo tenga por escrito #act:cite reason=other target=person]
    -> cited
* [Arrestarlo por entrada ilegal: en la cárcel por lo menos lo va a ver el personal de salud mental #act:arrest reason=other target=person]
    -> arrested
* [Pedir una ambulancia que lo lleve a St. Luke's para una evaluación psiquiátrica: está sin su medicamento y así no puede cuidarse solo #act:force_transport target=person]
    -> er_hold
* [Decirle que se puede ir, y pedirle que le dé un poco de espacio a la tienda #act:release target=person]
    -> released

=== introductions ===
~ explained = true
Le dice su nombre, que llamaron de la tienda porque él lleva rato aquí afuera, y que vino a ver si está bien. Estar parado en una acera no es un delito.
{
- felt_agitation() >= 8:
    "¿Bien? ¿Le parezco que estoy bien?" Pero deja de retroceder hacia la orilla de la banqueta. #speaker:person
- else:
    Mira al suelo. "Marcus." Respira. "Me llamo Marcus. Era cocinero en Dot's, aquí enfrente. Antes." #speaker:person
}
-> scene

=== slowing ===
~ press(-1)
Baja la voz y va mucho más despacio: le repite su nombre, una frase corta a la vez. Cuando él habla encima de usted, se calla y lo deja terminar.
{
- felt_agitation() >= 8:
    Todavía no le llega. Sigue hablándole a la cámara, pero ya no grita.
- else:
    Empieza a contestarle a usted en vez de a la cámara, a pedazos. No ha dormido. Hace frío. El café de aquí es malo.
}
-> scene

=== voices ===
~ press(-1)
Le pregunta qué le dicen las voces. Él le cuenta: la cámara lee las caras y las manda, y vienen a llevárselo otra vez. Usted no le dice que no es cierto. Le dice que eso suena a que da mucho miedo, y que usted no vino a llevárselo a ningún lado.
{
- felt_agitation() >= 8:
    "Eso dice usted. Eso dice." Pero no le quita los ojos de encima.
- else:
    "Sí da miedo", dice, como si nadie se lo hubiera dicho así antes. #speaker:person
}
-> scene

=== spacing ===
~ spaced = true
~ press(-1)
{closed_in:
    ~ closed_in = false
    ~ press(-1)
}
Retrocede hasta las máquinas de periódicos, a unos buenos tres metros, y se queda de lado con las manos donde él las vea. La acera hacia la Catorce queda libre, y él también lo ve.
{
- felt_agitation() >= 8:
    Mira la acera libre. Por ahora se queda donde está.
- else:
    Mira la acera libre y no se va. Los hombros le bajan un poco.
}
-> scene

=== closing_in ===
~ closed_in = true
~ press(2)
Se acerca a un brazo de distancia, entre él y la avenida Lincoln. Ahora él tiene la máquina de hielo a la espalda y a usted enfrente.
Se queda muy quieto, respirando rápido por la boca. Los ojos se le van al hueco entre usted y la parada del autobús, y regresan.
-> scene

=== shouted ===
~ shouts = shouts + 1
~ press(2)
Le ordena, fuerte y claro, que se quede quieto y saque la mano de la chamarra. Ya. {shouts > 1: Se lo repite, más fuerte.}
Él se encoge como si le hubiera pegado y se tapa una oreja con la mano libre; la otra sigue cerrando la chamarra.
"¡Deje de gritar! ¡Todos gritan! ¡Deje de gritarme!" #speaker:person
-> scene

=== arguing ===
~ press(1)
Le dice que nadie lo está vigilando: esa es una cámara de la tienda, y las voces no son reales.
"Eso me dijeron en St. Luke's." Se ríe, pero no porque algo le cause gracia. "Y las voces me dijeron que usted iba a decir eso. Que iba a decir exactamente eso." #speaker:person
-> scene

=== sharps_answer ===
{
- felt_agitation() >= 8:
    "¡Aléjese de mí! ¡Deje de preguntarme cosas!" Aprieta más la mano contra la chamarra. #speaker:person
- felt_trust() >= 5:
    ~ disclosed = true
    La mano derecha sale de la chamarra, despacio, vacía, y la levanta para que usted la vea.
    "Agujas. En el bolsillo de adentro. Nuevas, de Eastgate, y dos que usé en la mañana. No meta la mano ahí." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "Por eso tengo la mano encima. Para que nadie me las quite. Para que nadie se pinche." #speaker:person
- sidewalk.second_ask:
    "¡Ya le dije que nada!" Voltea hacia la cámara. "Ya dije que nada, ¿verdad?" #speaker:person
- else:
    "Nada. No traigo nada." La mano se queda dentro de la chamarra. #speaker:person
}
-> scene

=== water ===
~ water_given = true
~ press(-1)
Toma el vaso de papel con la mano izquierda, sin sacar la derecha de la chamarra, y se lo toma todo de un jalón.
"Gracias." Se queda con el vaso vacío en la mano. #speaker:person
-> scene

=== safety_question ===
Le pregunta directamente, con palabras claras, si está pensando en quitarse la vida.
{
- felt_agitation() >= 8:
    "¿Qué? ¡Ya, ya, deje de preguntarme cosas!" Le da la espalda. #speaker:person
- else:
    Por primera vez le sostiene la mirada. "No. No. Nada más quiero que se callen. Quiero dormir." Una pausa. "Nadie pregunta eso. Nada más preguntan qué me metí." #speaker:person
}
-> scene

=== pocket_out ===
{
- felt_agitation() >= 8:
    "¡No! ¡Son mías! ¡Me las quiere quitar!" Se da la vuelta, con los dos brazos sobre la chamarra. #speaker:person
    -> scene
}
~ pocket_emptied = true
{not disclosed:
    ~ disclosed = true
    "Agujas. Cuidado. Hay usadas." #speaker:person #event:sharps_disclosed
}
Saca las cosas del bolsillo interior una por una, despacio, y las pone sobre la tapa de la máquina de periódicos: un paquete de ocho jeringas con tapa naranja sujeto con una liga, dos usadas sueltas, una tapada y otra no, una cuchara para cocinar y una tira de toallitas con alcohol.
{not card_out:
    ~ card_out = true
    Al final, de la cartera, una tarjeta enmicada: EASTGATE HEALTH HUB, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número y la fecha de este año. #event:ssp_card_shown
    "Es legal. Tamika me dijo. Traigo la tarjeta como ella me dijo." #speaker:person
}
-> scene

=== binned ===
~ used_ones_binned = true
Trae el tubo rojo para objetos punzantes de la cajuela, lo abre y se lo acerca con el brazo estirado. Él echa las dos jeringas usadas, con la aguja primero, una y luego la otra. #sfx:sharps_container
"La aguja primero. Tamika también dice eso." #speaker:person
-> scene

=== card_look ===
La tarjeta está gastada en las esquinas: EASTGATE HEALTH HUB, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número de participante, la fecha de este año y, atrás, una línea que cita la ley estatal sobre los participantes del programa.
-> scene

=== honor ===
~ card_honored = true
Le devuelve la tarjeta y le dice que cubre las agujas: son suyas y se las puede quedar.
Él junta el paquete con la liga y lo guarda en el bolsillo interior, cerrándolo despacio, sin dejar de mirarle la cara.
-> scene

=== patdown_question ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "Ya le dije que no. Nadie me toca." #speaker:person
- felt_trust() >= 8 and felt_agitation() <= 4:
    ~ patdown_consent = "given"
    Lo piensa y luego separa los brazos del cuerpo. "Nada más por fuera. El bolsillo de adentro no. Ahí están las agujas." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "¡No! No me toque. Nadie me toca." #speaker:person #event:consent_refused
}
-> scene

=== frisk ===
~ frisked = true
~ press(1)
{
- patdown_consent == "given":
    Se queda con los brazos abiertos y los ojos cerrados mientras usted lo revisa.
- refused_search:
    "¡Le dije que no! ¡Le dije que no!" Se estremece cada vez que lo toca, pero no se aparta.
- else:
    Le dice que se voltee y ponga las manos en la máquina de hielo. "¿Por qué? ¿Por qué?" Lo hace, temblando. #speaker:person
}
{
- disclosed:
    Palpa alrededor del bolsillo interior con las palmas planas, sin apretarlo.
- else:
    ~ disclosed = true
    La palma se le cierra sobre el bolsillo interior: tubitos delgados de plástico en un paquete, y algo suelto. Él se hace a un lado de un tirón.
    "¡Agujas! ¡No lo apriete, hay usadas!" #speaker:person #event:sharps_disclosed
}
Nada más: un encendedor, un teléfono con la pantalla estrellada y un papel doblado de St. Luke's.
-> scene

=== id_check ===
~ has_id = true
Saca con la mano izquierda una identificación estatal de la cartera. Marcus A. Bell, treinta y un años. Doblada alrededor, una hoja de alta de St. Luke's Behavioral Health de hace tres semanas.
"No me meta en la computadora. Ellos están en la computadora." #speaker:person
-> scene

=== warrants ===
Se aparta un poco y lee por radio su nombre y su fecha de nacimiento. #sfx:radio_dispatch
"Doce, Marcus Bell no tiene órdenes pendientes. Dos verificaciones de bienestar este mes, las dos cerradas." #speaker:dispatch
Él está mirando el radio que usted trae en el hombro. "Ya les dijo. Ahora saben dónde estoy." #speaker:person
-> scene

=== threat ===
Le dice que tiene que quitarse del frente de la tienda ya, o se va a la cárcel por entrada ilegal.
"La cárcel." Retrocede hacia la orilla de la banqueta. "En la cárcel es donde ponen a los, no. No. No voy a volver a un cuarto." #speaker:person
-> scene

=== clerk ===
~ clerk_talked = true
Suena la campanita de la puerta. Detrás del mostrador hay una mujer de cincuenta y tantos con un chaleco polar del Food Mart y GLORIA en el gafete. No sale de detrás del mostrador. #sfx:footsteps
"Llegó a las siete. Pidió el baño; le dije que es para clientes. Se quedó parado en el pasillo hablándole al refrigerador. Hablándole." #speaker:bystander
{
- trespass_roll == 1:
    ~ trespass_known = true
    "Le dije que se fuera. Se fue, y a los diez minutos volvió a entrar como si nada y se quedó junto a la máquina del café hasta que agarré el teléfono. Ya van dos veces que se lo digo." #speaker:bystander #event:eligible_offense
- else:
    "Le dije que se fuera, y se fue. Pero no se quita de mi puerta. Le grita a la cámara. Mis clientes de siempre le sacan la vuelta." #speaker:bystander
}
"Ayer pagó un café con monedas, y le vi agujas en la chamarra. Quiero que le den una advertencia de prohibición de entrada. Ustedes le dieron una a un hombre por mí en el verano." #speaker:bystander
-> talk

= talk
* [Decirle que primero va a atenderlo como a alguien en crisis, y que antes de irse le va a avisar a ella #time:20]
    ~ clerk_informed = true
    Aprieta los labios. "En crisis. Está bien. Yo tengo un negocio." Luego, más bajito: "Antes era educado. Daba los buenos días." #speaker:bystander
    -> talk
* [Pedirle un vaso de agua para él #time:20]
    ~ water_cup = true
    Se le queda viendo un buen rato, luego llena un vaso de papel en la máquina de refrescos y lo desliza por el mostrador. "El grande no." #speaker:bystander
    -> talk
* [Prometerle que él se va a ir en cinco minutos #time:10]
    ~ promised = true
    Asiente una vez. "Cinco minutos." #speaker:bystander
    -> talk
+ [Salir otra vez]
    {met: -> scene}
    -> arrival

=== clerk_comes_out ===
~ clerk_out = true
~ press(1)
La puerta se abre de golpe. Gloria se queda en la entrada, deteniéndola con la cadera. #sfx:footsteps
{
- promised:
    "¡Usted dijo cinco minutos! ¡Ya van diez!" #speaker:bystander
- else:
    "Oficial, ¿lo va a quitar de aquí o no? ¡Tengo clientes que no quieren entrar!" #speaker:bystander
}
Marcus la señala. "Ella los llamó. Está con ellos. ¡La oí por teléfono!" #speaker:person
* [Ir hasta ella y pedirle, en voz baja, que espere adentro: antes de irse, usted va a entrar a hablar con ella #time:30]
    ~ clerk_informed = true
    Ella mira a Marcus por encima de usted y luego deja que la puerta se cierre. Por el vidrio la ve volver detrás del mostrador.
* [Decirle por encima del hombro que él ya se va #time:5]
    ~ press(1)
    Ella vuelve a entrar. Marcus lo oyó. "¿Ya me voy a dónde? ¿A dónde me lleva?" #speaker:person
- -> scene

// Cómo se ven aquí los eventos que provoca el instructor. Cada uno fija una variable de la historia: se dice una vez.
=== hand_in_jacket ===
~ weapon_signs_seen = weapon_indicators
La mano derecha se le cierra sobre algo dentro de la chamarra y se queda ahí, con los nudillos blancos. Sea lo que sea, es tan largo que marca un bulto en el nylon.
* [Pedirle con calma que saque la mano despacio y le enseñe que está vacía #time:10]
    {
    - felt_agitation() >= 8:
        No la saca. "¡Es mío! ¡Es mío!" El bulto en el nylon no se mueve. #speaker:person
    - else:
        La mano sale despacio, abierta y vacía. "Son mis agujas. Las agarro para que nadie me las quite." #speaker:person
        {not disclosed:
            ~ disclosed = true
            "En el bolsillo de adentro. También hay usadas." #speaker:person #event:sharps_disclosed
        }
    }
* [Pedirle que saque él mismo lo que sea y lo ponga sobre la máquina de periódicos #act:have_person_remove_items target=person]
    -> pocket_out
* {not frisked} [Cachearle la chamarra por fuera, buscando armas #act:patdown target=person]
    -> frisk
* [Agarrarle la muñeca antes de que saque la mano #act:grab target=person]
    -> grabbed
- -> scene

=== needles_told ===
~ disclosed = true
La mano sale de la chamarra, vacía, y la levanta.
"En el bolsillo de adentro. Agujas. Nuevas, y dos usadas. Para que nadie meta la mano ahí." #speaker:person
-> scene

=== card_offered ===
~ card_out = true
Saca torpemente la cartera con la mano izquierda y levanta una tarjeta enmicada: EASTGATE HEALTH HUB, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número y la fecha de este año.
"Estoy en el programa. Lo que traigo es de Eastgate. Tamika me dijo que enseñara la tarjeta." #speaker:person
-> scene

=== no_consent ===
~ refused_search = true
Se abraza a sí mismo, cerrando la chamarra con los dos brazos.
"Nadie me toca. Nadie me registra. No doy mi consentimiento. Así se dice, ¿no? No doy mi consentimiento." #speaker:person
-> scene

=== asks_for_help ===
~ help_asked = true
Se deja resbalar por la máquina de hielo hasta quedar sentado en el concreto frío, con las rodillas levantadas, y se tapa la cara con las manos.
"No he dormido desde el miércoles. Me da miedo dormir. Cuando duermo hablan más fuerte." #speaker:person
"En St. Luke's me dieron pastillas para dos semanas. Se me acabaron, y la inyección calla las voces un rato. Luego ya no." #speaker:person #event:use_disclosed
"¿Puede hacer que se callen? Necesito a alguien. Necesito ayuda. Ya no puedo seguir así." #speaker:person #event:asks_for_help
-> scene

=== backup_arrives ===
~ backup_here = true
Una segunda patrulla entra despacio al estacionamiento. El agente Kowalski se baja, se acomoda el cinturón y camina hasta su lado. #sfx:car_door
"Dos. Ahora son dos." Marcus retrocede un paso. #speaker:person
Kowalski le habla en voz baja, solo a usted. "¿Es este? ¿Le ponemos las manos encima y lo sentamos en la banqueta hasta que se calme? Yo agarro el brazo izquierdo." #speaker:partner
* [Pedirle a Kowalski que se quede atrás junto a su carro como apoyo, fuera de la vista de Marcus, y le deje la plática a usted #time:10]
    ~ backup_role = "cover"
    Kowalski se encoge de hombros y se recarga en la salpicadera, de brazos cruzados, donde puede ver todo sin estorbar.
* [Pedirle a Kowalski que se ponga del otro lado de él, para que no se eche a correr hacia la avenida Lincoln #act:close_distance target=person]
    ~ backup_role = "flank"
    ~ press(2)
    Kowalski da la vuelta por detrás de la parada. "Las manos donde las vea, amigo." #speaker:partner
    Ahora son dos agentes y dos voces. Marcus voltea de uno al otro y de vuelta, cada vez más rápido.
* [Ponerle las manos encima junto con Kowalski: agarrarlo cada uno de un brazo y sentarlo en la banqueta hasta que se calme #act:grab target=person]
    ~ backup_role = "hands"
    -> grabbed
- -> scene

// Fuerza contra un hombre que es libre de irse: aquí nada la justifica.
=== grabbed ===
{
- backup_role == "hands":
    Usted y Kowalski lo agarran cada uno de un brazo.
- else:
    Lo agarra del brazo, arriba del codo.
}
Él grita, un sonido sin palabras, y se retuerce para soltarse.
{not pocket_emptied:
    "¡Agujas! ¡En la chamarra! ¡Se va a pinchar!" #speaker:person
    {not disclosed:
        ~ disclosed = true
        "¡Hay usadas! ¡Suélteme!" #speaker:person #event:sharps_disclosed
    }
}
Adentro de la tienda, Gloria tiene el teléfono levantado contra el vidrio. #sfx:phone_camera
* [Derribarlo en la acera antes de que se suelte #act:takedown target=person]
    -> taken_down
* [No soltarlo, y decirle que deje de forcejear #time:10]
    Deja de retorcerse. Respira entre sollozos.
    -> hold
* [Soltarlo y dar un paso atrás #act:give_space target=person]
    ~ backup_role = "cover"
    Lo suelta y da un paso atrás. Él se tambalea contra la máquina de hielo, sobándose el brazo que usted le agarró.
    -> scene

= hold
* [Arrestarlo por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Soltarlo y dar un paso atrás #act:give_space target=person]
    ~ backup_role = "cover"
    Lo suelta y da un paso atrás. Él se queda contra la máquina de hielo, sobándose el brazo que usted le agarró, sin quitarle la vista de las manos.
    -> scene

=== taken_down ===
Le barre las piernas y lo tumba sobre la acera fría. Cae sobre el lado derecho, encima de la chamarra.
{not pocket_emptied:
    Cuando le sujeta el brazo, algo atraviesa el nylon y se le clava en la palma de la mano. #event:needlestick
    -> stuck.stung
}
Se queda quieto con la mejilla en el concreto, llorando, con las dos manos extendidas donde usted las vea.
* [Arrestarlo por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Dejar que se levante y decirle que se puede ir #act:release target=person]
    -> released

=== bolts ===
Se baja de la banqueta de espaldas al carril del autobús, sin mirar. Una camioneta de reparto frena en seco y se detiene a un metro de él.
Luego sale corriendo: cruza Lincoln entre los carros, pasa la lavandería y se mete al callejón detrás de la casa de cambio.
* [Dejarlo ir, y darle a despacho y al equipo de crisis su descripción y hacia dónde se fue #time:30]
    "Doce, el hombre del Food Mart se fue corriendo hacia el norte por el callejón de Lincoln. No hay delito. Posible crisis de salud mental; tal vez el equipo móvil de crisis quiera buscarlo." #speaker:officer #sfx:radio_dispatch
* [Correr tras él #time:90]
    Lo pierde detrás de la casa de cambio, entre los contenedores de basura. Por el radio le preguntan dónde está. #sfx:radio_dispatch
- -> gone

=== had_enough ===
Se despega de la máquina de hielo y se sube el cierre de la chamarra hasta la barbilla.
"Ya me voy. No me está arrestando, no está haciendo nada, así que me voy." #speaker:person
* [Dejarlo ir #act:release target=person]
    -> released
* [Pedirle un minuto más: si quiere, usted lo acompaña ahorita mismo caminando hasta Eastgate #act:offer_referral to=crisis target=person]
    -> offer_hub
* [Agarrarlo del brazo: no puede andar por ahí así, con agujas encima #act:grab target=person]
    -> grabbed
* [Decirle que si se va ahora, queda arrestado #act:threaten_arrest target=person]
    -> bolts

=== card ===
~ card_given = true
Le da una tarjeta: 988, la línea de crisis, y atrás Eastgate Health Hub, calle Catorce, sin cita de ocho a ocho.
Le da vuelta dos veces. "Todo el mundo me da una tarjeta." La guarda en el bolsillo de adentro, con las agujas. #speaker:person
-> scene

// Las entregas en persona: un equipo de crisis en el lugar, o la consejera del centro, con quien atendió presente.
=== offer_team ===
{
- team_called and minutes_elapsed >= team_due:
    Le dice que dos personas del equipo de crisis del condado están estacionadas en la esquina ahorita mismo: una consejera y un especialista de apoyo de pares, no policías. Nadie se lo va a llevar a donde él no quiera ir. ¿Hablaría con ellos?
- team_called:
    Le dice que dos personas del equipo de crisis del condado vienen en camino: una consejera y un especialista de apoyo de pares, no policías. Nadie se lo va a llevar a donde él no quiera ir. ¿Hablaría con ellos?
- else:
    Le dice que hay un equipo de crisis del condado, una consejera y un especialista de apoyo de pares, no policías, y que usted puede hacer que vengan en unos {team_minutes} minutos. Nadie se lo va a llevar a donde él no quiera ir. ¿Hablaría con ellos?
}
{
- felt_trust() >= 6:
    ~ referral = "accepted"
    ~ handoff = "team"
    Mira la cámara y luego voltea hacia usted. "No son policías." #speaker:person
    "Y usted se queda. Hasta que lleguen. No me deja solo con ellos." #speaker:person #event:referral_accepted
    {not team_called:
        ~ team_called = true
        ~ team_due = minutes_elapsed + team_minutes
        "Doce, mande al equipo móvil de crisis al Food Mart. Aceptó hablar con ellos." #speaker:officer #sfx:radio_dispatch
        "Copiado, Doce. Equipo de Crisis Tres, como a {team_minutes} minutos." #speaker:dispatch
    }
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "¿Para que me encierren? Eso les encantaría a todos." Vuelve a caminar de un lado a otro. #speaker:person #event:referral_declined
}
-> scene

=== offer_hub ===
Le dice que Eastgate está abierto, a una cuadra y media bajando por la Catorce, y que esta mañana hay una consejera que atiende sin cita. Si él quiere, usted lo acompaña caminando y se lo presenta personalmente.
{
- felt_trust() >= 6:
    ~ referral = "accepted"
    ~ handoff = "hub"
    "Eastgate." Lo piensa. "Tamika está ahí los sábados. Tienen café." #speaker:person
    "Okey. Usted camina. No muy cerca." #speaker:person #event:referral_accepted
    -> walk_to_hub
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "Llevarme caminando a algún lado. Ajá. Así empieza." No se mueve. #speaker:person #event:referral_declined
    -> scene
}

=== waiting ===
{minutes_elapsed >= team_due: -> team_arrives}
{not dispatch_pressed and team_due - minutes_elapsed >= 3:
    ~ dispatch_pressed = true
    "Doce, ¿cuál es su estado? Tengo un choque de dos carros en Foster, sin lesionados reportados." #speaker:dispatch #sfx:radio_dispatch
}
+ [Esperar con él junto a la parada, y dejarlo hablar si quiere #time:60]
    {Habla de Dot's, de la plancha y la hora pico del desayuno, y del dueño que lo dejaba comer al final de cada turno.|Pregunta si los de crisis lo van a obligar a ir a St. Luke's. Usted le dice la verdad, que le van a preguntar qué quiere él.|Se queda callado un rato, dándole vueltas entre los dedos a la tapa de una pluma.|Cuenta los autobuses en voz alta. Van tres.|Mira la esquina por donde va a llegar la camioneta.}
    -> scene
* {dispatch_pressed} [Avisarle a despacho que se queda con él hasta que el equipo de crisis se haga cargo #time:10]
    "Doce, me quedo con este hasta que llegue el equipo móvil de crisis. Mándele el choque a otra unidad." #speaker:officer #sfx:radio_dispatch
    "Copiado, Doce." #speaker:dispatch
    -> scene
* {water_cup and not water_given} [Darle el vaso de agua #time:15]
    -> water
* {not clerk_informed} [Ir a la puerta de la tienda y contarle a la empleada lo que está pasando #time:30]
    ~ clerk_informed = true
    Le dice a Gloria desde la puerta que viene un equipo de crisis por él, y que pronto se va a ir con ellos. Ella lo mira a él un buen rato y asiente.
    -> scene
* {handoff == "team"} [Ofrecerle acompañarlo caminando hasta Eastgate en vez de esperar la camioneta #act:offer_referral to=crisis target=person]
    -> offer_hub
* [Decirle que ya vienen en camino y que espere aquí mismo, y quedar disponible para la siguiente llamada #act:leave_scene]
    -> cold_handoff

=== team_arrives ===
Una camioneta blanca del condado con MOBILE CRISIS en la puerta entra al estacionamiento y se estaciona en el otro extremo, lejos de la puerta de la tienda. #sfx:car_door
Se bajan dos personas y esperan junto a la camioneta a que usted se acerque: una mujer de cincuenta y tantos con gafete y tabla con sujetapapeles, y un hombre más joven con sudadera y un termo de café. Dana Whitfield, consejera. Luis Ortega, especialista de apoyo de pares.
-> meet

= meet
* [Ir con ellos y ponerlos al tanto donde él no oiga: lo que usted vio, lo que él le contó, las agujas #time:60]
    ~ briefed = true
    Se los resume en menos de un minuto: salió de St. Luke's hace tres semanas, se quedó sin su medicamento, no duerme desde el miércoles, oye voces que hablan de la cámara{disclosed:, trae agujas en el bolsillo interior y él mismo se lo dijo|, y trae agujas en algún lugar de la chamarra, de las que no ha dicho nada}{help_asked:, y pidió ayuda}.
    "Bien. ¿Nos presenta? Se lo va a tomar mejor si viene de usted." #speaker:bystander
    -> meet
* [Presentarles a Marcus por su nombre y decirle a él, delante de ellos, lo que le contó que quiere #time:60]
    -> handed_off
* [Señalarles dónde está y cerrar la llamada: de aquí en adelante se encargan ellos #act:leave_scene]
    -> team_takes_over

=== walk_to_hub ===
{team_called:
    Le avisa por radio a despacho que cancele al equipo de crisis: lo va a acompañar caminando a Eastgate. #sfx:radio_dispatch
}
{not clerk_informed:
    Gloria los mira irse juntos por el vidrio.
}
Bajan juntos por la Catorce, pasando las ventanas empañadas de la lavandería.
* [Caminar a su lado, a un paso de distancia, del lado de la calle, y dejar que él marque el paso #time:120]
    Camina rápido, luego despacio, luego se para a ver el horario del autobús como si nunca hubiera visto uno. Usted también se para. Luego él sigue caminando.
* [Tomarlo del codo para que no se vaya hacia la calle #act:grab target=person #time:120]
    ~ press(2)
    Se suelta de un jalón. "¡No! ¡No me agarre!" #speaker:person
    {felt_agitation() >= 10: -> bolts}
    Camina el resto del camino a un brazo de distancia, sin quitarle la vista de las manos.
- -> door

= door
Eastgate Health Hub es un local con las ventanas empañadas y un letrero escrito a mano: SIN CITA, BIENVENIDOS. Por el vidrio se ven una cafetera grande y la ventanilla del programa de jeringas. #event:near_service_site
* [Entrar con él, presentárselo a la consejera por su nombre y contarle, con él presente, lo que él le dijo #time:60]
    -> hub_handoff
* [Detenerle la puerta, decirle que pregunte por la consejera y regresar a su carro #act:leave_scene]
    -> hub_door

// Finales.
=== handed_off ===
Lo acompaña hasta la camioneta. "Marcus, ellos son Dana y Luis, las personas de las que le hablé." {help_asked: Les cuenta, con él ahí parado, lo que él le dijo: quiere que las voces se callen, y quiere dormir.}
"Qué tal, Marcus. Tengo aquí un café que nadie se está tomando." Luis le ofrece el termo. #speaker:bystander
Marcus voltea hacia usted. Usted se queda donde está. Él toma el café.
{
- briefed:
    Dana le pregunta si las agujas pueden ir en su bolsa por ahora, si él quiere, y él dice que okey.
- else:
    Antes de sentarse junto a él, Dana le pregunta a usted en voz baja si trae algo punzante encima. Nadie le había dicho.
}
En diez minutos está sentado en la puerta lateral abierta de la camioneta con Luis. Dana le dice que, si él acepta, lo van a llevar a la unidad de estabilización de crisis de la calle Foster: un sillón reclinable, una enfermera, alguien que le recete antes del mediodía, ninguna puerta con llave. Él acepta.
{
- clerk_informed:
    Entra a decirle a Gloria, como le prometió: él está recibiendo ayuda, y hoy ya no va a volver a su puerta. Ella dice que le va a guardar un café para cuando esté mejor.
- else:
    De regreso al carro, Gloria le grita desde la puerta que todavía quiere la advertencia de prohibición de entrada. Usted entra y habla con ella un minuto.
}
"Doce, terminé en el Food Mart, quedo disponible. Se lo entregué al equipo móvil de crisis." #speaker:officer #sfx:radio_dispatch
-> END

=== team_takes_over ===
Les señala la máquina de hielo y regresa caminando a su carro.
{
- felt_trust() >= 8:
    Por el espejo ve que Marcus busca su mirada, y luego acepta el café que Luis le ofrece.
- else:
    Por el espejo ve que Marcus se aleja de los dos desconocidos. Para cuando usted da vuelta en Lincoln, él va caminando rápido hacia el otro lado, y Luis lo sigue a distancia, hablándole.
}
-> END

=== hub_handoff ===
Adentro hace calor y huele a café. Una mujer con lentes de lectura colgados de un cordón sale de detrás del mostrador antes de que ustedes lleguen. "¡Marcus! Pásale, hace frío." Tamika Greene, la consejera sin cita.
Usted le cuenta, con Marcus presente, lo que él le dijo: salió de St. Luke's hace tres semanas, se le acabaron las pastillas, no duerme desde el miércoles, y quiere que las voces se callen. Marcus asiente, como si usted estuviera leyendo su propia lista.
Tamika le sirve un café y lo sienta en el cuarto de atrás, el del sillón. Va a llamar a la unidad de estabilización de Foster, dice; si él quiere ir, le mandan un carro, y se puede quedar aquí mientras tanto.
{
- clerk_informed:
    De regreso pasa a avisarle a Gloria, como le prometió. Ella dice que se alegra.
- else:
    De vuelta en el Food Mart, Gloria le pregunta si ya tiene la prohibición de entrada. Usted le dice dónde está él.
}
"Doce, terminé. El hombre fue caminando a Eastgate y está con su consejera." #speaker:officer #sfx:radio_dispatch
-> END

=== hub_door ===
Le detiene la puerta, le dice que pregunte por la consejera y regresa caminando por la Catorce hasta su carro.
{
- felt_trust() >= 8:
    Desde la esquina, al voltear, ve que él entra.
- else:
    Desde la esquina, al voltear, lo ve parado en la entrada. Luego deja que la puerta se cierre y se va caminando por la Catorce, lejos de ahí.
}
-> END

=== cold_handoff ===
Le dice que el equipo de crisis viene en camino y que espere aquí mismo, junto a la parada. Luego queda disponible.
"Doce, terminé en el Food Mart, quedo disponible. El equipo móvil de crisis va en camino con el hombre." #speaker:officer #sfx:radio_dispatch
{
- team_due - minutes_elapsed <= 3 and felt_trust() >= 8:
    Más tarde, despacho le avisa que el Equipo Tres lo encontró sentado en la parada del autobús, y que se fue con ellos.
- else:
    Veinte minutos después, el Equipo de Crisis Tres avisa por radio que en el Food Mart no hay nadie con esa descripción. Gloria les dijo que se fue caminando hacia Lincoln un par de minutos después de que arrancó su patrulla, hablando solo.
}
-> END

=== released ===
Le dice que se puede ir, y le pide que le dé un poco de espacio a la tienda.
{help_asked and referral == "none":
    Él se queda parado un segundo más, como si esperara el resto de la frase. "¿Eso es todo?" #speaker:person
}
{card_given:
    Saca su tarjeta del bolsillo de adentro, la mira y la vuelve a guardar con las agujas.
}
Se va caminando por la avenida Lincoln, todavía hablando, con una mano dentro de la chamarra.
{
- clerk_informed:
    Cuando usted entra, Gloria le pregunta si va a volver mañana. Usted no sabe.
- else:
    Gloria lo ve irse por el vidrio y voltea el letrero de la puerta a ABIERTO.
}
Dos horas después, despacho manda otra unidad a la lavandería de Lincoln: un hombre gritándoles a las secadoras.
-> END

=== gone ===
{team_called:
    El Equipo de Crisis Tres recorre las cuadras alrededor de Lincoln durante media hora. No lo encuentran.
}
{not clerk_informed:
    Gloria sale a preguntar si va a volver. Usted no sabe.
}
La siguiente vez que alguien de su turno oye su nombre es por una verificación de bienestar en la lavandería de Lincoln, cuatro días después.
-> END

=== cited ===
Le escribe una citación por entrada ilegal: el Food Mart, esta mañana, fecha en la corte dentro de cinco semanas.
Él agarra la copia de una esquina, como si quemara. "Usted está con ella. Ya sabía. Todos están con ella." #speaker:person
-> after_citation

= after_citation
{felt_agitation() >= 10:
    Arruga la citación, se la avienta a la cámara y sale corriendo.
    -> bolts
}
* {referral == "none"} [Contarle del equipo de crisis del condado y preguntarle si hablaría con ellos aquí #act:offer_referral to=crisis target=person]
    {
    - felt_trust() >= 6:
        ~ referral = "accepted"
        ~ handoff = "team"
        Mira la citación y luego voltea hacia usted. "Y usted se queda. Hasta que lleguen." #speaker:person #event:referral_accepted
        {not team_called:
            ~ team_called = true
            ~ team_due = minutes_elapsed + team_minutes
            "Doce, mande al equipo móvil de crisis al Food Mart." #speaker:officer #sfx:radio_dispatch
        }
        -> waiting
    - else:
        ~ referral = "declined"
        "Me acaba de citar. Quédese con su equipo de crisis." #speaker:person #event:referral_declined
    }
    -> after_citation
* {not card_given} [Darle una tarjeta con la línea de crisis 988 y la dirección de Eastgate #act:hand_card target=person]
    ~ card_given = true
    Guarda la tarjeta en el bolsillo con la citación, sin mirarla.
    -> after_citation
* [Decirle que se puede ir #act:release target=person]
    Se va caminando por la avenida Lincoln con la citación apretada en el puño.
    Dos horas después, despacho manda otra unidad a la lavandería de Lincoln: un hombre gritándoles a las secadoras.
    -> END

=== arrested ===
~ arresting = true
Le dice que queda arrestado por entrada ilegal.
"No. No, no, no. A la cárcel no. Ellos están en la cárcel." No se resiste. Nada más empieza a temblar. #speaker:person
{pocket_emptied:
    Sus agujas ya están sobre la máquina de periódicos. Le pone las esposas, mete las jeringas en una bolsa y lo lleva a su carro. #sfx:car_door
    -> booked
}
Antes de que suba a la parte de atrás de su carro, tiene que vaciar los bolsillos.
* {not disclosed} [Preguntarle si trae en los bolsillos algo con lo que usted se pueda pinchar, y luego pedirle que los vacíe sobre la máquina de periódicos #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    ~ disclosed = true
    "Agujas. Adentro. También usadas." Vacía el bolsillo con las manos temblorosas, sobre la tapa. #speaker:person #event:sharps_disclosed
* {disclosed} [Pedirle que vacíe los bolsillos sobre la máquina de periódicos antes de esposarlo #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    Vacía despacio el bolsillo interior sobre la tapa, una cosa a la vez.
* [Revisarle usted los bolsillos antes de que suba al carro #act:reach_into_pocket target=person]
    -> stuck
- Le pone las esposas y lo lleva a su carro. #sfx:car_door
-> booked

=== booked ===
{officer_injured:
    Kowalski lo lleva a la cárcel del condado mientras usted va a St. Luke's manejando con la mano levantada junto al volante.
}
En la cárcel, la enfermera de ingreso lee la hoja de alta de St. Luke's y lo pone en vigilancia de salud mental: una celda con ventanilla en la puerta, revisada cada quince minutos. El psiquiatra de la cárcel viene los martes.
Lo sueltan el lunes con una fecha en la corte y sin medicamento. Esa semana no va a Eastgate.
-> END

=== er_hold ===
Le dice que va al hospital para una evaluación, quiera o no, y pide una ambulancia por radio. #sfx:radio_dispatch
"¡No! ¡A St. Luke's no! ¡Al cuarto de la puerta no!" #speaker:person
Se necesitan usted{backup_here:, Kowalski} y dos paramédicos para subirlo a la camilla y amarrarlo de las muñecas y los tobillos. Grita todo el camino hasta la ambulancia. #sfx:siren
{
- not disclosed:
    Al amarrarle el brazo, la mano de una paramédica se detiene a dos centímetros de la aguja sin tapa del bolsillo interior. Suelta una grosería, se aparta y encuentra las demás con una linterna.
- not pocket_emptied:
    Usted les avisa de las agujas a los paramédicos, y una de ellas se las saca del bolsillo despacio, con la mano enguantada, y las echa en su contenedor para objetos punzantes.
}
En St. Luke's espera nueve horas en una camilla en un pasillo. A las seis de la tarde, la psiquiatra determina que no cumple los criterios para una retención involuntaria: no es un peligro para sí mismo ni para nadie más. Le dan de alta con una tarjeta del 988.
-> END

// El agente metió la mano a ciegas en el bolsillo (o se pinchó al derribarlo): primeros auxilios, el reporte, la sala de emergencias.
=== stuck ===
Mete la mano en el bolsillo interior: una liga, plástico liso, un cilindro suelto, y un piquete agudo y brillante en el costado del dedo índice.
-> stung

= stung
Saca la mano. Sale una gota de sangre, y luego otra.
{not disclosed:
    ~ disclosed = true
    "¡Esas son usadas! ¡Son mis usadas! ¡Perdón, perdón!" #speaker:person #event:sharps_disclosed
}
-> first_aid

= first_aid
* [Entrar a la tienda y lavarlo con agua corriente y jabón en el lavabo #time:120]
    ~ wound = "washed"
    Gloria levanta la tapa del mostrador sin decir nada y le señala el lavabo del cuarto de atrás. Deja correr el agua sobre la herida y frota el jabón un buen minuto. Sigue sangrando un poco.
* [Apretarlo fuerte para sacar la sangre, y echarle gel antibacterial #time:30]
    ~ squeezed = true
    Se aprieta la yema del dedo hasta que se pone blanca y le echa gel antibacterial. Arde como fuego. Apretar no sirve de nada; lo que necesita es agua y jabón.
    -> first_aid
* [Envolverlo en una servilleta y seguir: ya se encargará después de la llamada #time:10]
    ~ wound = "wrapped"
    Se envuelve el dedo en una servilleta y aprieta. Se pone rosa en el centro.
- -> reporting

= reporting
* [Avisarle por radio a su sargento: tuvo un pinchazo, y necesita relevo e ir a la sala de emergencias #time:60]
    ~ reported = true
    "Doce a la sargento Brandt. Tuve un pinchazo con una aguja usada en el Food Mart de la avenida Lincoln. Necesito relevo." #speaker:officer #sfx:radio_dispatch
    Brandt contesta de inmediato: que se vaya a St. Luke's ya, que Kowalski se encarga del lugar, y que el reporte de exposición se puede escribir en el hospital. Las primeras horas son las que cuentan.
* [No decir nada por ahora: a lo mejor fue una de las nuevas #time:5]
    Flexiona el dedo. A lo mejor fue una de las nuevas.
- -> after_stick

= after_stick
{arresting: -> booked}
* [Antes de irse, pedir que el equipo de crisis venga aquí por él, y decirle con calma que ya vienen #act:offer_referral to=crisis target=person]
    Él asiente sin mirarle. Se sostiene sus propias manos, como si ellas lo hubieran hecho.
* [Decirle que se puede ir #act:release target=person]
    Se aleja de usted de espaldas y luego se va caminando por la avenida Lincoln sin voltear.
- -> hospital

= hospital
{
- reported:
    Maneja hasta St. Luke's con la mano levantada junto al volante. #bg:patrol_car
    En menos de una hora le sacan sangre para los análisis de base, revisan su registro de vacunación contra la hepatitis B y le empiezan un tratamiento de veintiocho días con medicamento posexposición. Pruebas de seguimiento a las seis semanas, a los tres meses y a los seis meses.
    {wound == "washed": La enfermera le pregunta si lo lavó. Sí, con agua y jabón{squeezed:, después de apretarlo y echarle gel antibacterial}.}
    {wound == "wrapped": La enfermera le pregunta si lo lavó. No: {squeezed:lo apretó, le echó gel antibacterial, }lo envolvió y siguió trabajando. Ella lo anota.}
- else:
    Termina el turno. En la noche, en su casa, mira bajo la luz de la cocina la marquita oscura que tiene en el dedo, y lee en el teléfono que el medicamento posexposición funciona mejor si se empieza en las primeras horas. Son las once de la noche. #bg:patrol_car
}
-> END
