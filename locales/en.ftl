# Restaking, explained: the English words, the source of every other locale.
#
# A message is `id = text`. Keep the id; translate the text. `{ $name }` is a value the
# widget fills in, and stays as it is. `[words](term)` links a word to its definition in
# the glossary (translate the words, keep the term). A line starting with `#` says where
# the message is shown. See the README's "Languages" section.
#
# The widget reads these through src/copy.rs (`t("id")`, `tf("id", …)`); a test fails
# when the code asks for an id this file lacks, or this file has one nothing asks for.

## How numbers are written

# The decimal separator.
number-decimal = .
# The separator between groups of three digits.
number-group = ,
# The smallest whole number written with group separators: 1000 where "1,000" is
# written, 10000 where four digits stay together ("1000", but "10,000").
number-group-from = 1000
# A percentage; { $n } is the number. The no-break space keeps them on one line.
number-percent = { $n }{"\u00A0"}%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
    [one] { $n }{"\u00A0"}year
   *[other] { $n }{"\u00A0"}years
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = Work it out: is the extra yield worth the extra risk?

# The line under the calculator's heading.
calculator-lead = The sliders start from a worked example: 32 ETH at about 3.5 % a year, restaked for two services paying 2 % and 1.5 % more. Move one, and the figures beside it follow ([APR](apr) is the yearly rate).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = These sliders start from numbers chosen for you; the worked example (32 ETH at about 3.5 % a year, two services paying 2 % and 1.5 % more) is one click away. Move anything and every figure below follows, in ETH a year and as a yearly rate ([APR](apr)).

# Under the extra reward: what it is paid in.
reward-currency = A service may pay in any token; its worth in ETH moves, and is held fixed here.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = “After expected slashing” counts slashing alone, at the odds you set: not the other five risks, and not the worst case.

# Legend of the inputs' group.
inputs-legend = Your position

# Legend of the services' group.
services-legend = Services your restaked ETH secures

# Explains what a service's probability is, and that it is a guess.
services-hint = Each service pays an extra rate and adds its own slashing rules. The yearly chance of a severe slash is a guess for you to set: the worked example gives none.

# The add-a-service button.
add-service = Add a service

# Said when no service is left.
no-services = No services: this is plain liquid staking, with Ethereum's slashing rules only.

# Said when the maximum number of services is reached.
services-full = Eight services is the most this calculator takes.

# Legend of the slashing-model choice.
model-legend = How do the services' slashing risks combine?

# The independent choice.
model-independent = Independently: each service can fail on its own

# The correlated choice.
model-correlated = Together: one shared operator, one fault slashes on every service

# The allocated choice.
model-allocated = In slices: each service can slash only the share of the stake set aside for it (EigenLayer since 17 April 2025)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = Assumed here: each service pays its rate on its own slice. On EigenLayer a service may instead weight its rewards by all the stake delegated to its operators (since March 2026).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = More settings

# What that group holds, said on its toggle.
more-holds = yearly odds, slashing model, fees, real routes, names, chart years

# The legend of the route presets.
routes-legend = Start from a real route

# What a route preset changes, and what it keeps.
routes-hint = A route sets the path, the fees and the slashing model. Your stake, rates and odds stay as they are.

# Said when the fees, path and model match no route.
route-custom = Your own mix of path, fees and model.

# The fees toggle.
fees-summary = Fees at each layer (none in the worked example)

# The reset button.
reset = Back to the worked example

# Heading of the results.
results-title = What it adds up to

# The toggle of the sources part's full list.
sources-all = Every fact, with its date and source
sources-loading = Loading the sources…
sources-failed = The sources could not load. Reload the page to try again.

# The toggle of the glossary's definitions.
glossary-open = The words a newcomer trips on, defined

# The dismiss-notices button.
dismiss = Dismiss

# Heading of the chart.
chart-title = Over the years

# Explains the chart's assumptions.
chart-hint = Rewards paid out, not compounded; the slash comes mid-year.

# Shown in place of a result that does not exist.
none-text = none

# The fan-out's heading.
fan-title = One deposit, many jobs

# The line under the fan-out's heading.
fan-lead = Your staked ETH already secures Ethereum. Restaked, the same deposit is delegated to an [operator](operator), who runs the [services](avs) it backs: each one pays its own reward along its branch, and each one can slash the deposit along its own arrow.

# The play/pause button while the animation runs.
pause = Pause animation

# The play/pause button while the animation is paused.
play = Play animation

# Before the simulate-a-slash buttons.
simulate-label = Simulate a slash on

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = A fault on a service takes the slash size set in the calculator. Ethereum's own slashing differs: a small first penalty (1/4096 of the balance since May 2025), a forced exit with the rest locked for about 36 days, and more taken when many are slashed at once. On EigenLayer a slash waits 7 days before it is burned or paid out: time to pause it, not undo it.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = For the curious: how far a slash reaches, and Ethereum's own

# The toggle of a step's other ways in.
flow-curious = Other ways in: your own validator, or a liquid restaking token

# The toggle of the exit timeline's dated rules.
timeline-curious = For the curious: the rules behind these waits

# The undo button.
undo-slash = Undo last slash

# The name of the Ethereum branch.
ethereum = Ethereum

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = Exit: wait out each layer

# The service name's label.
service-name = Name

# The remove-a-service button.
remove = Remove

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = years

# The chart's mark at the slash.
chart-slash = slash

# The chart's mark at the reader's guess.
chart-guess = your guess

# Heading of the calculator's line about simulated slashes.
after-title = After the simulated slashes

# The label of a guess's slider.
guess-label = Your guess

# The button that commits a guess.
guess-check = Check my guess

# The toggle that shows an answer without a guess.
guess-skip = Just show me

# The same toggle once the answer is on show.
guess-answer = The answer

# Offered when the numbers changed after an answer was shown.
guess-again = Ask again with these numbers

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = And how many years of the services' extra reward does that one slash wipe out?

# The story's control, stopped.
story-play = ▶ Play the story

# The story's control, playing.
story-pause = ❚❚ Pause the story

# What the story is, beside its control.
story-hint = New here? Watch the five steps told on the diagram, a few seconds each.

# The story caption's button that moves on before the beat's time is up.
story-next = Next ›

# Announced at the story's slash.
story-slash = A service slashes: watch the deposit shrink.

# The flow's heading.
flow-title = Five steps from ETH to restaked

# The line under the flow's heading.
flow-lead = You can restake without running a [validator](validator): through a [liquid staking token](lst) and a restaking protocol, or by handing plain ETH to a liquid restaking protocol that does both.

# The back button.
back = ← Back

# The next button.
next = Next →

# Label of the step list.
steps-label = Steps of restaking

# "Risk it adds:" before each step's risk.
risk-added = Risk it adds:

# The native path, shown beside steps 1 and 2.
native-title = Or: native restaking

# What the native path is.
native-body = If you run your own validator (32 ETH at least), you can skip the LST and point the validator's [withdrawal credentials](withdrawal-credentials) at an EigenPod, a contract of yours on the restaking protocol. No token and no LST contract to trust, but you run the validator (or pay a provider to) and answer for its uptime, and a new validator first waits in Ethereum's entry queue (more than 50 days in July 2026).

# The third path: a liquid restaking token.
lrt-title = Or: a liquid restaking token

# What the liquid restaking path is.
lrt-body = With no validator of your own you can also skip steps 1 to 3: you deposit plain ETH, or an LST you already hold, with a liquid restaking protocol such as ether.fi, Renzo, Kelp or Puffer. It restakes, mostly on EigenLayer, picks the operators and services for you, and hands back a liquid restaking token (LRT) you can trade. Its own fee comes on top of the others, and its token can de-peg like any other.

# Label of the path choice.
path-legend = Path shown in the diagram and the exit

# The exit timeline's heading.
timeline-title = How long the way out takes

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = EigenLayer's withdrawal delay has been about 14 days since its slashing upgrade of 17 April 2025 (7 days before), and a protocol can change it again. Ethereum lets at most 256 ETH in and 256 ETH out every 6.4 minutes, so its queues, both ways, are short when few are waiting and take weeks when many are: the exit queue passed 46 days in September 2025, the entry queue 50 days in July 2026.

# The sources part's heading.
sources-title = Sources and dates

# The line under the sources part's heading.
sources-lead = Every rule and figure stated here about a protocol, dated, with its source's own words. Protocols change their rules: check before you rely on one.

# The glossary's heading.
glossary-title = Words used here

# The accessible name of the box a citation mark opens.
fact-pop-label = Source

# The close button of a term's popover.
close = Close

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = Loading… (this needs JavaScript)

# The whole explainer's opening: the one idea in two sentences.
intro = [Staking](staking) locks ETH so that it vouches for Ethereum's blocks: it earns new ETH, about 3.5 % a year in the worked example here, and part of it is taken if its validator breaks the rules ([slashing](slashing)). Restaking lends the same staked ETH to other services too: each pays a reward on top, and each can slash it for breaking its own rules. Every point of extra yield is paid for with extra risk.

# Where the worked example comes from, said once, on the whole page only.
intro-source = The worked example (32 ETH, two services, one 5 % slash) is from COINOTAG's article “What Is Restaking?” of June 2026.

# Label of the table of contents.
contents = In this explainer

# The toggle of the comparison's notes.
compare-curious = For the curious: how the four build on each other

# The label of the comparison's choice of column, on a phone.
compare-showing = Show on a phone

# Where the comparison's pick and the risks' links lead back to.
back-compare = the comparison

# See `BACK_COMPARE`.
back-risks = the risks

# The comparison's heading.
compare-title = Staking, liquid staking, restaking, liquid restaking

# The line under the comparison's heading.
compare-lead = The four are easy to confuse because each is built on the one before. Pick a row to see where it shows in the diagram.

# The table's caption (read by screen readers, shown above the table).
compare-caption = Plain staking, liquid staking, restaking and liquid restaking compared on six points; the reward and slashing rows use the calculator's numbers.

# The heading of the row-heading column.
compare-dimension = Dimension

# The risks' heading.
risks-title = Six risks to weigh

# The line under the risks' heading.
risks-lead = Restaking piles several risks onto one deposit, and newcomers tend to underestimate them. Each one enters at a particular step.

# The toggle of a risk's real, dated case.
risk-case = A real case, dated

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = Show where it enters

# The closing judgement's heading.
judgement-title = Before you restake

# The toggle of the checklist.
checklist-title = Five questions to ask a restaking protocol

# The embed panel's toggle.
embed-title = Embed this explainer in your article

# What the snippets are.
embed-hint = Each snippet carries every number as it is now, so a later change of this page's defaults never changes what your readers see. The element and the div fit your page's width, inherit nothing from its styles, and check the script's integrity; the iframe keeps the widget in a frame of its own, sized to fit.

# Legend of the parts to include.
embed-parts = Parts to include

# The element snippet's label.
embed-element-label = Element embed

# The script snippet's label.
embed-script-label = Script embed (a div)

# The iframe snippet's label.
embed-frame-label = Iframe embed

# The pasted links' label.
embed-paste-label = A link to paste on a line of its own (WordPress, Ghost): one per part, with the worked example's numbers

# Legend of the theme choice.
embed-theme = Colours

# The preview's sample of the widget.
embed-preview-sample = 2.24 ETH a year

# Said in the panel when its code could not be loaded.
embed-failed = The embed code could not load. Reload the page to try again.

# The image-and-link snippet's label (HTML).
embed-image-label = A picture and a link, for newsletters and pages that run no script (HTML): one per part, with the worked example's numbers

# The image-and-link snippet's label (Markdown).
embed-markdown-label = The same picture and link in Markdown

# The iframe's title, read by screen readers.
embed-frame-title = Restaking, explained: an interactive explainer

# The copy button.
copy = Copy

# The copy button after copying.
copied = Copied

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = Copying is not allowed here, so the code is selected: press Ctrl+C (⌘C on a Mac) to copy it.

# The line above a part's title on its picture.
picture-kicker = Restaking, explained

# The line above the whole explainer's title on its picture.
picture-kicker-page = An interactive explainer

# The whole explainer's title on its picture.
picture-page-title = Restaking, explained

# The last line of every picture: the live widget is one click away.
picture-foot = Follow the link to move the numbers yourself.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = Save it with your numbers:

# When the browser would not make the file.
save-failed = This browser could not make the file here.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = If no file arrived, the page around this frame blocks downloads: open the explainer on its own page to save it.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = independent

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = correlated

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = allocated

# A route's button text: the worked example.
route-name-article = The worked example

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = Lido stETH into EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = A liquid restaking token

# A route's button text: native restaking.
route-name-native = Native restaking on EigenLayer

# What a route sets, in a sentence: the worked example.
route-summary-article = The worked example's picture: an LST restaked, no fees, and every service able to slash the whole deposit.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = Lido keeps 10 % of the staking reward. Of what the services pay, EigenLayer takes 20 % (assumed here: both opted in to its fee) and the operator 10 % of the rest (its default). Each service can slash only its own slice.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = You deposit ETH with a liquid restaking protocol, which keeps 10 % of the rewards (Renzo's fee on ezETH). Of what the services pay, EigenLayer takes 20 % (assumed opted in) and the operator 10 % of the rest; slices as on EigenLayer.

# What a route sets, in a sentence: native restaking.
route-summary-native = Your own validator, no token: no LST fee. Of what the services pay, EigenLayer takes 20 % (assumed opted in) and the operator 10 % of the rest; slices as on EigenLayer.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = Of the slice the service can reach, not of the whole stake.

# The line under a field: the base staking rate.
field-hint-base-rate = Before any fee: a quoted LST rate, such as stETH's, is already after its fee.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = Charged by the liquid staking protocol, on the base reward.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = Taken by EigenLayer from the rewards of services that opt in (20 % since March 2026), before the operator's commission.

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = Charged by the operator you delegate to, on what the services pay.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = Charged by a liquid restaking protocol, if you use one, on all rewards.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = Total rate

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = One slash

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = Years erased

# The heading of a group of results: the rewards.
result-groups-rewards = A year of rewards

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = One severe slash

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = Weighing the risk

# A result's label: the base staking reward.
result-label-base-reward = Base reward, a year

# A result's label: the services' extra reward.
result-label-extra-reward = Extra from services, a year

# A result's label: the total reward.
result-label-gross-reward = Total reward, a year

# A result's label: the total yearly rate.
result-label-gross-apr = Total rate

# A result's label: what one severe slash takes.
result-label-slash-loss = One severe slash takes

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = Years of extra it erases

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = Chance of at least one severe slash, a year

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = Expected slashing cost, a year

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = Reward after expected slashing, a year

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = Rate after expected slashing

# A result's label: the break-even chance.
result-label-breakeven-probability = Break-even chance of a slash, per service

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = no extra reward to erase

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = restaking pays at any chance up to 100 %, or there is nothing to slash

# The label of a numeric input: the amount staked.
field-label-stake = Stake

# The label of a numeric input: the base staking rate.
field-label-base-rate = Base staking rate

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = Size of one severe slash

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = Liquid staking fee

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = EigenLayer protocol fee

# The label of a numeric input: the operator's commission.
field-label-commission = Operator commission

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = Liquid restaking fee

# The label of a numeric input: a service's extra rate.
field-label-service-rate = Extra rate

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = Yearly chance of a severe slash

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = Allocated slice

# The label of a numeric input: the years the chart shows.
field-label-horizon = Years shown

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = Year of the slash

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % a year

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % of the stake

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % of base rewards

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % of service rewards

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % of all rewards

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % a year

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % of the stake

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = years

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = Plain staking

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = Restaking, no slash

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = Restaking, one slash

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = Drawn as in the worked example: every service can slash the whole deposit. That still holds where one stake is reused across networks, but on EigenLayer since 17 April 2025 each service can slash only the slice the operator allocated to it (pick “In slices” in the calculator).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = Drawn as on EigenLayer since 17 April 2025: the operator sets aside a slice of the deposit for each service, and a service can slash only its own slice.

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = Restaking protocol

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = Validator

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = brings prices from outside onto the chain

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = moves tokens between chains

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = keeps rollups' data available

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = Stake left

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = Principal lost

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = Years of extra reward it erases

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = You stake ETH and get a token back, an LST: your receipt, still earning.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = You deposit the LST into a restaking protocol, pooled with everyone's.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = An operator puts your deposit to work for each service: one more way to be slashed each.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = Ethereum and each service pay a reward back along its branch.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = To leave, you wait out each layer in turn, still slashable meanwhile.

# The caption's title at the story's slash.
story-caption-slash-title = A service slashes

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = Part of your deposit is gone. How much? The first question below asks you.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = Stake ETH for an LST

# Step 1's explanation, in two or three sentences.
steps-1-body = You stake ETH through a liquid staking protocol and get a liquid staking token (LST) back. The token is your receipt: it keeps earning Ethereum's base reward, and you can move it, trade it or use it in [DeFi](defi).

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = the LST protocol's own contracts, and the chance that the token trades below the ETH behind it (a [de-peg](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = Deposit the LST

# Step 2's explanation, in two or three sentences.
steps-2-body = You deposit the LST into a restaking protocol such as [EigenLayer](eigenlayer), which pools it with thousands of other deposits. From now on, its contracts hold your position.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = smart-contract risk: a bug in the restaking layer can reach every deposit in the pool at once.

# Step 3's short title, for the step dot and heading.
steps-3-title = Delegate to an operator

# Step 3's explanation, in two or three sentences.
steps-3-body = You delegate your whole restaked balance to one operator. The operator, not you, opts in to services (EigenLayer calls them AVSs) and keeps a commission on what they pay, 10 % unless it sets another. Each service brings its own slashing rules on top of Ethereum's, and since July 2025 a service may take what it slashes for a recipient of its choosing rather than burn it (redistribution), if the operator opts in. Your operator can put your stake to work for a new service at once (its allocation delay may be 0), while your own way out takes 14 days.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = compounded slashing: every service is one more way to lose principal, for a fault of the operator's that you did not cause, and a service that keeps what it slashes has a reason to slash.

# Step 4's short title, for the step dot and heading.
steps-4-title = Earn layered rewards

# Step 4's explanation, in two or three sentences.
steps-4-body = Rewards now arrive from two layers: Ethereum's base reward plus each service's. A service may pay in any token it chooses, and one that opts in gives EigenLayer 20 % of it first. EigenLayer's own EIGEN incentives now go only to stake backing services that pay (since 19 March 2026). Each weekly payout can be claimed a week later, at a value that moves. A slash takes principal, and with it any staking rewards built up inside your LST or LRT.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = rewards can shrink, stop or lose value, while one severe slash can erase more than a year of the extra reward.

# Step 5's short title, for the step dot and heading.
steps-5-title = Exit through each layer

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = To get ETH back you unwind in reverse: withdraw from the restaking protocol, then turn the LST back into ETH. Each layer has its own waiting time ([unbonding](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = liquidity and delay: you wait at every layer, and a quick exit through the market may sell below peg.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = Through an LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = Native

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = Through an LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = To get ETH back you go out in the order you came in: your validator exits Ethereum first, and its ETH lands in your EigenPod; then you withdraw it from the restaking protocol. Each layer has its own waiting time ([unbonding](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = To get ETH back you redeem the LRT through its protocol's own queue, which waits on the restaking protocol and on Ethereum for you, or you sell the LRT on the market. Each layer has its own waiting time ([unbonding](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = delay: Ethereum's exit queue can take weeks when many are leaving, and the stake can still be slashed until the restaking protocol's delay ends.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = In the worked example any service can slash the whole deposit. On EigenLayer since 17 April 2025 the operator allocates a slice of it to each service, and a service can slash only its slice.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = On EigenLayer since 17 April 2025 the operator allocates a slice of the deposit to each service, and a service can slash only its slice: the calculator's sliders set them.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = Day 0

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = You queue a withdrawal from the restaking protocol. Your deposit stops earning the services' rewards at once, but any slash made during the delay still applies to it.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = EigenLayer's withdrawal delay ends and you get your LST back.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = Either the LST's own withdrawal queue, for ETH at full value (days to weeks, depending on Ethereum's exit queue), or a swap on the market at once, which may pay less than peg.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = Your validator leaves through Ethereum's exit queue: short when few are waiting, weeks when many are (46 days in September 2025). Since July 2025 your EigenPod can ask for the exit itself.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = About 27 hours, then days

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = After the exit, a fixed delay of 256 epochs; then the withdrawal sweep, which pays validators in turn, moves the ETH into your EigenPod.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = You queue the EigenLayer withdrawal and wait its delay, during which the stake can still be slashed. Queued ahead of time for the exact amount, it can run alongside the steps above.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = You redeem the LRT through its protocol's withdrawal queue, which pays out in days to weeks: Renzo's takes about a week when it holds ETH in reserve, and two weeks or more when it must wait on EigenLayer's 14 days.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = Or at once, for a fee

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = Renzo and ether.fi pay out at once from a reserve, for a fee, and only while the reserve (and ether.fi's rate limit) allows.

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = Or at once, at market

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = Sell the LRT on the market, at whatever it trades for, which may be less than the ETH behind it.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (liquid staking token)

# A term as the glossary names it: slashing.
term-name-slashing = Slashing

# A term as the glossary names it: unbonding.
term-name-unbonding = Unbonding

# A term as the glossary names it: validator.
term-name-validator = Validator

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = Withdrawal credentials

# A term as the glossary names it: service (AVS).
term-name-avs = Service (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = De-peg

# A term as the glossary names it: APR.
term-name-apr = APR

# A term as the glossary names it: staking.
term-name-staking = Staking

# A term as the glossary names it: operator.
term-name-operator = Operator

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = A token you get for ETH staked through a liquid staking protocol. It stands for the staked ETH and its rewards, and unlike the stake itself you can move, trade or deposit it elsewhere.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = A penalty that takes part of a validator's staked ETH when it breaks the rules, such as signing two conflicting blocks. Each restaked service adds rules of its own that can slash.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = The wait between asking for staked ETH back and getting it. Each layer (Ethereum, the restaking protocol, the LST or LRT) has its own.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = A key staked with ETH, and the duties that go with it: proposing and checking Ethereum blocks, for rewards, at the risk of slashing. Node software carries them out, run by you or by a provider. A validator needs 32 ETH at least; since May 2025 one with compounding (0x02) credentials can count up to 2,048 ETH.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = The address a validator's ETH goes to: all of it after the validator exits, and meanwhile what builds up past 32 ETH (0x01 credentials) or past 2,048 ETH (compounding 0x02, which can also ask for part of it). Since May 2025 it can ask for the exit too. Pointing them at an EigenPod is how native restaking works.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = A network that borrows restaked ETH as security and pays for it: an oracle that brings prices onto the chain, a bridge that moves tokens between chains, a data network that keeps rollups' data available. EigenLayer calls these AVSs (autonomous verifiable services). Each sets its own slashing rules.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = When a token that should be worth one ETH trades for less on the market, usually in times of stress when many holders want out at once.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = Annual percentage rate: the yearly reward as a share of the stake, without compounding. 1.12 ETH a year on 32 ETH is 3.5 % APR.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = Locking ETH in a validator so that it vouches for the blocks it checks and adds. Honest work earns new ETH; breaking the rules loses part of the stake. Through a liquid staking protocol, any amount can be staked.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = A company or person who runs the software for restaked ETH. Restakers delegate to an operator, who picks the services and keeps a commission on what they pay; its mistakes can get its restakers slashed.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = The largest restaking protocol on Ethereum: a set of contracts that holds restaked ETH and lets services borrow its security.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = Decentralized finance: lending, trading and other money services run by contracts on a blockchain, with no company in between.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = Five steps

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = Four ways compared

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = The calculator

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = Six risks

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = Plain staking

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = Liquid staking

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = Restaking

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = Liquid restaking

# The seed's first point in prose, after the table.
compare-notes-1 = Liquid staking is the building block and restaking sits on top of it: you can hold an LST without ever restaking it.

# The seed's second point in prose, after the table.
compare-notes-2 = The worked example's article says you generally need an LST to restake. Today you can also hand plain ETH to a liquid restaking protocol (ether.fi, Renzo, Kelp), or restake your own validator natively.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = Core purpose

# A row heading of the comparison: the dimension compared.
compare-rows-hold = What you hold

# A row heading of the comparison: the dimension compared.
compare-rows-reward = Reward source

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = Slashing exposure

# A row heading of the comparison: the dimension compared.
compare-rows-effort = Effort

# A row heading of the comparison: the dimension compared.
compare-rows-risk = Main risk added

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = Secure Ethereum and earn its base reward

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = Keep staked ETH liquid and tradable

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = Reuse staked ETH to secure more services

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = Restake without running anything, and keep a tradable token

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = ETH staked in a validator, yours or a provider's

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = A liquid staking token (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = An LST deposited in a restaking protocol (or a natively restaked validator)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = A liquid restaking token (LRT), such as eETH, ezETH, rsETH or pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = High if you run the validator, low through a provider

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = Passive to hold; active if you also use the token in DeFi

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = More passive: you trust your operator to pick services well

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = Most passive: the protocol picks operators and services for you

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = Your validator's own mistakes

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = Market risk: the LST can de-peg

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = Compounded slashing, and the complexity of stacked protocols

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = All of restaking's, plus the LRT's contracts and its own de-peg

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = Ethereum's base reward

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = The same base reward less the LST's fee, plus whatever DeFi strategies you run with the LST

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = a year, + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = Base reward plus the services' rates, less the fees

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = The same, less the LRT protocol's own fee (the calculator's LRT fee)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = Ethereum's rules only

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 set

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = Ethereum's rules only

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = Ethereum's plus each service's your operator backs

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = Ethereum's plus each service's the protocol's operators back

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = High: can take principal

# A risk's severity in words: costs money or time under stress.
severity-label-medium = Medium: costs under stress

# A risk's name: compounded slashing.
risks-slashing-title = Compounded slashing

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = Every service you back adds its own rules that can slash your deposit. A fault you did not cause, by an operator or in a service's code, can still cost you principal.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = Since July 2025 an EigenLayer service may keep what it slashes for a recipient it names instead of burning it, where the operator opted in; since June 2026 a slash waits 7 days before it is burned or paid out.

# A risk's name: smart-contract risk.
risks-contracts-title = Smart-contract risk

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = Restaking stacks contracts on contracts: the LST's, the restaking protocol's, each service's. A bug in any one of them can spread to the layers built on it.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = Liquidity and de-peg

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = Under stress an LST can trade below the ETH it stands for, just when many holders want out. A restaked position also takes longer to leave, layer by layer.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = On 24 April 2024 the liquid restaking token ezETH fell as low as 0.22 ETH on some markets; in two Morpho lending markets, 145 of the 146 liquidations of loans backed by it came within 23 minutes.

# A risk's name: complexity and integration.
risks-complexity-title = Complexity and integration

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = The more protocols move together, the more ways they can interact that nobody foresaw. Failures at the seams are hard to predict and hard to price.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = On 18 April 2026 a forged message on Kelp's rsETH bridge, which trusted a single verifier, released 116,500 rsETH from its Ethereum reserve with no matching burn; the attacker borrowed against 89,567 of them on Aave. An industry fund covered the gap, and Kelp restored rsETH's backing on 25 May 2026.

# A risk's name: systemic concentration.
risks-concentration-title = Systemic concentration

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = If much of all staked ETH restakes through one protocol, a failure there reaches many networks at once. Your deposit is then one of many caught together.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = In April 2026 EigenLayer held about 94 % of all restaked value, by aggregator data.

# A risk's name: governance and regulatory risk.
risks-governance-title = Governance and regulatory

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = A protocol can change its parameters, and rules can shift, after you have committed. The risk you signed up for is not always the risk you end up holding.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = On 17 April 2025 EigenLayer added slashing and doubled its withdrawal delay from 7 to 14 days, for withdrawals already waiting under the earlier rules too.

# A question of the checklist before restaking.
checklist-track-record = Track record: how long has the protocol run, and has it been audited or exploited?

# A question of the checklist before restaking.
checklist-assets = Supported assets: which LSTs or native stakes does it take, and what backs them?

# A question of the checklist before restaking.
checklist-net-yield = Net yield after risk: what is left once fees and expected slashing are taken off?

# A question of the checklist before restaking.
checklist-exit = Exit mechanics: how long is each withdrawal delay, and how deep is the market for a quick exit?

# A question of the checklist before restaking.
checklist-curation = Curation: who picks the services your deposit secures, and how openly?

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = Follow the article

# An option of the theme choice: theme=light.
embed-theme-labels-light = Always light

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = Always dark

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = Light in a white article, dark in a dark one. In an iframe, which cannot see the article, it follows the reader's system setting.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = Light in every article, whatever the reader's system setting.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = Dark in every article, whatever the reader's system setting.

# The preview's first sample article.
embed-preview-articles-white = A white article

# The preview's second sample article.
embed-preview-articles-dark = A dark article

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = An interactive explainer of ETH restaking: what it earns, what one slash costs, and when the extra yield is worth the extra risk.

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = Language

## Sentences built from the calculator's numbers
## A placeholder for an amount, a rate or a span of years ({ $stake }, { $rate },
## { $years }…) arrives written the locale's way, unit included ("32 ETH", "7 %",
## "1.43 years"). A count ({ $n }, { $count }, { $step }…) arrives as bare digits, and the
## message may choose its words by the count's plural form ([one], [few]…). { $model } is
## a word to choose by: independent, correlated or allocated (the slashing model).

# After a results heading whose figures depend on the slashing model, in brackets (the widget puts a space before it); { $name } is the model's short name (model-name-*).
model-note = ({ $name } model)

# What a screen reader hears for the stake slider's value; { $n } is the number.
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = { $n } % a year

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = { $n } % a year

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = { $n } % of the stake

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = { $n } % of base rewards

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = { $n } % of service rewards

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = { $n } % of all rewards

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = { $n } % of the stake, { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = { $n } % of the slice

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = year { $year } of { $total }

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } of service { $n }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject } can be { $unit ->
        [eth] { $min } to { $max } ETH
        [stake-share] { $min } to { $max } % of the stake
        [base-rewards] { $min } to { $max } % of base rewards
        [service-rewards] { $min } to { $max } % of service rewards
        [all-rewards] { $min } to { $max } % of all rewards
        [years] { $min } to { $max } years
       *[rate] { $min } to { $max } % a year
    }; { $given ->
        [endless] an endless number
       *[other] { $given }
    } was changed to { $used }.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject } can be { $min } to { $max } % of the stake, since the other services hold the rest; { $given ->
        [endless] an endless number
       *[other] { $given }
    } was changed to { $used }.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject } can be { $min } to { $max }, the years shown; { $given ->
        [endless] an endless number
       *[other] { $given }
    } was changed to { $used }.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = The allocations added up to { $total } % of the stake; they were scaled down in proportion to add up to 100 %.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: “{ $given }” is not a number, so it kept its value.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: that is not a number, so it kept its value.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = { $given } services were given; the calculator takes 8, so the first 8 are used.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = The “{ $param }” list has { $given } values for { $expected } services; missing ones keep their defaults and extra ones are ignored.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = “{ $given }” is not a choice for “{ $param }”, so it was ignored.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = Staking { $stake } at { $rate } earns about { $base } a year.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = Staking { $stake } at { $rate } earns about { $base } a year { $fees }.

# The narration's second sentence when no service is backed.
narration-no-services = With no services backed there is no extra reward and no extra slashing risk.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = Restaking it to back { $n ->
        [one] one service
       *[other] { $n } services
    } adds { $extra } more, { $gross } in all ({ $apr } a year).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = Restaking it to back { $n ->
        [one] one service
       *[other] { $n } services
    } adds { $extra } more { $fees }, { $gross } in all ({ $apr } a year).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] But one { $slash } slash of the largest slice costs { $loss }, { $years } of the extra reward.
       *[other] But one { $slash } slash costs { $loss }, { $years } of the extra reward.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] But one { $slash } slash of the largest slice costs { $loss }, more than a full year ({ $years }) of the extra reward.
       *[other] But one { $slash } slash costs { $loss }, more than a full year ({ $years }) of the extra reward.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] But one { $slash } slash of the largest slice costs { $loss }, exactly a year of the extra reward.
       *[other] But one { $slash } slash costs { $loss }, exactly a year of the extra reward.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] But one { $slash } slash of the largest slice costs { $loss }, with no extra reward to make up for it.
       *[other] But one { $slash } slash costs { $loss }, with no extra reward to make up for it.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = With a slash size of 0 %, slashing costs nothing here.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = after { $first } fee

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = after { $first } and { $second } fees

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = after { $first }, { $second } and { $third } fees

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = the LST's { $rate }

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = the LRT's { $rate }

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = EigenLayer's { $rate }

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = the operator's { $rate }

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = With no services backed, there are no odds of theirs to weigh.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = Counting { $model ->
        [correlated] one shared chance of a severe slash
        [allocated] each service's chance of slashing its slice
       *[independent] each service's own chance of a severe slash
    } ({ $chance } a year in all), the expected cost is { $cost } a year, leaving { $left } ({ $rate }).

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = Under the { $name } model, the extra stops paying for its risk once each service's chance passes { $chance } a year.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = At these odds slashing costs { $cost } a year on average, leaving { $left } ({ $rate }).

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = In all { $gross } a year ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = One severe slash takes { $loss }, { $years } of the extra reward.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = One severe slash takes { $loss }.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = After expected slashing { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = After { $years }: plain staking reaches { $plain }, restaking with no slash { $restaked }, and restaking with one { $slash } slash in year { $year } { $slashed }.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ Back to { $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = The operator: it picks the services and keeps { $commission } of what they pay.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"; "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = Service { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = { $rate } base

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/year

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = One deposit of { $stake } secures Ethereum at { $rate } a year and no other service.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = One deposit of { $stake } secures Ethereum at { $rate } a year, plus { $n ->
        [one] { $n } service
       *[other] { $n } services
    } run by the operator it is delegated to, which keeps { $commission }: { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {", "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = Ethereum can slash the whole deposit; each service only its own slice ({ $slices }), and one severe slash takes { $slash } of that slice.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = Each of the { $n } branches can slash the deposit; one severe slash takes { $slash } of it.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = After { $count ->
        [one] one simulated slash
       *[other] { $count } simulated slashes
    }, { $left } of { $stake } is left: { $lost } lost, as much as { $years } of the extra reward.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = After { $count ->
        [one] one simulated slash
       *[other] { $count } simulated slashes
    }, { $left } of { $stake } is left: { $lost } lost.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = Ethereum: −{ $loss } at first, and a forced exit

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: −{ $loss }, { $left } left

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = All { $n } services: −{ $loss }, { $left } left

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = A slice of { $amount }; { $unallocated } of the stake is unallocated.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = Your guess, { $guess }, was spot on.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = Your guess, { $guess }, was { $miss } too high.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = Your guess, { $guess }, was { $miss } too low.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] A severe slash here takes { $slash } of the slice a service can reach (the worked example's figure: real services set their own). Guess first: how much of your { $stake } is that?
       *[other] A severe slash here takes { $slash } of what a service can reach (the worked example's figure: real services set their own). Guess first: how much of your { $stake } is that?
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] One severe slash takes { $loss }: { $slash } on each of the { $n } services at once, since one shared fault slashes on all of them. The diagram shows it leaving the deposit.
        [allocated] One severe slash takes { $loss }: { $slash } of the largest slice, the most one service can reach. The diagram shows it leaving the deposit.
       *[independent] One severe slash takes { $loss }: { $slash } of the stake, which every service can reach. The diagram shows it leaving the deposit.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: the slash takes { $loss }, the services add { $extra } a year, and { $loss } ÷ { $extra } = { $years }.

# The second question's answer when there is no extra reward.
answer-years-erased-none = None: with no extra reward, there is nothing for the slash to erase.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = Guess where “restaking, one slash” ends after { $years }: tap the chart, or slide.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = Restaking with one slash ends at { $slashed }, against { $restaked } with no slash and { $plain } for plain staking.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = Step { $step } of { $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = Enters at step { $step }: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = With the calculator's numbers your operator backs { $n ->
        [one] { $n } service
       *[other] { $n } services
    }: { $sets ->
        [one] { $sets } slashing rule set
       *[other] { $sets } slashing rule sets
    } in all, Ethereum's included.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = With the calculator's numbers: { $base } a year from Ethereum plus { $extra } from the services, { $gross } in all ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = Day { $days }

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = Day { $days } +

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = Then { $days } days

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = Highlighted in the diagram: step 1, staking ETH for a liquid token.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = Highlighted in the diagram: step 2, the deposit into the restaking protocol.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = Highlighted in the diagram: step 3, the operator and the branches to the services it opts in to.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = Highlighted in the diagram: step 4, the rewards flowing back along each branch.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = Highlighted in the diagram: step 5, the way out through each layer.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = Highlighted in the diagram: the slashing arrows, one per branch, each a way to lose principal.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = Source { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = Source { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = , { $date }; checked { $checked }.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = a year, { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
        [one] { $n } set
       *[other] { $n } sets
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = With no services backed, only Ethereum's own rules can slash.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = With the calculator's numbers: a { $chance } chance a year of at least one severe slash across { $n ->
        [one] { $n } service
       *[other] { $n } services
    }, an expected cost of { $cost } a year.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = Treat the base rate, { $base } here, as your floor. The { $extra } a year the services add on top is payment for carrying { $n ->
        [one] { $n } more set
       *[other] { $n } more sets
    } of slashing rules: ask whether it pays enough for that, and never restake more than you could bear to see slashed.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = { $stake } restaked: { $base } + { $extra } = { $gross } a year ({ $rate }). One { $slash } slash takes { $loss }.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = Save this figure as { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = From “Restaking, explained”, { $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = Sorry, the restaking explainer stopped working. Reload the page to try again; the article's text is not affected.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }, exact value

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }, exact value in { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = Oracle

# The second: a bridge between chains.
service-name-bridge = Bridge

# The third, when added: a data availability layer.
service-name-data-layer = Data layer

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = Service { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = The worked example: 32 ETH at about 3.5 % a year earns about 1.12 ETH; two services paying 2 % and 1.5 % more bring it to about 2.24 ETH, about 7 %; one severe slash of 5 % takes 1.6 ETH. The example leaves fees out.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = EigenLayer's slashing upgrade (unique stake): an operator allocates a share of its delegated stake, asset by asset, to each service's operator set; the shares add up to at most 100 %, and a service can slash only the stake allocated to it.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = An EigenLayer operator keeps 10 % of a service's rewards by default, and may set anything from 0 to 100 %; a change takes effect after 7 days.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = Lido keeps 10 % of staking rewards, half for node operators and half for its treasury; its DAO can change the fee.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = Renzo keeps 10 % of the rewards earned through restaking for ezETH; other liquid restaking protocols set their own fees.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = EigenLayer's withdrawal delay is 100,800 blocks, about 14 days, during which the stake can still be slashed; it was 7 days before the slashing upgrade.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = Since the Pectra upgrade, a slashed validator first loses 1/4096 of its effective balance (about 0.008 ETH on 32 ETH); a correlation penalty about 18 days later can take much more when many validators are slashed together.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = Since the Pectra upgrade a validator with compounding (0x02) credentials can count up to 2,048 ETH; one with 0x01 credentials still counts at most 32 ETH, and 32 ETH is still the minimum.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = After a validator that was not slashed exits, its ETH becomes withdrawable a fixed 256 epochs later, about 27 hours.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = The withdrawal sweep then pays validators in turn, at most 16 withdrawals a block (about 115,200 a day), so one round of it takes days: about 7 days for 800,000 withdrawals.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = Ethereum's validator exit queue reached about 46 days in mid-September 2025, after the staking provider Kiln chose to exit all its validators: the longest wait up to then.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = EigenLayer services pay rewards in any ERC-20 token they choose; payouts are posted weekly and can be claimed a week later.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = EigenLayer renamed AVSs from actively validated services to autonomous verifiable services, a change of words only.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = Liquid restaking protocols such as ether.fi, Renzo and Kelp take plain ETH as well as LSTs such as stETH, and hand back a liquid restaking token (eETH, ezETH, rsETH).

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = On 24 April 2024 Renzo's ezETH fell as low as 0.22 ETH on some markets for about an hour: liquidity was thin, and ezETH could not yet be redeemed.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = In two Morpho lending markets, 145 of the 146 liquidations of ezETH-backed loans came within 23 minutes of the first, at 02:29 UTC on 24 April 2024.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = EigenLayer switched on slashing on 17 April 2025 and raised its withdrawal delay from 7 to 14 days; withdrawals already queued under the earlier rules had to wait the longer delay too.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = In April 2026 EigenLayer held about 94 % of all restaked value, by aggregator data; Symbiotic held about $0.9 billion and Karak about $0.1 billion.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = Ethereum's entry queue for new validators was more than 50 days long in July 2026, by an EigenLayer improvement proposal of that month.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = Since the Pectra upgrade at most 256 ETH of stake enters Ethereum, and at most 256 ETH leaves, in each epoch of 6.4 minutes (57,600 ETH a day each way); whoever is beyond that waits in the entry or the exit queue.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = Since July 2025 a service on EigenLayer may create a redistributable operator set: what it slashes goes to a recipient it fixed at the start, not to be burned. Only operators allocate: a staker's stake, delegated earlier included, becomes redistributable once its operator allocates to such a set. Native ETH and EIGEN cannot be redistributed.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = Since June 2026 slashed stake waits a 7-day (50,400-block) slash resolution delay before it is burned or redistributed; the delay lets the outflow be paused, but no mechanism can undo a slash.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = Since March 2026 (rewards v2.2) a service can weight its rewards by the stake allocated to it (unique stake) or by all the stake delegated to its operators (total stake).

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = Since 19 March 2026 EigenLayer's EIGEN incentives go only to stake backing services that pay fees (at first EigenDA alone, for ETH stake), at half the earlier ETH rate; other restaked ETH earns none.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = Since the Pectra upgrade (7 May 2025) a validator's withdrawal credentials can trigger its exit from the execution layer; only a compounding (0x02) validator can also ask for part of its balance above 32 ETH.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = A validator with 0x01 credentials has any balance above 32 ETH swept to its withdrawal address automatically. A compounding (0x02) validator compounds up to 2,048 ETH and is swept only above that; below it, partial withdrawals must be requested.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = Since July 2025 an EigenPod can trigger its validators' exits and partial withdrawals itself (EIP-7002); partial withdrawals work only for compounding (0x02) validators.

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = Renzo pays out ezETH through a withdrawal queue, which it says can take up to 15 days, or at once for a fee that rises as its withdrawal buffer empties; an instant exit that would take the buffer below its minimum is refused.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = ether.fi redeems eETH and weETH for ETH at once for an exit fee, within a rate limit, and only while its pool holds more than a set minimum; otherwise you queue for a withdrawal NFT that is paid out later.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = On 18 April 2026 Kelp's rsETH bridge route from Unichain to Ethereum released 116,500 rsETH from its Ethereum-side reserve with no matching burn on Unichain, leaving rsETH on other chains short of backing; the attacker supplied 89,567 rsETH to Aave and borrowed WETH and wstETH against it. An industry fund (“DeFi United”) covered the gap, Aave reopened rsETH withdrawals on 14 May and Kelp restored the backing on 25 May 2026.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = The route trusted one verifier alone (a 1-of-1 setup with LayerZero Labs' verifier); attackers compromised two of the RPC nodes it relied on and knocked out a third, so it approved a message that never happened. LayerZero and Kelp dispute who chose the setup.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = A slashed validator is forced to exit, and its remaining ETH becomes withdrawable only 8,192 epochs (about 36 days) after the slashing, or later if the exit queue is longer.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = Each EigenLayer operator sets its own allocation delay, the wait before a new allocation counts and can be slashed, and it may be 0: such an operator can put delegated stake at a new service's risk at once, faster than a staker can leave (14 days). Several operators, public ones included, had set it to 0 by May 2026.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = Since March 2026 whoever submits a service's rewards on EigenLayer can opt in to a 20 % protocol fee, taken off the top: the operator's commission and the stakers' share come out of the other 80 %. Only services that pay it are eligible for EIGEN incentives.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = Staking is depositing ETH to run a validator, which checks transactions and adds new blocks, keeping Ethereum secure and earning new ETH; breaking the rules gets a validator slashed: part of its stake taken and the validator removed.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads; also inside a toggle opened while the rest of
# the page's words are on their way.
loader-loading = Loading the restaking explainer…

# In the widget's box when it could not start: a file refused, or a browser too old; also
# inside a toggle when the rest of the page's words could not load.
loader-failed = The restaking explainer could not load.
