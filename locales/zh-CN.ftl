# Restaking, explained: the Simplified Chinese words (zh-CN), translated from en.ftl, the source.
#
# Same ids, same order and same placeholders as en.ftl; the comments stay in English for
# maintainers. Terms follow docs/glossary-zh-CN.md. Chinese has a single plural form, so
# each plural selector keeps only its default variant (the selector stays, and with it
# the placeholder). A line break inside a message is a space: keep each message's text
# on one line. A machine translation: not yet reviewed by a native speaker.
#
# See en.ftl's opening comment and the README's "Languages" section.

## How numbers are written

# The decimal separator.
number-decimal = .
# The separator between groups of three digits.
number-group = ,
# The smallest whole number written with group separators: 1000 where "1,000" is
# written, 10000 where four digits stay together ("1000", but "10,000").
number-group-from = 1000
# A percentage; { $n } is the number. Chinese writes the sign right after it, with no space (7%).
number-percent = { $n }%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years. Chinese has a single plural form.
number-years = { $n ->
   *[other] { $n }{"\u00A0"}年
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = 算一算：额外收益值得额外风险吗？

# The line under the calculator's heading.
calculator-lead = 滑块的初始值来自一个示例：32 ETH 年化约 3.5%，再质押给两个服务，分别额外支付 2% 和 1.5%。拖动任意一个滑块，旁边的数字会随之变化（[APR](apr) 即年化利率）。

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = 这些滑块的初始值是为你选定的数字；示例（32 ETH 年化约 3.5%，两个服务分别额外支付 2% 和 1.5%）一键即可恢复。调整任何一项，下面的所有数字都会随之变化，既以每年的 ETH 数额显示，也以年化利率（[APR](apr)）显示。

# Under the extra reward: what it is paid in.
reward-currency = 服务可以用任何代币支付；这些代币折合成 ETH 的价值会波动，这里按固定值计算。

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = “扣除预期罚没后”只计入罚没，并按你设定的概率计算：不包括其他五种风险，也不代表最坏情况。

# Legend of the inputs' group.
inputs-legend = 你的持仓

# Legend of the services' group.
services-legend = 你的再质押 ETH 所保护的服务

# Explains what a service's probability is, and that it is a guess.
services-hint = 每个服务都会额外支付一定的收益率，并带来自己的罚没规则。每年发生严重罚没的概率需要你自己估计：示例没有给出。

# The add-a-service button.
add-service = 添加服务

# Said when no service is left.
no-services = 没有服务：这就是普通的流动性质押，只受以太坊的罚没规则约束。

# Said when the maximum number of services is reached.
services-full = 本计算器最多支持 8 个服务。

# Legend of the slashing-model choice.
model-legend = 各服务的罚没风险如何叠加？

# The independent choice.
model-independent = 相互独立：每个服务都可能单独出问题

# The correlated choice.
model-correlated = 一起发生：共用一个运营商，一次失误就会在每个服务上都遭到罚没

# The allocated choice.
model-allocated = 按份额：每个服务只能罚没为它划出的那部分质押（EigenLayer 自 2025 年 4 月 17 日起采用）

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = 此处假设：每个服务按自己的份额支付收益。在 EigenLayer 上，服务也可以改为按委托给其运营商的全部质押来分配奖励（自 2026 年 3 月起）。

# The calculator's group of settings beyond the essentials, closed at first.
more-title = 更多设置

# What that group holds, said on its toggle.
more-holds = 年度概率、罚没模型、费用、真实方案、名称、图表年数

# The legend of the route presets.
routes-legend = 从真实方案开始

# What a route preset changes, and what it keeps.
routes-hint = 方案会设定路径、费用和罚没模型。你的质押额、收益率和概率保持不变。

# Said when the fees, path and model match no route.
route-custom = 你自定义的路径、费用和模型组合。

# The fees toggle.
fees-summary = 各层费用（示例中不含费用）

# The reset button.
reset = 恢复为示例

# Heading of the results.
results-title = 计算结果

# The toggle of the sources part's full list.
sources-all = 所有事实，附日期和来源
sources-loading = 正在加载来源…
sources-failed = 来源加载失败。请刷新页面重试。

# The toggle of the glossary's definitions.
glossary-open = 新手容易卡住的术语及解释

# The dismiss-notices button.
dismiss = 关闭提示

# Heading of the chart.
chart-title = 逐年变化

# Explains the chart's assumptions.
chart-hint = 奖励按期发放，不计复利；罚没发生在年中。

# Shown in place of a result that does not exist.
none-text = 无

# The fan-out's heading.
fan-title = 一笔存款，多份工作

# The line under the fan-out's heading.
fan-lead = 你质押的 ETH 本来就在保护以太坊。再质押后，同一笔存款会被委托给一个[运营商](operator)，由它运行这笔存款所支持的各项[服务](avs)：每个服务沿自己的分支支付奖励，也都可以沿自己的箭头罚没这笔存款。

# The play/pause button while the animation runs.
pause = 暂停动画

# The play/pause button while the animation is paused.
play = 播放动画

# Before the simulate-a-slash buttons.
simulate-label = 模拟罚没：

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = 服务出错时，罚没的是计算器中设定的比例。以太坊自己的罚没不同：先扣一笔小额初始惩罚（自 2025 年 5 月起为余额的 1/4096），然后强制退出，剩余部分锁定约 36 天；同时被罚没的验证者越多，扣得越多。在 EigenLayer 上，罚没要等 7 天才会被销毁或转出：这段时间可以暂停它，但不能撤销。

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = 深入了解：罚没能波及多远，以及以太坊自己的罚没

# The toggle of a step's other ways in.
flow-curious = 其他途径：运行自己的验证者，或使用流动性再质押代币

# The toggle of the exit timeline's dated rules.
timeline-curious = 深入了解：这些等待期背后的规则

# The undo button.
undo-slash = 撤销上次罚没

# The name of the Ethereum branch.
ethereum = 以太坊

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = 退出：逐层等待

# The service name's label.
service-name = 名称

# The remove-a-service button.
remove = 移除

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = 年

# The chart's mark at the slash.
chart-slash = 罚没

# The chart's mark at the reader's guess.
chart-guess = 你的猜测

# Heading of the calculator's line about simulated slashes.
after-title = 模拟罚没之后

# The label of a guess's slider.
guess-label = 你的猜测

# The button that commits a guess.
guess-check = 提交猜测

# The toggle that shows an answer without a guess.
guess-skip = 直接看答案

# The same toggle once the answer is on show.
guess-answer = 答案

# Offered when the numbers changed after an answer was shown.
guess-again = 用这些数字再问一次

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = 那么，这一次罚没会抹去服务多少年的额外奖励？

# The story's control, stopped.
story-play = ▶ 播放演示

# The story's control, playing.
story-pause = ❚❚ 暂停演示

# What the story is, beside its control.
story-hint = 第一次来？在图上观看五个步骤的演示，每步几秒钟。

# The story caption's button that moves on before the beat's time is up.
story-next = 下一步 ›

# Announced at the story's slash.
story-slash = 某个服务执行了罚没：看看存款如何缩水。

# The flow's heading.
flow-title = 从 ETH 到再质押的五个步骤

# The line under the flow's heading.
flow-lead = 再质押不必运行[验证者](validator)：你可以通过[流动性质押代币](lst)加上再质押协议来完成，也可以把普通 ETH 交给一个两步都替你完成的流动性再质押协议。

# The back button.
back = ← 上一步

# The next button.
next = 下一步 →

# Label of the step list.
steps-label = 再质押的步骤

# "Risk it adds:" before each step's risk.
risk-added = 新增风险：

# The native path, shown beside steps 1 and 2.
native-title = 或者：原生再质押

# What the native path is.
native-body = 如果你运行自己的验证者（至少 32 ETH），可以跳过 LST，把验证者的[提款凭证](withdrawal-credentials)指向 EigenPod，也就是你在再质押协议上的专属合约。这样无需信任任何代币或 LST 合约，但你要自己运行验证者（或付费请服务商代为运行）并对其正常运行时间负责；而且新验证者要先在以太坊的激活队列中等待（2026 年 7 月超过 50 天）。

# The third path: a liquid restaking token.
lrt-title = 或者：流动性再质押代币

# What the liquid restaking path is.
lrt-body = 即使没有自己的验证者，你也可以跳过第 1 至 3 步：把普通 ETH 或你已持有的 LST 存入 ether.fi、Renzo、Kelp 或 Puffer 等流动性再质押协议。它会进行再质押（主要在 EigenLayer 上），替你挑选运营商和服务，并返还一个可交易的流动性再质押代币（LRT）。它自己的费用叠加在其他费用之上，而且它的代币和其他代币一样可能脱锚。

# Label of the path choice.
path-legend = 图中和退出流程所示的路径

# The exit timeline's heading.
timeline-title = 退出需要多久

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = 自 2025 年 4 月 17 日罚没升级以来，EigenLayer 的提款延迟约为 14 天（此前为 7 天），而且协议还可能再次修改。以太坊每 6.4 分钟最多允许 256 ETH 进入、256 ETH 退出，因此进出两个方向的队列在等待者少时都很短，等待者多时则要排上数周：退出队列在 2025 年 9 月超过 46 天，激活队列在 2026 年 7 月超过 50 天。

# The sources part's heading.
sources-title = 来源与日期

# The line under the sources part's heading.
sources-lead = 这里关于各协议的每条规则和每个数字都注明了日期，并附有来源原文。协议会修改规则：依赖之前请先核实。

# The glossary's heading.
glossary-title = 这里用到的术语

# The accessible name of the box a citation mark opens.
fact-pop-label = 来源

# The close button of a term's popover.
close = 关闭

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = 加载中…（需要 JavaScript）

# The whole explainer's opening: the one idea in two sentences.
intro = [质押](staking)是把 ETH 锁定起来，为以太坊的区块作担保：它能赚取新的 ETH（这里的示例中约为每年 3.5%），而如果它所属的验证者违反规则，其中一部分就会被拿走（[罚没](slashing)）。再质押则把同一笔已质押的 ETH 也借给其他服务：每个服务都会额外支付奖励，也都可以因违反它自己的规则而罚没这笔 ETH。每一点额外收益，都要以额外风险为代价。

# Where the worked example comes from, said once, on the whole page only.
intro-source = 示例（32 ETH、两个服务、一次 5% 的罚没）出自 COINOTAG 于 2026 年 6 月发表的文章《What Is Restaking?》。

# Label of the table of contents.
contents = 目录

# The toggle of the comparison's notes.
compare-curious = 深入了解：四者如何层层叠加

# The label of the comparison's choice of column, on a phone.
compare-showing = 手机上显示的列

# Where the comparison's pick and the risks' links lead back to.
back-compare = 对比表

# See `BACK_COMPARE`.
back-risks = 风险部分

# The comparison's heading.
compare-title = 质押、流动性质押、再质押、流动性再质押

# The line under the comparison's heading.
compare-lead = 这四者很容易混淆，因为每一种都建立在前一种之上。选择一行，看看它在图中的位置。

# The table's caption (read by screen readers, shown above the table).
compare-caption = 普通质押、流动性质押、再质押和流动性再质押在六个方面的对比；奖励和罚没两行使用计算器中的数字。

# The heading of the row-heading column.
compare-dimension = 对比项

# The risks' heading.
risks-title = 需要权衡的六种风险

# The line under the risks' heading.
risks-lead = 再质押把多种风险叠加在同一笔存款上，而新手往往低估它们。每种风险都是在某个特定步骤引入的。

# The toggle of a risk's real, dated case.
risk-case = 真实案例（附日期）

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = 在图中查看

# The closing judgement's heading.
judgement-title = 再质押之前

# The toggle of the checklist.
checklist-title = 向再质押协议提出的五个问题

# The embed panel's toggle.
embed-title = 把本讲解嵌入你的文章

# What the snippets are.
embed-hint = 每段代码都带有当前的全部数字，因此即使本页以后修改默认值，你的读者看到的内容也不会变。自定义元素和 div 方式会适应页面宽度，不继承页面的任何样式，并会校验脚本的完整性；iframe 方式把组件放在独立的框架中，尺寸自动适配。

# Legend of the parts to include.
embed-parts = 要包含的部分

# The element snippet's label.
embed-element-label = 元素嵌入

# The script snippet's label.
embed-script-label = 脚本嵌入（div）

# The iframe snippet's label.
embed-frame-label = iframe 嵌入

# The pasted links' label.
embed-paste-label = 单独占一行粘贴的链接（WordPress、Ghost）：每个部分一个，使用示例的数字

# Legend of the theme choice.
embed-theme = 配色

# The preview's sample of the widget.
embed-preview-sample = 每年 2.24 ETH

# Said in the panel when its code could not be loaded.
embed-failed = 嵌入代码加载失败。请刷新页面重试。

# The image-and-link snippet's label (HTML).
embed-image-label = 图片加链接，适用于电子报和不运行脚本的页面（HTML）：每个部分一个，使用示例的数字

# The image-and-link snippet's label (Markdown).
embed-markdown-label = 同样的图片和链接（Markdown）

# The iframe's title, read by screen readers.
embed-frame-title = 再质押详解：交互式讲解

# The copy button.
copy = 复制

# The copy button after copying.
copied = 已复制

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = 此处不允许复制，代码已为你选中：按 Ctrl+C（Mac 上按 ⌘C）即可复制。

# The line above a part's title on its picture.
picture-kicker = 再质押详解

# The line above the whole explainer's title on its picture.
picture-kicker-page = 交互式讲解

# The whole explainer's title on its picture.
picture-page-title = 再质押详解

# The last line of every picture: the live widget is one click away.
picture-foot = 点击链接，亲自调整数字。

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = 连同你的数字一起保存：

# When the browser would not make the file.
save-failed = 此浏览器无法在这里生成文件。

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = 如果没有收到文件，说明此框架所在的页面禁止下载：请在单独的页面打开本讲解后再保存。

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = 独立

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = 关联

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = 份额

# A route's button text: the worked example.
route-name-article = 示例

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = Lido stETH 存入 EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = 流动性再质押代币

# A route's button text: native restaking.
route-name-native = EigenLayer 原生再质押

# What a route sets, in a sentence: the worked example.
route-summary-article = 示例的设定：再质押 LST，不计费用，每个服务都能罚没整笔存款。

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = Lido 收取质押奖励的 10%。服务支付的奖励中，EigenLayer 收取 20%（此处假设两个服务都选择缴纳这笔费用），运营商再从剩余部分中收取 10%（其默认值）。每个服务只能罚没自己的份额。

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = 你把 ETH 存入流动性再质押协议，它收取奖励的 10%（Renzo 对 ezETH 收取的费用）。服务支付的奖励中，EigenLayer 收取 20%（假设服务已选择缴纳），运营商再从剩余部分中收取 10%；份额规则与 EigenLayer 相同。

# What a route sets, in a sentence: native restaking.
route-summary-native = 使用你自己的验证者，不涉及代币：没有 LST 费用。服务支付的奖励中，EigenLayer 收取 20%（假设服务已选择缴纳），运营商再从剩余部分中收取 10%；份额规则与 EigenLayer 相同。

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = 按服务能罚没的份额计算，而不是整笔质押。

# The line under a field: the base staking rate.
field-hint-base-rate = 扣除任何费用之前的利率：LST 公布的收益率（例如 stETH 的）已是扣除其费用后的数字。

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = 由流动性质押协议从基础奖励中收取。

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = 由 EigenLayer 从选择缴纳的服务的奖励中收取（自 2026 年 3 月起为 20%），在运营商佣金之前扣除。

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = 由你委托的运营商从服务支付的奖励中收取。

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = 如果你使用流动性再质押协议，由它从全部奖励中收取。

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = 总年化

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = 一次罚没

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = 抹去的年数

# The heading of a group of results: the rewards.
result-groups-rewards = 一年的奖励

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = 一次严重罚没

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = 权衡风险

# A result's label: the base staking reward.
result-label-base-reward = 基础奖励（每年）

# A result's label: the services' extra reward.
result-label-extra-reward = 服务额外奖励（每年）

# A result's label: the total reward.
result-label-gross-reward = 总奖励（每年）

# A result's label: the total yearly rate.
result-label-gross-apr = 总年化利率

# A result's label: what one severe slash takes.
result-label-slash-loss = 一次严重罚没损失

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = 抹去的额外奖励年数

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = 每年至少一次严重罚没的概率

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = 预期罚没成本（每年）

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = 扣除预期罚没后的奖励（每年）

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = 扣除预期罚没后的年化利率

# A result's label: the break-even chance.
result-label-breakeven-probability = 盈亏平衡罚没概率（每个服务）

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = 没有可抹去的额外奖励

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = 罚没概率一直到 100% 再质押都划算，或者没有可罚没的部分

# The label of a numeric input: the amount staked.
field-label-stake = 质押额

# The label of a numeric input: the base staking rate.
field-label-base-rate = 基础质押利率

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = 单次严重罚没比例

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = 流动性质押费

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = EigenLayer 协议费

# The label of a numeric input: the operator's commission.
field-label-commission = 运营商佣金

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = 流动性再质押费

# The label of a numeric input: a service's extra rate.
field-label-service-rate = 额外收益率

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = 每年严重罚没概率

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = 分配份额

# The label of a numeric input: the years the chart shows.
field-label-horizon = 显示年数

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = 罚没发生年份

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = 年化百分比

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = 占质押额的百分比

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = 占基础奖励的百分比

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = 占服务奖励的百分比

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = 占全部奖励的百分比

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = 每年百分比

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = 占质押额的百分比

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = 年

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = 普通质押

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = 再质押，无罚没

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = 再质押，一次罚没

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = 按示例绘制：每个服务都能罚没整笔存款。在同一笔质押被多个网络复用的场合仍是如此，但在 EigenLayer 上，自 2025 年 4 月 17 日起，每个服务只能罚没运营商分配给它的份额（在计算器中选择“按份额”即可查看）。

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = 按 EigenLayer 自 2025 年 4 月 17 日起的规则绘制：运营商为每个服务从存款中划出一份，服务只能罚没属于自己的那一份。

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = 再质押协议

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = 验证者

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = 把外部价格带到链上

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = 在不同链之间转移代币

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = 保证卷叠的数据可用

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = 剩余质押

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = 本金损失

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = 抹去的额外奖励年数

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = 你质押 ETH，换回一个代币，即 LST：它是你的凭证，仍在持续赚取奖励。

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = 你把 LST 存入再质押协议，与所有人的存款汇集在一起。

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = 运营商让你的存款为每个服务工作：每多一个服务，就多一种被罚没的可能。

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = 以太坊和每个服务沿各自的分支支付奖励。

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = 要退出，你需要逐层依次等待，期间仍可能被罚没。

# The caption's title at the story's slash.
story-caption-slash-title = 某个服务执行了罚没

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = 你的存款少了一部分。少了多少？下面的第一个问题请你来猜。

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = 质押 ETH 换取 LST

# Step 1's explanation, in two or three sentences.
steps-1-body = 你通过流动性质押协议质押 ETH，换回一个流动性质押代币（LST）。这个代币就是你的凭证：它持续赚取以太坊的基础奖励，你也可以转移、交易它，或在[去中心化金融（DeFi）](defi)中使用它。

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = LST 协议自身的合约，以及代币价格跌到其背后 ETH 价值以下的可能（[脱锚](depeg)）。

# Step 2's short title, for the step dot and heading.
steps-2-title = 存入 LST

# Step 2's explanation, in two or three sentences.
steps-2-body = 你把 LST 存入 [EigenLayer](eigenlayer) 等再质押协议，它会把你的 LST 和成千上万笔其他存款汇集在一起。从这时起，你的持仓由它的合约掌管。

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = 智能合约风险：再质押层的一个漏洞，可能同时波及池中的每一笔存款。

# Step 3's short title, for the step dot and heading.
steps-3-title = 委托给运营商

# Step 3's explanation, in two or three sentences.
steps-3-body = 你把全部再质押余额委托给一个运营商。决定加入哪些服务（EigenLayer 称之为 AVS）的是运营商而不是你，运营商还会从服务支付的奖励中抽取佣金，未另行设定时为 10%。每个服务都在以太坊的规则之上带来自己的罚没规则；而且自 2025 年 7 月起，只要运营商选择加入，服务就可以把罚没的资金转给自己指定的接收方，而不是销毁（即“再分配”）。你的运营商可以立即让你的质押为新服务工作（其分配延迟可以为 0），而你自己退出却要 14 天。

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = 罚没风险叠加：每多一个服务，就多一种损失本金的途径，而且可能是因为运营商的失误，而不是你的过错；能留下罚没资金的服务，本身就有罚没的动机。

# Step 4's short title, for the step dot and heading.
steps-4-title = 赚取多层奖励

# Step 4's explanation, in two or three sentences.
steps-4-body = 现在奖励来自两层：以太坊的基础奖励，加上每个服务的奖励。服务可以用它选择的任何代币支付，选择缴纳协议费的服务会先把其中的 20% 交给 EigenLayer。自 2026 年 3 月 19 日起，只有在所支持的服务缴纳协议费时，质押才能获得 EigenLayer 自己的 EIGEN 激励。每周发放的奖励要一周后才能领取，价值也会波动。罚没拿走的是本金，你的 LST 或 LRT 中累积的质押奖励也会随之损失。

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = 奖励可能减少、停发或贬值，而一次严重罚没就可能抹去一年以上的额外奖励。

# Step 5's short title, for the step dot and heading.
steps-5-title = 逐层退出

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = 要拿回 ETH，你需要按相反的顺序退出：先从再质押协议提款，再把 LST 换回 ETH。每一层都有自己的等待期（[解绑期](unbonding)）。

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = 流动性与延迟：每一层都要等待，而通过市场快速退出可能要以低于锚定价的价格卖出。

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = 通过 LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = 原生

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = 通过 LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = 要拿回 ETH，你按进入时的顺序退出：先让验证者退出以太坊，其 ETH 会转入你的 EigenPod；然后再从再质押协议中提款。每一层都有自己的等待期（[解绑期](unbonding)）。

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = 要拿回 ETH，你可以通过 LRT 协议自己的队列赎回（它会替你在再质押协议和以太坊上排队等待），也可以在市场上卖出 LRT。每一层都有自己的等待期（[解绑期](unbonding)）。

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = 延迟：退出的人多时，以太坊的退出队列可能要排上数周；而且在再质押协议的延迟期结束之前，质押仍可能被罚没。

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = 在示例中，任何服务都能罚没整笔存款。在 EigenLayer 上，自 2025 年 4 月 17 日起，运营商为每个服务分配存款中的一份，服务只能罚没自己那一份。

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = 在 EigenLayer 上，自 2025 年 4 月 17 日起，运营商为每个服务分配存款中的一份，服务只能罚没自己那一份：各份额由计算器的滑块设定。

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = 第 0 天

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = 你在再质押协议中申请提款并排队。你的存款立即停止赚取服务奖励，但延迟期内发生的任何罚没仍然对它有效。

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = EigenLayer 的提款延迟结束，你拿回 LST。

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = 要么通过 LST 自己的提款队列按全额换回 ETH（数天到数周，取决于以太坊的退出队列），要么立即在市场上兑换，但价格可能低于锚定价。

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = 你的验证者通过以太坊的退出队列离开：等待者少时很快，多时要数周（2025 年 9 月为 46 天）。自 2025 年 7 月起，你的 EigenPod 可以自行发起退出。

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = 约 27 小时，之后数天

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = 退出后有固定的 256 个时段的延迟；然后由提款扫描（依次向各验证者付款）把 ETH 转入你的 EigenPod。

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = 你申请 EigenLayer 提款并等待其延迟期结束，期间质押仍可能被罚没。如果提前按准确金额排队，这一步可以与上面的步骤同时进行。

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = 你通过 LRT 协议的提款队列赎回，需要数天到数周：Renzo 持有 ETH 储备时约需一周，需要等待 EigenLayer 的 14 天时则要两周或更久。

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = 或立即赎回，需付费

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = Renzo 和 ether.fi 可以从储备中立即付款，但要收取费用，而且仅限储备（以及 ether.fi 的速率限制）允许的范围内。

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = 或立即卖出，按市价

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = 在市场上按当时的成交价卖出 LRT，价格可能低于其背后的 ETH。

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST（流动性质押代币）

# A term as the glossary names it: slashing.
term-name-slashing = 罚没

# A term as the glossary names it: unbonding.
term-name-unbonding = 解绑期

# A term as the glossary names it: validator.
term-name-validator = 验证者

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = 提款凭证

# A term as the glossary names it: service (AVS).
term-name-avs = 服务（AVS）

# A term as the glossary names it: de-peg.
term-name-depeg = 脱锚

# A term as the glossary names it: APR.
term-name-apr = 年化利率（APR）

# A term as the glossary names it: staking.
term-name-staking = 质押

# A term as the glossary names it: operator.
term-name-operator = 运营商

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = 通过流动性质押协议质押 ETH 后获得的代币。它代表已质押的 ETH 及其奖励；与质押本身不同，你可以转移、交易它，或把它存到别处。

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = 验证者违反规则（例如签署两个相互冲突的区块）时，从其质押的 ETH 中扣除一部分的惩罚。每个再质押服务都会增加自己的、可以触发罚没的规则。

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = 从申请取回已质押的 ETH 到实际拿到之间的等待时间。每一层（以太坊、再质押协议、LST 或 LRT）都有各自的解绑期。

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = 一个用 ETH 质押的密钥，以及随之而来的职责：提议和检查以太坊区块，以此获得奖励，同时承担被罚没的风险。这些职责由节点软件执行，节点可以由你自己运行，也可以由服务商运行。一个验证者至少需要 32 ETH；自 2025 年 5 月起，使用复利（0x02）凭证的验证者有效余额最多可达 2,048 ETH。

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = 验证者的 ETH 转入的地址：验证者退出后，全部 ETH 都转入这里；在此之前，超过 32 ETH（0x01 凭证）或超过 2,048 ETH（复利型 0x02 凭证，还可以申请提取其中一部分）的累积部分会转入这里。自 2025 年 5 月起，它还可以发起退出。把提款凭证指向 EigenPod，就是原生再质押的做法。

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = 借用再质押的 ETH 作为安全保障并为此付费的网络：例如把价格带到链上的预言机、在不同链之间转移代币的链桥、保证卷叠数据可用的数据网络。EigenLayer 称之为 AVS（自主可验证服务）。每个服务都自行设定罚没规则。

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = 本应值 1 ETH 的代币在市场上以更低的价格交易，通常发生在市场承压、许多持有者同时想退出的时候。

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = 年化利率（annual percentage rate）：一年的奖励占质押额的比例，不计复利。32 ETH 每年赚 1.12 ETH，即年化利率 3.5%。

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = 把 ETH 锁定在验证者中，为它检查和添加的区块作担保。诚实工作可以赚取新的 ETH；违反规则则会损失一部分质押。通过流动性质押协议，任何数额都可以质押。

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = 为再质押的 ETH 运行软件的公司或个人。再质押者把质押委托给运营商，由运营商挑选服务，并从服务支付的奖励中抽取佣金；运营商的失误可能导致其再质押者被罚没。

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = 以太坊上最大的再质押协议：一组持有再质押 ETH 的合约，让各服务可以借用其安全性。

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = 去中心化金融：由区块链上的合约运行的借贷、交易和其他金融服务，中间没有公司参与。

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = 五个步骤

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = 四种方式对比

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = 计算器

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = 六种风险

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = 普通质押

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = 流动性质押

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = 再质押

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = 流动性再质押

# The seed's first point in prose, after the table.
compare-notes-1 = 流动性质押是基础构件，再质押建立在它之上：你可以持有 LST，却从不拿它去再质押。

# The seed's second point in prose, after the table.
compare-notes-2 = 示例所出自的文章称，再质押通常需要 LST。如今你也可以把普通 ETH 交给流动性再质押协议（ether.fi、Renzo、Kelp），或者对自己的验证者进行原生再质押。

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = 核心目的

# A row heading of the comparison: the dimension compared.
compare-rows-hold = 你持有什么

# A row heading of the comparison: the dimension compared.
compare-rows-reward = 奖励来源

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = 罚没敞口

# A row heading of the comparison: the dimension compared.
compare-rows-effort = 投入精力

# A row heading of the comparison: the dimension compared.
compare-rows-risk = 新增的主要风险

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = 保护以太坊并赚取其基础奖励

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = 让已质押的 ETH 保持流动、可交易

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = 复用已质押的 ETH 来保护更多服务

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = 无需自己运行任何东西即可再质押，并持有可交易的代币

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = 质押在验证者中的 ETH（你自己的或服务商的验证者）

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = 流动性质押代币（LST）

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = 存入再质押协议的 LST（或原生再质押的验证者）

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = 流动性再质押代币（LRT），例如 eETH、ezETH、rsETH 或 pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = 自己运行验证者则投入大，通过服务商则投入小

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = 持有时很省心；若还把代币用于 DeFi，则需主动操作

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = 更省心：你要信任运营商能选好服务

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = 最省心：协议替你挑选运营商和服务

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = 你的验证者自身的失误

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = 市场风险：LST 可能脱锚

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = 罚没风险叠加，以及多层协议叠加带来的复杂性

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = 再质押的全部风险，加上 LRT 的合约风险及其自身的脱锚风险

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = 以太坊的基础奖励

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = 同样的基础奖励减去 LST 的费用，再加上你用 LST 运行的任何 DeFi 策略的收益

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = 每年，+ DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = 基础奖励加上各服务的收益率，减去费用

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = 同上，再减去 LRT 协议自己的费用（即计算器中的流动性再质押费）

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = 仅以太坊的规则

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 套

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = 仅以太坊的规则

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = 以太坊的规则，加上你的运营商所支持的每个服务的规则

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = 以太坊的规则，加上协议的运营商所支持的每个服务的规则

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = 高：可能损失本金

# A risk's severity in words: costs money or time under stress.
severity-label-medium = 中：承压时有代价

# A risk's name: compounded slashing.
risks-slashing-title = 罚没风险叠加

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = 你支持的每个服务都会增加自己的、可以罚没你存款的规则。即使错误不是你造成的，而是运营商的失误或某个服务的代码问题，你仍可能损失本金。

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = 自 2025 年 7 月起，只要运营商选择加入，EigenLayer 上的服务就可以把罚没的资金留给自己指定的接收方，而不是销毁；自 2026 年 6 月起，罚没要等待 7 天才会被销毁或转出。

# A risk's name: smart-contract risk.
risks-contracts-title = 智能合约风险

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = 再质押把合约层层叠加：LST 的合约、再质押协议的合约、每个服务的合约。其中任何一个出现漏洞，都可能蔓延到建立在它之上的各层。

# A risk's name: liquidity and de-peg.
risks-liquidity-title = 流动性与脱锚

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = 在市场承压时，LST 的价格可能跌到它所代表的 ETH 以下，而这恰恰是许多持有者想退出的时候。再质押的持仓退出也更慢，要逐层进行。

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = 2024 年 4 月 24 日，流动性再质押代币 ezETH 在部分市场一度跌至 0.22 ETH；在 Morpho 的两个借贷市场中，以它为抵押的贷款共发生 146 次清算，其中 145 次发生在 23 分钟之内。

# A risk's name: complexity and integration.
risks-complexity-title = 复杂性与集成

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = 联动的协议越多，就越可能出现没人预料到的相互作用。衔接处的故障既难以预测，也难以定价。

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = 2026 年 4 月 18 日，一条伪造的消息让 Kelp 的 rsETH 链桥（只信任单一验证方）从其以太坊储备中释放了 116,500 rsETH，却没有相应的销毁；攻击者以其中 89,567 枚为抵押在 Aave 上借款。一个行业基金填补了缺口，Kelp 于 2026 年 5 月 25 日恢复了 rsETH 的足额支撑。

# A risk's name: systemic concentration.
risks-concentration-title = 系统性集中

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = 如果全部已质押 ETH 中有很大一部分都通过同一个协议再质押，那里一旦出问题，就会同时波及许多网络。到那时，你的存款只是被一起卷入的众多存款之一。

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = 据数据聚合平台统计，2026 年 4 月 EigenLayer 持有全部再质押价值的约 94%。

# A risk's name: governance and regulatory risk.
risks-governance-title = 治理与监管

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = 在你投入之后，协议可能修改参数，规则也可能改变。你当初接受的风险，不一定是你最终承担的风险。

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = 2025 年 4 月 17 日，EigenLayer 引入罚没，并把提款延迟从 7 天加倍到 14 天，按旧规则已在排队的提款也同样适用。

# A question of the checklist before restaking.
checklist-track-record = 过往记录：协议运行了多久？是否经过审计，是否遭受过攻击？

# A question of the checklist before restaking.
checklist-assets = 支持的资产：它接受哪些 LST 或原生质押？它们背后有什么支撑？

# A question of the checklist before restaking.
checklist-net-yield = 扣除风险后的净收益：扣掉费用和预期罚没后还剩多少？

# A question of the checklist before restaking.
checklist-exit = 退出机制：每一层的提款延迟有多长？快速退出时市场深度如何？

# A question of the checklist before restaking.
checklist-curation = 服务筛选：由谁挑选你的存款所保护的服务？过程有多公开？

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = 跟随文章

# An option of the theme choice: theme=light.
embed-theme-labels-light = 始终浅色

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = 始终深色

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = 在白色文章中为浅色，在深色文章中为深色。iframe 无法感知所在的文章，因此跟随读者的系统设置。

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = 在任何文章中都为浅色，不论读者的系统设置如何。

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = 在任何文章中都为深色，不论读者的系统设置如何。

# The preview's first sample article.
embed-preview-articles-white = 白色文章

# The preview's second sample article.
embed-preview-articles-dark = 深色文章

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = ETH 再质押的交互式讲解：它能赚多少，一次罚没会损失多少，以及额外收益何时值得额外风险。

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = 语言

## Sentences built from the calculator's numbers
## A placeholder for an amount, a rate or a span of years ({ $stake }, { $rate },
## { $years }…) arrives written the locale's way, unit included ("32 ETH", "7 %",
## "1.43 years"). A count ({ $n }, { $count }, { $step }…) arrives as bare digits, and the
## message may choose its words by the count's plural form ([one], [few]…). { $model } is
## a word to choose by: independent, correlated or allocated (the slashing model).

# After a results heading whose figures depend on the slashing model, in brackets (the widget puts a space before it); { $name } is the model's short name (model-name-*).
model-note = （{ $name }模型）

# What a screen reader hears for the stake slider's value; { $n } is the number.
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = 年化 { $n }%

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = 每年 { $n }%

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = 质押额的 { $n }%

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = 基础奖励的 { $n }%

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = 服务奖励的 { $n }%

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = 全部奖励的 { $n }%

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = 质押额的 { $n }%，{ $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = 份额的 { $n }%

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = 第 { $year } 年，共 { $total } 年

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = 服务 { $n } 的{ $label }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject }：范围为 { $unit ->
        [eth] { $min } 至 { $max } ETH
        [stake-share] { $min }% 至 { $max }%（占质押额）
        [base-rewards] { $min }% 至 { $max }%（占基础奖励）
        [service-rewards] { $min }% 至 { $max }%（占服务奖励）
        [all-rewards] { $min }% 至 { $max }%（占全部奖励）
        [years] { $min } 至 { $max } 年
       *[rate] { $min }% 至 { $max }%（每年）
    }；{ $given ->
        [endless] 输入的无穷大数值已改为 { $used }
       *[other] 输入的 { $given } 已改为 { $used }
    }。

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject }：范围为质押额的 { $min }% 至 { $max }%，因为其余部分已由其他服务占用；{ $given ->
        [endless] 输入的无穷大数值已改为 { $used }
       *[other] 输入的 { $given } 已改为 { $used }
    }。

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject }：范围为 { $min } 至 { $max }，即图表显示的年份；{ $given ->
        [endless] 输入的无穷大数值已改为 { $used }
       *[other] 输入的 { $given } 已改为 { $used }
    }。

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = 各份额合计为质押额的 { $total }%；已按比例缩小，使合计为 100%。

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }：“{ $given }”不是数字，因此保留原值。

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }：输入的不是数字，因此保留原值。

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = 提供了 { $given } 个服务；本计算器最多支持 8 个，因此只使用前 8 个。

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = “{ $param }”列表有 { $given } 个值，而服务有 { $expected } 个；缺少的沿用默认值，多余的将被忽略。

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = “{ $given }”不是“{ $param }”的可选值，因此已被忽略。

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = 以 { $rate } 的年化利率质押 { $stake }，每年约赚 { $base }。

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = 以 { $rate } 的年化利率质押 { $stake }，{ $fees }每年约赚 { $base }。

# The narration's second sentence when no service is backed.
narration-no-services = 不支持任何服务，就没有额外奖励，也没有额外的罚没风险。

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = 将其再质押给 { $n ->
       *[other] { $n } 个服务
    }，可额外获得 { $extra }，合计 { $gross }（年化 { $apr }）。

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = 将其再质押给 { $n ->
       *[other] { $n } 个服务
    }，{ $fees }可额外获得 { $extra }，合计 { $gross }（年化 { $apr }）。

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] 但最大的份额只要遭受一次 { $slash } 的罚没，就会损失 { $loss }，相当于 { $years }的额外奖励。
       *[other] 但只要一次 { $slash } 的罚没，就会损失 { $loss }，相当于 { $years }的额外奖励。
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] 但最大的份额只要遭受一次 { $slash } 的罚没，就会损失 { $loss }，超过整整一年（{ $years }）的额外奖励。
       *[other] 但只要一次 { $slash } 的罚没，就会损失 { $loss }，超过整整一年（{ $years }）的额外奖励。
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] 但最大的份额只要遭受一次 { $slash } 的罚没，就会损失 { $loss }，正好相当于一年的额外奖励。
       *[other] 但只要一次 { $slash } 的罚没，就会损失 { $loss }，正好相当于一年的额外奖励。
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] 但最大的份额只要遭受一次 { $slash } 的罚没，就会损失 { $loss }，而且没有额外奖励来弥补。
       *[other] 但只要一次 { $slash } 的罚没，就会损失 { $loss }，而且没有额外奖励来弥补。
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = 罚没比例设为 0% 时，罚没在这里不会造成任何损失。

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = 扣除费用（{ $first }）后

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = 扣除费用（{ $first }、{ $second }）后

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = 扣除费用（{ $first }、{ $second }、{ $third }）后

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = LST { $rate }

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = LRT { $rate }

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = EigenLayer { $rate }

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = 运营商 { $rate }

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = 没有支持任何服务，也就没有需要权衡的罚没概率。

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = 按{ $model ->
        [correlated] 一个共同的严重罚没概率
        [allocated] 每个服务罚没其份额的概率
       *[independent] 每个服务各自的严重罚没概率
    }计算（合计每年 { $chance }），预期成本为每年 { $cost }，剩余 { $left }（{ $rate }）。

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = 在{ $name }模型下，一旦每个服务的罚没概率超过每年 { $chance }，额外收益就不再足以补偿其风险。

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = 按这些概率，罚没平均每年造成 { $cost } 的损失，剩余 { $left }（{ $rate }）。

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = 合计每年 { $gross }（{ $rate }）。

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = 一次严重罚没损失 { $loss }，相当于 { $years }的额外奖励。

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = 一次严重罚没损失 { $loss }。

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = 扣除预期罚没后为 { $left }（{ $rate }）。

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = { $years }后：普通质押达到 { $plain }，无罚没的再质押达到 { $restaked }，在第 { $year } 年遭受一次 { $slash } 罚没的再质押达到 { $slashed }。

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ 返回{ $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = 运营商：负责挑选服务，并从服务支付的奖励中抽取 { $commission }。

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }：{ $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"；"}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }。

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = 服务 { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = 基础 { $rate }

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/年

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = 一笔 { $stake } 的存款以每年 { $rate } 的收益保护以太坊，不支持其他服务。

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = 一笔 { $stake } 的存款以每年 { $rate } 的收益保护以太坊，同时支持由受托运营商（抽取 { $commission }）运行的 { $n ->
       *[other] { $n } 个服务
    }：{ $list }。

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name }（+{ $rate }）

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {"、"}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = 以太坊可以罚没整笔存款；每个服务只能罚没自己的份额（{ $slices }），一次严重罚没会拿走该份额的 { $slash }。

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = { $n } 条分支中的每一条都可以罚没这笔存款；一次严重罚没会拿走其中的 { $slash }。

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = 经过 { $count ->
       *[other] { $count } 次模拟罚没
    }，{ $stake } 只剩下 { $left }：损失 { $lost }，相当于 { $years }的额外奖励。

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = 经过 { $count ->
       *[other] { $count } 次模拟罚没
    }，{ $stake } 只剩下 { $left }：损失 { $lost }。

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = 以太坊：先扣 { $loss }，并强制退出

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }：−{ $loss }，剩余 { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = 全部 { $n } 个服务：−{ $loss }，剩余 { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = 该份额价值 { $amount }；质押额中有 { $unallocated } 未分配。

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = 你猜的是 { $guess }，非常准确。

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = 你猜的是 { $guess }，高了 { $miss }。

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = 你猜的是 { $guess }，低了 { $miss }。

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] 这里一次严重罚没会拿走服务能触及的份额的 { $slash }（这是示例中的数字，实际的服务各有设定）。先猜一猜：这相当于你的 { $stake } 中的多少？
       *[other] 这里一次严重罚没会拿走服务能触及部分的 { $slash }（这是示例中的数字，实际的服务各有设定）。先猜一猜：这相当于你的 { $stake } 中的多少？
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] 一次严重罚没损失 { $loss }：{ $n } 个服务同时各罚没 { $slash }，因为同一个失误会在所有服务上同时遭到罚没。图中显示这部分从存款中流出。
        [allocated] 一次严重罚没损失 { $loss }：即最大份额的 { $slash }，这是单个服务能触及的最大部分。图中显示这部分从存款中流出。
       *[independent] 一次严重罚没损失 { $loss }：即质押额的 { $slash }，每个服务都能触及整笔质押。图中显示这部分从存款中流出。
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }：罚没损失 { $loss }，服务每年额外带来 { $extra }，{ $loss } ÷ { $extra } = { $years }。

# The second question's answer when there is no extra reward.
answer-years-erased-none = 无：没有额外奖励，罚没也就没有可抹去的。

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = 猜一猜“再质押，一次罚没”这条线在 { $years }后停在哪里：点击图表或拖动滑块。

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = 遭受一次罚没的再质押最终为 { $slashed }，而无罚没的再质押为 { $restaked }，普通质押为 { $plain }。

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = 第 { $step } 步（共 { $total } 步）：{ $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = 在第 { $step } 步引入：{ $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = 按计算器中的数字，你的运营商支持 { $n ->
       *[other] { $n } 个服务
    }：连同以太坊的规则在内，共有 { $sets ->
       *[other] { $sets } 套罚没规则
    }。

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = 按计算器中的数字：每年来自以太坊的 { $base }，加上来自服务的 { $extra }，合计 { $gross }（{ $rate }）。

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = 第 { $days } 天

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = 第 { $days } 天起

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = 再等 { $days } 天

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = 图中高亮：第 1 步，质押 ETH 换取流动性质押代币。

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = 图中高亮：第 2 步，存入再质押协议。

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = 图中高亮：第 3 步，运营商，以及从它通往其所加入服务的各条分支。

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = 图中高亮：第 4 步，奖励沿各条分支流回。

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = 图中高亮：第 5 步，逐层退出的路径。

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = 图中高亮：罚没箭头，每条分支一个，每个都是一种损失本金的途径。

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = 来源 { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = 来源 { $number }：{ $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = ，{ $date }；最后核对：{ $checked }。

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = 每年，{ $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
       *[other] { $n } 套
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = 没有支持任何服务时，只有以太坊自己的规则可以罚没。

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = 按计算器中的数字：在 { $n ->
       *[other] { $n } 个服务
    }中，每年至少发生一次严重罚没的概率为 { $chance }，预期成本为每年 { $cost }。

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = 把基础利率（这里是 { $base }）当作你的底线。服务在此之上额外增加的每年 { $extra }，是你多承担 { $n ->
       *[other] { $n } 套
    }罚没规则的报酬：问问自己这份报酬是否足够；而且，再质押的数额永远不要超过你能承受被罚没的限度。

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = 再质押 { $stake }：{ $base } + { $extra } = 每年 { $gross }（{ $rate }）。一次 { $slash } 的罚没损失 { $loss }。

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }——{ $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title }{ $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = 将此图保存为 { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = 来自“再质押详解”，{ $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = 抱歉，再质押讲解组件停止运行了。请刷新页面重试；文章内容不受影响。

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }，精确值

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }，精确值（单位：{ $unit }）

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = 预言机

# The second: a bridge between chains.
service-name-bridge = 链桥

# The third, when added: a data availability layer.
service-name-data-layer = 数据层

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = 服务 { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = 示例：32 ETH 年化约 3.5%，每年约赚 1.12 ETH；两个服务分别额外支付 2% 和 1.5%，使收益达到每年约 2.24 ETH，约 7%；一次 5% 的严重罚没会损失 1.6 ETH。该示例未计入费用。

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = EigenLayer 的罚没升级（唯一质押）：运营商按资产逐一把受委托质押的一部分分配给每个服务的运营商集；各份额合计最多 100%，服务只能罚没分配给它的质押。

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = EigenLayer 运营商默认保留服务奖励的 10%，也可以设为 0 到 100% 之间的任意值；修改在 7 天后生效。

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = Lido 收取质押奖励的 10%，一半归节点运营商，一半归其金库；其 DAO 可以修改这项费用。

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = Renzo 收取 ezETH 通过再质押赚取的奖励的 10%；其他流动性再质押协议各自设定费用。

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = EigenLayer 的提款延迟为 100,800 个区块，约 14 天，期间质押仍可能被罚没；罚没升级之前为 7 天。

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = 自 Pectra 升级起，被罚没的验证者首先损失其有效余额的 1/4096（按 32 ETH 计约为 0.008 ETH）；约 18 天后的相关性惩罚在许多验证者同时被罚没时可能扣除多得多的金额。

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = 自 Pectra 升级起，使用复利（0x02）凭证的验证者有效余额最多可达 2,048 ETH；使用 0x01 凭证的验证者有效余额仍最多为 32 ETH，且 32 ETH 仍是最低要求。

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = 未被罚没的验证者退出后，其 ETH 在固定的 256 个时段（约 27 小时）后变为可提取。

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = 随后，提款扫描依次向各验证者付款，每个区块最多处理 16 笔提款（每天约 115,200 笔），因此扫描一轮需要数天：800,000 笔提款约需 7 天。

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = 2025 年 9 月中旬，质押服务商 Kiln 决定让其全部验证者退出之后，以太坊的验证者退出队列达到约 46 天：这是截至当时最长的等待。

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = EigenLayer 上的服务可以用其选择的任何 ERC-20 代币支付奖励；奖励每周发布一次，一周后才能领取。

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = EigenLayer 把 AVS 的全称从“主动验证服务”（actively validated services）改为“自主可验证服务”（autonomous verifiable services），只是名称的改变。

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = ether.fi、Renzo 和 Kelp 等流动性再质押协议既接受普通 ETH，也接受 stETH 等 LST，并返还流动性再质押代币（eETH、ezETH、rsETH）。

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = 2024 年 4 月 24 日，Renzo 的 ezETH 在部分市场一度跌至 0.22 ETH，持续约一小时：当时流动性不足，而且 ezETH 还无法赎回。

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = 在 Morpho 的两个借贷市场中，以 ezETH 为抵押的贷款共发生 146 次清算，其中 145 次发生在首次清算（2024 年 4 月 24 日 02:29 UTC）后的 23 分钟内。

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = EigenLayer 于 2025 年 4 月 17 日启用罚没，并将提款延迟从 7 天提高到 14 天；按旧规则已在排队的提款也必须等待更长的延迟。

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = 据数据聚合平台统计，2026 年 4 月 EigenLayer 持有全部再质押价值的约 94%；Symbiotic 约为 9 亿美元，Karak 约为 1 亿美元。

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = 据当月的一项 EigenLayer 改进提案，2026 年 7 月以太坊新验证者的激活队列超过 50 天。

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = 自 Pectra 升级起，每个时段（6.4 分钟）最多有 256 ETH 的质押进入以太坊、最多 256 ETH 退出（每个方向每天 57,600 ETH）；超出的部分须在激活队列或退出队列中等待。

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = 自 2025 年 7 月起，EigenLayer 上的服务可以创建可再分配的运营商集：它罚没的资金会转给一开始就确定的接收方，而不是被销毁。只有运营商能进行分配：一旦运营商向这类运营商集分配质押，质押者的质押（包括之前已委托的）就变为可再分配。原生 ETH 和 EIGEN 不能被再分配。

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = 自 2026 年 6 月起，被罚没的质押在销毁或再分配之前，要经过 7 天（50,400 个区块）的罚没处理延迟；这段延迟可以暂停资金流出，但没有任何机制可以撤销罚没。

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = 自 2026 年 3 月（奖励 v2.2）起，服务可以按分配给它的质押（唯一质押）或按委托给其运营商的全部质押（总质押）来加权分配奖励。

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = 自 2026 年 3 月 19 日起，EigenLayer 的 EIGEN 激励只发给为缴纳协议费的服务提供支持的质押（起初这样的服务只有 EigenDA，且只针对 ETH 质押），发放比率为此前 ETH 激励的一半；其他再质押的 ETH 不再获得激励。

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = 自 Pectra 升级（2025 年 5 月 7 日）起，验证者的提款凭证可以从执行层触发其退出；只有复利（0x02）验证者还能申请提取超过 32 ETH 的部分余额。

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = 使用 0x01 凭证的验证者，超过 32 ETH 的余额会被自动扫入其提款地址。复利（0x02）验证者可复利至 2,048 ETH，只有超过该数额的部分才会被扫出；低于该数额时，部分提款必须主动申请。

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = 自 2025 年 7 月起，EigenPod 可以自行触发其验证者的退出和部分提款（EIP-7002）；部分提款仅适用于复利（0x02）验证者。

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = Renzo 通过提款队列赎回 ezETH（其称最长可能需要 15 天），也可以付费立即赎回，费用随提款缓冲池减少而上升；会使缓冲池低于最低额度的即时退出将被拒绝。

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = ether.fi 可以收取一笔退出费，在速率限制内将 eETH 和 weETH 立即赎回为 ETH，但前提是其资金池持有量高于设定的最低额；否则你需要排队领取一个提款 NFT，稍后兑付。

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = 2026 年 4 月 18 日，Kelp 从 Unichain 到以太坊的 rsETH 链桥路径从其以太坊一侧的储备中释放了 116,500 rsETH，而 Unichain 上并没有相应的销毁，导致其他链上的 rsETH 缺乏足额支撑；攻击者将 89,567 rsETH 存入 Aave，并以此为抵押借出 WETH 和 wstETH。一个行业基金（“DeFi United”）填补了缺口，Aave 于 5 月 14 日重新开放 rsETH 提款，Kelp 于 2026 年 5 月 25 日恢复了足额支撑。

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = 该路径只信任一个验证方（采用 LayerZero Labs 验证方的 1-of-1 配置）；攻击者攻陷了它所依赖的两个 RPC 节点，并使第三个节点瘫痪，于是它批准了一条从未发生过的消息。LayerZero 和 Kelp 对究竟是谁选择了这一配置存在争议。

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = 被罚没的验证者会被强制退出，其剩余的 ETH 要到罚没后 8,192 个时段（约 36 天）才能提取；如果退出队列更长，则会更晚。

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = 每个 EigenLayer 运营商自行设定分配延迟，即新的分配生效并可被罚没之前的等待时间，而且可以设为 0：这样的运营商可以立即让受委托的质押承担新服务的风险，比质押者离开（14 天）还快。截至 2026 年 5 月，已有多个运营商（包括公开运营商）将其设为 0。

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = 自 2026 年 3 月起，在 EigenLayer 上提交服务奖励的一方可以选择缴纳 20% 的协议费，从总额中先行扣除：运营商佣金和质押者的份额都从剩余的 80% 中支出。只有缴纳这项费用的服务才有资格获得 EIGEN 激励。

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = 质押是指存入 ETH 以运行验证者；验证者检查交易并添加新区块，保护以太坊的安全并赚取新的 ETH；违反规则的验证者会被罚没：一部分质押被拿走，验证者也会被移出网络。

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {""}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = 正在加载再质押讲解…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = 再质押讲解加载失败。
