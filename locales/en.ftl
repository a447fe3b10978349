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

# The exit path's label in the diagram.
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
