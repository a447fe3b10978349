# Restaking, explained: the Modern Standard Arabic words, translated from en.ftl (the source).
#
# A message is `id = text`. Keep the id; translate the text. `{ $name }` is a value the
# widget fills in, and stays as it is. `[words](term)` links a word to its definition in
# the glossary (translate the words, keep the term). A line starting with `#` says where
# the message is shown. See the README's "Languages" section.
#
# Being wired: these are the widget's fixed sentences, taken from src/copy.rs, which
# still shows its own copy of them (a test keeps the two the same). The sentences built
# from numbers follow.

## How numbers are written

# The decimal separator.
number-decimal = .
# The separator between groups of three digits.
number-group = ,
# The smallest whole number written with group separators: 1000 where "1,000" is
# written, 10000 where four digits stay together ("1000", but "10,000").
number-group-from = 1000
# A percentage; { $n } is the number. The no-break space keeps them on one line.
number-percent = { $n }%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
    [zero] { $n }{"\u00A0"}سنة
    [one] سنة{"\u00A0"}واحدة
    [two] سنتان
    [few] { $n }{"\u00A0"}سنوات
    [many] { $n }{"\u00A0"}سنة
   *[other] { $n }{"\u00A0"}سنة
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = احسبها بنفسك: هل يستحق العائد الإضافي المخاطرة الإضافية؟

# The line under the calculator's heading.
calculator-lead = تبدأ أشرطة التمرير من مثال تطبيقي: 32 ETH بعائد نحو 3.5% سنويًا، أُعيد تخزينها لصالح خدمتين تدفع إحداهما عائدًا إضافيًا قدره 2% والأخرى 1.5%. حرّك أيًّا منها، فتتغيّر معه الأرقام المجاورة له ([APR](apr) هو المعدل السنوي).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = تبدأ أشرطة التمرير هذه من أرقام اختيرت لك؛ والمثال التطبيقي (32 ETH بعائد نحو 3.5% سنويًا، وخدمتان تدفع إحداهما عائدًا إضافيًا قدره 2% والأخرى 1.5%) على بُعد نقرة واحدة. حرّك أي شيء، فتتغيّر معه كل الأرقام أدناه، بالـ ETH في السنة وبالمعدل السنوي ([APR](apr)).

# Under the extra reward: what it is paid in.
reward-currency = قد تدفع الخدمة مكافأتها بأي رمز؛ وقيمته بالـ ETH متغيّرة، لكننا نثبّتها هنا.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = «بعد الاقتطاع المتوقَّع» لا يحتسب إلا الاقتطاع، بالاحتمالات التي تحددها أنت: فلا يشمل المخاطر الخمس الأخرى، ولا أسوأ الحالات.

# Legend of the inputs' group.
inputs-legend = مركزك

# Legend of the services' group.
services-legend = الخدمات التي يؤمّنها ETH الذي أعدتَ تخزينه

# Explains what a service's probability is, and that it is a guess.
services-hint = تدفع كل خدمة معدلًا إضافيًا وتضيف قواعد اقتطاع خاصة بها. أما الاحتمال السنوي لاقتطاع شديد فهو تقدير تضعه أنت: المثال التطبيقي لا يذكر أي احتمال.

# The add-a-service button.
add-service = إضافة خدمة

# Said when no service is left.
no-services = لا توجد خدمات: هذا تخزين سائل عادي، لا يخضع إلا لقواعد الاقتطاع في إيثريوم.

# Said when the maximum number of services is reached.
services-full = ثماني خدمات هي الحد الأقصى لهذه الحاسبة.

# Legend of the slashing-model choice.
model-legend = كيف تجتمع مخاطر الاقتطاع من الخدمات المختلفة؟

# The independent choice.
model-independent = بشكل مستقل: يمكن أن تفشل كل خدمة بمفردها

# The correlated choice.
model-correlated = معًا: مشغّل واحد مشترك، وخطأ واحد يؤدي إلى الاقتطاع في كل خدمة

# The allocated choice.
model-allocated = على شرائح: لا يمكن لكل خدمة أن تقتطع إلا من الجزء المخصص لها من الحصة المُخزَّنة (EigenLayer منذ 17 أبريل 2025)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = الافتراض هنا: تدفع كل خدمة معدلها على شريحتها وحدها. أما على EigenLayer فقد تحسب الخدمة مكافآتها بدلًا من ذلك بحسب كامل الحصة المفوَّضة إلى مشغّليها (منذ مارس 2026).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = إعدادات إضافية

# What that group holds, said on its toggle.
more-holds = الاحتمالات السنوية، نموذج الاقتطاع، الرسوم، المسارات الحقيقية، الأسماء، سنوات الرسم البياني

# The legend of the route presets.
routes-legend = ابدأ من مسار حقيقي

# What a route preset changes, and what it keeps.
routes-hint = يحدد المسار الطريقَ والرسومَ ونموذجَ الاقتطاع. أما حصتك ومعدلاتك واحتمالاتك فتبقى كما هي.

# Said when the fees, path and model match no route.
route-custom = مزيجك الخاص من الطريق والرسوم والنموذج.

# The fees toggle.
fees-summary = الرسوم في كل طبقة (لا رسوم في المثال التطبيقي)

# The reset button.
reset = العودة إلى المثال التطبيقي

# Heading of the results.
results-title = المحصّلة

# The toggle of the sources part's full list.
sources-all = كل معلومة، مع تاريخها ومصدرها
sources-loading = جارٍ تحميل المصادر…
sources-failed = تعذّر تحميل المصادر. أعد تحميل الصفحة للمحاولة مجددًا.

# The toggle of the glossary's definitions.
glossary-open = الكلمات التي يتعثر فيها المبتدئ، مع تعريفها

# The dismiss-notices button.
dismiss = إخفاء

# Heading of the chart.
chart-title = على مرّ السنين

# Explains the chart's assumptions.
chart-hint = المكافآت تُصرف ولا تُضاف إلى الأصل (بلا فائدة مركّبة)؛ ويقع الاقتطاع في منتصف السنة.

# Shown in place of a result that does not exist.
none-text = لا يوجد

# The fan-out's heading.
fan-title = إيداع واحد، ومهام كثيرة

# The line under the fan-out's heading.
fan-lead = إن ETH الذي خزّنته يؤمّن إيثريوم بالفعل. وعند إعادة تخزينه، يُفوَّض الإيداع نفسه إلى [مشغّل](operator) يشغّل [الخدمات](avs) التي يدعمها هذا الإيداع: كل خدمة تدفع مكافأتها الخاصة عبر فرعها، وكل خدمة يمكنها الاقتطاع من الإيداع عبر سهمها الخاص.

# The play/pause button while the animation runs.
pause = إيقاف الحركة مؤقتًا

# The play/pause button while the animation is paused.
play = تشغيل الحركة

# Before the simulate-a-slash buttons.
simulate-label = محاكاة اقتطاع على فرع

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = يؤدي الخطأ في إحدى الخدمات إلى اقتطاعٍ بالحجم المحدَّد في الحاسبة. أما الاقتطاع في إيثريوم نفسه فمختلف: عقوبة أولى صغيرة (1/4096 من الرصيد منذ مايو 2025)، ثم خروج إجباري مع تجميد الباقي نحو 36 يومًا، واقتطاع أكبر إذا اقتُطع من كثيرين في الوقت نفسه. وعلى EigenLayer ينتظر الاقتطاع 7 أيام قبل أن يُحرق أو يُصرف: مهلة تكفي لتعليقه، لا لإلغائه.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = للمهتمين: إلى أي مدى يصل الاقتطاع، وكيف يعمل الاقتطاع في إيثريوم نفسه

# The toggle of a step's other ways in.
flow-curious = طرق أخرى للدخول: مُدقِّقك الخاص، أو رمز إعادة تخزين سائل

# The toggle of the exit timeline's dated rules.
timeline-curious = للمهتمين: القواعد التي تفسّر فترات الانتظار هذه

# The undo button.
undo-slash = التراجع عن آخر اقتطاع

# The name of the Ethereum branch.
ethereum = إيثريوم

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = الخروج: مهلة انتظار في كل طبقة

# The service name's label.
service-name = الاسم

# The remove-a-service button.
remove = إزالة

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = سنوات

# The chart's mark at the slash.
chart-slash = اقتطاع

# The chart's mark at the reader's guess.
chart-guess = تخمينك

# Heading of the calculator's line about simulated slashes.
after-title = بعد الاقتطاعات المُحاكاة

# The label of a guess's slider.
guess-label = تخمينك

# The button that commits a guess.
guess-check = تحقّق من تخميني

# The toggle that shows an answer without a guess.
guess-skip = أرني الجواب مباشرة

# The same toggle once the answer is on show.
guess-answer = الجواب

# Offered when the numbers changed after an answer was shown.
guess-again = اسألني مجددًا بهذه الأرقام

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = وكم سنة من المكافأة الإضافية التي تدفعها الخدمات يمحوها هذا الاقتطاع الواحد؟

# The story's control, stopped.
story-play = ▶ تشغيل القصة

# The story's control, playing.
story-pause = ❚❚ إيقاف القصة مؤقتًا

# What the story is, beside its control.
story-hint = هل أنت جديد هنا؟ شاهد الخطوات الخمس تُروى على المخطط، بضع ثوانٍ لكل خطوة.

# The story caption's button that moves on before the beat's time is up.
story-next = التالي ›

# Announced at the story's slash.
story-slash = تُجري إحدى الخدمات اقتطاعًا: راقب الإيداع وهو يتقلّص.

# The flow's heading.
flow-title = خمس خطوات من ETH إلى إعادة التخزين

# The line under the flow's heading.
flow-lead = يمكنك إعادة التخزين دون تشغيل [مُدقِّق](validator): عبر [رمز تخزين سائل](lst) وبروتوكول لإعادة التخزين، أو بتسليم ETH عادي إلى بروتوكول إعادة تخزين سائل يتولى الأمرين معًا.

# The back button.
back = → رجوع

# The next button.
next = التالي ←

# Label of the step list.
steps-label = خطوات إعادة التخزين

# "Risk it adds:" before each step's risk.
risk-added = الخطر الذي تضيفه:

# The native path, shown beside steps 1 and 2.
native-title = أو: إعادة التخزين الأصلية

# What the native path is.
native-body = إذا كنت تشغّل مُدقِّقك الخاص (32 ETH على الأقل)، يمكنك الاستغناء عن LST وتوجيه [بيانات اعتماد السحب](withdrawal-credentials) الخاصة بالمُدقِّق إلى EigenPod، وهو عقد خاص بك على بروتوكول إعادة التخزين. لا رمز ولا عقد LST عليك أن تثق به، لكنك أنت من يشغّل المُدقِّق (أو تدفع لمزوّد ليفعل ذلك) وتتحمّل مسؤولية استمرار عمله، كما أن أي مُدقِّق جديد ينتظر أولًا في قائمة انتظار الدخول إلى إيثريوم (أكثر من 50 يومًا في يوليو 2026).

# The third path: a liquid restaking token.
lrt-title = أو: رمز إعادة تخزين سائل

# What the liquid restaking path is.
lrt-body = إن لم يكن لديك مُدقِّق خاص، يمكنك أيضًا تخطي الخطوات من 1 إلى 3: تودِع ETH عاديًا، أو LST تملكه أصلًا، لدى بروتوكول إعادة تخزين سائل مثل ether.fi أو Renzo أو Kelp أو Puffer. يعيد البروتوكول التخزين، على EigenLayer في الغالب، ويختار المشغّلين والخدمات نيابةً عنك، ويعطيك رمز إعادة تخزين سائل (LRT) يمكنك تداوله. وتُضاف رسومه الخاصة إلى الرسوم الأخرى، وقد يفقد رمزه ارتباطه بسعر ETH مثل أي رمز آخر.

# Label of the path choice.
path-legend = الطريق المعروض في المخطط وفي الخروج

# The exit timeline's heading.
timeline-title = كم يستغرق طريق الخروج

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = تبلغ مهلة السحب في EigenLayer نحو 14 يومًا منذ ترقية الاقتطاع في 17 أبريل 2025 (وكانت 7 أيام قبلها)، ويمكن للبروتوكول أن يغيّرها مجددًا. ولا يسمح إيثريوم إلا بدخول 256 ETH على الأكثر وخروج 256 ETH على الأكثر كل 6.4 دقيقة، لذا فإن قوائم الانتظار فيه، في الاتجاهين، قصيرة حين يكون المنتظرون قلة، وتمتد لأسابيع حين يكثرون: تجاوزت قائمة انتظار الخروج 46 يومًا في سبتمبر 2025، وقائمة انتظار الدخول 50 يومًا في يوليو 2026.

# The sources part's heading.
sources-title = المصادر والتواريخ

# The line under the sources part's heading.
sources-lead = كل قاعدة وكل رقم نذكره هنا عن أي بروتوكول، مع تاريخه ونص مصدره بلفظه. البروتوكولات تغيّر قواعدها: تحقّق منها قبل أن تعتمد على أي منها.

# The glossary's heading.
glossary-title = المصطلحات المستخدمة هنا

# The accessible name of the box a citation mark opens.
fact-pop-label = المصدر

# The close button of a term's popover.
close = إغلاق

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = جارٍ التحميل… (يتطلب هذا JavaScript)

# The whole explainer's opening: the one idea in two sentences.
intro = [التخزين](staking) يقفل ETH ليكون ضمانًا لكتل إيثريوم: فيكسب ETH جديدًا، نحو 3.5% سنويًا في المثال التطبيقي هنا، ويُقتطع جزء منه إذا خالف مُدقِّقه القواعد ([الاقتطاع](slashing)). أما إعادة التخزين فتُعير ETH المُخزَّن نفسه لخدمات أخرى أيضًا: كل خدمة تدفع مكافأة إضافية، ويمكن لكل منها الاقتطاع منه عند مخالفة قواعدها الخاصة. كل نقطة إضافية من العائد ثمنها مخاطرة إضافية.

# Where the worked example comes from, said once, on the whole page only.
intro-source = المثال التطبيقي (32 ETH، وخدمتان، واقتطاع واحد بنسبة 5%) مأخوذ من مقال COINOTAG بعنوان «What Is Restaking?» (ما إعادة التخزين؟) المنشور في يونيو 2026.

# Label of the table of contents.
contents = في هذا الشرح

# The toggle of the comparison's notes.
compare-curious = للمهتمين: كيف يُبنى كل واحد من الأربعة على سابقه

# The label of the comparison's choice of column, on a phone.
compare-showing = العرض على الهاتف

# Where the comparison's pick and the risks' links lead back to.
back-compare = المقارنة

# See `BACK_COMPARE`.
back-risks = المخاطر

# The comparison's heading.
compare-title = التخزين، والتخزين السائل، وإعادة التخزين، وإعادة التخزين السائل

# The line under the comparison's heading.
compare-lead = من السهل الخلط بين الأربعة لأن كل واحد منها مبني على ما قبله. اختر صفًّا لترى أين يظهر في المخطط.

# The table's caption (read by screen readers, shown above the table).
compare-caption = مقارنة بين التخزين العادي والتخزين السائل وإعادة التخزين وإعادة التخزين السائل في ست نقاط؛ وتستخدم صفوف المكافأة والاقتطاع أرقام الحاسبة.

# The heading of the row-heading column.
compare-dimension = المعيار

# The risks' heading.
risks-title = ست مخاطر عليك أن تزنها

# The line under the risks' heading.
risks-lead = تكدّس إعادة التخزين عدة مخاطر على إيداع واحد، ويميل المبتدئون إلى الاستهانة بها. وكل واحدة منها تدخل عند خطوة معينة.

# The toggle of a risk's real, dated case.
risk-case = حالة حقيقية، مؤرَّخة

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = اعرض موضع دخوله

# The closing judgement's heading.
judgement-title = قبل أن تعيد التخزين

# The toggle of the checklist.
checklist-title = خمسة أسئلة تطرحها على أي بروتوكول لإعادة التخزين

# The embed panel's toggle.
embed-title = ضمّن هذا الشرح في مقالك

# What the snippets are.
embed-hint = يحمل كل مقتطف كل رقم كما هو الآن، فلا يغيّر أي تعديل لاحق على القيم الافتراضية لهذه الصفحة ما يراه قرّاؤك. يتكيّف العنصر والـ div مع عرض صفحتك، ولا يرثان شيئًا من أنماطها، ويتحققان من سلامة السكربت؛ أما الـ iframe فيُبقي الأداة في إطار خاص بها، بحجم يناسبها.

# Legend of the parts to include.
embed-parts = الأجزاء المطلوب تضمينها

# The element snippet's label.
embed-element-label = التضمين كعنصر

# The script snippet's label.
embed-script-label = التضمين بسكربت (div)

# The iframe snippet's label.
embed-frame-label = التضمين بـ iframe

# The pasted links' label.
embed-paste-label = رابط تلصقه في سطر مستقل (WordPress، Ghost): رابط لكل جزء، بأرقام المثال التطبيقي

# Legend of the theme choice.
embed-theme = الألوان

# The preview's sample of the widget.
embed-preview-sample = 2.24 ETH سنويًا

# Said in the panel when its code could not be loaded.
embed-failed = تعذّر تحميل شيفرة التضمين. أعد تحميل الصفحة للمحاولة مجددًا.

# The image-and-link snippet's label (HTML).
embed-image-label = صورة ورابط، للنشرات البريدية والصفحات التي لا تشغّل السكربتات (HTML): واحد لكل جزء، بأرقام المثال التطبيقي

# The image-and-link snippet's label (Markdown).
embed-markdown-label = الصورة والرابط نفسهما بصيغة Markdown

# The iframe's title, read by screen readers.
embed-frame-title = شرح إعادة التخزين: شرح تفاعلي

# The copy button.
copy = نسخ

# The copy button after copying.
copied = تم النسخ

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = النسخ غير مسموح هنا، لذا حُدِّدت الشيفرة: اضغط Ctrl+C (أو ⌘C على Mac) لنسخها.

# The line above a part's title on its picture.
picture-kicker = شرح إعادة التخزين

# The line above the whole explainer's title on its picture.
picture-kicker-page = شرح تفاعلي

# The whole explainer's title on its picture.
picture-page-title = شرح إعادة التخزين

# The last line of every picture: the live widget is one click away.
picture-foot = اتبع الرابط لتحريك الأرقام بنفسك.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = احفظ الشكل بأرقامك:

# When the browser would not make the file.
save-failed = تعذّر على هذا المتصفح إنشاء الملف هنا.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = إن لم يصل أي ملف، فالصفحة المحيطة بهذا الإطار تمنع التنزيلات: افتح الشرح في صفحته الخاصة لحفظه.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = المستقل

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = المترابط

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = القائم على الشرائح

# A route's button text: the worked example.
route-name-article = المثال التطبيقي

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = stETH من Lido على EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = رمز إعادة تخزين سائل

# A route's button text: native restaking.
route-name-native = إعادة التخزين الأصلية على EigenLayer

# What a route sets, in a sentence: the worked example.
route-summary-article = صورة المثال التطبيقي: LST أُعيد تخزينه، بلا رسوم، وكل خدمة قادرة على الاقتطاع من الإيداع كله.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = تحتفظ Lido بـ 10% من مكافأة التخزين. ومما تدفعه الخدمات، يأخذ EigenLayer نسبة 20% (نفترض هنا أن الخدمتين كلتيهما اختارتا الاشتراك في رسومه) ويأخذ المشغّل 10% من الباقي (نسبته الافتراضية). ولا يمكن لكل خدمة أن تقتطع إلا من شريحتها.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = تودِع ETH لدى بروتوكول إعادة تخزين سائل يحتفظ بـ 10% من المكافآت (رسوم Renzo على ezETH). ومما تدفعه الخدمات، يأخذ EigenLayer نسبة 20% (بافتراض الاشتراك في رسومه) ويأخذ المشغّل 10% من الباقي؛ والشرائح كما على EigenLayer.

# What a route sets, in a sentence: native restaking.
route-summary-native = مُدقِّقك الخاص، بلا رمز: فلا رسوم LST. ومما تدفعه الخدمات، يأخذ EigenLayer نسبة 20% (بافتراض الاشتراك في رسومه) ويأخذ المشغّل 10% من الباقي؛ والشرائح كما على EigenLayer.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = نسبة من الشريحة التي تطالها الخدمة، لا من الحصة كلها.

# The line under a field: the base staking rate.
field-hint-base-rate = قبل أي رسوم: معدل LST المُعلَن، مثل معدل stETH، محسوب بعد خصم رسومه أصلًا.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = يتقاضاها بروتوكول التخزين السائل، من المكافأة الأساسية.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = يأخذها EigenLayer من مكافآت الخدمات التي تختار الاشتراك (20% منذ مارس 2026)، قبل عمولة المشغّل.

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = يتقاضاها المشغّل الذي تفوّض إليه، مما تدفعه الخدمات.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = يتقاضاها بروتوكول إعادة التخزين السائل، إن استخدمت واحدًا، من كل المكافآت.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = المعدل الإجمالي

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = اقتطاع واحد

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = السنوات الممحوّة

# The heading of a group of results: the rewards.
result-groups-rewards = مكافآت سنة

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = اقتطاع شديد واحد

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = موازنة المخاطرة

# A result's label: the base staking reward.
result-label-base-reward = المكافأة الأساسية، سنويًا

# A result's label: the services' extra reward.
result-label-extra-reward = المكافأة الإضافية من الخدمات، سنويًا

# A result's label: the total reward.
result-label-gross-reward = إجمالي المكافأة، سنويًا

# A result's label: the total yearly rate.
result-label-gross-apr = المعدل الإجمالي

# A result's label: what one severe slash takes.
result-label-slash-loss = ما يأخذه اقتطاع شديد واحد

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = سنوات المكافأة الإضافية التي يمحوها

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = احتمال اقتطاع شديد واحد على الأقل، سنويًا

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = التكلفة المتوقَّعة للاقتطاع، سنويًا

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = المكافأة بعد الاقتطاع المتوقَّع، سنويًا

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = المعدل بعد الاقتطاع المتوقَّع

# A result's label: the break-even chance.
result-label-breakeven-probability = احتمال الاقتطاع عند نقطة التعادل، لكل خدمة

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = لا مكافأة إضافية لمحوها

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = إعادة التخزين مجزية عند أي احتمال حتى 100%، أو لا يوجد ما يُقتطع منه

# The label of a numeric input: the amount staked.
field-label-stake = الحصة

# The label of a numeric input: the base staking rate.
field-label-base-rate = معدل التخزين الأساسي

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = حجم اقتطاع شديد واحد

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = رسوم التخزين السائل

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = رسوم بروتوكول EigenLayer

# The label of a numeric input: the operator's commission.
field-label-commission = عمولة المشغّل

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = رسوم إعادة التخزين السائل

# The label of a numeric input: a service's extra rate.
field-label-service-rate = المعدل الإضافي

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = الاحتمال السنوي لاقتطاع شديد

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = الشريحة المخصَّصة

# The label of a numeric input: the years the chart shows.
field-label-horizon = السنوات المعروضة

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = سنة الاقتطاع

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % سنويًا

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % من الحصة

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % من المكافآت الأساسية

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % من مكافآت الخدمات

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % من كل المكافآت

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % سنويًا

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % من الحصة

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = سنوات

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = التخزين العادي

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = إعادة التخزين، بلا اقتطاع

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = إعادة التخزين، مع اقتطاع واحد

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = مرسوم كما في المثال التطبيقي: كل خدمة يمكنها الاقتطاع من الإيداع كله. وهذا لا يزال صحيحًا حيث تُستخدم الحصة نفسها في عدة شبكات، لكن على EigenLayer منذ 17 أبريل 2025 لا يمكن لكل خدمة أن تقتطع إلا من الشريحة التي خصّصها لها المشغّل (اختر «على شرائح» في الحاسبة).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = مرسوم كما على EigenLayer منذ 17 أبريل 2025: يخصّص المشغّل لكل خدمة شريحة من الإيداع، ولا يمكن للخدمة أن تقتطع إلا من شريحتها.

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = بروتوكول إعادة التخزين

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = مُدقِّق

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = تجلب الأسعار من خارج السلسلة إليها

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = تنقل الرموز بين السلاسل

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = تُبقي بيانات الـ rollups متاحة

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = الحصة المتبقية

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = رأس المال المفقود

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = سنوات المكافأة الإضافية التي يمحوها

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = تخزّن ETH وتحصل في المقابل على رمز، LST: إيصالك الذي يواصل الكسب.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = تودِع LST في بروتوكول لإعادة التخزين، مجمَّعًا مع إيداعات الجميع.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = يشغّل مشغّلٌ إيداعَك لصالح كل خدمة: وكل خدمة طريق إضافي للاقتطاع.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = يدفع إيثريوم وكل خدمة مكافأةً تعود عبر فرعها.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = للخروج، تنتظر مهلة كل طبقة بدورها، ويظل الاقتطاع ممكنًا في أثناء ذلك.

# The caption's title at the story's slash.
story-caption-slash-title = إحدى الخدمات تقتطع

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = ذهب جزء من إيداعك. كم؟ السؤال الأول أدناه يسألك.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = خزّن ETH مقابل LST

# Step 1's explanation, in two or three sentences.
steps-1-body = تخزّن ETH عبر بروتوكول تخزين سائل وتحصل في المقابل على رمز تخزين سائل (LST). الرمز هو إيصالك: يواصل كسب المكافأة الأساسية في إيثريوم، ويمكنك نقله أو تداوله أو استخدامه في [DeFi](defi).

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = عقود بروتوكول LST نفسه، واحتمال أن يُتداوَل الرمز بأقل من ETH الذي يقف خلفه ([فقدان الارتباط بالسعر](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = أودِع LST

# Step 2's explanation, in two or three sentences.
steps-2-body = تودِع LST في بروتوكول لإعادة التخزين مثل [EigenLayer](eigenlayer)، يجمعه مع آلاف الإيداعات الأخرى. ومن الآن فصاعدًا، تحتفظ عقوده بمركزك.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = مخاطر العقود الذكية: خلل في طبقة إعادة التخزين قد يطال كل إيداع في المجمَّع دفعة واحدة.

# Step 3's short title, for the step dot and heading.
steps-3-title = فوّض إلى مشغّل

# Step 3's explanation, in two or three sentences.
steps-3-body = تفوّض رصيدك المُعاد تخزينه كله إلى مشغّل واحد. والمشغّل، لا أنت، هو من يشترك في الخدمات (يسمّيها EigenLayer خدمات AVS) ويحتفظ بعمولة مما تدفعه، 10% ما لم يحدد نسبة أخرى. وتجلب كل خدمة قواعد اقتطاع خاصة بها فوق قواعد إيثريوم، ومنذ يوليو 2025 يجوز للخدمة أن تأخذ ما تقتطعه لمستفيد تختاره بدلًا من حرقه (إعادة التوزيع)، إذا اختار المشغّل ذلك. ويستطيع مشغّلك أن يضع حصتك في خدمة جديدة فورًا (قد تكون مهلة التخصيص لديه 0)، بينما يستغرق خروجك أنت 14 يومًا.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = الاقتطاع المتراكم: كل خدمة طريق إضافي لخسارة رأس المال، بسبب خطأ من المشغّل لم تتسبب فيه أنت، والخدمة التي تحتفظ بما تقتطعه لديها دافع للاقتطاع.

# Step 4's short title, for the step dot and heading.
steps-4-title = اكسب مكافآت متعددة الطبقات

# Step 4's explanation, in two or three sentences.
steps-4-body = تصل المكافآت الآن من طبقتين: المكافأة الأساسية في إيثريوم، إضافة إلى مكافأة كل خدمة. ويجوز للخدمة أن تدفع بأي رمز تختاره، والخدمة التي تختار الاشتراك تعطي EigenLayer نسبة 20% مما تدفعه أولًا. أما حوافز EIGEN الخاصة بـ EigenLayer فلا تذهب الآن إلا إلى الحصص التي تدعم خدمات تدفع (منذ 19 مارس 2026). ويمكن المطالبة بكل دفعة أسبوعية بعد أسبوع، بقيمة متغيّرة. والاقتطاع يأخذ من رأس المال، ومعه أي مكافآت تخزين تراكمت داخل LST أو LRT الذي تملكه.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = قد تتقلص المكافآت أو تتوقف أو تفقد قيمتها، بينما قد يمحو اقتطاع شديد واحد أكثر من سنة من المكافأة الإضافية.

# Step 5's short title, for the step dot and heading.
steps-5-title = اخرج عبر كل طبقة

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = لاسترداد ETH تفكّ الطبقات بترتيب عكسي: تسحب من بروتوكول إعادة التخزين، ثم تحوّل LST إلى ETH من جديد. ولكل طبقة مهلة انتظار خاصة بها ([فترة فك الارتباط](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = السيولة والتأخير: تنتظر عند كل طبقة، والخروج السريع عبر السوق قد يعني البيع بأقل من سعر الربط.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = عبر LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = أصلي

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = عبر LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = لاسترداد ETH تخرج بالترتيب الذي دخلت به: يخرج مُدقِّقك من إيثريوم أولًا، ويصل ETH الخاص به إلى EigenPod الخاص بك؛ ثم تسحبه من بروتوكول إعادة التخزين. ولكل طبقة مهلة انتظار خاصة بها ([فترة فك الارتباط](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = لاسترداد ETH تستردّ قيمة LRT عبر قائمة الانتظار الخاصة ببروتوكوله، التي تنتظر بروتوكول إعادة التخزين وإيثريوم نيابةً عنك، أو تبيع LRT في السوق. ولكل طبقة مهلة انتظار خاصة بها ([فترة فك الارتباط](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = التأخير: قد تمتد قائمة انتظار الخروج في إيثريوم لأسابيع حين يغادر كثيرون، ويظل الاقتطاع من الحصة ممكنًا حتى تنتهي مهلة بروتوكول إعادة التخزين.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = في المثال التطبيقي يمكن لأي خدمة أن تقتطع من الإيداع كله. أما على EigenLayer منذ 17 أبريل 2025 فيخصّص المشغّل لكل خدمة شريحة منه، ولا يمكن للخدمة أن تقتطع إلا من شريحتها.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = على EigenLayer منذ 17 أبريل 2025 يخصّص المشغّل لكل خدمة شريحة من الإيداع، ولا يمكن للخدمة أن تقتطع إلا من شريحتها: وأشرطة التمرير في الحاسبة تحدد هذه الشرائح.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = اليوم 0

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = تضع طلب سحب من بروتوكول إعادة التخزين في قائمة الانتظار. يتوقف إيداعك عن كسب مكافآت الخدمات فورًا، لكن أي اقتطاع يقع خلال المهلة يظل يسري عليه.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = تنتهي مهلة السحب في EigenLayer وتستعيد LST الخاص بك.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = إما قائمة انتظار السحب الخاصة بـ LST، مقابل ETH بقيمته الكاملة (من أيام إلى أسابيع، بحسب قائمة انتظار الخروج في إيثريوم)، وإما مبادلة فورية في السوق قد تدفع أقل من سعر الربط.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = يغادر مُدقِّقك عبر قائمة انتظار الخروج في إيثريوم: قصيرة حين يكون المنتظرون قلة، وتمتد لأسابيع حين يكثرون (46 يومًا في سبتمبر 2025). ومنذ يوليو 2025 يستطيع EigenPod الخاص بك أن يطلب الخروج بنفسه.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = نحو 27 ساعة، ثم أيام

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = بعد الخروج، مهلة ثابتة مدتها 256 حقبة (epoch)؛ ثم تنقل عملية مسح السحوبات، التي تدفع للمُدقِّقين بالتناوب، ETH إلى EigenPod الخاص بك.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = تضع سحب EigenLayer في قائمة الانتظار وتنتظر مهلته، التي يظل خلالها الاقتطاع من الحصة ممكنًا. وإذا وُضع في القائمة مسبقًا بالمبلغ الدقيق، أمكن أن يسير بالتوازي مع الخطوات أعلاه.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = تستردّ قيمة LRT عبر قائمة انتظار السحب في بروتوكوله، التي تدفع خلال أيام إلى أسابيع: تستغرق قائمة Renzo نحو أسبوع حين يحتفظ بـ ETH في الاحتياطي، وأسبوعين أو أكثر حين يضطر إلى انتظار أيام EigenLayer الـ 14.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = أو فورًا، مقابل رسوم

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = يدفع Renzo وether.fi فورًا من احتياطي، مقابل رسوم، وفقط ما دام الاحتياطي (وحدّ المعدل لدى ether.fi) يسمح بذلك.

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = أو فورًا، بسعر السوق

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = بِع LRT في السوق، بأي سعر يُتداول به، وقد يكون أقل من ETH الذي يقف خلفه.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (رمز التخزين السائل)

# A term as the glossary names it: slashing.
term-name-slashing = الاقتطاع (slashing)

# A term as the glossary names it: unbonding.
term-name-unbonding = فترة فك الارتباط (unbonding)

# A term as the glossary names it: validator.
term-name-validator = المُدقِّق

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = بيانات اعتماد السحب

# A term as the glossary names it: service (AVS).
term-name-avs = الخدمة (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = فقدان الارتباط بالسعر (de-peg)

# A term as the glossary names it: APR.
term-name-apr = APR (معدل النسبة السنوية)

# A term as the glossary names it: staking.
term-name-staking = التخزين (staking)

# A term as the glossary names it: operator.
term-name-operator = المشغّل

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = رمز تحصل عليه مقابل ETH تخزّنه عبر بروتوكول تخزين سائل. يمثّل ETH المُخزَّن ومكافآته، وعلى خلاف الحصة نفسها يمكنك نقله أو تداوله أو إيداعه في مكان آخر.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = عقوبة تأخذ جزءًا من ETH المُخزَّن لدى المُدقِّق حين يخالف القواعد، كأن يوقّع كتلتين متعارضتين. وكل خدمة يُعاد التخزين لها تضيف قواعد خاصة بها يمكن أن تؤدي إلى الاقتطاع.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = الانتظار بين طلب استرداد ETH المُخزَّن واستلامه فعلًا. ولكل طبقة (إيثريوم، وبروتوكول إعادة التخزين، وLST أو LRT) فترة خاصة بها.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = مفتاح مُخزَّن بـ ETH، والمهام التي ترافقه: اقتراح كتل إيثريوم والتحقق منها، مقابل مكافآت، مع خطر الاقتطاع. يؤدي هذه المهام برنامج عقدة تشغّله أنت أو مزوّد. يحتاج المُدقِّق إلى 32 ETH على الأقل؛ ومنذ مايو 2025 يمكن للمُدقِّق ذي بيانات الاعتماد المركّبة (0x02) أن يحتسب حتى 2,048 ETH.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = العنوان الذي يذهب إليه ETH الخاص بالمُدقِّق: كله بعد خروج المُدقِّق، وفي أثناء ذلك ما يتراكم فوق 32 ETH (بيانات اعتماد 0x01) أو فوق 2,048 ETH (المركّبة 0x02، التي يمكنها أيضًا طلب جزء منه). ومنذ مايو 2025 يمكنه طلب الخروج أيضًا. وتوجيهها إلى EigenPod هو الطريقة التي تعمل بها إعادة التخزين الأصلية.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = شبكة تستعير ETH المُعاد تخزينه ضمانًا لأمنها وتدفع مقابل ذلك: أوراكل يجلب الأسعار إلى السلسلة، أو جسر ينقل الرموز بين السلاسل، أو شبكة بيانات تُبقي بيانات الـ rollups متاحة. يسمّي EigenLayer هذه الخدمات AVSs (الخدمات المستقلة القابلة للتحقق). وتضع كل منها قواعد الاقتطاع الخاصة بها.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = حين يُتداول رمز يُفترض أن تساوي قيمته ETH واحدًا بأقل من ذلك في السوق، وعادةً في أوقات الضغط حين يريد كثير من الحائزين الخروج في وقت واحد.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = معدل النسبة السنوية: المكافأة السنوية كنسبة من الحصة، دون فائدة مركّبة. 1.12 ETH سنويًا على 32 ETH تساوي APR قدره 3.5%.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = قفل ETH في مُدقِّق ليكون ضمانًا للكتل التي يتحقق منها ويضيفها. العمل النزيه يكسب ETH جديدًا؛ ومخالفة القواعد تكلّف جزءًا من الحصة. وعبر بروتوكول تخزين سائل يمكن تخزين أي مبلغ.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = شركة أو شخص يشغّل البرمجيات لـ ETH المُعاد تخزينه. يفوّض مُعيدو التخزين إلى مشغّل يختار الخدمات ويحتفظ بعمولة مما تدفعه؛ وقد تؤدي أخطاؤه إلى الاقتطاع من حصص مُعيدي التخزين لديه.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = أكبر بروتوكول لإعادة التخزين على إيثريوم: مجموعة من العقود تحتفظ بـ ETH المُعاد تخزينه وتتيح للخدمات استعارة أمنه.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = التمويل اللامركزي: الإقراض والتداول وغيرهما من الخدمات المالية التي تديرها عقود على سلسلة كتل، دون شركة وسيطة.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = خمس خطوات

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = مقارنة بين أربع طرق

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = الحاسبة

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = ست مخاطر

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = التخزين العادي

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = التخزين السائل

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = إعادة التخزين

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = إعادة التخزين السائل

# The seed's first point in prose, after the table.
compare-notes-1 = التخزين السائل هو حجر الأساس، وإعادة التخزين تقوم فوقه: يمكنك أن تحتفظ بـ LST دون أن تعيد تخزينه أبدًا.

# The seed's second point in prose, after the table.
compare-notes-2 = يقول مقال المثال التطبيقي إنك تحتاج عمومًا إلى LST لإعادة التخزين. أما اليوم فيمكنك أيضًا تسليم ETH عادي إلى بروتوكول إعادة تخزين سائل (ether.fi وRenzo وKelp)، أو إعادة تخزين مُدقِّقك الخاص بطريقة أصلية.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = الغرض الأساسي

# A row heading of the comparison: the dimension compared.
compare-rows-hold = ما تملكه

# A row heading of the comparison: the dimension compared.
compare-rows-reward = مصدر المكافأة

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = التعرّض للاقتطاع

# A row heading of the comparison: the dimension compared.
compare-rows-effort = الجهد

# A row heading of the comparison: the dimension compared.
compare-rows-risk = الخطر الرئيسي المضاف

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = تأمين إيثريوم وكسب مكافأته الأساسية

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = إبقاء ETH المُخزَّن سائلًا وقابلًا للتداول

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = إعادة استخدام ETH المُخزَّن لتأمين مزيد من الخدمات

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = إعادة التخزين دون تشغيل أي شيء، مع الاحتفاظ برمز قابل للتداول

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = ETH مُخزَّن في مُدقِّق، لك أو لمزوّد

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = رمز تخزين سائل (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = LST مودَع في بروتوكول لإعادة التخزين (أو مُدقِّق مُعاد تخزينه بطريقة أصلية)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = رمز إعادة تخزين سائل (LRT)، مثل eETH أو ezETH أو rsETH أو pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = مرتفع إن شغّلت المُدقِّق بنفسك، ومنخفض عبر مزوّد

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = لا جهد يُذكر للاحتفاظ به؛ وجهد فعلي إن استخدمت الرمز أيضًا في DeFi

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = جهد أقل: تثق بأن مشغّلك سيُحسن اختيار الخدمات

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = أقل جهد: يختار البروتوكول المشغّلين والخدمات نيابةً عنك

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = أخطاء مُدقِّقك نفسه

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = مخاطر السوق: قد يفقد LST ارتباطه بالسعر

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = الاقتطاع المتراكم، وتعقيد البروتوكولات المتراكبة

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = كل مخاطر إعادة التخزين، إضافة إلى عقود LRT واحتمال أن يفقد هو نفسه ارتباطه بالسعر

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = المكافأة الأساسية في إيثريوم

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = المكافأة الأساسية نفسها ناقص رسوم LST، مضافًا إليها عائد أي استراتيجيات DeFi تديرها بـ LST

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = سنويًا، + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = المكافأة الأساسية مضافًا إليها معدلات الخدمات، ناقص الرسوم

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = الشيء نفسه، ناقص رسوم بروتوكول LRT نفسه (رسوم LRT في الحاسبة)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = قواعد إيثريوم وحدها

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = مجموعة قواعد واحدة

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = قواعد إيثريوم وحدها

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = قواعد إيثريوم وقواعد كل خدمة يدعمها مشغّلك

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = قواعد إيثريوم وقواعد كل خدمة يدعمها مشغّلو البروتوكول

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = مرتفع: قد يأخذ من رأس المال

# A risk's severity in words: costs money or time under stress.
severity-label-medium = متوسط: يكلّف تحت الضغط

# A risk's name: compounded slashing.
risks-slashing-title = الاقتطاع المتراكم

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = كل خدمة تدعمها تضيف قواعد خاصة بها يمكن أن تقتطع من إيداعك. وخطأ لم تتسبب فيه، من مشغّل أو في شيفرة إحدى الخدمات، قد يكلّفك مع ذلك من رأس مالك.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = منذ يوليو 2025 يجوز لخدمة على EigenLayer أن تحتفظ بما تقتطعه لمستفيد تسمّيه بدلًا من حرقه، إذا اختار المشغّل ذلك؛ ومنذ يونيو 2026 ينتظر الاقتطاع 7 أيام قبل أن يُحرق أو يُصرف.

# A risk's name: smart-contract risk.
risks-contracts-title = مخاطر العقود الذكية

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = تكدّس إعادة التخزين عقودًا فوق عقود: عقود LST، وعقود بروتوكول إعادة التخزين، وعقود كل خدمة. وخلل في أي منها قد ينتشر إلى الطبقات المبنية عليه.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = السيولة وفقدان الارتباط بالسعر

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = تحت الضغط قد يُتداول LST بأقل من ETH الذي يمثّله، في الوقت الذي يريد فيه كثير من الحائزين الخروج بالذات. كما أن الخروج من مركز مُعاد تخزينه يستغرق وقتًا أطول، طبقة بعد طبقة.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = في 24 أبريل 2024 هبط رمز إعادة التخزين السائل ezETH إلى 0.22 ETH في بعض الأسواق؛ وفي سوقَي إقراض على Morpho، وقعت 145 من أصل 146 عملية تصفية لقروض مضمونة به خلال 23 دقيقة.

# A risk's name: complexity and integration.
risks-complexity-title = التعقيد والتكامل

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = كلما زاد عدد البروتوكولات التي تتحرك معًا، زادت طرق تفاعلها التي لم يتوقعها أحد. والأعطال عند نقاط الالتقاء يصعب توقعها ويصعب تسعيرها.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = في 18 أبريل 2026 أطلقت رسالة مزوّرة على جسر rsETH التابع لـ Kelp، الذي كان يثق بجهة تحقق واحدة، 116,500 rsETH من احتياطيه على إيثريوم دون حرق مقابل؛ واقترض المهاجم على Aave بضمان 89,567 منها. وغطّى صندوق من القطاع الفجوة، وأعادت Kelp تغطية rsETH في 25 مايو 2026.

# A risk's name: systemic concentration.
risks-concentration-title = التركّز النظامي

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = إذا أُعيد تخزين جزء كبير من كل ETH المُخزَّن عبر بروتوكول واحد، فإن عطلًا فيه يطال شبكات كثيرة في وقت واحد. ويصبح إيداعك حينها واحدًا من إيداعات كثيرة تعلق معًا.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = في أبريل 2026 كان EigenLayer يحتفظ بنحو 94% من كل القيمة المُعاد تخزينها، بحسب بيانات المجمِّعات.

# A risk's name: governance and regulatory risk.
risks-governance-title = الحوكمة والتنظيم

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = قد يغيّر البروتوكول معاييره، وقد تتبدل القواعد، بعد أن تكون قد التزمت. والخطر الذي قبلته ليس دائمًا الخطر الذي ينتهي بك الأمر إلى تحمّله.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = في 17 أبريل 2025 أضاف EigenLayer الاقتطاع وضاعف مهلة السحب من 7 إلى 14 يومًا، حتى للسحوبات التي كانت تنتظر أصلًا وفق القواعد السابقة.

# A question of the checklist before restaking.
checklist-track-record = سجل الأداء: منذ متى يعمل البروتوكول، وهل خضع للتدقيق أو تعرّض لاستغلال؟

# A question of the checklist before restaking.
checklist-assets = الأصول المدعومة: أي LSTs أو حصص أصلية يقبل، وما الذي يغطيها؟

# A question of the checklist before restaking.
checklist-net-yield = صافي العائد بعد المخاطر: ما الذي يبقى بعد خصم الرسوم والاقتطاع المتوقَّع؟

# A question of the checklist before restaking.
checklist-exit = آليات الخروج: كم تطول كل مهلة سحب، وما عمق السوق لخروج سريع؟

# A question of the checklist before restaking.
checklist-curation = الانتقاء: من يختار الخدمات التي يؤمّنها إيداعك، وبأي قدر من الشفافية؟

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = اتّباع المقال

# An option of the theme choice: theme=light.
embed-theme-labels-light = فاتح دائمًا

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = داكن دائمًا

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = فاتح في مقال أبيض، وداكن في مقال داكن. وفي iframe، الذي لا يرى المقال، يتّبع إعداد النظام لدى القارئ.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = فاتح في كل مقال، أيًّا كان إعداد النظام لدى القارئ.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = داكن في كل مقال، أيًّا كان إعداد النظام لدى القارئ.

# The preview's first sample article.
embed-preview-articles-white = مقال أبيض

# The preview's second sample article.
embed-preview-articles-dark = مقال داكن

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = شرح تفاعلي لإعادة تخزين ETH: ما الذي تكسبه، وكم يكلّف اقتطاع واحد، ومتى يستحق العائد الإضافي المخاطرة الإضافية.

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = اللغة

## Sentences built from the calculator's numbers
## A placeholder for an amount, a rate or a span of years ({ $stake }, { $rate },
## { $years }…) arrives written the locale's way, unit included ("32 ETH", "7 %",
## "1.43 years"). A count ({ $n }, { $count }, { $step }…) arrives as bare digits, and the
## message may choose its words by the count's plural form ([one], [few]…). { $model } is
## a word to choose by: independent, correlated or allocated (the slashing model).

# After a results heading whose figures depend on the slashing model, in brackets (the widget puts a space before it); { $name } is the model's short name (model-name-*).
model-note = (النموذج { $name })

# What a screen reader hears for the stake slider's value; { $n } is the number.
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = { $n }% سنويًا

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = { $n }% سنويًا

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = { $n }% من الحصة

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = { $n }% من المكافآت الأساسية

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = { $n }% من مكافآت الخدمات

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = { $n }% من كل المكافآت

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = { $n }% من الحصة، { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = { $n }% من الشريحة

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = السنة { $year } من { $total }

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } للخدمة { $n }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = يمكن أن تكون قيمة { $subject } { $unit ->
        [eth] بين { $min } و{ $max } ETH
        [stake-share] بين { $min }% و{ $max }% من الحصة
        [base-rewards] بين { $min }% و{ $max }% من المكافآت الأساسية
        [service-rewards] بين { $min }% و{ $max }% من مكافآت الخدمات
        [all-rewards] بين { $min }% و{ $max }% من كل المكافآت
        [years] بين { $min } و{ $max } سنوات
       *[rate] بين { $min }% و{ $max }% سنويًا
    }؛ لذا استُخدمت القيمة { $used } بدلًا من { $given ->
        [endless] عدد لا نهائي
       *[other] { $given }
    }.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = يمكن أن تكون قيمة { $subject } بين { $min }% و{ $max }% من الحصة، لأن الخدمات الأخرى تشغل الباقي؛ لذا استُخدمت القيمة { $used } بدلًا من { $given ->
        [endless] عدد لا نهائي
       *[other] { $given }
    }.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = يمكن أن تكون قيمة { $subject } بين { $min } و{ $max }، أي إحدى السنوات المعروضة؛ لذا استُخدمت القيمة { $used } بدلًا من { $given ->
        [endless] عدد لا نهائي
       *[other] { $given }
    }.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = بلغ مجموع التخصيصات { $total }% من الحصة؛ فخُفِّضت بالتناسب ليصبح مجموعها 100%.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: «{ $given }» ليس رقمًا، لذا بقيت قيمته كما هي.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: هذا ليس رقمًا، لذا بقيت قيمته كما هي.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = { $given ->
        [few] قُدِّمت { $given } خدمات
        [many] قُدِّمت { $given } خدمةً
       *[other] قُدِّمت { $given } خدمة
    }؛ والحاسبة لا تأخذ أكثر من 8 خدمات، لذا استُخدمت الخدمات الثماني الأولى.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = عدد القيم في قائمة «{ $param }» هو { $given }، وعدد الخدمات { $expected }؛ القيم الناقصة تبقى على قيمها الافتراضية، والقيم الزائدة تُتجاهَل.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = «{ $given }» ليس خيارًا متاحًا لـ«{ $param }»، لذا تم تجاهله.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = تخزين { $stake } بمعدل { $rate } يكسب نحو { $base } سنويًا.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = تخزين { $stake } بمعدل { $rate } يكسب نحو { $base } سنويًا { $fees }.

# The narration's second sentence when no service is backed.
narration-no-services = بلا خدمات مدعومة، لا توجد مكافأة إضافية ولا مخاطر اقتطاع إضافية.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = وإعادة تخزينه لدعم { $n ->
        [zero] { $n } خدمة
        [one] خدمة واحدة
        [two] خدمتين
        [few] { $n } خدمات
        [many] { $n } خدمةً
       *[other] { $n } خدمة
    } تضيف { $extra } أخرى، أي { $gross } إجمالًا ({ $apr } سنويًا).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = وإعادة تخزينه لدعم { $n ->
        [zero] { $n } خدمة
        [one] خدمة واحدة
        [two] خدمتين
        [few] { $n } خدمات
        [many] { $n } خدمةً
       *[other] { $n } خدمة
    } تضيف { $extra } أخرى { $fees }، أي { $gross } إجمالًا ({ $apr } سنويًا).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] لكنّ اقتطاعًا واحدًا بنسبة { $slash } من أكبر شريحة يكلّف { $loss }، أي ما يعادل { $years } من المكافأة الإضافية.
       *[other] لكنّ اقتطاعًا واحدًا بنسبة { $slash } يكلّف { $loss }، أي ما يعادل { $years } من المكافأة الإضافية.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] لكنّ اقتطاعًا واحدًا بنسبة { $slash } من أكبر شريحة يكلّف { $loss }، أي أكثر من سنة كاملة ({ $years }) من المكافأة الإضافية.
       *[other] لكنّ اقتطاعًا واحدًا بنسبة { $slash } يكلّف { $loss }، أي أكثر من سنة كاملة ({ $years }) من المكافأة الإضافية.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] لكنّ اقتطاعًا واحدًا بنسبة { $slash } من أكبر شريحة يكلّف { $loss }، أي سنة كاملة بالضبط من المكافأة الإضافية.
       *[other] لكنّ اقتطاعًا واحدًا بنسبة { $slash } يكلّف { $loss }، أي سنة كاملة بالضبط من المكافأة الإضافية.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] لكنّ اقتطاعًا واحدًا بنسبة { $slash } من أكبر شريحة يكلّف { $loss }، من دون مكافأة إضافية تعوّضه.
       *[other] لكنّ اقتطاعًا واحدًا بنسبة { $slash } يكلّف { $loss }، من دون مكافأة إضافية تعوّضه.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = بحجم اقتطاع 0%، لا يكلّف الاقتطاع شيئًا هنا.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = بعد خصم { $first }

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = بعد خصم { $first } و{ $second }

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = بعد خصم { $first } و{ $second } و{ $third }

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = رسوم LST ({ $rate })

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = رسوم LRT ({ $rate })

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = رسوم EigenLayer ({ $rate })

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = عمولة المشغّل ({ $rate })

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = بلا خدمات مدعومة، لا توجد احتمالات خاصة بها لموازنتها.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = باحتساب { $model ->
        [correlated] احتمال واحد مشترك لاقتطاع شديد
        [allocated] احتمال أن تقتطع كل خدمة من شريحتها
       *[independent] احتمال كل خدمة الخاص لاقتطاع شديد
    } ({ $chance } سنويًا إجمالًا)، تبلغ التكلفة المتوقَّعة { $cost } سنويًا، فيتبقى { $left } ({ $rate }).

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = في ظل النموذج { $name }، تكفّ المكافأة الإضافية عن تعويض مخاطرها حين يتجاوز احتمال كل خدمة { $chance } سنويًا.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = بهذه الاحتمالات يكلّف الاقتطاع في المتوسط { $cost } سنويًا، فيتبقى { $left } ({ $rate }).

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = الإجمالي { $gross } سنويًا ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = اقتطاع شديد واحد يأخذ { $loss }، أي { $years } من المكافأة الإضافية.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = اقتطاع شديد واحد يأخذ { $loss }.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = بعد الاقتطاع المتوقَّع: { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = بعد أن تمضي { $years }: يصل التخزين العادي إلى { $plain }، وإعادة التخزين بلا اقتطاع إلى { $restaked }، وإعادة التخزين مع اقتطاع واحد بنسبة { $slash } في السنة { $year } إلى { $slashed }.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↪ العودة إلى { $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = المشغّل: يختار الخدمات ويحتفظ بنسبة { $commission } مما تدفعه.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"؛ "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = الخدمة { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = { $rate } أساسي

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate } سنويًا

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = إيداع واحد بقيمة { $stake } يؤمّن إيثريوم بعائد { $rate } سنويًا، ولا يؤمّن أي خدمة أخرى.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = إيداع واحد بقيمة { $stake } يؤمّن إيثريوم بعائد { $rate } سنويًا، ويؤمّن أيضًا { $n ->
        [zero] { $n } خدمة يديرها
        [one] خدمة واحدة يديرها
        [two] خدمتين يديرهما
        [few] { $n } خدمات يديرها
        [many] { $n } خدمةً يديرها
       *[other] { $n } خدمة يديرها
    } المشغّل المفوَّض إليه، الذي يحتفظ بنسبة { $commission }: { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {"، "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = يمكن لإيثريوم أن يقتطع من الإيداع كله؛ أما كل خدمة فلا تقتطع إلا من شريحتها ({ $slices })، واقتطاع شديد واحد يأخذ { $slash } من تلك الشريحة.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = عدد الفروع { $n }، ويمكن لكل منها أن يقتطع من الإيداع؛ واقتطاع شديد واحد يأخذ { $slash } منه.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = بعد { $count ->
        [zero] { $count } اقتطاع في المحاكاة
        [one] اقتطاع واحد في المحاكاة
        [two] اقتطاعين في المحاكاة
        [few] { $count } اقتطاعات في المحاكاة
        [many] { $count } اقتطاعًا في المحاكاة
       *[other] { $count } اقتطاع في المحاكاة
    }، يتبقى { $left } من { $stake }: فُقد { $lost }، أي ما يصل إلى { $years } من المكافأة الإضافية.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = بعد { $count ->
        [zero] { $count } اقتطاع في المحاكاة
        [one] اقتطاع واحد في المحاكاة
        [two] اقتطاعين في المحاكاة
        [few] { $count } اقتطاعات في المحاكاة
        [many] { $count } اقتطاعًا في المحاكاة
       *[other] { $count } اقتطاع في المحاكاة
    }، يتبقى { $left } من { $stake }: فُقد { $lost }.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = إيثريوم: خسارة { $loss } في البداية، ثم خروج إجباري

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: خسارة { $loss }، ويتبقى { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = { $n ->
        [two] الخدمتان كلتاهما
       *[other] كل الخدمات ({ $n })
    }: خسارة { $loss }، ويتبقى { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = شريحة بقيمة { $amount }؛ و{ $unallocated } من الحصة غير مخصَّصة.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = تخمينك، { $guess }، كان في محلّه تمامًا.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = تخمينك، { $guess }، كان أعلى من الجواب بمقدار { $miss }.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = تخمينك، { $guess }، كان أقل من الجواب بمقدار { $miss }.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] يأخذ اقتطاع شديد هنا { $slash } من الشريحة التي تستطيع الخدمة الوصول إليها (رقم المثال التطبيقي: الخدمات الحقيقية تحدد أرقامها بنفسها). خمّن أولًا: كم يساوي ذلك من حصتك البالغة { $stake }؟
       *[other] يأخذ اقتطاع شديد هنا { $slash } مما تستطيع الخدمة الوصول إليه (رقم المثال التطبيقي: الخدمات الحقيقية تحدد أرقامها بنفسها). خمّن أولًا: كم يساوي ذلك من حصتك البالغة { $stake }؟
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] اقتطاع شديد واحد يأخذ { $loss }: { $slash } في كل خدمة من الخدمات ({ $n }) دفعة واحدة، لأن خطأً واحدًا مشتركًا يؤدي إلى الاقتطاع فيها جميعًا. يُظهر المخطط خروجه من الإيداع.
        [allocated] اقتطاع شديد واحد يأخذ { $loss }: { $slash } من أكبر شريحة، وهي أقصى ما تستطيع خدمة واحدة الوصول إليه. يُظهر المخطط خروجه من الإيداع.
       *[independent] اقتطاع شديد واحد يأخذ { $loss }: { $slash } من الحصة، التي تستطيع كل خدمة الوصول إليها. يُظهر المخطط خروجه من الإيداع.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: يأخذ الاقتطاع { $loss }، وتضيف الخدمات { $extra } سنويًا، و{"\u2066"}{ $loss } ÷ { $extra } = { $years }{"\u2069"}.

# The second question's answer when there is no extra reward.
answer-years-erased-none = لا شيء: بلا مكافأة إضافية، لا يوجد ما يمحوه الاقتطاع.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = خمّن أين ينتهي خط «إعادة التخزين، مع اقتطاع واحد» بعد أن تمضي { $years }: انقر على الرسم البياني، أو حرّك المؤشر.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = تنتهي إعادة التخزين مع اقتطاع واحد عند { $slashed }، مقابل { $restaked } بلا اقتطاع و{ $plain } للتخزين العادي.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = الخطوة { $step } من { $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = يدخل عند الخطوة { $step }: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = بأرقام الحاسبة، يدعم مشغّلك { $n ->
        [zero] { $n } خدمة
        [one] خدمة واحدة
        [two] خدمتين
        [few] { $n } خدمات
        [many] { $n } خدمةً
       *[other] { $n } خدمة
    }، أي { $sets ->
        [one] مجموعة واحدة
        [two] مجموعتين
        [few] { $sets } مجموعات
        [many] { $sets } مجموعةً
       *[other] { $sets } مجموعة
    } من قواعد الاقتطاع إجمالًا، بما فيها قواعد إيثريوم.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = بأرقام الحاسبة: { $base } سنويًا من إيثريوم، إضافة إلى { $extra } من الخدمات، أي { $gross } إجمالًا ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = اليوم { $days }

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = اليوم { $days } وما بعده

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = ثم { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = المُبرَز في المخطط: الخطوة 1، تخزين ETH مقابل رمز سائل.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = المُبرَز في المخطط: الخطوة 2، الإيداع في بروتوكول إعادة التخزين.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = المُبرَز في المخطط: الخطوة 3، المشغّل والفروع المؤدية إلى الخدمات التي يشترك فيها.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = المُبرَز في المخطط: الخطوة 4، المكافآت العائدة عبر كل فرع.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = المُبرَز في المخطط: الخطوة 5، طريق الخروج عبر كل طبقة.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = المُبرَز في المخطط: أسهم الاقتطاع، سهم لكل فرع، وكلٌّ منها طريق لخسارة رأس المال.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = المصدر { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = المصدر { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = ، {"\u2066"}{ $date }{"\u2069"}؛ تاريخ التحقق: {"\u2066"}{ $checked }{"\u2069"}.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = سنويًا، { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
        [one] مجموعة قواعد واحدة
        [two] مجموعتا قواعد
        [few] { $n } مجموعات قواعد
        [many] { $n } مجموعة قواعد
       *[other] { $n } مجموعة قواعد
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = بلا خدمات مدعومة، لا يقتطع إلا إيثريوم وفق قواعده الخاصة.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = بأرقام الحاسبة: احتمال وقوع اقتطاع شديد واحد على الأقل عبر { $n ->
        [zero] { $n } خدمة
        [one] خدمة واحدة
        [two] خدمتين
        [few] { $n } خدمات
        [many] { $n } خدمةً
       *[other] { $n } خدمة
    } هو { $chance } سنويًا، بتكلفة متوقَّعة قدرها { $cost } سنويًا.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = اعتبر المعدل الأساسي، وهو { $base } هنا، حدّك الأدنى. أما العائد الإضافي البالغ { $extra } سنويًا الذي تضيفه الخدمات فوقه فهو ثمن تحمّلك { $n ->
        [zero] { $n } مجموعة إضافية
        [one] مجموعة إضافية واحدة
        [two] مجموعتين إضافيتين
        [few] { $n } مجموعات إضافية
        [many] { $n } مجموعةً إضافية
       *[other] { $n } مجموعة إضافية
    } من قواعد الاقتطاع: اسأل نفسك هل هذا الثمن كافٍ، ولا تُعِد أبدًا تخزين أكثر مما تحتمل أن تراه يُقتطَع.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = إعادة تخزين { $stake }: {"\u2066"}{ $base } + { $extra } = { $gross }{"\u2069"} سنويًا ({ $rate }). اقتطاع واحد بنسبة { $slash } يأخذ { $loss }.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = احفظ هذا الشكل بصيغة { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = من «شرح إعادة التخزين»، {"\u2066"}{ $page }{"\u2069"}

# Shown in place of every widget on the page if the program crashes.
crash-message = عذرًا، توقف شرح إعادة التخزين عن العمل. أعد تحميل الصفحة للمحاولة مرة أخرى؛ نص المقالة لم يتأثر.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }، القيمة الدقيقة

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }، القيمة الدقيقة بوحدة { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = أوراكل

# The second: a bridge between chains.
service-name-bridge = جسر

# The third, when added: a data availability layer.
service-name-data-layer = طبقة البيانات

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = الخدمة { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = المثال التطبيقي: 32 ETH بعائد نحو 3.5% سنويًا تكسب نحو 1.12 ETH؛ وخدمتان تدفعان 2% و1.5% إضافية ترفعان ذلك إلى نحو 2.24 ETH، أي نحو 7%؛ واقتطاع واحد شديد بنسبة 5% يأخذ 1.6 ETH. ولا يحتسب المثال الرسوم.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = ترقية الاقتطاع في EigenLayer (الحصة الفريدة، unique stake): يخصّص المشغّل نصيبًا من الحصة المفوَّضة إليه، أصلًا بأصل، لمجموعة المشغّلين (operator set) لدى كل خدمة؛ ولا يتجاوز مجموع الأنصبة 100%، ولا يمكن للخدمة أن تقتطع إلا من الحصة المخصّصة لها.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = يحتفظ مشغّل EigenLayer افتراضيًا بنسبة 10% من مكافآت الخدمة، ويمكنه تحديد أي نسبة من 0 إلى 100%؛ ويسري التغيير بعد 7 أيام.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = تحتفظ Lido بنسبة 10% من مكافآت التخزين، نصفها لمشغّلي العُقد ونصفها لخزينتها؛ ويمكن لمنظمتها المستقلة اللامركزية (DAO) تغيير هذه الرسوم.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = تحتفظ Renzo بنسبة 10% من المكافآت التي تكسبها إعادة التخزين لصالح ezETH؛ وتحدد بروتوكولات إعادة التخزين السائل الأخرى رسومها الخاصة.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = تبلغ مهلة السحب في EigenLayer نحو 14 يومًا (100,800 كتلة)، تظل الحصة خلالها قابلة للاقتطاع؛ وكانت 7 أيام قبل ترقية الاقتطاع.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = منذ ترقية Pectra يخسر المُدقِّق الذي يُقتطع منه أولًا 1/4096 من رصيده الفعّال (نحو 0.008 ETH من 32 ETH)؛ ويمكن لعقوبة الارتباط (correlation penalty)، بعد نحو 18 يومًا، أن تأخذ أكثر من ذلك بكثير حين يُقتطع من كثير من المُدقِّقين معًا.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = منذ ترقية Pectra يمكن للمُدقِّق ذي بيانات الاعتماد المركّبة (0x02) أن يحتسب حتى 2,048 ETH؛ أما ذو بيانات الاعتماد 0x01 فلا يزال يحتسب 32 ETH على الأكثر، ولا يزال الحد الأدنى 32 ETH.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = بعد خروج مُدقِّق لم يتعرّض للاقتطاع، يصبح ETH الخاص به قابلًا للسحب بعد مهلة ثابتة مدتها 256 حقبة (epoch)، أي نحو 27 ساعة.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = ثم تدفع عملية مسح السحوبات للمُدقِّقين بالتناوب، بحد أقصى 16 عملية سحب في الكتلة (نحو 115,200 في اليوم)، لذا تستغرق الدورة الواحدة منها أيامًا: نحو 7 أيام لـ 800,000 عملية سحب.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = بلغت قائمة انتظار الخروج لمُدقِّقي إيثريوم نحو 46 يومًا في منتصف سبتمبر 2025، بعد أن قرّر مزوّد التخزين Kiln إخراج جميع مُدقِّقيه: أطول انتظار حتى ذلك الحين.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = تدفع خدمات EigenLayer المكافآت بأي رمز ERC-20 تختاره؛ وتُنشر المدفوعات أسبوعيًا ويمكن المطالبة بها بعد أسبوع.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = غيّر EigenLayer اسم AVSs من «الخدمات المُصادق عليها بفاعلية» (actively validated services) إلى «الخدمات المستقلة القابلة للتحقق» (autonomous verifiable services)، وهو تغيير في الألفاظ فقط.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = تقبل بروتوكولات إعادة التخزين السائل مثل ether.fi وRenzo وKelp عملة ETH العادية إلى جانب رموز LST مثل stETH، وتعيد في المقابل رمز إعادة تخزين سائل (eETH، ezETH، rsETH).

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = في 24 أبريل 2024 هبط ezETH التابع لـ Renzo إلى 0.22 ETH في بعض الأسواق لنحو ساعة: كانت السيولة ضعيفة، ولم يكن استرداد ezETH ممكنًا بعد.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = في سوقَي إقراض على Morpho، وقعت 145 من أصل 146 عملية تصفية لقروض مضمونة بـ ezETH خلال 23 دقيقة من الأولى، التي جرت في الساعة 02:29 UTC يوم 24 أبريل 2024.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = فعّل EigenLayer الاقتطاع في 17 أبريل 2025 ورفع مهلة السحب من 7 إلى 14 يومًا؛ وكان على عمليات السحب التي كانت في قائمة الانتظار أصلًا وفق القواعد السابقة أن تنتظر المهلة الأطول أيضًا.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = في أبريل 2026 كان EigenLayer يحتفظ بنحو 94% من كل القيمة المُعاد تخزينها، بحسب بيانات المجمِّعات؛ وكان لدى Symbiotic نحو 0.9 مليار دولار ولدى Karak نحو 0.1 مليار دولار.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = تجاوزت قائمة انتظار الدخول للمُدقِّقين الجدد في إيثريوم 50 يومًا في يوليو 2026، بحسب مقترح تحسين لـ EigenLayer صدر في ذلك الشهر.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = منذ ترقية Pectra لا يدخل إيثريوم من الحصص إلا 256 ETH على الأكثر، ولا يخرج منه إلا 256 ETH على الأكثر، في كل حقبة مدتها 6.4 دقيقة (57,600 ETH يوميًا في كل اتجاه)؛ ومن يتجاوز ذلك ينتظر في قائمة انتظار الدخول أو الخروج.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = منذ يوليو 2025 يجوز لخدمة على EigenLayer أن تنشئ مجموعة مشغّلين قابلة لإعادة التوزيع: ما تقتطعه يذهب إلى مستفيد حدّدته منذ البداية بدلًا من أن يُحرق. والمشغّلون وحدهم هم من يخصّصون: تصبح حصة المُخزِّن، بما فيها ما فُوِّض سابقًا، قابلة لإعادة التوزيع بمجرد أن يخصّص مشغّله لمثل هذه المجموعة. ولا يمكن إعادة توزيع ETH الأصلي (native) ولا EIGEN.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = منذ يونيو 2026 تنتظر الحصة المُقتطعة مهلة لحسم الاقتطاع مدتها 7 أيام (50,400 كتلة) قبل أن تُحرق أو يُعاد توزيعها؛ وتتيح هذه المهلة إيقاف التدفق الخارج، لكن لا توجد آلية تستطيع التراجع عن اقتطاع.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = منذ مارس 2026 (المكافآت v2.2) يمكن للخدمة أن ترجّح مكافآتها بحسب الحصة المخصّصة لها (الحصة الفريدة) أو بحسب كل الحصص المفوَّضة إلى مشغّليها (الحصة الإجمالية).

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = منذ 19 مارس 2026 لا تذهب حوافز EIGEN الخاصة بـ EigenLayer إلا إلى الحصص التي تدعم خدمات تدفع رسومًا (في البداية EigenDA وحدها، لحصص ETH)، وبنصف معدل ETH السابق؛ أما بقية ETH المُعاد تخزينه فلا تكسب منها شيئًا.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = منذ ترقية Pectra (7 مايو 2025) يمكن لبيانات اعتماد السحب الخاصة بالمُدقِّق أن تطلق خروجه من طبقة التنفيذ؛ والمُدقِّق المركّب (0x02) وحده يمكنه أيضًا طلب جزء من رصيده فوق 32 ETH.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = يُنقل أي رصيد يتجاوز 32 ETH لدى المُدقِّق ذي بيانات الاعتماد 0x01 إلى عنوان السحب الخاص به تلقائيًا. أما المُدقِّق المركّب (0x02) فيراكم حتى 2,048 ETH ولا يُنقل تلقائيًا إلا ما يتجاوز ذلك؛ ودون هذا الحد يجب طلب عمليات السحب الجزئي.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = منذ يوليو 2025 يمكن لـ EigenPod أن يطلق بنفسه خروج مُدقِّقيه وعمليات السحب الجزئي لهم (EIP-7002)؛ ولا تعمل عمليات السحب الجزئي إلا مع المُدقِّقين المركّبين (0x02).

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = تصرف Renzo قيمة ezETH عبر قائمة انتظار سحب تقول إنها قد تستغرق حتى 15 يومًا، أو فورًا مقابل رسوم ترتفع كلما فرغ احتياطي السحب لديها؛ ويُرفض أي خروج فوري قد يُنزل الاحتياطي دون حده الأدنى.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = تسترد ether.fi رموز eETH وweETH مقابل ETH فورًا لقاء رسوم خروج، ضمن حد لمعدّل الاسترداد، وفقط ما دام مجمّعها يحتفظ بأكثر من حد أدنى محدد؛ وإلا فإنك تنتظر في قائمة انتظار للحصول على NFT سحب يُصرف لاحقًا.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = في 18 أبريل 2026 أطلق مسار جسر rsETH التابع لـ Kelp من Unichain إلى إيثريوم 116,500 rsETH من احتياطيه على جانب إيثريوم دون حرق مقابل على Unichain، فبقي rsETH على السلاسل الأخرى دون غطاء كافٍ؛ وأودع المهاجم 89,567 rsETH في Aave واقترض بضمانها WETH وwstETH. وغطّى صندوق من القطاع («DeFi United») الفجوة، وأعادت Aave فتح عمليات سحب rsETH في 14 مايو، وأعادت Kelp الغطاء في 25 مايو 2026.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = كان المسار يثق بجهة تحقق واحدة فقط (إعداد 1-of-1 مع جهة التحقق التابعة لـ LayerZero Labs)؛ فاخترق المهاجمون اثنتين من عُقد RPC التي تعتمد عليها وعطّلوا الثالثة، فوافقت على رسالة لم تحدث قط. وتختلف LayerZero وKelp حول من اختار هذا الإعداد.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = يُجبَر المُدقِّق الذي اقتُطع منه على الخروج، ولا يصبح ما تبقى من ETH الخاص به قابلًا للسحب إلا بعد 8,192 حقبة (نحو 36 يومًا) من الاقتطاع، أو بعد ذلك إذا كانت قائمة انتظار الخروج أطول.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = يحدد كل مشغّل في EigenLayer مهلة التخصيص الخاصة به، أي الانتظار قبل أن يُحتسب تخصيص جديد ويصبح قابلًا للاقتطاع، ويمكن أن تكون 0: فمثل هذا المشغّل يستطيع أن يعرّض الحصة المفوَّضة إليه لمخاطر خدمة جديدة فورًا، أسرع مما يستطيع المُخزِّن المغادرة (14 يومًا). وبحلول مايو 2026 كان عدة مشغّلين، من بينهم مشغّلون عامّون، قد ضبطوها على 0.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = منذ مارس 2026 يمكن لمن يرسل مكافآت خدمة على EigenLayer أن يختار دفع رسوم بروتوكول بنسبة 20% تُخصم من المبلغ أولًا: وتخرج عمولة المشغّل ونصيب المُخزِّنين من الـ 80% الباقية. ولا تتأهل لحوافز EIGEN إلا الخدمات التي تدفعها.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = التخزين هو إيداع ETH لتشغيل مُدقِّق يتحقق من المعاملات ويضيف كتلًا جديدة، فيحافظ على أمن إيثريوم ويكسب ETH جديدًا؛ ومخالفة القواعد تعرّض المُدقِّق للاقتطاع: يُؤخذ جزء من حصته ويُستبعد المُدقِّق.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = جارٍ تحميل شرح إعادة التخزين…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = تعذّر تحميل شرح إعادة التخزين.
