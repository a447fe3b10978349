# Restaking, explained: the Brazilian Portuguese words (pt-BR), translated from en.ftl, the source.
#
# Same ids, same order and same placeholders as en.ftl; the comments stay in English for
# maintainers. Terms follow docs/glossary-pt-BR.md. A machine translation: not yet reviewed
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
number-group-from = 1000
# A percentage; { $n } is the number. Brazilian Portuguese writes the sign right after
# the number, with no space (7%).
number-percent = { $n }%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
    [1] { $n }{"\u00A0"}ano
    [one] { $n }{"\u00A0"}anos
   *[other] { $n }{"\u00A0"}anos
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = Faça as contas: o rendimento extra compensa o risco extra?

# The line under the calculator's heading.
calculator-lead = Os controles deslizantes partem de um exemplo resolvido: 32 ETH a cerca de 3,5% ao ano, em restake para dois serviços que pagam 2% e 1,5% a mais. Mova um deles e os números ao lado acompanham ([APR](apr) é a taxa percentual anual).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = Estes controles partem de números escolhidos para você; o exemplo resolvido (32 ETH a cerca de 3,5% ao ano, dois serviços que pagam 2% e 1,5% a mais) está a um clique. Mova qualquer coisa e todos os números abaixo acompanham, em ETH por ano e como rendimento anual ([APR](apr)).

# Under the extra reward: what it is paid in.
reward-currency = Um serviço pode pagar em qualquer token; o valor dele em ETH varia, e aqui fica fixo.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = “Após cortes esperados” considera só os cortes, com as chances que você definir: não os outros cinco riscos, nem o pior cenário.

# Legend of the inputs' group.
inputs-legend = Sua posição

# Legend of the services' group.
services-legend = Serviços que seu ETH em restake protege

# Explains what a service's probability is, and that it is a guess.
services-hint = Cada serviço paga um rendimento extra e acrescenta as próprias regras de corte. A chance anual de um corte grave é um palpite que você define: o exemplo resolvido não dá nenhuma.

# The add-a-service button.
add-service = Adicionar serviço

# Said when no service is left.
no-services = Nenhum serviço: isto é staking líquido simples, só com as regras de corte do Ethereum.

# Said when the maximum number of services is reached.
services-full = Esta calculadora aceita no máximo oito serviços.

# Legend of the slashing-model choice.
model-legend = Como os riscos de corte dos serviços se combinam?

# The independent choice.
model-independent = Independentes: cada serviço pode falhar por conta própria

# The correlated choice.
model-correlated = Juntos: um operador em comum, e uma única falha gera corte em todos os serviços

# The allocated choice.
model-allocated = Em fatias: cada serviço só pode cortar a parte do stake reservada para ele (EigenLayer desde 17 de abril de 2025)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = Suposição aqui: cada serviço paga seu rendimento sobre a própria fatia. Na EigenLayer, um serviço pode, em vez disso, ponderar suas recompensas por todo o stake delegado aos seus operadores (desde março de 2026).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = Mais ajustes

# What that group holds, said on its toggle.
more-holds = chances anuais, modelo de corte, taxas, rotas reais, nomes, anos do gráfico

# The legend of the route presets.
routes-legend = Comece por uma rota real

# What a route preset changes, and what it keeps.
routes-hint = Uma rota define o caminho, as taxas e o modelo de corte. Seu stake, seus rendimentos e suas chances continuam como estão.

# Said when the fees, path and model match no route.
route-custom = Sua própria combinação de caminho, taxas e modelo.

# The fees toggle.
fees-summary = Taxas em cada camada (nenhuma no exemplo resolvido)

# The reset button.
reset = Voltar ao exemplo resolvido

# Heading of the results.
results-title = No fim das contas

# The toggle of the sources part's full list.
sources-all = Todos os fatos, com data e fonte
sources-loading = Carregando as fontes…
sources-failed = Não foi possível carregar as fontes. Recarregue a página para tentar de novo.

# The toggle of the glossary's definitions.
glossary-open = As palavras que confundem quem está começando, explicadas

# The dismiss-notices button.
dismiss = Fechar

# Heading of the chart.
chart-title = Ao longo dos anos

# Explains the chart's assumptions.
chart-hint = Recompensas pagas, não reinvestidas; o corte acontece no meio do ano.

# Shown in place of a result that does not exist.
none-text = não se aplica

# The fan-out's heading.
fan-title = Um depósito, muitas funções

# The line under the fan-out's heading.
fan-lead = Seu ETH em stake já protege o Ethereum. Em restake, o mesmo depósito é delegado a um [operador](operator), que executa os [serviços](avs) garantidos por esse depósito: cada um paga a própria recompensa ao longo do seu ramo, e cada um pode cortar o depósito pela própria seta.

# The play/pause button while the animation runs.
pause = Pausar animação

# The play/pause button while the animation is paused.
play = Reproduzir animação

# Before the simulate-a-slash buttons.
simulate-label = Simular um corte em

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = Uma falha em um serviço gera um corte do tamanho definido na calculadora. O corte do próprio Ethereum é diferente: uma pequena penalidade inicial (1/4096 do saldo desde maio de 2025), uma saída forçada com o restante bloqueado por cerca de 36 dias, e perdas maiores quando muitos validadores sofrem corte ao mesmo tempo. Na EigenLayer, um corte espera 7 dias antes de ser queimado ou pago: tempo para pausá-lo, não para desfazê-lo.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = Para os curiosos: até onde um corte chega, e o do próprio Ethereum

# The toggle of a step's other ways in.
flow-curious = Outros caminhos: seu próprio validador, ou um token de restaking líquido

# The toggle of the exit timeline's dated rules.
timeline-curious = Para os curiosos: as regras por trás dessas esperas

# The undo button.
undo-slash = Desfazer último corte

# The name of the Ethereum branch.
ethereum = Ethereum

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = Saída: espere camada por camada

# The service name's label.
service-name = Nome

# The remove-a-service button.
remove = Remover

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = anos

# The chart's mark at the slash.
chart-slash = corte

# The chart's mark at the reader's guess.
chart-guess = seu palpite

# Heading of the calculator's line about simulated slashes.
after-title = Após os cortes simulados

# The label of a guess's slider.
guess-label = Seu palpite

# The button that commits a guess.
guess-check = Conferir meu palpite

# The toggle that shows an answer without a guess.
guess-skip = Só ver a resposta

# The same toggle once the answer is on show.
guess-answer = A resposta

# Offered when the numbers changed after an answer was shown.
guess-again = Perguntar de novo com estes números

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = E quantos anos da recompensa extra dos serviços esse único corte apaga?

# The story's control, stopped.
story-play = ▶ Ver a história

# The story's control, playing.
story-pause = ❚❚ Pausar a história

# What the story is, beside its control.
story-hint = Primeira vez aqui? Veja os cinco passos contados no diagrama, alguns segundos para cada um.

# The story caption's button that moves on before the beat's time is up.
story-next = Próximo ›

# Announced at the story's slash.
story-slash = Um serviço aplica um corte: veja o depósito encolher.

# The flow's heading.
flow-title = Cinco passos do ETH ao restake

# The line under the flow's heading.
flow-lead = Você pode fazer restake sem operar um [validador](validator): por meio de um [token de staking líquido](lst) e um protocolo de restaking, ou entregando ETH comum a um protocolo de restaking líquido que faz as duas coisas.

# The back button.
back = ← Voltar

# The next button.
next = Avançar →

# Label of the step list.
steps-label = Passos do restaking

# "Risk it adds:" before each step's risk.
risk-added = Risco acrescentado:

# The native path, shown beside steps 1 and 2.
native-title = Ou: restaking nativo

# What the native path is.
native-body = Se você opera seu próprio validador (pelo menos 32 ETH), pode pular o LST e apontar as [credenciais de saque](withdrawal-credentials) do validador para um EigenPod, um contrato seu no protocolo de restaking. Nenhum token e nenhum contrato de LST em que confiar, mas é você quem opera o validador (ou paga um provedor para isso) e responde pelo tempo de atividade dele, e um validador novo primeiro espera na fila de entrada do Ethereum (mais de 50 dias em julho de 2026).

# The third path: a liquid restaking token.
lrt-title = Ou: um token de restaking líquido

# What the liquid restaking path is.
lrt-body = Sem um validador próprio, você também pode pular os passos 1 a 3: deposita ETH comum, ou um LST que já tem, em um protocolo de restaking líquido como ether.fi, Renzo, Kelp ou Puffer. Ele faz o restake, principalmente na EigenLayer, escolhe os operadores e os serviços por você e devolve um token de restaking líquido (LRT) que você pode negociar. A taxa dele se soma às outras, e o token dele pode perder a paridade como qualquer outro.

# Label of the path choice.
path-legend = Caminho mostrado no diagrama e na saída

# The exit timeline's heading.
timeline-title = Quanto tempo leva para sair

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = O prazo de saque da EigenLayer é de cerca de 14 dias desde a atualização que ativou os cortes, em 17 de abril de 2025 (antes eram 7 dias), e um protocolo pode mudá-lo de novo. O Ethereum deixa entrar no máximo 256 ETH e sair no máximo 256 ETH a cada 6,4 minutos, então suas filas, nos dois sentidos, são curtas quando poucos esperam e levam semanas quando muitos esperam: a fila de saída passou de 46 dias em setembro de 2025, e a de entrada, de 50 dias em julho de 2026.

# The sources part's heading.
sources-title = Fontes e datas

# The line under the sources part's heading.
sources-lead = Cada regra e cada número citados aqui sobre um protocolo, com data e com as palavras da própria fonte. Os protocolos mudam suas regras: confira antes de confiar em uma delas.

# The glossary's heading.
glossary-title = Palavras usadas aqui

# The accessible name of the box a citation mark opens.
fact-pop-label = Fonte

# The close button of a term's popover.
close = Fechar

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = Carregando… (isto requer JavaScript)

# The whole explainer's opening: the one idea in two sentences.
intro = O [staking](staking) bloqueia ETH para que ele sirva de garantia para os blocos do Ethereum: rende ETH novo, cerca de 3,5% ao ano no exemplo resolvido deste guia, e parte dele é tomada se o validador quebrar as regras ([corte, ou slashing](slashing)). O restaking empresta o mesmo ETH em stake também a outros serviços: cada um paga uma recompensa a mais, e cada um pode cortá-lo se as regras dele forem quebradas. Cada ponto de rendimento extra é pago com risco extra.

# Where the worked example comes from, said once, on the whole page only.
intro-source = O exemplo resolvido (32 ETH, dois serviços, um corte de 5%) vem do artigo “What Is Restaking?” da COINOTAG, de junho de 2026.

# Label of the table of contents.
contents = Neste guia

# The toggle of the comparison's notes.
compare-curious = Para os curiosos: como os quatro se apoiam uns nos outros

# The label of the comparison's choice of column, on a phone.
compare-showing = Coluna exibida

# Where the comparison's pick and the risks' links lead back to.
back-compare = a comparação

# See `BACK_COMPARE`.
back-risks = os riscos

# The comparison's heading.
compare-title = Staking, staking líquido, restaking, restaking líquido

# The line under the comparison's heading.
compare-lead = Os quatro são fáceis de confundir porque cada um é construído sobre o anterior. Escolha uma linha para ver onde ela aparece no diagrama.

# The table's caption (read by screen readers, shown above the table).
compare-caption = Staking simples, staking líquido, restaking e restaking líquido comparados em seis pontos; as linhas de recompensa e de corte usam os números da calculadora.

# The heading of the row-heading column.
compare-dimension = Aspecto

# The risks' heading.
risks-title = Seis riscos a considerar

# The line under the risks' heading.
risks-lead = O restaking empilha vários riscos sobre um único depósito, e quem está começando tende a subestimá-los. Cada um entra em um passo específico.

# The toggle of a risk's real, dated case.
risk-case = Um caso real, com data

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = Mostrar onde ele entra

# The closing judgement's heading.
judgement-title = Antes de fazer restake

# The toggle of the checklist.
checklist-title = Cinco perguntas para fazer a um protocolo de restaking

# The embed panel's toggle.
embed-title = Incorpore este guia no seu artigo

# What the snippets are.
embed-hint = Cada trecho de código leva todos os números como estão agora, então uma mudança futura nos padrões desta página nunca altera o que seus leitores veem. O elemento e a div se ajustam à largura da sua página, não herdam nada dos estilos dela e verificam a integridade do script; o iframe mantém o widget em um quadro próprio, dimensionado para caber.

# Legend of the parts to include.
embed-parts = Partes a incluir

# The element snippet's label.
embed-element-label = Incorporação por elemento

# The script snippet's label.
embed-script-label = Incorporação por script (uma div)

# The iframe snippet's label.
embed-frame-label = Incorporação por iframe

# The pasted links' label.
embed-paste-label = Um link para colar sozinho em uma linha (WordPress, Ghost): um por parte, com os números do exemplo resolvido

# Legend of the theme choice.
embed-theme = Cores

# The preview's sample of the widget.
embed-preview-sample = 2,24 ETH por ano

# Said in the panel when its code could not be loaded.
embed-failed = Não foi possível carregar o código de incorporação. Recarregue a página para tentar de novo.

# The image-and-link snippet's label (HTML).
embed-image-label = Uma imagem e um link, para newsletters e páginas que não executam scripts (HTML): um por parte, com os números do exemplo resolvido

# The image-and-link snippet's label (Markdown).
embed-markdown-label = A mesma imagem e o mesmo link em Markdown

# The iframe's title, read by screen readers.
embed-frame-title = Restaking, explicado: um guia interativo

# The copy button.
copy = Copiar

# The copy button after copying.
copied = Copiado

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = Não é permitido copiar aqui, então o código foi selecionado: pressione Ctrl+C (⌘C no Mac) para copiá-lo.

# The line above a part's title on its picture.
picture-kicker = Restaking, explicado

# The line above the whole explainer's title on its picture.
picture-kicker-page = Um guia interativo

# The whole explainer's title on its picture.
picture-page-title = Restaking, explicado

# The last line of every picture: the live widget is one click away.
picture-foot = Siga o link para mexer nos números você mesmo.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = Salve com os seus números:

# When the browser would not make the file.
save-failed = Este navegador não conseguiu gerar o arquivo aqui.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = Se nenhum arquivo chegou, a página em volta deste quadro bloqueia downloads: abra o guia em uma página própria para salvá-lo.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = independente

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = correlacionado

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = alocado

# A route's button text: the worked example.
route-name-article = O exemplo resolvido

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = stETH do Lido na EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = Um token de restaking líquido

# A route's button text: native restaking.
route-name-native = Restaking nativo na EigenLayer

# What a route sets, in a sentence: the worked example.
route-summary-article = O cenário do exemplo resolvido: um LST em restake, sem taxas, e todo serviço podendo cortar o depósito inteiro.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = O Lido fica com 10% da recompensa de staking. Do que os serviços pagam, a EigenLayer fica com 20% (suposição aqui: os dois serviços aderiram à taxa dela) e o operador, com 10% do restante (o padrão dele). Cada serviço só pode cortar a própria fatia.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = Você deposita ETH em um protocolo de restaking líquido, que fica com 10% das recompensas (a taxa do Renzo sobre o ezETH). Do que os serviços pagam, a EigenLayer fica com 20% (supondo adesão) e o operador, com 10% do restante; fatias como na EigenLayer.

# What a route sets, in a sentence: native restaking.
route-summary-native = Seu próprio validador, sem token: sem taxa de LST. Do que os serviços pagam, a EigenLayer fica com 20% (supondo adesão) e o operador, com 10% do restante; fatias como na EigenLayer.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = Da fatia que o serviço pode alcançar, não do stake inteiro.

# The line under a field: the base staking rate.
field-hint-base-rate = Antes de qualquer taxa: o rendimento divulgado de um LST, como o do stETH, já vem descontado da taxa.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = Cobrada pelo protocolo de staking líquido, sobre a recompensa base.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = Retida pela EigenLayer das recompensas dos serviços que aderem à taxa (20% desde março de 2026), antes da comissão do operador.

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = Cobrada pelo operador a quem você delega, sobre o que os serviços pagam.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = Cobrada por um protocolo de restaking líquido, se você usar um, sobre todas as recompensas.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = Total ao ano

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = Um corte

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = Anos apagados

# The heading of a group of results: the rewards.
result-groups-rewards = Um ano de recompensas

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = Um corte grave

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = Pesando o risco

# A result's label: the base staking reward.
result-label-base-reward = Recompensa base, por ano

# A result's label: the services' extra reward.
result-label-extra-reward = Extra dos serviços, por ano

# A result's label: the total reward.
result-label-gross-reward = Recompensa total, por ano

# A result's label: the total yearly rate.
result-label-gross-apr = Rendimento total

# A result's label: what one severe slash takes.
result-label-slash-loss = Um corte grave leva

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = Anos de recompensa extra apagados

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = Chance de pelo menos um corte grave, por ano

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = Custo esperado dos cortes, por ano

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = Recompensa após cortes esperados, por ano

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = Rendimento após cortes esperados

# A result's label: the break-even chance.
result-label-breakeven-probability = Chance de corte no ponto de equilíbrio, por serviço

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = não há recompensa extra a apagar

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = o restaking compensa com qualquer chance até 100%, ou não há nada a cortar

# The label of a numeric input: the amount staked.
field-label-stake = Stake

# The label of a numeric input: the base staking rate.
field-label-base-rate = Rendimento base do staking

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = Tamanho de um corte grave

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = Taxa de staking líquido

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = Taxa de protocolo da EigenLayer

# The label of a numeric input: the operator's commission.
field-label-commission = Comissão do operador

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = Taxa de restaking líquido

# The label of a numeric input: a service's extra rate.
field-label-service-rate = Rendimento extra

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = Chance anual de corte grave

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = Fatia alocada

# The label of a numeric input: the years the chart shows.
field-label-horizon = Anos exibidos

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = Ano do corte

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % ao ano

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % do stake

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % das recompensas base

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % das recompensas dos serviços

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % de todas as recompensas

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % ao ano

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % do stake

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = anos

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = Staking simples

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = Restaking, sem corte

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = Restaking, um corte

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = Desenhado como no exemplo resolvido: todo serviço pode cortar o depósito inteiro. Isso ainda vale onde um mesmo stake é reutilizado em várias redes, mas na EigenLayer, desde 17 de abril de 2025, cada serviço só pode cortar a fatia que o operador alocou a ele (escolha “Em fatias” na calculadora).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = Desenhado como na EigenLayer desde 17 de abril de 2025: o operador reserva uma fatia do depósito para cada serviço, e um serviço só pode cortar a própria fatia.

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
service-role-oracle = traz preços de fora para a blockchain

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = move tokens entre blockchains

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = mantém disponíveis os dados dos rollups

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = Stake restante

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = Principal perdido

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = Anos de recompensa extra apagados

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = Você faz stake de ETH e recebe um token de volta, um LST: seu comprovante, que continua rendendo.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = Você deposita o LST em um protocolo de restaking, junto com os depósitos de todo mundo.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = Um operador põe seu depósito para trabalhar em cada serviço: cada um, mais uma forma de sofrer corte.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = O Ethereum e cada serviço pagam uma recompensa de volta pelo seu ramo.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = Para sair, você espera cada camada, uma de cada vez, ainda sujeito a cortes nesse meio-tempo.

# The caption's title at the story's slash.
story-caption-slash-title = Um serviço aplica um corte

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = Parte do seu depósito se foi. Quanto? A primeira pergunta abaixo quer saber.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = Fazer stake e receber um LST

# Step 1's explanation, in two or three sentences.
steps-1-body = Você faz stake de ETH por meio de um protocolo de staking líquido e recebe de volta um token de staking líquido (LST). O token é seu comprovante: continua rendendo a recompensa base do Ethereum, e você pode transferi-lo, negociá-lo ou usá-lo em [DeFi](defi).

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = os contratos do próprio protocolo do LST, e a chance de o token ser negociado abaixo do ETH que o lastreia (uma [perda de paridade](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = Depositar o LST

# Step 2's explanation, in two or three sentences.
steps-2-body = Você deposita o LST em um protocolo de restaking como a [EigenLayer](eigenlayer), que o junta a milhares de outros depósitos. A partir daí, os contratos dele guardam sua posição.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = risco de contrato inteligente: um bug na camada de restaking pode atingir todos os depósitos do pool de uma vez.

# Step 3's short title, for the step dot and heading.
steps-3-title = Delegar a um operador

# Step 3's explanation, in two or three sentences.
steps-3-body = Você delega todo o seu saldo em restake a um único operador. É o operador, não você, quem adere aos serviços (a EigenLayer os chama de AVSs) e fica com uma comissão sobre o que eles pagam: 10%, a menos que ele defina outra. Cada serviço traz as próprias regras de corte, além das do Ethereum, e desde julho de 2025 um serviço pode destinar o que corta a um recebedor de sua escolha em vez de queimá-lo (redistribuição), se o operador aderir. Seu operador pode pôr seu stake para trabalhar em um novo serviço na hora (o prazo de alocação dele pode ser 0), enquanto a sua saída leva 14 dias.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = cortes acumulados: cada serviço é mais uma forma de perder principal, por uma falha do operador que você não causou, e um serviço que fica com o que corta tem um motivo para cortar.

# Step 4's short title, for the step dot and heading.
steps-4-title = Ganhar recompensas em camadas

# Step 4's explanation, in two or three sentences.
steps-4-body = Agora as recompensas chegam de duas camadas: a recompensa base do Ethereum mais a de cada serviço. Um serviço pode pagar em qualquer token que escolher e, se aderir à taxa da EigenLayer, entrega primeiro 20% do pagamento a ela. Os incentivos EIGEN da própria EigenLayer agora vão só para o stake que garante serviços pagantes (desde 19 de março de 2026). Cada pagamento semanal pode ser resgatado uma semana depois, por um valor que varia. Um corte leva principal e, junto, as recompensas de staking acumuladas dentro do seu LST ou LRT.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = as recompensas podem encolher, parar ou perder valor, enquanto um único corte grave pode apagar mais de um ano da recompensa extra.

# Step 5's short title, for the step dot and heading.
steps-5-title = Sair por cada camada

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = Para ter o ETH de volta, você desfaz tudo na ordem inversa: saca do protocolo de restaking e depois converte o LST de volta em ETH. Cada camada tem seu próprio tempo de espera ([unbonding](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = liquidez e atraso: você espera em cada camada, e uma saída rápida pelo mercado pode vender abaixo da paridade.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = Por um LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = Nativo

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = Por um LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = Para ter o ETH de volta, você sai na ordem em que entrou: primeiro seu validador sai do Ethereum, e o ETH dele cai no seu EigenPod; depois você o saca do protocolo de restaking. Cada camada tem seu próprio tempo de espera ([unbonding](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = Para ter o ETH de volta, você resgata o LRT pela fila do próprio protocolo, que espera o protocolo de restaking e o Ethereum por você, ou vende o LRT no mercado. Cada camada tem seu próprio tempo de espera ([unbonding](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = atraso: a fila de saída do Ethereum pode levar semanas quando muitos estão saindo, e o stake ainda pode sofrer corte até o fim do prazo do protocolo de restaking.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = No exemplo resolvido, qualquer serviço pode cortar o depósito inteiro. Na EigenLayer, desde 17 de abril de 2025, o operador aloca uma fatia dele a cada serviço, e um serviço só pode cortar a própria fatia.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = Na EigenLayer, desde 17 de abril de 2025, o operador aloca uma fatia do depósito a cada serviço, e um serviço só pode cortar a própria fatia: os controles deslizantes da calculadora definem essas fatias.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = Dia 0

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = Você pede o saque do protocolo de restaking e entra na fila. Seu depósito deixa de ganhar as recompensas dos serviços imediatamente, mas qualquer corte feito durante o prazo ainda vale para ele.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = O prazo de saque da EigenLayer termina e você recebe seu LST de volta.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = Ou a fila de saque do próprio LST, por ETH pelo valor integral (de dias a semanas, conforme a fila de saída do Ethereum), ou uma troca imediata no mercado, que pode pagar menos que a paridade.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = Seu validador sai pela fila de saída do Ethereum: curta quando poucos esperam, semanas quando muitos esperam (46 dias em setembro de 2025). Desde julho de 2025, seu EigenPod pode pedir a saída por conta própria.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = Cerca de 27 horas, depois dias

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = Após a saída, um atraso fixo de 256 épocas; depois a varredura de saques, que paga os validadores um de cada vez, move o ETH para o seu EigenPod.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = Você pede o saque na EigenLayer e espera o prazo, durante o qual o stake ainda pode sofrer corte. Pedido com antecedência e pelo valor exato, ele pode correr em paralelo com os passos acima.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = Você resgata o LRT pela fila de saque do protocolo, que paga em dias ou semanas: a do Renzo leva cerca de uma semana quando ele tem ETH em reserva, e duas semanas ou mais quando precisa esperar os 14 dias da EigenLayer.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = Ou na hora, com taxa

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = O Renzo e o ether.fi pagam na hora, a partir de uma reserva, cobrando uma taxa, e só enquanto a reserva (e o limite de vazão do ether.fi) permitir.

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = Ou na hora, no mercado

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = Venda o LRT no mercado, pelo preço em que estiver sendo negociado, que pode ser menor que o ETH por trás dele.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (token de staking líquido)

# A term as the glossary names it: slashing.
term-name-slashing = Corte (slashing)

# A term as the glossary names it: unbonding.
term-name-unbonding = Período de espera (unbonding)

# A term as the glossary names it: validator.
term-name-validator = Validador

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = Credenciais de saque

# A term as the glossary names it: service (AVS).
term-name-avs = Serviço (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = Perda de paridade (de-peg)

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
term-definition-lst = Um token que você recebe pelo ETH posto em stake por meio de um protocolo de staking líquido. Ele representa o ETH em stake e as recompensas dele e, ao contrário do próprio stake, você pode transferi-lo, negociá-lo ou depositá-lo em outro lugar.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = Uma penalidade que tira parte do ETH em stake de um validador quando ele quebra as regras, como assinar dois blocos conflitantes. Cada serviço protegido por restaking acrescenta regras próprias que podem gerar cortes.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = A espera entre pedir o ETH em stake de volta e recebê-lo. Cada camada (o Ethereum, o protocolo de restaking, o LST ou o LRT) tem a sua.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = Uma chave com ETH em stake, e as funções que vêm com ela: propor e verificar blocos do Ethereum, em troca de recompensas, sob risco de corte. Um software de nó cumpre essas funções, operado por você ou por um provedor. Um validador precisa de pelo menos 32 ETH; desde maio de 2025, um validador com credenciais compostas (0x02) pode contar até 2.048 ETH.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = O endereço para onde vai o ETH de um validador: todo ele depois que o validador sai e, enquanto isso, o que se acumula acima de 32 ETH (credenciais 0x01) ou acima de 2.048 ETH (compostas, 0x02, que também podem pedir parte dele). Desde maio de 2025, elas também podem pedir a saída. Apontá-las para um EigenPod é o que faz o restaking nativo funcionar.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = Uma rede que toma emprestado ETH em restake como segurança e paga por isso: um oráculo que traz preços para a blockchain, uma ponte que move tokens entre blockchains, uma rede de dados que mantém disponíveis os dados dos rollups. A EigenLayer chama esses serviços de AVSs (autonomous verifiable services, ou serviços verificáveis autônomos). Cada um define as próprias regras de corte.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = Quando um token que deveria valer um ETH é negociado por menos no mercado, geralmente em momentos de estresse, quando muitos detentores querem sair ao mesmo tempo.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = Taxa percentual anual: a recompensa de um ano como fração do stake, sem juros compostos. 1,12 ETH por ano sobre 32 ETH dá 3,5% de APR.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = Bloquear ETH em um validador para que ele sirva de garantia para os blocos que verifica e adiciona. O trabalho honesto rende ETH novo; quebrar as regras custa parte do stake. Por meio de um protocolo de staking líquido, qualquer quantia pode ir para stake.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = Uma empresa ou pessoa que executa o software para o ETH em restake. Os restakers delegam a um operador, que escolhe os serviços e fica com uma comissão sobre o que eles pagam; os erros dele podem fazer os restakers dele sofrerem cortes.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = O maior protocolo de restaking do Ethereum: um conjunto de contratos que guarda ETH em restake e permite que serviços tomem emprestada a segurança dele.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = Finanças descentralizadas: empréstimos, negociações e outros serviços financeiros executados por contratos em uma blockchain, sem nenhuma empresa no meio.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = Cinco passos

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = Quatro formas comparadas

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = A calculadora

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = Seis riscos

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = Staking simples

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = Staking líquido

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = Restaking

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = Restaking líquido

# The seed's first point in prose, after the table.
compare-notes-1 = O staking líquido é a base, e o restaking fica por cima dele: você pode ter um LST sem nunca fazer restake dele.

# The seed's second point in prose, after the table.
compare-notes-2 = O artigo do exemplo resolvido diz que, em geral, você precisa de um LST para fazer restake. Hoje você também pode entregar ETH comum a um protocolo de restaking líquido (ether.fi, Renzo, Kelp) ou fazer restake nativo do seu próprio validador.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = Objetivo principal

# A row heading of the comparison: the dimension compared.
compare-rows-hold = O que você tem

# A row heading of the comparison: the dimension compared.
compare-rows-reward = Origem da recompensa

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = Exposição a cortes

# A row heading of the comparison: the dimension compared.
compare-rows-effort = Esforço

# A row heading of the comparison: the dimension compared.
compare-rows-risk = Principal risco extra

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = Proteger o Ethereum e ganhar a recompensa base dele

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = Manter líquido e negociável o ETH em stake

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = Reutilizar ETH em stake para proteger mais serviços

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = Fazer restake sem operar nada, mantendo um token negociável

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = ETH em stake em um validador, seu ou de um provedor

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = Um token de staking líquido (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = Um LST depositado em um protocolo de restaking (ou um validador em restake nativo)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = Um token de restaking líquido (LRT), como eETH, ezETH, rsETH ou pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = Alto se você opera o validador, baixo por meio de um provedor

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = Passivo para manter; ativo se você também usa o token em DeFi

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = Mais passivo: você confia que seu operador escolhe bem os serviços

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = O mais passivo: o protocolo escolhe operadores e serviços por você

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = Os erros do seu próprio validador

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = Risco de mercado: o LST pode perder a paridade

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = Cortes acumulados e a complexidade de protocolos empilhados

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = Todos os do restaking, mais os contratos do LRT e a perda de paridade dele

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = Recompensa base do Ethereum

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = A mesma recompensa base menos a taxa do LST, mais o que renderem as estratégias DeFi que você fizer com o LST

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = por ano, + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = Recompensa base mais os rendimentos dos serviços, menos as taxas

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = O mesmo, menos a taxa do próprio protocolo do LRT (a taxa de restaking líquido da calculadora)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = Só as regras do Ethereum

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 conjunto

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = Só as regras do Ethereum

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = As do Ethereum mais as de cada serviço que seu operador garante

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = As do Ethereum mais as de cada serviço que os operadores do protocolo garantem

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = Alto: pode levar principal

# A risk's severity in words: costs money or time under stress.
severity-label-medium = Médio: custa sob estresse

# A risk's name: compounded slashing.
risks-slashing-title = Cortes acumulados

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = Cada serviço que você garante acrescenta regras próprias que podem cortar seu depósito. Uma falha que você não causou, de um operador ou no código de um serviço, ainda pode lhe custar principal.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = Desde julho de 2025, um serviço da EigenLayer pode destinar o que corta a um recebedor que ele indica, em vez de queimá-lo, se o operador tiver aderido; desde junho de 2026, um corte espera 7 dias antes de ser queimado ou pago.

# A risk's name: smart-contract risk.
risks-contracts-title = Risco de contrato inteligente

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = O restaking empilha contratos sobre contratos: os do LST, os do protocolo de restaking, os de cada serviço. Um bug em qualquer um deles pode se espalhar para as camadas construídas por cima.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = Liquidez e perda de paridade

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = Sob estresse, um LST pode ser negociado abaixo do ETH que representa, justamente quando muitos detentores querem sair. Uma posição em restake também demora mais para ser desfeita, camada por camada.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = Em 24 de abril de 2024, o token de restaking líquido ezETH chegou a cair para 0,22 ETH em alguns mercados; em dois mercados de empréstimo do Morpho, 145 das 146 liquidações de empréstimos garantidos por ele aconteceram em até 23 minutos.

# A risk's name: complexity and integration.
risks-complexity-title = Complexidade e integração

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = Quanto mais protocolos funcionam juntos, mais eles podem interagir de formas que ninguém previu. Falhas nas junções são difíceis de prever e de precificar.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = Em 18 de abril de 2026, uma mensagem forjada na ponte do rsETH do Kelp, que confiava em um único verificador, liberou 116.500 rsETH da reserva no Ethereum sem a queima correspondente; o atacante tomou empréstimos no Aave dando 89.567 deles como garantia. Um fundo do setor cobriu o rombo, e o Kelp restabeleceu o lastro do rsETH em 25 de maio de 2026.

# A risk's name: systemic concentration.
risks-concentration-title = Concentração sistêmica

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = Se boa parte de todo o ETH em stake faz restake por um único protocolo, uma falha ali atinge muitas redes de uma vez. Seu depósito passa a ser um entre muitos atingidos juntos.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = Em abril de 2026, a EigenLayer detinha cerca de 94% de todo o valor em restake, segundo dados de agregadores.

# A risk's name: governance and regulatory risk.
risks-governance-title = Governança e regulação

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = Um protocolo pode mudar seus parâmetros, e as regras podem mudar, depois que você já se comprometeu. O risco que você aceitou nem sempre é o risco que você acaba carregando.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = Em 17 de abril de 2025, a EigenLayer ativou os cortes e dobrou seu prazo de saque de 7 para 14 dias, inclusive para saques que já aguardavam sob as regras anteriores.

# A question of the checklist before restaking.
checklist-track-record = Histórico: há quanto tempo o protocolo funciona, e ele já foi auditado ou explorado por atacantes?

# A question of the checklist before restaking.
checklist-assets = Ativos aceitos: quais LSTs ou stakes nativos ele aceita, e o que os lastreia?

# A question of the checklist before restaking.
checklist-net-yield = Rendimento líquido após o risco: o que sobra depois de descontar as taxas e os cortes esperados?

# A question of the checklist before restaking.
checklist-exit = Mecânica de saída: quanto dura cada prazo de saque, e quão profundo é o mercado para uma saída rápida?

# A question of the checklist before restaking.
checklist-curation = Curadoria: quem escolhe os serviços que seu depósito protege, e com que transparência?

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = Seguir o artigo

# An option of the theme choice: theme=light.
embed-theme-labels-light = Sempre claro

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = Sempre escuro

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = Claro em um artigo branco, escuro em um artigo escuro. Em um iframe, que não enxerga o artigo, segue a configuração do sistema do leitor.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = Claro em qualquer artigo, seja qual for a configuração do sistema do leitor.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = Escuro em qualquer artigo, seja qual for a configuração do sistema do leitor.

# The preview's first sample article.
embed-preview-articles-white = Um artigo branco

# The preview's second sample article.
embed-preview-articles-dark = Um artigo escuro

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = Um guia interativo sobre restaking de ETH: quanto rende, quanto custa um corte e quando o rendimento extra compensa o risco extra.

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
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = { $n }% ao ano

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = { $n }% ao ano

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = { $n }% do stake

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = { $n }% das recompensas base

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = { $n }% das recompensas dos serviços

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = { $n }% de todas as recompensas

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = { $n }% do stake, { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = { $n }% da fatia

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = ano { $year } de { $total }

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } do serviço { $n }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject }: o valor deve ficar entre { $unit ->
        [eth] { $min } e { $max } ETH
        [stake-share] { $min } e { $max }% do stake
        [base-rewards] { $min } e { $max }% das recompensas base
        [service-rewards] { $min } e { $max }% das recompensas dos serviços
        [all-rewards] { $min } e { $max }% de todas as recompensas
        [years] { $min } e { $max } anos
       *[rate] { $min } e { $max }% ao ano
    }; { $given ->
        [endless] um número infinito
       *[other] { $given }
    } foi trocado por { $used }.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject } deve ficar entre { $min } e { $max }% do stake, já que os outros serviços ficam com o restante; { $given ->
        [endless] um número infinito
       *[other] { $given }
    } foi trocado por { $used }.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject } deve ficar entre { $min } e { $max }, os anos exibidos; { $given ->
        [endless] um número infinito
       *[other] { $given }
    } foi trocado por { $used }.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = As alocações somavam { $total }% do stake; foram reduzidas proporcionalmente para somar 100%.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: “{ $given }” não é um número, então o valor anterior foi mantido.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: isso não é um número, então o valor anterior foi mantido.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = Foram informados { $given } serviços; a calculadora aceita 8, então os 8 primeiros são usados.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = A lista “{ $param }” tem { $given } valores para { $expected } serviços; os que faltam ficam com o valor padrão, e os que sobram são ignorados.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = “{ $given }” não é uma opção para “{ $param }”, então foi ignorado.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = Fazer stake de { $stake } a { $rate } rende cerca de { $base } por ano.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = Fazer stake de { $stake } a { $rate } rende cerca de { $base } por ano { $fees }.

# The narration's second sentence when no service is backed.
narration-no-services = Sem serviços garantidos, não há recompensa extra nem risco extra de corte.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = Colocá-lo em restake para garantir { $n ->
        [one] um serviço
       *[other] { $n } serviços
    } acrescenta mais { $extra }, { $gross } no total ({ $apr } ao ano).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = Colocá-lo em restake para garantir { $n ->
        [one] um serviço
       *[other] { $n } serviços
    } acrescenta mais { $extra } { $fees }, { $gross } no total ({ $apr } ao ano).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] Mas um corte de { $slash } na maior fatia custa { $loss }, o equivalente a { $years } da recompensa extra.
       *[other] Mas um corte de { $slash } custa { $loss }, o equivalente a { $years } da recompensa extra.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] Mas um corte de { $slash } na maior fatia custa { $loss }, mais de um ano inteiro ({ $years }) da recompensa extra.
       *[other] Mas um corte de { $slash } custa { $loss }, mais de um ano inteiro ({ $years }) da recompensa extra.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] Mas um corte de { $slash } na maior fatia custa { $loss }, exatamente um ano da recompensa extra.
       *[other] Mas um corte de { $slash } custa { $loss }, exatamente um ano da recompensa extra.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] Mas um corte de { $slash } na maior fatia custa { $loss }, sem nenhuma recompensa extra para compensar.
       *[other] Mas um corte de { $slash } custa { $loss }, sem nenhuma recompensa extra para compensar.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = Com um tamanho de corte de 0%, os cortes não custam nada aqui.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = após a taxa de { $first }

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = após as taxas de { $first } e { $second }

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = após as taxas de { $first }, { $second } e { $third }

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = { $rate } do LST

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = { $rate } do LRT

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = { $rate } da EigenLayer

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = { $rate } do operador

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = Sem serviços garantidos, não há chances de corte a pesar.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = Considerando { $model ->
        [correlated] uma única chance compartilhada de corte grave
        [allocated] a chance de cada serviço cortar a própria fatia
       *[independent] a chance de corte grave de cada serviço
    } ({ $chance } ao ano no total), o custo esperado é de { $cost } por ano, o que deixa { $left } ({ $rate }).

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = No modelo { $name }, o extra deixa de compensar o risco quando a chance de cada serviço passa de { $chance } ao ano.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = Com essas chances, os cortes custam em média { $cost } por ano, o que deixa { $left } ({ $rate }).

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = No total, { $gross } por ano ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = Um corte grave leva { $loss }, o equivalente a { $years } da recompensa extra.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = Um corte grave leva { $loss }.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = Após os cortes esperados, { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = Após { $years }: o staking simples chega a { $plain }, o restaking sem corte a { $restaked }, e o restaking com um corte de { $slash } no ano { $year } a { $slashed }.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ Voltar para { $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = O operador: escolhe os serviços e fica com { $commission } do que eles pagam.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"; "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = Serviço { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = { $rate } base

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/ano

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = Um depósito de { $stake } protege o Ethereum a { $rate } ao ano e nenhum outro serviço.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = Um depósito de { $stake } protege o Ethereum a { $rate } ao ano, além de { $n ->
        [one] { $n } serviço executado
       *[other] { $n } serviços executados
    } pelo operador a quem foi delegado, que fica com { $commission }: { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {", "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = O Ethereum pode cortar o depósito inteiro; cada serviço, só a própria fatia ({ $slices }), e um corte grave leva { $slash } dessa fatia.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = Cada um dos { $n } ramos pode cortar o depósito; um corte grave leva { $slash } dele.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = Após { $count ->
        [one] um corte simulado
       *[other] { $count } cortes simulados
    }, restam { $left } de { $stake }: { $lost } perdidos, o equivalente a { $years } da recompensa extra.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = Após { $count ->
        [one] um corte simulado
       *[other] { $count } cortes simulados
    }, restam { $left } de { $stake }: { $lost } perdidos.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = Ethereum: −{ $loss } de início, e uma saída forçada

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: −{ $loss }, restam { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = Todos os { $n } serviços: −{ $loss }, restam { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = Uma fatia de { $amount }; { $unallocated } do stake não está alocado.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = Seu palpite, { $guess }, acertou em cheio.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = Seu palpite, { $guess }, ficou { $miss } acima.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = Seu palpite, { $guess }, ficou { $miss } abaixo.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] Aqui, um corte grave leva { $slash } da fatia que um serviço pode alcançar (o número do exemplo resolvido: serviços reais definem os seus). Dê seu palpite primeiro: quanto isso representa dos seus { $stake }?
       *[other] Aqui, um corte grave leva { $slash } do que um serviço pode alcançar (o número do exemplo resolvido: serviços reais definem os seus). Dê seu palpite primeiro: quanto isso representa dos seus { $stake }?
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] Um corte grave leva { $loss }: { $slash } em cada um dos { $n } serviços ao mesmo tempo, já que uma única falha compartilhada gera corte em todos eles. O diagrama mostra isso saindo do depósito.
        [allocated] Um corte grave leva { $loss }: { $slash } da maior fatia, o máximo que um serviço pode alcançar. O diagrama mostra isso saindo do depósito.
       *[independent] Um corte grave leva { $loss }: { $slash } do stake, que todo serviço pode alcançar. O diagrama mostra isso saindo do depósito.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: o corte leva { $loss }, os serviços acrescentam { $extra } por ano, e { $loss } ÷ { $extra } = { $years }.

# The second question's answer when there is no extra reward.
answer-years-erased-none = Nenhum: sem recompensa extra, não há nada para o corte apagar.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = Adivinhe onde “Restaking, um corte” termina após { $years }: toque no gráfico ou arraste o controle.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = O restaking com um corte termina em { $slashed }, contra { $restaked } sem corte e { $plain } no staking simples.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = Passo { $step } de { $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = Entra no passo { $step }: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = Com os números da calculadora, seu operador garante { $n ->
        [0] { $n } serviços
        [one] { $n } serviço
       *[other] { $n } serviços
    }: { $sets ->
        [one] { $sets } conjunto de regras de corte
       *[other] { $sets } conjuntos de regras de corte
    } no total, contando o do Ethereum.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = Com os números da calculadora: { $base } por ano do Ethereum mais { $extra } dos serviços, { $gross } no total ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = Dia { $days }

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = Dia { $days } +

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = Depois, { $days } dias

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = Destacado no diagrama: passo 1, o stake de ETH em troca de um token líquido.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = Destacado no diagrama: passo 2, o depósito no protocolo de restaking.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = Destacado no diagrama: passo 3, o operador e os ramos até os serviços aos quais ele adere.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = Destacado no diagrama: passo 4, as recompensas voltando por cada ramo.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = Destacado no diagrama: passo 5, a saída por cada camada.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = Destacado no diagrama: as setas de corte, uma por ramo, cada uma delas uma forma de perder principal.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = Fonte { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = Fonte { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = , { $date }; verificado em { $checked }.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = por ano, { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
        [one] { $n } conjunto
       *[other] { $n } conjuntos
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = Sem serviços garantidos, só as regras do próprio Ethereum podem gerar cortes.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = Com os números da calculadora: uma chance de { $chance } ao ano de pelo menos um corte grave entre { $n ->
        [one] { $n } serviço
       *[other] { $n } serviços
    }, com custo esperado de { $cost } por ano.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = Trate o rendimento base, { $base } aqui, como seu piso. Os { $extra } ao ano que os serviços acrescentam por cima são o pagamento por carregar { $n ->
        [0] mais { $n } conjuntos
        [one] mais { $n } conjunto
       *[other] mais { $n } conjuntos
    } de regras de corte: pergunte-se se isso paga o suficiente, e nunca faça restake de mais do que você suportaria ver cortado.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = { $stake } em restake: { $base } + { $extra } = { $gross } por ano ({ $rate }). Um corte de { $slash } leva { $loss }.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = Salvar esta figura como { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = De “Restaking, explicado”, { $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = Desculpe, o guia de restaking parou de funcionar. Recarregue a página para tentar de novo; o texto do artigo não é afetado.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }, valor exato

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }, valor exato em { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = Oráculo

# The second: a bridge between chains.
service-name-bridge = Ponte

# The third, when added: a data availability layer.
service-name-data-layer = Camada de dados

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = Serviço { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = O exemplo resolvido: 32 ETH a cerca de 3,5% ao ano rendem cerca de 1,12 ETH; dois serviços que pagam 2% e 1,5% a mais elevam isso para cerca de 2,24 ETH, cerca de 7%; um corte grave de 5% leva 1,6 ETH. O exemplo deixa as taxas de fora.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = A atualização de cortes da EigenLayer (unique stake): um operador aloca uma parte do stake delegado a ele, ativo por ativo, ao conjunto de operadores de cada serviço; as partes somam no máximo 100%, e um serviço só pode cortar o stake alocado a ele.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = Um operador da EigenLayer fica, por padrão, com 10% das recompensas de um serviço, e pode definir qualquer valor de 0 a 100%; uma mudança passa a valer após 7 dias.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = O Lido fica com 10% das recompensas de staking, metade para os operadores de nós e metade para a própria tesouraria; a DAO do Lido pode mudar a taxa.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = O Renzo fica com 10% das recompensas obtidas com restaking para o ezETH; outros protocolos de restaking líquido definem as próprias taxas.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = O prazo de saque da EigenLayer é de 100.800 blocos, cerca de 14 dias, durante os quais o stake ainda pode sofrer corte; antes da atualização de cortes, era de 7 dias.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = Desde a atualização Pectra, um validador que sofre corte perde primeiro 1/4096 do seu saldo efetivo (cerca de 0,008 ETH sobre 32 ETH); uma penalidade de correlação, cerca de 18 dias depois, pode levar muito mais quando muitos validadores sofrem corte juntos.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = Desde a atualização Pectra, um validador com credenciais compostas (0x02) pode contar até 2.048 ETH; um com credenciais 0x01 ainda conta no máximo 32 ETH, e 32 ETH continua sendo o mínimo.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = Depois que um validador que não sofreu corte sai, o ETH dele fica disponível para saque após um intervalo fixo de 256 épocas, cerca de 27 horas.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = A varredura de saques então paga os validadores um de cada vez, no máximo 16 saques por bloco (cerca de 115.200 por dia), de modo que uma rodada dela leva dias: cerca de 7 dias para 800.000 saques.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = A fila de saída de validadores do Ethereum chegou a cerca de 46 dias em meados de setembro de 2025, depois que o provedor de staking Kiln decidiu retirar todos os seus validadores: a espera mais longa até então.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = Os serviços da EigenLayer pagam recompensas em qualquer token ERC-20 que escolherem; os pagamentos são publicados semanalmente e podem ser resgatados uma semana depois.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = A EigenLayer mudou o nome dos AVSs de “actively validated services” para “autonomous verifiable services”, uma mudança só de palavras.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = Protocolos de restaking líquido como ether.fi, Renzo e Kelp aceitam ETH comum e também LSTs como o stETH, e devolvem um token de restaking líquido (eETH, ezETH, rsETH).

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = Em 24 de abril de 2024, o ezETH do Renzo chegou a cair para 0,22 ETH em alguns mercados por cerca de uma hora: a liquidez era baixa, e o ezETH ainda não podia ser resgatado.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = Em dois mercados de empréstimo do Morpho, 145 das 146 liquidações de empréstimos garantidos por ezETH aconteceram em até 23 minutos após a primeira, às 02:29 UTC de 24 de abril de 2024.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = A EigenLayer ativou os cortes em 17 de abril de 2025 e aumentou seu prazo de saque de 7 para 14 dias; os saques já na fila sob as regras anteriores também tiveram que esperar o prazo maior.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = Em abril de 2026, a EigenLayer detinha cerca de 94% de todo o valor em restake, segundo dados de agregadores; a Symbiotic detinha cerca de US$ 0,9 bilhão, e a Karak, cerca de US$ 0,1 bilhão.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = A fila de entrada de novos validadores do Ethereum passava de 50 dias em julho de 2026, segundo uma proposta de melhoria da EigenLayer daquele mês.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = Desde a atualização Pectra, no máximo 256 ETH de stake entram no Ethereum, e no máximo 256 ETH saem, a cada época de 6,4 minutos (57.600 ETH por dia em cada sentido); quem passar disso espera na fila de entrada ou na de saída.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = Desde julho de 2025, um serviço na EigenLayer pode criar um conjunto de operadores redistribuível: o que ele corta vai para um recebedor fixado no início, em vez de ser queimado. Só os operadores alocam: o stake de um staker, inclusive o delegado antes, se torna redistribuível assim que o operador dele o aloca a um conjunto desse tipo. ETH nativo e EIGEN não podem ser redistribuídos.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = Desde junho de 2026, o stake cortado espera um prazo de resolução de corte de 7 dias (50.400 blocos) antes de ser queimado ou redistribuído; o prazo permite pausar a saída dos fundos, mas nenhum mecanismo pode desfazer um corte.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = Desde março de 2026 (rewards v2.2), um serviço pode ponderar suas recompensas pelo stake alocado a ele (unique stake) ou por todo o stake delegado aos seus operadores (total stake).

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = Desde 19 de março de 2026, os incentivos EIGEN da EigenLayer vão só para o stake que garante serviços que pagam taxas (no início, só o EigenDA, para stake em ETH), com o ETH rendendo metade do que rendia antes; o restante do ETH em restake não recebe nada.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = Desde a atualização Pectra (7 de maio de 2025), as credenciais de saque de um validador podem acionar a saída dele a partir da camada de execução; só um validador composto (0x02) também pode pedir parte do saldo acima de 32 ETH.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = Um validador com credenciais 0x01 tem todo saldo acima de 32 ETH varrido automaticamente para o seu endereço de saque. Um validador composto (0x02) acumula até 2.048 ETH e só é varrido acima disso; abaixo desse valor, os saques parciais precisam ser solicitados.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = Desde julho de 2025, um EigenPod pode acionar por conta própria as saídas e os saques parciais dos seus validadores (EIP-7002); saques parciais só funcionam para validadores compostos (0x02).

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = O Renzo resgata o ezETH por uma fila de saque que, segundo ele, pode levar até 15 dias, ou na hora, por uma taxa que sobe conforme a reserva de saque se esvazia; uma saída instantânea que deixaria a reserva abaixo do mínimo é recusada.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = O ether.fi resgata eETH e weETH por ETH na hora, cobrando uma taxa de saída, dentro de um limite de vazão, e só enquanto o pool dele tiver mais que um mínimo definido; caso contrário, você entra na fila e recebe um NFT de saque, pago depois.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = Em 18 de abril de 2026, a rota da ponte do rsETH do Kelp, da Unichain para o Ethereum, liberou 116.500 rsETH da reserva do lado do Ethereum sem a queima correspondente na Unichain, deixando o rsETH de outras blockchains sem lastro suficiente; o atacante depositou 89.567 rsETH no Aave e, com eles como garantia, tomou WETH e wstETH emprestados. Um fundo do setor (“DeFi United”) cobriu o rombo, o Aave reabriu os saques de rsETH em 14 de maio, e o Kelp restabeleceu o lastro em 25 de maio de 2026.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = A rota confiava em um único verificador (uma configuração 1 de 1 com o verificador da LayerZero Labs); os atacantes comprometeram dois dos nós RPC dos quais ele dependia e derrubaram um terceiro, e assim ele aprovou uma mensagem que nunca existiu. LayerZero e Kelp discordam sobre quem escolheu essa configuração.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = Um validador que sofre corte é forçado a sair, e o ETH restante dele só fica disponível para saque 8.192 épocas (cerca de 36 dias) após o corte, ou mais tarde, se a fila de saída for maior.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = Cada operador da EigenLayer define o próprio prazo de alocação, a espera antes que uma nova alocação passe a contar e possa sofrer corte, e ele pode ser 0: um operador assim pode expor o stake delegado ao risco de um novo serviço na hora, mais rápido do que um staker consegue sair (14 dias). Vários operadores, inclusive públicos, tinham definido esse prazo como 0 até maio de 2026.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = Desde março de 2026, quem envia as recompensas de um serviço na EigenLayer pode aderir a uma taxa de protocolo de 20%, descontada antes de tudo: a comissão do operador e a parte dos stakers saem dos outros 80%. Só os serviços que pagam essa taxa podem receber incentivos EIGEN.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = Staking é depositar ETH para operar um validador, que verifica transações e adiciona novos blocos, mantendo o Ethereum seguro e ganhando ETH novo; quebrar as regras faz o validador sofrer corte: parte do stake é tomada e o validador é removido.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = Carregando o guia de restaking…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = Não foi possível carregar o guia de restaking.
