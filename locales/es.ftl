# Restaking, explained: the Spanish words (es), translated from en.ftl, the source.
#
# Same ids, same order and same placeholders as en.ftl; the comments stay in English for
# maintainers. Terms follow docs/glossary-es.md. A machine translation: not yet reviewed
# by a native speaker.
#
# See en.ftl's opening comment and the README's "Languages" section.

## How numbers are written

# The decimal separator.
number-decimal = ,
# The separator between groups of three digits.
number-group = .
# The smallest whole number written with group separators: 1000 where "1,000" is
# written, 10000 where four digits stay together ("1000", but "10,000").
number-group-from = 10000
# A percentage; { $n } is the number. The no-break space keeps them on one line.
number-percent = { $n }{"\u00A0"}%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
    [one] { $n }{"\u00A0"}año
   *[other] { $n }{"\u00A0"}años
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = Haz las cuentas: ¿compensa el rendimiento extra el riesgo extra?

# The line under the calculator's heading.
calculator-lead = Los controles parten de un ejemplo práctico: 32 ETH a cerca del 3,5 % anual, en restaking para dos servicios que pagan un 2 % y un 1,5 % más. Mueve uno y las cifras de al lado cambian con él ([APR](apr) es la tasa anual).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = Estos controles parten de unas cifras elegidas para ti; el ejemplo práctico (32 ETH a cerca del 3,5 % anual, dos servicios que pagan un 2 % y un 1,5 % más) está a un clic. Mueve lo que quieras y todas las cifras de abajo cambian, en ETH al año y como tasa anual ([APR](apr)).

# Under the extra reward: what it is paid in.
reward-currency = Un servicio puede pagar en cualquier token; su valor en ETH varía, y aquí se da por fijo.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = «Tras los recortes esperados» solo cuenta los recortes, con las probabilidades que tú fijas: ni los otros cinco riesgos ni el peor caso.

# Legend of the inputs' group.
inputs-legend = Tu posición

# Legend of the services' group.
services-legend = Servicios que protege tu ETH en restaking

# Explains what a service's probability is, and that it is a guess.
services-hint = Cada servicio paga una tasa extra y añade sus propias reglas de recorte. La probabilidad anual de un recorte grave es una estimación que fijas tú: el ejemplo práctico no da ninguna.

# The add-a-service button.
add-service = Añadir servicio

# Said when no service is left.
no-services = Sin servicios: esto es staking líquido sin más, solo con las reglas de recorte de Ethereum.

# Said when the maximum number of services is reached.
services-full = Esta calculadora admite como máximo ocho servicios.

# Legend of the slashing-model choice.
model-legend = ¿Cómo se combinan los riesgos de recorte de los servicios?

# The independent choice.
model-independent = Por separado: cada servicio puede fallar por su cuenta

# The correlated choice.
model-correlated = Juntos: un solo operador compartido, un fallo recorta en todos los servicios

# The allocated choice.
model-allocated = Por porciones: cada servicio solo puede recortar la parte del stake reservada para él (EigenLayer desde el 17 de abril de 2025)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = Aquí se supone que cada servicio paga su tasa sobre su propia porción. En EigenLayer, un servicio puede en cambio ponderar sus recompensas por todo el stake delegado en sus operadores (desde marzo de 2026).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = Más ajustes

# What that group holds, said on its toggle.
more-holds = probabilidades anuales, modelo de recorte, comisiones, rutas reales, nombres, años del gráfico

# The legend of the route presets.
routes-legend = Partir de una ruta real

# What a route preset changes, and what it keeps.
routes-hint = Una ruta fija el camino, las comisiones y el modelo de recorte. Tu stake, tus tasas y tus probabilidades no cambian.

# Said when the fees, path and model match no route.
route-custom = Tu propia combinación de camino, comisiones y modelo.

# The fees toggle.
fees-summary = Comisiones en cada capa (ninguna en el ejemplo práctico)

# The reset button.
reset = Volver al ejemplo práctico

# Heading of the results.
results-title = El resultado

# The toggle of the sources part's full list.
sources-all = Todos los datos, con su fecha y su fuente
sources-loading = Cargando las fuentes…
sources-failed = No se pudieron cargar las fuentes. Recarga la página para volver a intentarlo.

# The toggle of the glossary's definitions.
glossary-open = Las palabras con las que tropieza un principiante, definidas

# The dismiss-notices button.
dismiss = Descartar

# Heading of the chart.
chart-title = Con los años

# Explains the chart's assumptions.
chart-hint = Recompensas cobradas, sin reinvertir; el recorte llega a mitad de año.

# Shown in place of a result that does not exist.
none-text = no aplica

# The fan-out's heading.
fan-title = Un depósito, muchos trabajos

# The line under the fan-out's heading.
fan-lead = Tu ETH en staking ya protege Ethereum. En restaking, ese mismo depósito se delega en un [operador](operator), que opera los [servicios](avs) que ese depósito respalda: cada uno paga su propia recompensa por su rama, y cada uno puede recortar el depósito por su propia flecha.

# The play/pause button while the animation runs.
pause = Pausar la animación

# The play/pause button while the animation is paused.
play = Reproducir la animación

# Before the simulate-a-slash buttons.
simulate-label = Simular un recorte en

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = Un fallo en un servicio se lleva el porcentaje de recorte fijado en la calculadora. El recorte propio de Ethereum es distinto: una primera penalización pequeña (1/4096 del saldo desde mayo de 2025), una salida forzosa con el resto bloqueado unos 36 días, y se pierde más cuando se recorta a muchos a la vez. En EigenLayer, un recorte espera 7 días antes de quemarse o pagarse: tiempo para pausarlo, no para deshacerlo.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = Para curiosos: hasta dónde llega un recorte, y el de Ethereum

# The toggle of a step's other ways in.
flow-curious = Otras formas de entrar: tu propio validador o un token de restaking líquido

# The toggle of the exit timeline's dated rules.
timeline-curious = Para curiosos: las reglas detrás de estas esperas

# The undo button.
undo-slash = Deshacer el último recorte

# The name of the Ethereum branch.
ethereum = Ethereum

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = Salida: espera en cada capa

# The service name's label.
service-name = Nombre

# The remove-a-service button.
remove = Quitar

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = años

# The chart's mark at the slash.
chart-slash = recorte

# The chart's mark at the reader's guess.
chart-guess = tu estimación

# Heading of the calculator's line about simulated slashes.
after-title = Tras los recortes simulados

# The label of a guess's slider.
guess-label = Tu estimación

# The button that commits a guess.
guess-check = Comprobar

# The toggle that shows an answer without a guess.
guess-skip = Ver la respuesta

# The same toggle once the answer is on show.
guess-answer = La respuesta

# Offered when the numbers changed after an answer was shown.
guess-again = Volver a preguntar con estas cifras

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = ¿Y cuántos años de la recompensa extra de los servicios borra ese único recorte?

# The story's control, stopped.
story-play = ▶ Ver la historia

# The story's control, playing.
story-pause = ❚❚ Pausar la historia

# What the story is, beside its control.
story-hint = ¿Primera vez aquí? Mira los cinco pasos contados sobre el diagrama, unos segundos cada uno.

# The story caption's button that moves on before the beat's time is up.
story-next = Siguiente ›

# Announced at the story's slash.
story-slash = Un servicio aplica un recorte: mira cómo se encoge el depósito.

# The flow's heading.
flow-title = De ETH al restaking en cinco pasos

# The line under the flow's heading.
flow-lead = Puedes hacer restaking sin operar un [validador](validator): con un [token de staking líquido](lst) y un protocolo de restaking, o entregando ETH sin más a un protocolo de restaking líquido que hace ambas cosas.

# The back button.
back = ← Atrás

# The next button.
next = Siguiente →

# Label of the step list.
steps-label = Pasos del restaking

# "Risk it adds:" before each step's risk.
risk-added = Riesgo que añade:

# The native path, shown beside steps 1 and 2.
native-title = O bien: restaking nativo

# What the native path is.
native-body = Si operas tu propio validador (32 ETH como mínimo), puedes saltarte el LST y dirigir las [credenciales de retiro](withdrawal-credentials) del validador a un EigenPod, un contrato tuyo en el protocolo de restaking. No hay token ni contrato de LST en que confiar, pero operas el validador (o pagas a un proveedor para que lo haga) y respondes de su disponibilidad, y un validador nuevo espera primero en la cola de entrada de Ethereum (más de 50 días en julio de 2026).

# The third path: a liquid restaking token.
lrt-title = O bien: un token de restaking líquido

# What the liquid restaking path is.
lrt-body = Sin un validador propio también puedes saltarte los pasos 1 a 3: depositas ETH sin más, o un LST que ya tengas, en un protocolo de restaking líquido como ether.fi, Renzo, Kelp o Puffer. El protocolo hace el restaking, sobre todo en EigenLayer, elige por ti los operadores y los servicios, y te devuelve un token de restaking líquido (LRT) que puedes negociar. Su propia comisión se suma a las demás, y su token puede perder la paridad como cualquier otro.

# Label of the path choice.
path-legend = Camino que muestran el diagrama y la salida

# The exit timeline's heading.
timeline-title = Cuánto tarda la salida

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = La demora de retiro de EigenLayer es de unos 14 días desde su actualización de recortes del 17 de abril de 2025 (antes, 7 días), y un protocolo puede volver a cambiarla. Ethereum deja entrar como máximo 256 ETH y salir 256 ETH cada 6,4 minutos, así que sus colas, en ambos sentidos, son cortas cuando esperan pocos y tardan semanas cuando esperan muchos: la cola de salida superó los 46 días en septiembre de 2025, y la de entrada los 50 días en julio de 2026.

# The sources part's heading.
sources-title = Fuentes y fechas

# The line under the sources part's heading.
sources-lead = Cada regla y cifra que se da aquí sobre un protocolo, con fecha y con las palabras de su fuente. Los protocolos cambian sus reglas: comprueba cada una antes de fiarte de ella.

# The glossary's heading.
glossary-title = Palabras usadas aquí

# The accessible name of the box a citation mark opens.
fact-pop-label = Fuente

# The close button of a term's popover.
close = Cerrar

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = Cargando… (esto necesita JavaScript)

# The whole explainer's opening: the one idea in two sentences.
intro = El [staking](staking) bloquea ETH para que respalde los bloques de Ethereum: así gana ETH nuevo, cerca del 3,5 % al año en el ejemplo práctico de esta guía, y pierde una parte si su validador rompe las reglas (es el [recorte](slashing), o slashing). El restaking presta ese mismo ETH en staking también a otros servicios: cada uno paga una recompensa adicional, y cada uno puede recortarlo si se rompen sus propias reglas. Cada punto de rendimiento extra se paga con riesgo extra.

# Where the worked example comes from, said once, on the whole page only.
intro-source = El ejemplo práctico (32 ETH, dos servicios, un recorte del 5 %) procede del artículo de COINOTAG «What Is Restaking?», de junio de 2026.

# Label of the table of contents.
contents = En esta guía

# The toggle of the comparison's notes.
compare-curious = Para curiosos: cómo se apoyan unos en otros

# The label of the comparison's choice of column, on a phone.
compare-showing = Columna visible

# Where the comparison's pick and the risks' links lead back to.
back-compare = la comparación

# See `BACK_COMPARE`.
back-risks = los riesgos

# The comparison's heading.
compare-title = Staking, staking líquido, restaking, restaking líquido

# The line under the comparison's heading.
compare-lead = Es fácil confundir los cuatro, porque cada uno se construye sobre el anterior. Elige una fila para ver dónde aparece en el diagrama.

# The table's caption (read by screen readers, shown above the table).
compare-caption = Staking simple, staking líquido, restaking y restaking líquido comparados en seis puntos; las filas de recompensa y de recorte usan las cifras de la calculadora.

# The heading of the row-heading column.
compare-dimension = Aspecto

# The risks' heading.
risks-title = Seis riesgos que sopesar

# The line under the risks' heading.
risks-lead = El restaking acumula varios riesgos sobre un mismo depósito, y los principiantes suelen subestimarlos. Cada uno entra en un paso concreto.

# The toggle of a risk's real, dated case.
risk-case = Un caso real, con fecha

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = Mostrar dónde entra

# The closing judgement's heading.
judgement-title = Antes de hacer restaking

# The toggle of the checklist.
checklist-title = Cinco preguntas para un protocolo de restaking

# The embed panel's toggle.
embed-title = Insertar esta guía en tu artículo

# What the snippets are.
embed-hint = Cada fragmento lleva todas las cifras tal como están ahora, así que un cambio posterior en los valores por defecto de esta página nunca cambia lo que ven tus lectores. El elemento y el div se ajustan al ancho de tu página, no heredan nada de sus estilos y comprueban la integridad del script; el iframe mantiene el widget en un marco propio, con el tamaño justo.

# Legend of the parts to include.
embed-parts = Partes que incluir

# The element snippet's label.
embed-element-label = Inserción con elemento

# The script snippet's label.
embed-script-label = Inserción con script (un div)

# The iframe snippet's label.
embed-frame-label = Inserción con iframe

# The pasted links' label.
embed-paste-label = Un enlace para pegar en una línea propia (WordPress, Ghost): uno por parte, con las cifras del ejemplo práctico

# Legend of the theme choice.
embed-theme = Colores

# The preview's sample of the widget.
embed-preview-sample = 2,24 ETH al año

# Said in the panel when its code could not be loaded.
embed-failed = No se pudo cargar el código de inserción. Recarga la página para volver a intentarlo.

# The image-and-link snippet's label (HTML).
embed-image-label = Una imagen y un enlace, para boletines y páginas que no ejecutan scripts (HTML): uno por parte, con las cifras del ejemplo práctico

# The image-and-link snippet's label (Markdown).
embed-markdown-label = La misma imagen y el mismo enlace en Markdown

# The iframe's title, read by screen readers.
embed-frame-title = El restaking, explicado: una guía interactiva

# The copy button.
copy = Copiar

# The copy button after copying.
copied = Copiado

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = Aquí no se permite copiar, así que el código está seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiarlo.

# The line above a part's title on its picture.
picture-kicker = El restaking, explicado

# The line above the whole explainer's title on its picture.
picture-kicker-page = Una guía interactiva

# The whole explainer's title on its picture.
picture-page-title = El restaking, explicado

# The last line of every picture: the live widget is one click away.
picture-foot = Sigue el enlace para mover las cifras por tu cuenta.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = Guardar con tus cifras:

# When the browser would not make the file.
save-failed = Este navegador no pudo crear el archivo aquí.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = Si no llegó ningún archivo, la página que rodea este marco bloquea las descargas: abre la guía en su propia página para guardar el archivo.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = independiente

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = correlacionado

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = por porciones

# A route's button text: the worked example.
route-name-article = El ejemplo práctico

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = stETH de Lido en EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = Un token de restaking líquido

# A route's button text: native restaking.
route-name-native = Restaking nativo en EigenLayer

# What a route sets, in a sentence: the worked example.
route-summary-article = El planteamiento del ejemplo práctico: un LST en restaking, sin comisiones, y cada servicio capaz de recortar todo el depósito.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = Lido se queda con el 10 % de la recompensa de staking. De lo que pagan los servicios, EigenLayer se lleva el 20 % (aquí se supone que ambos servicios aceptan su comisión) y el operador el 10 % del resto (su valor por defecto). Cada servicio solo puede recortar su propia porción.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = Depositas ETH en un protocolo de restaking líquido, que se queda con el 10 % de las recompensas (la comisión de Renzo sobre ezETH). De lo que pagan los servicios, EigenLayer se lleva el 20 % (suponiendo que los servicios la aceptan) y el operador el 10 % del resto; porciones como en EigenLayer.

# What a route sets, in a sentence: native restaking.
route-summary-native = Tu propio validador, sin token: sin comisión de LST. De lo que pagan los servicios, EigenLayer se lleva el 20 % (suponiendo que los servicios la aceptan) y el operador el 10 % del resto; porciones como en EigenLayer.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = De la porción a la que llega el servicio, no de todo el stake.

# The line under a field: the base staking rate.
field-hint-base-rate = Antes de comisiones: la tasa que se anuncia para un LST, como la de stETH, ya descuenta su comisión.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = La cobra el protocolo de staking líquido, sobre la recompensa base.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = La cobra EigenLayer sobre las recompensas de los servicios que la aceptan (20 % desde marzo de 2026), antes de la comisión del operador.

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = La cobra el operador en quien delegas, sobre lo que pagan los servicios.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = La cobra el protocolo de restaking líquido, si usas uno, sobre todas las recompensas.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = Tasa total

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = Un recorte

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = Años borrados

# The heading of a group of results: the rewards.
result-groups-rewards = Un año de recompensas

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = Un recorte grave

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = Sopesar el riesgo

# A result's label: the base staking reward.
result-label-base-reward = Recompensa base, al año

# A result's label: the services' extra reward.
result-label-extra-reward = Extra de los servicios, al año

# A result's label: the total reward.
result-label-gross-reward = Recompensa total, al año

# A result's label: the total yearly rate.
result-label-gross-apr = Tasa total

# A result's label: what one severe slash takes.
result-label-slash-loss = Un recorte grave se lleva

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = Años de recompensa extra que borra

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = Probabilidad de al menos un recorte grave, al año

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = Coste esperado de los recortes, al año

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = Recompensa tras los recortes esperados, al año

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = Tasa tras los recortes esperados

# A result's label: the break-even chance.
result-label-breakeven-probability = Probabilidad de recorte de equilibrio, por servicio

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = no hay recompensa extra que borrar

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = el restaking compensa con cualquier probabilidad hasta el 100 %, o no hay nada que recortar

# The label of a numeric input: the amount staked.
field-label-stake = ETH en staking

# The label of a numeric input: the base staking rate.
field-label-base-rate = Tasa base de staking

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = Tamaño de un recorte grave

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = Comisión de staking líquido

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = Comisión de EigenLayer

# The label of a numeric input: the operator's commission.
field-label-commission = Comisión del operador

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = Comisión de restaking líquido

# The label of a numeric input: a service's extra rate.
field-label-service-rate = Tasa extra

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = Probabilidad anual de un recorte grave

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = Porción asignada

# The label of a numeric input: the years the chart shows.
field-label-horizon = Años mostrados

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = Año del recorte

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % al año

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % del stake

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % de las recompensas base

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % de las recompensas de los servicios

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % de todas las recompensas

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % al año

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % del stake

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = años

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = Staking simple

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = Restaking, sin recorte

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = Restaking, un recorte

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = Dibujado como en el ejemplo práctico: cada servicio puede recortar todo el depósito. Eso sigue valiendo cuando un mismo stake se reutiliza en varias redes, pero en EigenLayer, desde el 17 de abril de 2025, cada servicio solo puede recortar la porción que el operador le asignó (elige «Por porciones» en la calculadora).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = Dibujado como en EigenLayer desde el 17 de abril de 2025: el operador reserva una porción del depósito para cada servicio, y un servicio solo puede recortar su propia porción.

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = Protocolo de restaking

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = Validador

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = lleva a la cadena precios externos

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = mueve tokens entre cadenas

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = mantiene disponibles los datos de los rollups

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = Stake restante

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = Capital perdido

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = Años de recompensa extra que borra

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = Haces staking de ETH y recibes a cambio un token, un LST: tu recibo, que sigue rindiendo.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = Depositas el LST en un protocolo de restaking, junto con los de todos los demás.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = Un operador pone tu depósito a trabajar para cada servicio: cada uno, una forma más de sufrir un recorte.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = Ethereum y cada servicio devuelven una recompensa por su rama.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = Para salir, esperas capa a capa, y mientras tanto aún puedes sufrir un recorte.

# The caption's title at the story's slash.
story-caption-slash-title = Un servicio aplica un recorte

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = Parte de tu depósito ha desaparecido. ¿Cuánto? La primera pregunta de abajo te lo plantea.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = Hacer staking de ETH por un LST

# Step 1's explanation, in two or three sentences.
steps-1-body = Haces staking de ETH a través de un protocolo de staking líquido y recibes a cambio un token de staking líquido (LST). El token es tu recibo: sigue ganando la recompensa base de Ethereum, y puedes moverlo, negociarlo o usarlo en [DeFi](defi).

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = los propios contratos del protocolo del LST, y la posibilidad de que el token cotice por debajo del ETH que lo respalda (una [pérdida de paridad](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = Depositar el LST

# Step 2's explanation, in two or three sentences.
steps-2-body = Depositas el LST en un protocolo de restaking como [EigenLayer](eigenlayer), que lo junta con miles de depósitos más. A partir de ahí, tu posición está en manos de sus contratos.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = riesgo de contratos inteligentes: un fallo en la capa de restaking puede alcanzar a la vez a todos los depósitos del fondo común.

# Step 3's short title, for the step dot and heading.
steps-3-title = Delegar en un operador

# Step 3's explanation, in two or three sentences.
steps-3-body = Todo tu saldo en restaking lo delegas en un único operador. Es el operador, no tú, quien se adhiere a los servicios (EigenLayer los llama AVS) y se queda una comisión de lo que pagan, el 10 % salvo que fije otra. Cada servicio trae sus propias reglas de recorte además de las de Ethereum, y desde julio de 2025 un servicio puede destinar lo que recorta a un receptor de su elección en vez de quemarlo (redistribución), si el operador lo acepta. Tu operador puede poner tu stake a trabajar para un servicio nuevo al instante (su demora de asignación puede ser 0), mientras que tu propia salida tarda 14 días.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = recortes acumulados: cada servicio es una forma más de perder capital, por un fallo del operador que tú no causaste, y un servicio que se queda lo que recorta tiene un motivo para recortar.

# Step 4's short title, for the step dot and heading.
steps-4-title = Ganar recompensas por capas

# Step 4's explanation, in two or three sentences.
steps-4-body = Ahora las recompensas llegan de dos capas: la recompensa base de Ethereum más la de cada servicio. Un servicio puede pagar en el token que elija, y si se adhiere a la comisión de EigenLayer le cede antes el 20 %. Los incentivos EIGEN de EigenLayer ya solo van al stake que respalda servicios que pagan (desde el 19 de marzo de 2026). Cada pago semanal se puede reclamar una semana después, con un valor que varía. Un recorte se lleva capital, y con él las recompensas de staking acumuladas dentro de tu LST o LRT.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = las recompensas pueden bajar, detenerse o perder valor, mientras que un solo recorte grave puede borrar más de un año de recompensa extra.

# Step 5's short title, for the step dot and heading.
steps-5-title = Salir capa a capa

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = Para recuperar ETH deshaces el camino al revés: retiras tu depósito del protocolo de restaking y luego vuelves a convertir el LST en ETH. Cada capa tiene su propio tiempo de espera ([desvinculación](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = liquidez y demora: esperas en cada capa, y una salida rápida por el mercado puede obligarte a vender por debajo de la paridad.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = Con un LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = Nativo

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = Con un LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = Para recuperar ETH sales en el mismo orden en que entraste: primero tu validador sale de Ethereum, y su ETH llega a tu EigenPod; después lo retiras del protocolo de restaking. Cada capa tiene su propio tiempo de espera ([desvinculación](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = Para recuperar ETH canjeas el LRT en la cola propia de su protocolo, que espera por ti al protocolo de restaking y a Ethereum, o vendes el LRT en el mercado. Cada capa tiene su propio tiempo de espera ([desvinculación](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = demora: la cola de salida de Ethereum puede tardar semanas cuando salen muchos, y el stake aún puede sufrir recortes hasta que termina la demora del protocolo de restaking.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = En el ejemplo práctico, cualquier servicio puede recortar todo el depósito. En EigenLayer, desde el 17 de abril de 2025, el operador asigna una porción a cada servicio, y un servicio solo puede recortar su porción.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = En EigenLayer, desde el 17 de abril de 2025, el operador asigna una porción del depósito a cada servicio, y un servicio solo puede recortar su porción: los controles de la calculadora las fijan.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = Día 0

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = Solicitas un retiro del protocolo de restaking, que queda en cola. Tu depósito deja de ganar las recompensas de los servicios al instante, pero cualquier recorte hecho durante la demora le sigue afectando.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = Termina la demora de retiro de EigenLayer y recuperas tu LST.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = O bien la cola de retiro propia del LST, para obtener ETH a su valor completo (de días a semanas, según la cola de salida de Ethereum), o bien un intercambio inmediato en el mercado, que puede pagar por debajo de la paridad.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = Tu validador sale por la cola de salida de Ethereum: corta cuando esperan pocos, semanas cuando esperan muchos (46 días en septiembre de 2025). Desde julio de 2025, tu EigenPod puede solicitar la salida por sí mismo.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = Unas 27 horas, y luego días

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = Tras la salida, una demora fija de 256 épocas; después, el barrido de retiros, que paga a los validadores por turno, mueve el ETH a tu EigenPod.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = Pones en cola el retiro de EigenLayer y esperas su demora, durante la cual el stake aún puede sufrir recortes. Si lo pones en cola con antelación por la cantidad exacta, puede correr en paralelo a los pasos anteriores.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = Canjeas el LRT en la cola de retiro de su protocolo, que paga en días o semanas: la de Renzo tarda alrededor de una semana cuando tiene ETH en reserva, y dos semanas o más cuando debe esperar los 14 días de EigenLayer.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = O al instante, con comisión

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = Renzo y ether.fi pagan al instante desde una reserva, con una comisión, y solo mientras lo permitan la reserva (y, en ether.fi, el límite de canjes por periodo).

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = O al instante, a precio de mercado

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = Vendes el LRT en el mercado, al precio al que cotice, que puede ser menos que el ETH que lo respalda.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (token de staking líquido)

# A term as the glossary names it: slashing.
term-name-slashing = Recorte (slashing)

# A term as the glossary names it: unbonding.
term-name-unbonding = Desvinculación (unbonding)

# A term as the glossary names it: validator.
term-name-validator = Validador

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = Credenciales de retiro

# A term as the glossary names it: service (AVS).
term-name-avs = Servicio (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = Pérdida de paridad (de-peg)

# A term as the glossary names it: APR.
term-name-apr = APR

# A term as the glossary names it: staking.
term-name-staking = Staking

# A term as the glossary names it: operator.
term-name-operator = Operador

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = Un token que recibes por el ETH que pones en staking a través de un protocolo de staking líquido. Representa el ETH en staking y sus recompensas y, a diferencia del propio stake, puedes moverlo, negociarlo o depositarlo en otro sitio.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = Una penalización que se lleva parte del ETH en staking de un validador cuando rompe las reglas, por ejemplo al firmar dos bloques contradictorios. Cada servicio en restaking añade sus propias reglas, que también pueden recortar.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = La espera entre pedir que te devuelvan el ETH en staking y recibirlo. Cada capa (Ethereum, el protocolo de restaking, el LST o el LRT) tiene la suya.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = Una clave con ETH en staking y las tareas que conlleva: proponer y comprobar bloques de Ethereum, a cambio de recompensas, con el riesgo de sufrir un recorte. Las realiza un software de nodo, operado por ti o por un proveedor. Un validador necesita al menos 32 ETH; desde mayo de 2025, uno con credenciales de capitalización (0x02) puede contar hasta 2048 ETH.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = La dirección a la que va el ETH de un validador: todo, cuando el validador sale, y mientras tanto lo que se acumula por encima de 32 ETH (credenciales 0x01) o de 2048 ETH (de capitalización, 0x02, que además pueden solicitar una parte). Desde mayo de 2025 también puede solicitar la salida. El restaking nativo consiste en dirigirlas a un EigenPod.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = Una red que toma prestado ETH en restaking como garantía de seguridad y paga por ello: un oráculo que lleva precios a la cadena, un puente que mueve tokens entre cadenas, una red de datos que mantiene disponibles los datos de los rollups. EigenLayer los llama AVS (autonomous verifiable services, servicios verificables autónomos). Cada uno fija sus propias reglas de recorte.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = Cuando un token que debería valer un ETH cotiza por menos en el mercado, normalmente en momentos de tensión en que muchos tenedores quieren salir a la vez.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = Tasa de porcentaje anual: la recompensa de un año como porcentaje del stake, sin interés compuesto. 1,12 ETH al año sobre 32 ETH equivalen a un APR del 3,5 %.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = Bloquear ETH en un validador para que respalde los bloques que comprueba y añade. El trabajo honesto gana ETH nuevo; romper las reglas hace perder parte del stake. Con un protocolo de staking líquido se puede hacer staking de cualquier cantidad.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = Una empresa o persona que opera el software para el ETH en restaking. Los restakers delegan en un operador, que elige los servicios y se queda una comisión de lo que pagan; sus errores pueden hacer que sus restakers sufran recortes.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = El mayor protocolo de restaking de Ethereum: un conjunto de contratos que custodia ETH en restaking y permite a los servicios tomar prestada su seguridad.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = Finanzas descentralizadas: préstamos, intercambios y otros servicios financieros que funcionan con contratos en una cadena de bloques, sin ninguna empresa de por medio.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = Cinco pasos

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = Cuatro formas comparadas

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = La calculadora

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = Seis riesgos

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = Staking simple

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = Staking líquido

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = Restaking

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = Restaking líquido

# The seed's first point in prose, after the table.
compare-notes-1 = El staking líquido es la pieza base y el restaking se apoya en él: puedes tener un LST sin hacer nunca restaking con él.

# The seed's second point in prose, after the table.
compare-notes-2 = El artículo del ejemplo práctico dice que, en general, necesitas un LST para hacer restaking. Hoy también puedes entregar ETH sin más a un protocolo de restaking líquido (ether.fi, Renzo, Kelp), o hacer restaking nativo con tu propio validador.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = Propósito principal

# A row heading of the comparison: the dimension compared.
compare-rows-hold = Qué tienes

# A row heading of the comparison: the dimension compared.
compare-rows-reward = Origen de la recompensa

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = Exposición a recortes

# A row heading of the comparison: the dimension compared.
compare-rows-effort = Esfuerzo

# A row heading of the comparison: the dimension compared.
compare-rows-risk = Principal riesgo añadido

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = Proteger Ethereum y ganar su recompensa base

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = Mantener líquido y negociable el ETH en staking

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = Reutilizar ETH en staking para proteger más servicios

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = Hacer restaking sin operar nada y tener un token negociable

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = ETH en staking en un validador, tuyo o de un proveedor

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = Un token de staking líquido (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = Un LST depositado en un protocolo de restaking (o un validador en restaking nativo)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = Un token de restaking líquido (LRT), como eETH, ezETH, rsETH o pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = Alto si operas el validador, bajo con un proveedor

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = Pasivo si solo lo tienes; activo si además usas el token en DeFi

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = Más pasivo: confías en que tu operador elija bien los servicios

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = El más pasivo: el protocolo elige por ti operadores y servicios

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = Los errores de tu propio validador

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = Riesgo de mercado: el LST puede perder la paridad

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = Recortes acumulados y la complejidad de apilar protocolos

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = Todos los del restaking, más los contratos del LRT y su propia pérdida de paridad

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = La recompensa base de Ethereum

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = La misma recompensa base menos la comisión del LST, más lo que den las estrategias DeFi que hagas con el LST

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = al año, + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = Recompensa base más las tasas de los servicios, menos las comisiones

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = Lo mismo, menos la comisión propia del protocolo del LRT (la comisión de LRT de la calculadora)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = Solo las reglas de Ethereum

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 conjunto

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = Solo las reglas de Ethereum

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = Las de Ethereum más las de cada servicio que respalda tu operador

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = Las de Ethereum más las de cada servicio que respaldan los operadores del protocolo

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = Alta: puede llevarse capital

# A risk's severity in words: costs money or time under stress.
severity-label-medium = Media: cuesta en momentos de tensión

# A risk's name: compounded slashing.
risks-slashing-title = Recortes acumulados

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = Cada servicio que respaldas añade sus propias reglas, que pueden recortar tu depósito. Un fallo que tú no causaste, de un operador o en el código de un servicio, puede costarte capital igualmente.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = Desde julio de 2025, un servicio de EigenLayer puede quedarse lo que recorta para un receptor que designe en vez de quemarlo, si el operador lo aceptó; desde junio de 2026, un recorte espera 7 días antes de quemarse o pagarse.

# A risk's name: smart-contract risk.
risks-contracts-title = Riesgo de contratos inteligentes

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = El restaking apila contratos sobre contratos: los del LST, los del protocolo de restaking, los de cada servicio. Un fallo en cualquiera de ellos puede propagarse a las capas construidas encima.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = Liquidez y pérdida de paridad

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = En momentos de tensión, un LST puede cotizar por debajo del ETH que representa, justo cuando muchos tenedores quieren salir. Además, salir de una posición en restaking lleva más tiempo, capa a capa.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = El 24 de abril de 2024, el token de restaking líquido ezETH llegó a caer hasta 0,22 ETH en algunos mercados; en dos mercados de préstamo de Morpho, 145 de las 146 liquidaciones de préstamos respaldados por él se produjeron en 23 minutos.

# A risk's name: complexity and integration.
risks-complexity-title = Complejidad e integración

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = Cuantos más protocolos se mueven juntos, más formas hay de que interactúen sin que nadie lo haya previsto. Los fallos en los puntos de unión son difíciles de predecir y de valorar.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = El 18 de abril de 2026, un mensaje falsificado en el puente de rsETH de Kelp, que confiaba en un único verificador, liberó 116.500 rsETH de su reserva en Ethereum sin la quema correspondiente; el atacante tomó préstamos en Aave con 89.567 de ellos como garantía. Un fondo del sector cubrió el hueco, y Kelp restableció el respaldo de rsETH el 25 de mayo de 2026.

# A risk's name: systemic concentration.
risks-concentration-title = Concentración sistémica

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = Si gran parte de todo el ETH en staking hace restaking a través de un solo protocolo, un fallo ahí alcanza a muchas redes a la vez. Tu depósito es entonces uno de tantos que caen juntos.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = En abril de 2026, EigenLayer tenía cerca del 94 % de todo el valor en restaking, según datos de agregadores.

# A risk's name: governance and regulatory risk.
risks-governance-title = Gobernanza y regulación

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = Un protocolo puede cambiar sus parámetros, y las normas pueden cambiar, después de que te hayas comprometido. El riesgo que aceptaste no siempre es el que acabas teniendo.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = El 17 de abril de 2025, EigenLayer añadió los recortes y duplicó su demora de retiro de 7 a 14 días, también para los retiros que ya esperaban con las reglas anteriores.

# A question of the checklist before restaking.
checklist-track-record = Historial: ¿cuánto tiempo lleva funcionando el protocolo, y ha pasado auditorías o sufrido ataques?

# A question of the checklist before restaking.
checklist-assets = Activos admitidos: ¿qué LST o stakes nativos acepta, y qué los respalda?

# A question of the checklist before restaking.
checklist-net-yield = Rendimiento neto tras el riesgo: ¿qué queda una vez descontadas las comisiones y los recortes esperados?

# A question of the checklist before restaking.
checklist-exit = Mecánica de salida: ¿cuánto dura cada demora de retiro, y qué profundidad tiene el mercado para una salida rápida?

# A question of the checklist before restaking.
checklist-curation = Selección: ¿quién elige los servicios que protege tu depósito, y con cuánta transparencia?

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = Como el artículo

# An option of the theme choice: theme=light.
embed-theme-labels-light = Siempre claro

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = Siempre oscuro

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = Claro en un artículo blanco, oscuro en uno oscuro. En un iframe, que no puede ver el artículo, sigue el ajuste del sistema del lector.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = Claro en cualquier artículo, sea cual sea el ajuste del sistema del lector.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = Oscuro en cualquier artículo, sea cual sea el ajuste del sistema del lector.

# The preview's first sample article.
embed-preview-articles-white = Un artículo blanco

# The preview's second sample article.
embed-preview-articles-dark = Un artículo oscuro

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = Una guía interactiva del restaking de ETH: qué rinde, cuánto cuesta un recorte y cuándo el rendimiento extra compensa el riesgo extra.

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = Idioma

## Sentences built from the calculator's numbers
## A placeholder for an amount, a rate or a span of years ({ $stake }, { $rate },
## { $years }…) arrives written the locale's way, unit included ("32 ETH", "7 %",
## "1.43 years"). A count ({ $n }, { $count }, { $step }…) arrives as bare digits, and the
## message may choose its words by the count's plural form ([one], [few]…). { $model } is
## a word to choose by: independent, correlated or allocated (the slashing model).

# After a results heading whose figures depend on the slashing model, in brackets (the widget puts a space before it); { $name } is the model's short name (model-name-*).
model-note = (modelo { $name })

# What a screen reader hears for the stake slider's value; { $n } is the number.
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = { $n } % al año

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = { $n } % al año

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = { $n } % del stake

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = { $n } % de las recompensas base

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = { $n } % de las recompensas de los servicios

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = { $n } % de todas las recompensas

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = { $n } % del stake, { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = { $n } % de la porción

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = año { $year } de { $total }

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } del servicio { $n }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject } puede ir de { $unit ->
        [eth] { $min } a { $max } ETH
        [stake-share] { $min } a { $max } % del stake
        [base-rewards] { $min } a { $max } % de las recompensas base
        [service-rewards] { $min } a { $max } % de las recompensas de los servicios
        [all-rewards] { $min } a { $max } % de todas las recompensas
        [years] { $min } a { $max } años
       *[rate] { $min } a { $max } % al año
    }; { $given ->
        [endless] un número infinito
       *[other] { $given }
    } se cambió por { $used }.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject } puede ir de { $min } a { $max } % del stake, ya que los demás servicios tienen el resto; { $given ->
        [endless] un número infinito
       *[other] { $given }
    } se cambió por { $used }.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject } puede ir de { $min } a { $max }, los años mostrados; { $given ->
        [endless] un número infinito
       *[other] { $given }
    } se cambió por { $used }.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = Las asignaciones sumaban el { $total } % del stake; se redujeron en proporción para que sumaran el 100 %.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: «{ $given }» no es un número, así que se mantuvo su valor.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: eso no es un número, así que se mantuvo su valor.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = Se dieron { $given } servicios; la calculadora admite 8, así que se usan los 8 primeros.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = La lista «{ $param }» tiene { $given } valores para { $expected } servicios; los que faltan conservan su valor por defecto y los que sobran se ignoran.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = «{ $given }» no es una opción de «{ $param }», así que se ignoró.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = Hacer staking de { $stake } al { $rate } rinde unos { $base } al año.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = Hacer staking de { $stake } al { $rate } rinde unos { $base } al año { $fees }.

# The narration's second sentence when no service is backed.
narration-no-services = Sin servicios respaldados no hay recompensa extra ni riesgo de recorte extra.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = Hacer restaking para respaldar { $n ->
        [one] un servicio
       *[other] { $n } servicios
    } añade { $extra } más, { $gross } en total ({ $apr } al año).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = Hacer restaking para respaldar { $n ->
        [one] un servicio
       *[other] { $n } servicios
    } añade { $extra } más { $fees }, { $gross } en total ({ $apr } al año).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] Pero un recorte del { $slash } de la porción más grande cuesta { $loss }, { $years } de la recompensa extra.
       *[other] Pero un recorte del { $slash } cuesta { $loss }, { $years } de la recompensa extra.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] Pero un recorte del { $slash } de la porción más grande cuesta { $loss }, más de un año entero ({ $years }) de la recompensa extra.
       *[other] Pero un recorte del { $slash } cuesta { $loss }, más de un año entero ({ $years }) de la recompensa extra.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] Pero un recorte del { $slash } de la porción más grande cuesta { $loss }, justo un año de la recompensa extra.
       *[other] Pero un recorte del { $slash } cuesta { $loss }, justo un año de la recompensa extra.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] Pero un recorte del { $slash } de la porción más grande cuesta { $loss }, sin recompensa extra que lo compense.
       *[other] Pero un recorte del { $slash } cuesta { $loss }, sin recompensa extra que lo compense.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = Con un tamaño de recorte del 0 %, aquí los recortes no cuestan nada.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = tras la comisión { $first }

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = tras las comisiones { $first } y { $second }

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = tras las comisiones { $first }, { $second } y { $third }

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = del LST ({ $rate })

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = del LRT ({ $rate })

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = de EigenLayer ({ $rate })

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = del operador ({ $rate })

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = Sin servicios respaldados, no hay probabilidades suyas que sopesar.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = Contando { $model ->
        [correlated] una única probabilidad compartida de un recorte grave
        [allocated] la probabilidad de cada servicio de recortar su porción
       *[independent] la probabilidad propia de cada servicio de un recorte grave
    } ({ $chance } al año en total), el coste esperado es de { $cost } al año, y quedan { $left } ({ $rate }).

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = Con el modelo { $name }, la recompensa extra deja de compensar su riesgo en cuanto la probabilidad de cada servicio supera el { $chance } al año.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = Con estas probabilidades, los recortes cuestan de media { $cost } al año, y quedan { $left } ({ $rate }).

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = En total, { $gross } al año ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = Un recorte grave se lleva { $loss }, { $years } de la recompensa extra.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = Un recorte grave se lleva { $loss }.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = Tras los recortes esperados, { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = Al cabo de { $years }: el staking simple llega a { $plain }, el restaking sin recorte a { $restaked }, y el restaking con un recorte del { $slash } en el año { $year } a { $slashed }.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ Volver a { $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = El operador: elige los servicios y se queda el { $commission } de lo que pagan.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"; "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = Servicio { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = { $rate } base

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/año

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = Un depósito de { $stake } protege Ethereum al { $rate } anual, y no protege ningún otro servicio.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = Un depósito de { $stake } protege Ethereum al { $rate } anual, más { $n ->
        [one] { $n } servicio gestionado
       *[other] { $n } servicios gestionados
    } por el operador en quien está delegado, que se queda el { $commission }: { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {", "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = Ethereum puede recortar todo el depósito; cada servicio, solo su propia porción ({ $slices }), y un recorte grave se lleva el { $slash } de esa porción.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = Cada una de las { $n } ramas puede recortar el depósito; un recorte grave se lleva el { $slash }.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = Tras { $count ->
        [one] un recorte simulado
       *[other] { $count } recortes simulados
    }, quedan { $left } de { $stake }: se han perdido { $lost }, tanto como { $years } de la recompensa extra.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = Tras { $count ->
        [one] un recorte simulado
       *[other] { $count } recortes simulados
    }, quedan { $left } de { $stake }: se han perdido { $lost }.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = Ethereum: −{ $loss } al principio, y una salida forzosa

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: −{ $loss }, quedan { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = Los { $n } servicios: −{ $loss }, quedan { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = Una porción de { $amount }; el { $unallocated } del stake no está asignado.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = Tu estimación, { $guess }, dio en el clavo.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = Tu estimación, { $guess }, se pasó por { $miss }.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = Tu estimación, { $guess }, se quedó corta por { $miss }.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] Aquí, un recorte grave se lleva el { $slash } de la porción a la que llega un servicio (la cifra del ejemplo práctico: los servicios reales fijan la suya). Estima primero: ¿cuánto es eso de tus { $stake }?
       *[other] Aquí, un recorte grave se lleva el { $slash } de lo que alcanza un servicio (la cifra del ejemplo práctico: los servicios reales fijan la suya). Estima primero: ¿cuánto es eso de tus { $stake }?
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] Un recorte grave se lleva { $loss }: el { $slash } en cada uno de los { $n } servicios a la vez, ya que un único fallo compartido recorta en todos ellos. El diagrama lo muestra saliendo del depósito.
        [allocated] Un recorte grave se lleva { $loss }: el { $slash } de la porción más grande, lo máximo que alcanza un servicio. El diagrama lo muestra saliendo del depósito.
       *[independent] Un recorte grave se lleva { $loss }: el { $slash } del stake, que cualquier servicio puede alcanzar. El diagrama lo muestra saliendo del depósito.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: el recorte se lleva { $loss }, los servicios añaden { $extra } al año, y { $loss } ÷ { $extra } = { $years }.

# The second question's answer when there is no extra reward.
answer-years-erased-none = Ninguno: sin recompensa extra, el recorte no tiene nada que borrar.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = Estima dónde termina «Restaking, un recorte» al cabo de { $years }: toca el gráfico o desliza.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = El restaking con un recorte termina en { $slashed }, frente a { $restaked } sin recorte y { $plain } con staking simple.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = Paso { $step } de { $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = Entra en el paso { $step }: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = Con las cifras de la calculadora, tu operador respalda { $n ->
        [one] { $n } servicio
       *[other] { $n } servicios
    }: { $sets ->
        [one] { $sets } conjunto de reglas de recorte
       *[other] { $sets } conjuntos de reglas de recorte
    } en total, contando el de Ethereum.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = Con las cifras de la calculadora: { $base } al año de Ethereum más { $extra } de los servicios, { $gross } en total ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = Día { $days }

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = Día { $days } +

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = Después, { $days } días

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = Resaltado en el diagrama: paso 1, el staking de ETH por un token líquido.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = Resaltado en el diagrama: paso 2, el depósito en el protocolo de restaking.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = Resaltado en el diagrama: paso 3, el operador y las ramas hacia los servicios a los que se adhiere.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = Resaltado en el diagrama: paso 4, las recompensas que vuelven por cada rama.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = Resaltado en el diagrama: paso 5, la salida capa a capa.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = Resaltado en el diagrama: las flechas de recorte, una por rama, cada una una forma de perder capital.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = Fuente { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = Fuente { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = , { $date }; comprobado el { $checked }.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = al año, { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
        [one] { $n } conjunto
       *[other] { $n } conjuntos
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = Sin servicios respaldados, solo las reglas propias de Ethereum pueden recortar.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = Con las cifras de la calculadora: una probabilidad del { $chance } al año de al menos un recorte grave entre { $n ->
        [one] { $n } servicio
       *[other] { $n } servicios
    }, con un coste esperado de { $cost } al año.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = Toma la tasa base, aquí { $base }, como tu mínimo. El { $extra } anual que añaden los servicios es el pago por cargar con { $n ->
        [one] { $n } conjunto más
       *[other] { $n } conjuntos más
    } de reglas de recorte: pregúntate si paga lo suficiente por ello, y nunca hagas restaking de más de lo que soportarías ver recortado.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = { $stake } en restaking: { $base } + { $extra } = { $gross } al año ({ $rate }). Un recorte del { $slash } se lleva { $loss }.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = Guardar esta figura como { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = De «El restaking, explicado», { $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = Lo sentimos, la guía de restaking dejó de funcionar. Recarga la página para volver a intentarlo; el texto del artículo no se ve afectado.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }, valor exacto

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }, valor exacto en { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = Oráculo

# The second: a bridge between chains.
service-name-bridge = Puente

# The third, when added: a data availability layer.
service-name-data-layer = Capa de datos

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = Servicio { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = El ejemplo práctico: 32 ETH a cerca del 3,5 % anual ganan unos 1,12 ETH; dos servicios que pagan un 2 % y un 1,5 % más lo elevan a unos 2,24 ETH, cerca del 7 %; un solo recorte grave del 5 % se lleva 1,6 ETH. El ejemplo deja fuera las comisiones.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = La actualización de recortes de EigenLayer (unique stake, stake único): un operador asigna una parte del stake que le han delegado, activo por activo, al conjunto de operadores de cada servicio; las partes suman como máximo el 100 %, y un servicio solo puede recortar el stake asignado a él.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = Un operador de EigenLayer se queda por defecto el 10 % de las recompensas de un servicio, y puede fijar cualquier valor del 0 al 100 %; un cambio entra en vigor a los 7 días.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = Lido se queda el 10 % de las recompensas de staking, la mitad para los operadores de nodos y la mitad para su tesorería; su DAO puede cambiar la comisión.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = Renzo se queda el 10 % de las recompensas obtenidas con el restaking para ezETH; otros protocolos de restaking líquido fijan sus propias comisiones.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = La demora de retiro de EigenLayer es de 100.800 bloques, unos 14 días, durante los cuales el stake aún puede sufrir recortes; antes de la actualización de recortes era de 7 días.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = Desde la actualización Pectra, un validador recortado pierde primero 1/4096 de su saldo efectivo (unos 0,008 ETH sobre 32 ETH); una penalización de correlación, unos 18 días después, puede llevarse mucho más cuando se recorta a muchos validadores a la vez.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = Desde la actualización Pectra, un validador con credenciales de capitalización (0x02) puede contar hasta 2048 ETH; uno con credenciales 0x01 sigue contando como máximo 32 ETH, y 32 ETH sigue siendo el mínimo.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = Cuando sale un validador que no ha sido recortado, su ETH pasa a ser retirable tras un plazo fijo de 256 épocas, unas 27 horas.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = Después, el barrido de retiros paga a los validadores por turno, como máximo 16 retiros por bloque (unos 115.200 al día), así que una vuelta completa tarda días: unos 7 días para 800.000 retiros.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = La cola de salida de validadores de Ethereum llegó a unos 46 días a mediados de septiembre de 2025, después de que el proveedor de staking Kiln decidiera sacar a todos sus validadores: la espera más larga hasta entonces.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = Los servicios de EigenLayer pagan recompensas en el token ERC-20 que elijan; los pagos se publican cada semana y pueden reclamarse una semana después.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = EigenLayer cambió el nombre de los AVS de actively validated services (servicios validados activamente) a autonomous verifiable services (servicios verificables autónomos), un cambio solo de palabras.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = Los protocolos de restaking líquido como ether.fi, Renzo y Kelp aceptan ETH sin más además de LST como stETH, y devuelven un token de restaking líquido (eETH, ezETH, rsETH).

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = El 24 de abril de 2024, el ezETH de Renzo cayó hasta 0,22 ETH en algunos mercados durante cerca de una hora: había poca liquidez y el ezETH aún no podía canjearse.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = En dos mercados de préstamo de Morpho, 145 de las 146 liquidaciones de préstamos respaldados por ezETH se produjeron en los 23 minutos siguientes a la primera, a las 02:29 UTC del 24 de abril de 2024.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = EigenLayer activó los recortes el 17 de abril de 2025 y subió su demora de retiro de 7 a 14 días; los retiros que ya estaban en cola con las reglas anteriores también tuvieron que esperar la demora más larga.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = En abril de 2026, EigenLayer tenía cerca del 94 % de todo el valor en restaking, según datos de agregadores; Symbiotic tenía unos 900 millones de dólares y Karak unos 100 millones.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = La cola de entrada de nuevos validadores de Ethereum superaba los 50 días en julio de 2026, según una propuesta de mejora de EigenLayer de ese mes.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = Desde la actualización Pectra, como máximo entran en Ethereum 256 ETH de stake, y como máximo salen 256 ETH, en cada época de 6,4 minutos (57.600 ETH al día en cada sentido); el resto espera en la cola de entrada o en la de salida.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = Desde julio de 2025, un servicio de EigenLayer puede crear un conjunto de operadores redistribuible: lo que recorta va a un receptor que fijó al principio, en vez de quemarse. Solo los operadores asignan: el stake de un staker, incluido el delegado antes, pasa a ser redistribuible en cuanto su operador lo asigna a un conjunto así. El ETH nativo y EIGEN no pueden redistribuirse.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = Desde junio de 2026, el stake recortado espera una demora de resolución de 7 días (50.400 bloques) antes de quemarse o redistribuirse; la demora permite pausar la salida de fondos, pero ningún mecanismo puede deshacer un recorte.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = Desde marzo de 2026 (recompensas v2.2), un servicio puede ponderar sus recompensas por el stake asignado a él (unique stake, stake único) o por todo el stake delegado en sus operadores (total stake, stake total).

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = Desde el 19 de marzo de 2026, los incentivos EIGEN de EigenLayer solo van al stake que respalda servicios que pagan comisiones (al principio solo EigenDA, para stake en ETH), a la mitad de la tasa anterior para ETH; el resto del ETH en restaking no gana ninguno.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = Desde la actualización Pectra (7 de mayo de 2025), las credenciales de retiro de un validador pueden activar su salida desde la capa de ejecución; solo un validador de capitalización (0x02) puede además pedir una parte de su saldo por encima de 32 ETH.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = A un validador con credenciales 0x01 se le transfiere automáticamente a su dirección de retiro todo saldo por encima de 32 ETH. Un validador de capitalización (0x02) capitaliza hasta 2048 ETH y solo se le barre lo que supera esa cifra; por debajo, los retiros parciales deben solicitarse.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = Desde julio de 2025, un EigenPod puede activar por sí mismo las salidas y los retiros parciales de sus validadores (EIP-7002); los retiros parciales solo funcionan con validadores de capitalización (0x02).

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = Renzo paga el ezETH mediante una cola de retiro, que según dice puede tardar hasta 15 días, o al instante con una comisión que sube a medida que se vacía su reserva de retiros; se rechaza una salida instantánea que dejaría la reserva por debajo de su mínimo.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = ether.fi canjea eETH y weETH por ETH al instante con una comisión de salida, dentro de un límite de canjes por periodo, y solo mientras su fondo tenga más de un mínimo fijado; si no, te pones en cola y recibes un NFT de retiro que se paga más tarde.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = El 18 de abril de 2026, la ruta del puente de rsETH de Kelp de Unichain a Ethereum liberó 116.500 rsETH de su reserva del lado de Ethereum sin la quema correspondiente en Unichain, y dejó sin respaldo suficiente al rsETH de otras cadenas; el atacante depositó 89.567 rsETH en Aave y tomó prestados WETH y wstETH con ellos como garantía. Un fondo del sector («DeFi United») cubrió el hueco, Aave reabrió los retiros de rsETH el 14 de mayo y Kelp restableció el respaldo el 25 de mayo de 2026.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = La ruta confiaba en un único verificador (una configuración 1 de 1 con el verificador de LayerZero Labs); los atacantes comprometieron dos de los nodos RPC de los que dependía y dejaron fuera de servicio un tercero, así que aprobó un mensaje que nunca existió. LayerZero y Kelp discrepan sobre quién eligió esa configuración.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = Un validador recortado es obligado a salir, y el ETH que le queda solo pasa a ser retirable 8192 épocas (unos 36 días) después del recorte, o más tarde si la cola de salida es más larga.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = Cada operador de EigenLayer fija su propia demora de asignación, la espera antes de que una nueva asignación cuente y pueda ser recortada, y puede ser 0: un operador así puede poner el stake delegado en riesgo con un servicio nuevo al instante, más rápido de lo que un staker puede salir (14 días). Varios operadores, incluidos algunos públicos, la tenían fijada en 0 en mayo de 2026.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = Desde marzo de 2026, quien envía las recompensas de un servicio en EigenLayer puede aceptar una comisión de protocolo del 20 %, que se descuenta primero: la comisión del operador y la parte de los stakers salen del 80 % restante. Solo los servicios que la pagan pueden optar a los incentivos EIGEN.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = Hacer staking es depositar ETH para operar un validador, que comprueba transacciones y añade bloques nuevos; así se mantiene seguro Ethereum y se gana ETH nuevo. Romper las reglas hace que un validador sufra un recorte: se le quita parte de su stake y se le expulsa.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = Cargando la guía de restaking…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = No se pudo cargar la guía de restaking.
