// Good Call: "La banca junto a la camioneta" (patdown-park-bench), Spanish.
// A translation of en.ink, line for line: the same knots, choices, conditions, diverts and tags;
// only the prose and the choice texts are Spanish. Terms and register: locales/es/glossary.md.
// Eddie carries a knife, new and used syringes in a cracked sharps tube, and the program card.

VAR person_trust = 4
VAR person_agitation = 4
VAR officer_injured = false
VAR minutes_elapsed = 0
VAR weapon_indicators = 0
VAR consent_refused = false
VAR ssp_card_shown = false
VAR sharps_disclosed = false

VAR approach = "van"            // where the officer parked: "van" or "behind"
VAR explained = false
VAR disclosed = false           // he has told the officer about the needles
VAR gloved = false
VAR knife_on_bench = false
VAR pocket_emptied = false
VAR card_out = false
VAR card_honored = false
VAR syringes_taken = false
VAR syringes_disposed = false
VAR frisked = false
VAR has_id = false
VAR coerced = false
VAR asked_for_name = false
VAR referral = "none"           // "none", "accepted", "declined"
VAR ground_syringe = "lying"    // "lying", "disposed", "pocketed", "left"
VAR container_here = false
VAR nadia_here = false
VAR van_called = false
VAR mood_shown = "wary"
VAR arresting = false           // the stick happened while searching him for transport
VAR squeezed = false
VAR wound = "none"              // "none", "washed", "wrapped"
VAR reported = false
VAR weapon_signs_seen = 0       // weapon indicators the story has shown: its own, and injects it has noticed
VAR refused_search = false      // he has said he does not consent to a search (his answer, or an instructor's inject)
VAR patdown_consent = "unasked" // "unasked", "given", "refused": his answer when asked to be patted down
VAR backpack_searched = false
VAR help_asked = false          // he has asked about getting back on treatment

-> dispatch

=== dispatch ===
Martes, 5:40 de la tarde. Está terminando un reporte de robo en la patrulla, en la calle Alder. #bg:patrol_car
"Fourteen, Riverside Park, las bancas junto a los juegos infantiles, por Alder. Reportan a un hombre en una banca con agujas, posiblemente consumiendo. La que llamó es una mamá con dos niños; ya se fue del parque y no quiere contacto. Dice que también hay una aguja en el pasto junto a la banca." #speaker:dispatch #sfx:radio_dispatch
"Fourteen, copiado. Estoy a una cuadra." #speaker:officer
La camioneta de alcance comunitario se estaciona en el lote junto a las canchas de básquetbol los martes y jueves hasta las seis. Ha pasado junto a ella cien veces y nunca se ha detenido.
* [Entrar al lote junto a la camioneta y caminar desde ahí]
    ~ approach = "van"
* [Estacionarse en Alder y llegar por detrás de la banca, para que él no vea que usted se acerca]
    ~ approach = "behind"
- -> arrival

=== arrival ===
{
- approach == "van":
    Se estaciona junto a la camioneta. Una mujer con un chaleco verde de alcance comunitario está apilando cajas de agua en la acera; mira su patrulla y luego hacia las bancas. #bg:park_bench #sfx:car_door
- else:
    Deja la patrulla en Alder y corta por el pasto, por detrás de las bancas. #bg:park_bench #sfx:car_door
}
La banca da a los juegos infantiles, a unos treinta metros de pasto. Un hombre de cuarenta y tantos está sentado en la punta más cercana al camino: chaqueta de trabajo de lona cerrada hasta arriba en plena tarde calurosa, una mochila entre las botas, una bolsa de papel de la camioneta abierta sobre la rodilla. #event:on_scene
{
- approach == "behind":
    Oye sus botas en la grava en el último momento y se voltea de golpe, medio levantándose del asiento. El sándwich se le cae en el pasto. #sfx:footsteps
    "¡Dios mío! ¿Me quiere matar de un susto?" #speaker:person
- else:
    Sigue con la vista cada paso que usted da desde el lote, y deja el sándwich sobre la bolsa. #sfx:footsteps
}
~ weapon_signs_seen = weapon_signs_seen + 1
Del bolsillo delantero derecho de sus jeans asoma el clip de acero negro de una navaja plegable. #event:weapon_indicator
A dos pasos de la banca, en el trébol por donde los niños atraviesan hacia los columpios, hay una jeringa sin tapa, con el émbolo hasta el fondo. #event:syringe_found
Tiene la mano izquierda apoyada sobre el bolsillo izquierdo de la chaqueta, y no la mueve de ahí.
Al otro lado del pasto, la puerta lateral de la camioneta está abierta, con un contenedor rojo para objetos punzantes en el escalón. #event:near_service_site
-> bench

=== function mood_band() ===
{
- person_agitation >= 6:
    ~ return "tense"
- person_agitation <= 2:
    ~ return "calm"
- else:
    ~ return "wary"
}

// The hub: every pick comes back here, and what he does next depends on how the officer has
// treated him so far (person_trust, person_agitation) and on the clock.
=== bench ===
{person_agitation >= 8: -> walks_off}
{minutes_elapsed >= 10: -> free_to_go}
// An instructor may raise an injectable event at any moment: the story notices it here, once.
{
- weapon_indicators > weapon_signs_seen: -> hand_to_waistband
- sharps_disclosed and not disclosed and not pocket_emptied: -> needles_told
- ssp_card_shown and not card_out: -> card_offered
- consent_refused and not refused_search: -> no_consent
}
// He asks for help only once he trusts the officer (person_trust is the engine's).
{not help_asked and person_trust >= 9 and referral == "none": -> asks_about_thursday}
~ temp band = mood_band()
{band != mood_shown:
    ~ mood_shown = band
    {band:
    - "tense": Ahora está en el borde de la banca, con las botas bien plantadas y el puño cerrado sobre la correa de la mochila.
    - "calm": Afloja un poco los hombros. Dobla la parte de arriba de la bolsa de papel y la cierra.
    - else: Se recarga en las tablas de la banca, sin quitarle la vista de las manos.
    }
}
{not nadia_here and ((approach == "van" and minutes_elapsed >= 3) or minutes_elapsed >= 8):
    ~ nadia_here = true
    La mujer del chaleco verde se acerca desde la camioneta y se detiene a una distancia prudente, de brazos cruzados. Su credencial dice NADIA, EASTSIDE HEALTH OUTREACH. #sfx:footsteps
    "Buenas tardes, oficial. ¿Todo bien? Eddie es de los nuestros." #speaker:bystander
}
{minutes_elapsed >= 5 and not van_called:
    ~ van_called = true
    {
    - nadia_here:
        Nadia mira su reloj.
        "Eddie, recogemos en quince minutos. Nada más para que sepas." #speaker:bystander
    - else:
        Allá en el lote, la puerta lateral de la camioneta se cierra de un golpe. #sfx:car_door
        "¡Eddie! ¡Recogemos en quince minutos!" #speaker:bystander
    }
    Él mira hacia la camioneta, luego otra vez a usted.
}
* [Presentarse y decirle por qué está aquí #act:explain_stop target=person]
    -> introductions
* (first_ask) {not disclosed} [Preguntarle si trae algo con lo que usted se pueda pinchar o cortar #act:ask_about_sharps target=person]
    -> sharps_answer
* (second_ask) {first_ask and not disclosed} [Volver a preguntar: decirle que pregunta para no pincharse, no para meterlo en problemas #act:ask_about_sharps target=person]
    -> sharps_answer
* {not gloved} [Ponerse los guantes de nitrilo #act:don_gloves]
    ~ gloved = true
    Saca un par de guantes de nitrilo del estuche del cinturón y mete los dedos en ellos. Él observa cómo lo hace.
    -> bench
* {not knife_on_bench} [Pedirle que saque la navaja con dos dedos y la ponga en la otra punta de la banca #act:have_person_remove_items target=person]
    -> knife_out
* {not pocket_emptied} [Pedirle que él mismo vacíe los bolsillos de la chaqueta sobre la banca, despacio #act:have_person_remove_items target=person]
    -> pocket_out
* {not frisked and patdown_consent == "unasked"} [Preguntarle si le permite cachearlo, ya que trae una navaja #act:ask_consent_search target=person]
    -> patdown_question
* {not frisked} [Trae una navaja: ponerlo de pie y cachearlo en busca de armas #act:patdown target=person]
    -> frisk
* {not pocket_emptied} [Apartarle la mano y palpar por dentro el bolsillo izquierdo que está cuidando, antes de que pueda meter la mano #act:reach_into_pocket target=person]
    -> stuck
* {not backpack_searched} [Revisar la mochila que tiene entre las botas por si hay agujas, para que nadie tenga que meter la mano a ciegas #act:search_bag target=person]
    -> backpack
* {not has_id} [Pedirle su identificación, para su reporte #act:demand_id target=person]
    -> id_check
* {has_id} [Verificar su nombre por órdenes de arresto #act:warrant_check target=person]
    -> warrants
* [Decírselo sin rodeos: si algo que trae encima lo pincha a usted, eso es un cargo por agresión, así que es el momento de decirlo #act:threaten_arrest target=person]
    -> threat
* [Ocuparse de la jeringa del pasto]
    -> ground_syringe_scene
* {ground_syringe == "pocketed"} [Sacar la jeringa tapada de su bolsillo lateral y echarla en el contenedor para objetos punzantes de la camioneta #act:dispose_sharps_safely]
    ~ ground_syringe = "disposed"
    La lleva hasta la camioneta y la echa por la tapa del contenedor rojo que está junto a la puerta. #sfx:sharps_container
    -> bench
* {card_out} [Mirar la tarjeta #act:inspect_ssp_card target=person]
    -> card_look
* {card_out and not syringes_taken} [Decirle que la tarjeta cubre las jeringas: se las puede quedar #act:honor_ssp_card target=person]
    -> honor
* {pocket_emptied and not syringes_taken} [Quitarle las jeringas y el tubo rajado, para que nadie se pinche con ellos #act:confiscate_syringes target=person]
    -> confiscate
* {syringes_taken} [Echar las jeringas que le quitó en el contenedor para objetos punzantes de la camioneta #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    {nadia_here: Nadia sostiene el contenedor mientras usted mete el paquete, y luego el tubo rajado.|Las lleva hasta la camioneta y las mete por la tapa del contenedor rojo junto a la puerta, primero el paquete y luego el tubo rajado.} #sfx:sharps_container
    -> bench
* {disclosed or pocket_emptied} [Preguntarle quién vende por las canchas: hay niños en esos columpios, y nadie tiene por qué saber que salió de él #act:ask_for_intelligence target=person]
    -> informant
* {disclosed or pocket_emptied} [Echarle la mano: nada de citación por las jeringas si se inscribe hoy en el programa de tratamiento de la camioneta #act:coerce_referral target=person]
    -> treatment_or_citation
* {explained or disclosed or pocket_emptied} [Ofrecerle acompañarlo a la camioneta: ahí hacen más que dar agujas #act:offer_referral to=ssp target=person]
    -> referral_van
* {explained or disclosed or pocket_emptied} [Preguntarle si querría empezar un tratamiento: la camioneta tiene quien recete los jueves #act:offer_referral to=treatment target=person]
    -> referral_treatment
* [Decirle que se puede ir #act:release target=person]
    -> released
* {disclosed or pocket_emptied} [Escribirle una citación por las jeringas #act:cite reason=paraphernalia target=person]
    -> cited
* {disclosed or pocket_emptied} [Arrestarlo por posesión de parafernalia para drogas #act:arrest reason=paraphernalia target=person]
    -> arrested

// What the instructor's injects look like here. Each sets the story's own variable: said once.
=== hand_to_waistband ===
~ weapon_signs_seen = weapon_indicators
Su mano derecha se aparta de la rodilla y baja despacio hacia la cintura, por debajo del borde de la chaqueta, donde usted no la ve.
* [Decirle, con calma, que mantenga las manos donde usted las pueda ver #time:10]
    Se detiene. Sube las dos manos despacio y las deja planas sobre las rodillas.
    "El celular. Es mi celular, lo traigo en el cinturón. Estaba vibrando, oiga." #speaker:person
* [Pedirle que levante el borde de la chaqueta con dos dedos y le muestre qué tiene ahí #act:have_person_remove_items target=person]
    Levanta el borde con dos dedos, despacio: un celular en una funda de cinturón rajada, que sigue vibrando.
    "Alguien me está llamando. Nada más." #speaker:person
* {not frisked} [Cachearle la cintura y la ropa por fuera en busca de armas #act:patdown target=person]
    -> frisk
* [Agarrarle la muñeca antes de que la mano llegue ahí #act:grab target=person]
    Le agarra la muñeca. Él se pone rígido, y la bolsa de papel se le resbala de la rodilla.
    "¡Es mi celular! ¡Traigo el celular en el cinturón!" #speaker:person
- -> bench

=== needles_told ===
~ disclosed = true
Quita la mano del bolsillo de la chaqueta y la levanta, con la palma hacia usted.
"Mire, antes de que alguien salga lastimado. Bolsillo izquierdo: agujas. Nuevas, de la camioneta, y un tubo con las usadas. El tubo está rajado. No meta la mano ahí." #speaker:person
-> bench

=== card_offered ===
~ card_out = true
Saca la cartera despacio, con dos dedos, y levanta una tarjeta enmicada: el logo de la camioneta, un número de participante, una línea sobre la ley estatal.
"Antes de que siga. Estoy en el programa. Lo que traigo es de la camioneta." #speaker:person
-> bench

=== no_consent ===
~ refused_search = true
Jala la mochila y la aprieta entre las botas.
"Y para que quede claro: no doy mi consentimiento para {frisked:ningún otro|ningún} registro. Ni a mí ni a mi mochila." #speaker:person
-> bench

=== asks_about_thursday ===
~ help_asked = true
Se queda mirando la camioneta un rato, luego baja la vista a la bolsa de papel.
"¿Le puedo preguntar algo? El doctor que tienen los jueves. ¿Usted cree que me atendería?" #speaker:person #event:asks_for_help
"En el condado me tenían con Suboxone. Me lo cortaron el día que salí, y desde entonces estoy usando otra vez. Todos los días. Ya estoy cansado, oiga." #speaker:person #event:use_disclosed
-> bench

=== patdown_question ===
{
- refused_search:
    ~ patdown_consent = "refused"
    "Ya le dije. Nada de registros." #speaker:person
- person_trust >= 7:
    ~ patdown_consent = "given"
    Se encoge de hombros, se pone de pie y separa los brazos del cuerpo.
    "Adelante. La navaja está en el bolsillo delantero derecho. Es lo único que traigo que lo puede lastimar." #speaker:person #event:consent_given
- else:
    ~ patdown_consent = "refused"
    ~ refused_search = true
    "No. Me estoy comiendo mi almuerzo. Si quiere la navaja, la pongo en la banca. Pero a mí no me cachea." #speaker:person #event:consent_refused
}
-> bench

=== backpack ===
~ backpack_searched = true
{
- refused_search:
    "Le dije que no. Ni a mí ni a mi mochila." Se aferra a la correa hasta que usted saca la mochila de entre sus botas, y entonces la suelta. #speaker:person
- else:
    "Oiga, oiga. Son mis cosas." Suelta la correa, despacio. #speaker:person
}
La abre sobre las tablas: dos camisetas, guantes de trabajo, un talón de pago de una agencia de trabajo temporal, un libro de la biblioteca con un boleto de transbordo de separador, un cepillo de dientes en una bolsita de sándwich. Ni una aguja.
{
- nadia_here:
    "¿Aquí mismo? ¿Al lado de nuestra camioneta?", dice Nadia en voz baja. "La gente se fija en lo que les pasa a los que vienen con nosotros." #speaker:bystander
- else:
    Allá junto a la camioneta, la mujer del chaleco verde dejó de descargar y observa cómo usted revisa sus cosas.
}
Él mismo cierra la mochila y la sostiene sobre las rodillas{refused_search:, y ya no vuelve a mirarlo a usted}.
-> bench

=== introductions ===
~ explained = true
Le dice su nombre, que alguien llamó por unas agujas cerca de los juegos infantiles y que, cuando eso pasa, usted tiene que venir a ver. Sentarse en una banca a comerse un sándwich no es delito.
"¿Alguien llamó por mí? Me estoy comiendo mi almuerzo." Levanta un poco la bolsa, como prueba. #speaker:person
"Eddie. Eddie Marsh. Nada más vengo por la camioneta. Luego me voy." #speaker:person
-> bench

=== sharps_answer ===
{
- person_trust >= 5:
    ~ disclosed = true
    Mira el trébol, luego otra vez a usted.
    "Bolsillo izquierdo. Agujas. Nuevas, tapadas, de la camioneta. Y las usadas las traigo en un tubito ahí mismo; las iba a devolver." #speaker:person #event:sharps_disclosed #event:use_disclosed
    "Y la navaja, sí. Trabajo de jornalero. Se me rompió el cúter." #speaker:person
    "El último policía que metió la mano en ese bolsillo no preguntó. Se pinchó, y a mí me tocó una noche en la celda por eso. Así que se lo estoy diciendo." #speaker:person
- bench.second_ask:
    "Ya le dije que no." #speaker:person
    Evita su mirada. No ha quitado la mano del bolsillo.
- person_agitation >= 6:
    "Nada. No traigo nada." #speaker:person
    Evita su mirada. No ha quitado la mano del bolsillo.
- else:
    Se lo dice a los juegos infantiles, no a usted.
    "No. Nada." #speaker:person
    La mano sigue sobre el bolsillo.
}
-> bench

=== knife_out ===
~ knife_on_bench = true
Saca la navaja por el clip, entre el índice y el pulgar, despacio, como quien ya lo ha hecho antes, y la deja en la otra punta de la banca: una navaja barata con seguro, con el mango despostillado.
"Es para el trabajo." #speaker:person
-> bench

=== pocket_out ===
~ pocket_emptied = true
{
- disclosed:
    Abre el cierre del bolsillo izquierdo y saca las cosas una por una, como quien desempaca huevos, y las va poniendo en las tablas entre los dos.
- else:
    Duda, con la mano en el cierre.
    "No le va a gustar esto." #speaker:person
    Luego abre el cierre y saca las cosas una por una, como quien desempaca huevos, y las va poniendo en las tablas entre los dos.
}
Un paquete de diez jeringas sujeto con una liga, con las tapas naranjas puestas. Un tubo rojo para objetos punzantes del tamaño de una linterna, con la tapa rajada y tres jeringas usadas sonando adentro. Dos cucharas para cocinar, una tira de toallitas con alcohol, una bolita de algodón.
{not card_out:
    ~ card_out = true
    Por último, de la cartera, una tarjeta enmicada con el logo de la camioneta, un número de participante y una línea sobre la ley estatal. Se la extiende. #event:ssp_card_shown
    "Estoy en el programa. Me dijeron que todo esto es legal. Cargo la tarjeta como me dijeron." #speaker:person
}
-> bench

=== frisk ===
~ frisked = true
{
- patdown_consent == "given":
    Se queda de pie con los brazos separados del cuerpo mientras usted lo revisa.
- refused_search:
    "Le dije que no. Le dije que no doy mi consentimiento." Se pone de pie de todos modos, porque usted está parado encima de él, y sube las manos a la altura de los hombros. #speaker:person
    {nadia_here: Nadia tiene el teléfono levantado, grabando.|Allá junto a la camioneta, la mujer del chaleco verde tiene el teléfono levantado.} #sfx:phone_camera
- else:
    Le dice que se pare y se dé la vuelta.
    "¿Por qué? ¿Estoy arrestado? Es una navaja de trabajo." Lo hace despacio, levantando las manos, con la vista en la camioneta. #speaker:person
}
{not knife_on_bench:
    ~ knife_on_bench = true
    En el bolsillo delantero derecho encuentra la navaja. La saca por el clip y la deja en la otra punta de la banca.
}
{
- disclosed:
    Palpa alrededor del bolsillo izquierdo de la chaqueta con las palmas planas, sin apretar. Él suelta el aire.
- else:
    ~ disclosed = true
    Su mano se cierra sobre el bolsillo izquierdo de la chaqueta: un manojo de tubitos delgados de plástico y algo duro y redondo. Él se echa de lado de un jalón.
    "¡Cuidado! ¡Agujas! ¡No apriete eso, el tubo está rajado!" #speaker:person #event:sharps_disclosed
}
Cintura, tobillos, las correas de la mochila: nada más.
-> bench

=== id_check ===
~ has_id = true
Saca de la cartera una identificación del estado y se la extiende entre dos dedos. Edward J. Marsh, cuarenta y cuatro años, con domicilio en el albergue para hombres de la calle Canal.
"No he hecho nada." #speaker:person
-> bench

=== warrants ===
Da un paso atrás y lee su nombre y fecha de nacimiento por la radio, sin quitarle un ojo de encima. #sfx:radio_dispatch
Él se queda muy quieto. {nadia_here: Nadia se ha quedado callada a su lado.|Allá junto a la camioneta, la mujer del chaleco verde dejó lo que estaba haciendo.}
"Fourteen, Edward Marsh no tiene órdenes pendientes. Un antecedente, posesión, hace seis años." #speaker:dispatch
-> bench

=== threat ===
Se lo dice sin rodeos: si algo que él trae encima lo pincha a usted, eso es agresión contra un agente, y se va a la cárcel por eso.
Él se ríe, y no porque algo le haga gracia.
"Sí. Eso mismo me dijo el último." #speaker:person
-> bench

=== ground_syringe_scene ===
La jeringa está en el trébol, a dos pasos de la banca: sin tapa, con el émbolo hasta el fondo y una película café dentro del cuerpo. Treinta metros más allá, dos niños se columpian.
"Esa no es mía, que conste. Las mías están todas en el tubo." #speaker:person
-> options

= options
* {not gloved} [Ponerse primero los guantes de nitrilo #act:don_gloves]
    ~ gloved = true
    Se pone un par de guantes de nitrilo.
    -> options
* {not container_here} [Pedirle a la trabajadora de alcance comunitario que traiga un contenedor para objetos punzantes #time:60]
    ~ container_here = true
    {
    - nadia_here:
        Le pregunta a Nadia si la camioneta tiene un contenedor para objetos punzantes. Ella va trotando a la camioneta y vuelve con uno rojo del tamaño de una lata de café. #sfx:footsteps
    - else:
        Le hace una seña a la mujer del chaleco verde y señala el pasto. Ella entiende de inmediato, se mete a la camioneta y vuelve trotando con un contenedor rojo para objetos punzantes del tamaño de una lata de café. #sfx:footsteps
        "Soy Nadia. Los jueves barremos el parque, pero adelante." #speaker:bystander
    }
    Lo pone en el camino y abre la tapa.
    ~ nadia_here = true
    -> options
* [Levantarla por el cuerpo, con la aguja hacia abajo y lejos de usted #act:pick_up_syringe]
    -> holding_syringe
* [Marcar el lugar y llamar a Parques: su equipo de objetos punzantes tiene el equipo adecuado #time:20]
    ~ ground_syringe = "left"
    Clava una varita en el pasto junto a ella y llama a Parques. Mandarán al equipo de objetos punzantes en la mañana. La jeringa se queda en el trébol.
    -> bench

=== holding_syringe ===
{gloved: Pellizca el cuerpo de la jeringa entre el pulgar y el índice enguantados.|Pellizca el cuerpo de la jeringa entre el pulgar y el índice, sin guantes.} La aguja está un poco doblada en la punta.
* {container_here} [Echarla, con la aguja por delante, en el contenedor para objetos punzantes #act:dispose_sharps_safely]
    ~ ground_syringe = "disposed"
    Cae al fondo con un pequeño clic de plástico. Nadia cierra la tapa. #sfx:sharps_container
* {not container_here} [Llevarla a la camioneta, con la aguja hacia abajo, y echarla en su contenedor para objetos punzantes #act:dispose_sharps_safely #time:60]
    ~ ground_syringe = "disposed"
    ~ container_here = true
    Cruza el pasto con ella baja y lejos del cuerpo, y la echa por la tapa del contenedor rojo que está junto a la puerta de la camioneta. #sfx:sharps_container
* [Taparla, para que no pinche a nadie, y abotonarla en el bolsillo lateral para el contenedor de la estación #act:recap_needle #act:pocket_syringe]
    ~ ground_syringe = "pocketed"
    Encuentra la tapa naranja junto a la pata de la banca. Con la jeringa en una mano y la tapa en la otra, acerca la aguja doblada; resbala en el borde y le pasa junto al pulgar, a medio centímetro de la piel, antes de entrar. Abotona la jeringa en el bolsillo lateral del pantalón.
- -> bench

=== card_look ===
La tarjeta está gastada en las esquinas: EASTSIDE HEALTH OUTREACH, PARTICIPANTE DEL PROGRAMA DE SERVICIOS DE JERINGAS, un número, la fecha de este año, una línea de ayuda y, al dorso, una línea que cita la ley estatal sobre los participantes del programa.
{nadia_here:
    "Si quiere, le confirmo el número", dice Nadia. "Lleva dos años con nosotros." #speaker:bystander
}
-> bench

=== honor ===
~ card_honored = true
Le devuelve la tarjeta y le dice que la tarjeta cubre las jeringas. Se las puede quedar.
Le sostiene la mirada un segundo más de lo necesario.
"Okey." #speaker:person
Vuelve a sujetar el paquete con la liga y lo guarda en el bolsillo con cierre, lejos del tubo rajado.
-> bench

=== confiscate ===
~ syringes_taken = true
Le dice que las jeringas se van con usted, y recoge de las tablas el paquete y el tubo rajado.
"Esas son de la camioneta. Están limpias." #speaker:person
"O sea que esta noche voy a tener que usar las de otro. Qué bien. Qué bien." #speaker:person
{nadia_here:
    Nadia abre la boca, y la vuelve a cerrar.
}
-> bench

=== informant ===
~ asked_for_name = true
Se inclina hacia él y baja la voz: ¿quién está vendiendo allá por las canchas? Hay niños en esos columpios. Nadie tiene por qué saber de dónde lo supo usted.
Él se le queda mirando.
"¿Quiere que me partan la cabeza por una bolsa de agujas de la camioneta?" #speaker:person
"No sé nombres. No conozco a nadie. Me estoy comiendo un sándwich." #speaker:person
-> bench

=== treatment_or_citation ===
~ coerced = true
Le dice que le va a echar la mano: si camina hasta esa camioneta y se inscribe hoy en su programa de tratamiento, usted se olvida de la citación. Si no, le escribe una citación por las jeringas.
"Eso no es escoger. Es una amenaza con más pasos." #speaker:person
Se queda mirando la camioneta un buen rato.
"Está bien. Voy a hablar con ella." #speaker:person
-> bench

=== referral_van ===
{
- nadia_here:
    Señala a Nadia con la cabeza. Ahí hacen mucho más que repartir agujas, ¿verdad? Pruebas, curaciones, alguien que receta los jueves. Si él quiere hablar con ella, usted se hace a un lado. Si no, es su decisión.
- else:
    Señala la camioneta con la cabeza. Allá hacen mucho más que repartir agujas: pruebas, curaciones, alguien que receta los jueves. Si él quiere, usted lo acompaña. Si no, es su decisión.
}
{
- person_trust >= 7:
    ~ referral = "accepted"
    Le da vueltas a la bolsa de papel entre las manos.
    {help_asked:
        "Si usted me acompaña, le pregunto lo del jueves." #speaker:person
    - else:
        "Ella me ha estado insistiendo con lo de la hepatitis C. Las pastillas." #speaker:person
    }
    "Sí. Okey. Voy a hablar con ella." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "Ya sé lo que hace la camioneta, oiga. Voy dos veces por semana." No se mueve. #speaker:person #event:referral_declined
}
-> bench

=== referral_treatment ===
Le pregunta, sin condiciones, si alguna vez ha querido empezar algo como la buprenorfina. La camioneta tiene quien recete los jueves; el mismo día, sin lista de espera.
{
- person_trust >= 7:
    ~ referral = "accepted"
    {help_asked:
        "¿El mismo día? ¿Sin lista de espera?" Suelta el aire. #speaker:person
    - else:
        "Estaba tomándola. En la cárcel del condado. Me la cortaron el día que salí." Se queda callado un momento. "¿El jueves?" #speaker:person
    }
    "Sí. Apúnteme para el jueves." #speaker:person #event:referral_accepted
- else:
    {referral == "none":
        ~ referral = "declined"
    }
    "De usted no, no se ofenda." #speaker:person #event:referral_declined
}
-> bench

// He has been detained long enough: the story asks the officer to decide.
=== free_to_go ===
Se pone de pie con la mochila al hombro y la bolsa de papel en la mano. {nadia_here: Nadia ya está cerrando la puerta lateral de la camioneta.}
"Oficial. Cierran en diez minutos. ¿Me puedo ir o qué?" #speaker:person
* [Decirle que se puede ir #act:release target=person]
    -> released
* {disclosed or pocket_emptied} [Escribirle una citación por las jeringas #act:cite reason=paraphernalia target=person]
    -> cited
* {disclosed or pocket_emptied} [Arrestarlo por posesión de parafernalia para drogas #act:arrest reason=paraphernalia target=person]
    -> arrested

=== walks_off ===
Se pone de pie, se echa la mochila al hombro y se aparta de la banca.
"No. No voy a pasar por esto otra vez. ¿Estoy arrestado? ¿No? Entonces me voy." #speaker:person
* [Dejarlo ir #act:release target=person]
    -> walked_away
* [Tomarlo del brazo: no se puede ir así como así con agujas encima, a treinta metros de los columpios #act:grab target=person]
    -> grabbed
* [Decirle que si da un paso más, queda arrestado #act:threaten_arrest target=person]
    -> runs

=== grabbed ===
~ disclosed = true
Lo agarra del brazo derecho, arriba del codo. Él se retuerce, y por un segundo su mano libre queda a unos centímetros del bolsillo izquierdo de la chaqueta.
"¡No! ¡No me agarre, ahí hay agujas!" #speaker:person #event:sharps_disclosed
{nadia_here:
    Nadia tiene el teléfono levantado, grabando. #sfx:phone_camera
    "Eddie, para. No te muevas. Oficial, él no se va a ir a ningún lado." #speaker:bystander
}
* [Derribarlo sobre el pasto antes de que se zafe #act:takedown target=person]
    -> taken_down
* [No soltarlo, y decirle que deje de jalar #time:10]
    Deja de jalar. Respira agitado.
    -> hold
* [Soltarlo y dar un paso atrás #act:release target=person]
    -> walked_away

= hold
* [Arrestarlo por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Soltarlo y decirle que se puede ir #act:release target=person]
    -> walked_away

=== taken_down ===
Le engancha la pierna y lo derriba. Cae con fuerza sobre el costado izquierdo, encima del bolsillo de la chaqueta, en el trébol{ground_syringe == "lying":, a un metro de la jeringa sin tapa}.
"¡El tubo! ¡El tubo está rajado, lo tengo abajo!" #speaker:person
{nadia_here:
    "¡No estaba haciendo nada! Eddie, no te muevas." Nadia sigue grabando. #speaker:bystander
}
Se queda quieto, con la cara en el pasto y las dos manos extendidas, planas, donde usted las ve.
* [Arrestarlo por resistirse #act:arrest reason=refusal target=person]
    -> arrested
* [Dejar que se levante y decirle que se puede ir #act:release target=person]
    -> walked_away

=== runs ===
Sale corriendo. Es más rápido de lo que parece: cruza el camino, pasa entre los columpios y brinca la cerca baja hacia Alder. La bolsa de papel queda tirada en el pasto.
* [Perseguirlo a pie #time:90]
    Lo pierde detrás de la lavandería de Alder. Le arden los pulmones y la radio le pregunta dónde está. #sfx:radio_dispatch
* [Dejarlo ir y reportarlo por radio #time:20]
    "Fourteen, el hombre del parque se fue a pie, hacia el norte por Alder. No hay delito, sin más." #speaker:officer #sfx:radio_dispatch
- -> fled_ending

=== walked_away ===
Se va caminando hacia la calle Alder sin voltear, pasando la camioneta, pasando a Nadia, que lo saluda con la mano.
-> fled_ending

=== fled_ending ===
{ground_syringe == "lying" or ground_syringe == "left": Detrás de usted, la jeringa sigue en el trébol, a treinta metros de los columpios.}
La camioneta se va a las seis. Él no vuelve a ella en toda la semana.
-> END

// The officer reached blindly into the pocket: the stick, first aid, reporting, and care.
=== stuck ===
{not officer_injured: -> reach_unhurt}
Mete la mano en el bolsillo. Plástico, una liga, algo duro y redondo, una tapa que cede bajo sus dedos, y un piquete agudo y brillante en la yema del dedo medio.
Saca la mano. {gloved: El guante está roto en la punta del dedo.} Brota una gota de sangre, luego otra.
{
- disclosed:
    "¡Se lo dije! ¡Le dije que estaban ahí!" Se echa hacia atrás, con las manos en alto. "Las usadas están en el tubo, la tapa está rajada, ¡se lo dije!" #speaker:person
- else:
    "Ay, no. Ay, no, oiga. Esas son las usadas, la tapa está rajada, perdón, perdón." Se echa hacia atrás, con las manos en alto. #speaker:person
}
~ disclosed = true
{not card_out:
    ~ card_out = true
    Saca la cartera a tientas y levanta una tarjeta enmicada, con las manos temblando. #event:ssp_card_shown
    "Estoy en el programa, son de la camioneta, mire, estoy en el programa." #speaker:person
}
{not nadia_here:
    ~ nadia_here = true
    La mujer del chaleco verde ya viene corriendo por el pasto desde la camioneta. NADIA, EASTSIDE HEALTH OUTREACH, dice su credencial. #sfx:footsteps
}
"¿Le rompió la piel? Okey. Okey. Tengo agua y jabón en la camioneta." #speaker:bystander
-> first_aid

= first_aid
* [Dejar que sangre y lavarla con agua corriente y jabón en el lavabo de la camioneta #time:120]
    ~ wound = "washed"
    En el lavabito junto a la puerta lateral de la camioneta deja correr el agua sobre la herida y se enjabona bien durante un largo minuto. Sigue sangrando, un poco. Nadia le pasa toallas de papel y una curita, y se queda callada un rato.
    "Tiene que ir a que lo vean hoy. No lo deje pasar." #speaker:bystander
* [Apretarse el dedo con fuerza para sacar la sangre, y echarle gel antibacterial #time:30]
    ~ squeezed = true
    Se aprieta la yema hasta que se pone blanca y le echa gel antibacterial. Arde como fuego.
    "No lo apriete", dice Nadia. "Nada más deje que sangre y láveselo. Agua y jabón, ándele." #speaker:bystander
    -> first_aid
* [Envolverlo en una servilleta de la bolsa de él y seguir: ya se ocupará después de la llamada #time:10]
    ~ wound = "wrapped"
    Se envuelve el dedo en una servilleta de papel y aprieta. La servilleta se pone rosada en el centro.
- -> reporting

= reporting
* [Llamar por radio: decirle a su sargento que se pinchó con una aguja y que necesita ir a la sala de emergencias #time:60]
    ~ reported = true
    "Fourteen a la sargento Okafor. Me pinché con una aguja usada en Riverside Park. Pido que me cubran." #speaker:officer #sfx:radio_dispatch
    Okafor contesta de inmediato: que vaya ya a St. Vincent's, que ella manda a Lindqvist para que se haga cargo, que el reporte de exposición lo puede hacer en el hospital. Las primeras horas son las que cuentan.
* [No decir nada por ahora: seguramente era una de las nuevas #time:5]
    Flexiona el dedo. Seguramente era una nueva. Seguramente.
- -> the_syringe

= the_syringe
* [Preguntarle, con calma, si esa estaba usada, y si estaría dispuesto a hacerse la prueba en la camioneta: él decide #time:60]
    "Usada. Mía. Del lunes." Traga saliva. "Nadia hace las pruebas rápidas. Me la hago. Me hice una en marzo y salió bien, pero me la hago." #speaker:person
    "Le mando los resultados a quien usted quiera, si él firma la autorización", dice Nadia. #speaker:bystander
* [Decirle que hoy se hace el análisis de sangre, por las buenas o por las malas: usted necesita saber a qué se expuso #act:threaten_arrest target=person]
    "No me puede obligar a eso." Mira a Nadia. "¿Él me puede obligar a eso?" #speaker:person
    "No", dice Nadia. "Pero Eddie, a él le ayudaría." #speaker:bystander
    Niega con la cabeza y no dice nada más.
- {arresting: -> stuck_during_arrest}
-> after_stick

= after_stick
{reported:
    Una segunda patrulla entra al lote. La agente Lindqvist se acerca, le mira la mano y se hace cargo de la escena. #sfx:car_door
}
{
- not pocket_emptied:
    ~ pocket_emptied = true
    Él mismo vacía sobre la banca lo que queda en el bolsillo izquierdo, sin que se lo pidan, una cosa a la vez: el paquete de jeringas nuevas, el tubo rajado. Nadia le acerca el contenedor para objetos punzantes y él echa el tubo adentro. #sfx:sharps_container
}
-> deciding

= deciding
* {referral == "none"} [Decirle que Nadia lo puede ayudar con más que agujas, si quiere: eso depende de él #act:offer_referral to=ssp target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        "Sí. Después de esto. Sí." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        Niega con la cabeza sin levantar la vista. #event:referral_declined
    }
    -> deciding
* {not card_honored} [Decirle que la tarjeta cubre sus jeringas y que puede seguir a la camioneta #act:honor_ssp_card target=person #act:release target=person]
    ~ card_honored = true
    Recoge el paquete de jeringas nuevas y lo vuelve a guardar en el bolsillo, mirándole la mano, no la cara.
    -> hospital
* [Escribirle una citación por las jeringas #act:cite reason=paraphernalia target=person]
    Escribe la citación con una sola mano. Él la toma sin decir palabra.
    -> hospital
* [Arrestarlo por posesión de parafernalia para drogas #act:arrest reason=paraphernalia target=person]
    {reported: Lindqvist lo esposa y lo sube a la parte de atrás de su patrulla.|Lo esposa con una sola mano y lo sube a la parte de atrás de su patrulla.}
    -> hospital
* [Decirle que se puede ir #act:release target=person]
    -> hospital

= stuck_during_arrest
{reported: Llega Lindqvist y se lo lleva al registro de ingreso en su patrulla.|Lo sube a la parte de atrás de su patrulla y lo lleva personalmente al registro de ingreso, con una sola mano en el volante.}
-> hospital

= hospital
{
- reported:
    Maneja por su cuenta hasta St. Vincent's, con la mano levantada junto al volante. #bg:patrol_car
    En menos de una hora le sacan sangre para las pruebas de base, revisan su registro de vacunación contra la hepatitis B y le empiezan un tratamiento de veintiocho días de medicamento posexposición. Pruebas de seguimiento a las seis semanas, a los tres meses y a los seis meses.
    {wound == "washed": La enfermera le pregunta si se lavó la herida. Usted dice que sí, con agua y jabón{squeezed:, después de apretarla y echarle gel antibacterial}. Ella asiente y lo anota{squeezed:, y le dice que apretar no sirve de nada, que basta con agua y jabón}.}
    {wound == "wrapped": La enfermera le pregunta si se lavó la herida. Usted dice que no, que {squeezed:la apretó, le echó gel antibacterial, }la envolvió y siguió trabajando. Ella lo anota y no comenta nada.}
- else:
    Termina el turno. Esa noche, en su casa, bajo la luz de la cocina, se queda mirando la pequeña marca oscura en la yema del dedo, y busca en el teléfono cuánto tiempo hay para empezar el medicamento después de un pinchazo. Lee que funciona mejor en las primeras horas. Son las once de la noche. #bg:patrol_car
}
-> END

= reach_unhurt
Mete la mano en el bolsillo y la saca con un paquete de jeringas tapadas sujeto con una liga. Tuvo suerte.
~ pocket_emptied = true
-> bench

// Endings.
=== released ===
Le dice que se puede ir.
{knife_on_bench: Él se vuelve a enganchar la navaja en el bolsillo.}
{help_asked and referral == "none":
    Espera un segundo, como si esperara que usted le dijera algo del jueves. Luego recoge la bolsa.
}
{
- referral == "accepted":
    Camina hasta la camioneta con la bolsa de papel bajo el brazo. {nadia_here: Nadia va con él.|La mujer del chaleco verde lo recibe en la puerta.} Por la puerta lateral abierta usted la ve sacar una tablilla con formularios.
- coerced:
    Camina hasta la camioneta y se queda parado junto a ella hasta que su patrulla sale del lote. Por el espejo lo ve cruzar la calle hacia la parada del autobús.
- syringes_taken:
    Mira el bolsillo vacío, y luego a usted. Camina hacia la camioneta de todos modos.
- else:
    Asiente una vez, recoge la bolsa y la mochila, y se va hacia la camioneta.
}
{ground_syringe == "lying" or ground_syringe == "left": La jeringa sigue en el trébol, a treinta metros de los columpios.}
{ground_syringe == "pocketed": La jeringa tapada sigue abotonada en su bolsillo lateral.}
{syringes_taken and not syringes_disposed: Las jeringas de él regresan a la estación en el asiento del copiloto de su patrulla, en una bolsa de papel.}
-> END

=== cited ===
Escribe la citación sobre el capó de su patrulla: posesión de parafernalia para drogas, con fecha en la corte dentro de cinco semanas.
{card_out:
    Él levanta la tarjeta del programa mientras usted escribe.
    "Se supone que esto vale algo." #speaker:person
}
Toma la copia y la dobla en cuatro sin leerla.
-> after_citation

= after_citation
* {referral == "none"} [Decirle que la camioneta lo puede ayudar con más que agujas, si él quiere #act:offer_referral to=ssp target=person]
    {
    - person_trust >= 7:
        ~ referral = "accepted"
        "Sí. A lo mejor." Mira la camioneta. "Sí." #speaker:person #event:referral_accepted
    - else:
        ~ referral = "declined"
        "Me acaba de poner una citación, oiga. Guárdese sus consejos." #speaker:person #event:referral_declined
    }
    -> after_citation
* {syringes_taken and not syringes_disposed} [Echar las jeringas que le quitó en el contenedor para objetos punzantes de la camioneta #act:dispose_sharps_safely]
    ~ syringes_disposed = true
    Mete el paquete y el tubo rajado en el contenedor rojo junto a la puerta de la camioneta. #sfx:sharps_container
    -> after_citation
* [Decirle que se puede ir #act:release target=person]
    Se va caminando hacia la calle Alder{referral == "accepted":, y luego se da la vuelta y se va hacia la camioneta}.
    {ground_syringe == "lying" or ground_syringe == "left": La jeringa sigue en el trébol, a treinta metros de los columpios.}
    -> END

=== arrested ===
~ arresting = true
Le dice que queda arrestado. Él cierra los ojos.
{nadia_here:
    "¿Es en serio?", dice Nadia. "Esas son nuestras. Él está en el programa." #speaker:bystander
}
{
- pocket_emptied:
    Sus cosas ya están sobre la banca. Lo esposa, embolsa las jeringas y lo lleva caminando a la patrulla. #sfx:car_door
    -> booked
- else:
    Antes de que suba a la patrulla, necesita que tenga los bolsillos vacíos.
}
* {not disclosed} [Preguntarle si hay algo en sus bolsillos con lo que usted se pueda pinchar, y luego pedirle que los vacíe sobre la banca #act:ask_about_sharps target=person #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    "Bolsillo izquierdo. Agujas. El tubo está rajado." Lo vacía despacio sobre las tablas, una cosa a la vez. #speaker:person #event:sharps_disclosed
    ~ disclosed = true
* {disclosed} [Pedirle que vacíe los bolsillos sobre la banca antes de esposarlo #act:have_person_remove_items target=person]
    ~ pocket_emptied = true
    Vacía el bolsillo izquierdo despacio sobre las tablas, una cosa a la vez.
* [Revisarle personalmente los bolsillos antes de que suba a la patrulla #act:reach_into_pocket target=person]
    -> stuck
- Lo esposa y lo lleva caminando a la patrulla. #sfx:car_door
-> booked

=== booked ===
En la estación, sus jeringas van a una bolsa marcada OBJETOS PUNZANTES. El jueves no alcanza la camioneta. La tarjeta del programa va a dar al sobre de sus pertenencias, junto con la navaja.
{ground_syringe == "lying" or ground_syringe == "left": La jeringa sigue en el trébol, a treinta metros de los columpios.}
-> END
