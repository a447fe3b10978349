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
# A percentage; { $n } is the number. The no-break space keeps them on one line.
number-percent = { $n }%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
    [zero] { $n }{"\u00A0"}سنة
    [one] { $n }{"\u00A0"}سنة
    [two] { $n }{"\u00A0"}سنة
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

# The exit path's label in the diagram.
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
