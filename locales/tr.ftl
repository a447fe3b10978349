# Restaking, explained: the Turkish words (tr), translated from en.ftl, the source.
#
# Same ids, same order and same placeholders as en.ftl; the comments stay in English for
# maintainers. Terms follow docs/glossary-tr.md. A machine translation: not yet reviewed
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
# A percentage; { $n } is the number. Turkish writes the sign first, with no space (%7).
number-percent = %{ $n }
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n }{"\u00A0"}yıl

## The widget's fixed sentences


# The calculator's heading.
calculator-title = Kendiniz hesaplayın: ek getiri, ek riske değer mi?

# The line under the calculator's heading.
calculator-lead = Kaydırıcılar bir örnek hesaplamadan başlar: yılda yaklaşık %3,5 kazandıran 32 ETH, yılda %2 ve %1,5 ek getiri sağlayan iki hizmet için yeniden hisseleniyor. Birini kaydırdığınızda yanındaki rakamlar da değişir ([APR](apr) yıllık yüzde oranıdır).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = Bu kaydırıcılar sizin için seçilmiş sayılardan başlar; örnek hesaplama (yılda yaklaşık %3,5 kazandıran 32 ETH, %2 ve %1,5 ek getiri sağlayan iki hizmet) bir tık uzağınızda. Herhangi bir şeyi değiştirdiğinizde aşağıdaki tüm rakamlar da değişir; hem yıllık ETH tutarı hem de yıllık oran ([APR](apr)) olarak.

# Under the extra reward: what it is paid in.
reward-currency = Bir hizmet herhangi bir jetonla ödeme yapabilir; o jetonun ETH karşılığı değişir, ama burada sabit tutulur.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = “Beklenen kesinti sonrası” yalnızca kesintiyi, sizin belirlediğiniz olasılıklarla hesaba katar: diğer beş riski de, en kötü durumu da kapsamaz.

# Legend of the inputs' group.
inputs-legend = Pozisyonunuz

# Legend of the services' group.
services-legend = Yeniden hisselenmiş ETH'nizin güvence altına aldığı hizmetler

# Explains what a service's probability is, and that it is a guess.
services-hint = Her hizmet kendi oranında ek bir ödül öder ve kendi kesinti kurallarını ekler. Ağır bir kesintinin yıllık olasılığı, sizin belirleyeceğiniz bir tahmindir: örnek hesaplama bunun için bir değer vermez.

# The add-a-service button.
add-service = Hizmet ekle

# Said when no service is left.
no-services = Hizmet yok: bu sade bir likit hisseleme; yalnızca Ethereum'un kesinti kuralları geçerli.

# Said when the maximum number of services is reached.
services-full = Bu hesaplayıcı en fazla sekiz hizmet alır.

# Legend of the slashing-model choice.
model-legend = Hizmetlerin kesinti riskleri nasıl birleşir?

# The independent choice.
model-independent = Bağımsız: her hizmet kendi başına başarısız olabilir

# The correlated choice.
model-correlated = Birlikte: tek bir ortak operatör; tek bir hata her hizmetin kesinti uygulamasına yol açar

# The allocated choice.
model-allocated = Dilimler hâlinde: her hizmet, hissenin yalnızca kendisine ayrılan payını kesebilir (EigenLayer'da 17 Nisan 2025'ten beri)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = Buradaki varsayım: her hizmet kendi oranını yalnızca kendi dilimi üzerinden öder. EigenLayer'da ise bir hizmet, ödüllerini bunun yerine operatörlerine devredilen hissenin tamamına göre ağırlıklandırabilir (Mart 2026'dan beri).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = Daha fazla ayar

# What that group holds, said on its toggle.
more-holds = yıllık olasılıklar, kesinti modeli, ücretler, gerçek rotalar, adlar, grafik yılları

# The legend of the route presets.
routes-legend = Gerçek bir rotadan başlayın

# What a route preset changes, and what it keeps.
routes-hint = Bir rota seçtiğinizde yol, ücretler ve kesinti modeli ona göre ayarlanır. Hisselediğiniz miktar, oranlar ve olasılıklar olduğu gibi kalır.

# Said when the fees, path and model match no route.
route-custom = Yol, ücret ve modelin size özel bir karışımı.

# The fees toggle.
fees-summary = Her katmandaki ücretler (örnek hesaplamada yok)

# The reset button.
reset = Örnek hesaplamaya dön

# Heading of the results.
results-title = Toplamda ne eder

# The toggle of the sources part's full list.
sources-all = Her bilgi, tarihi ve kaynağıyla
sources-loading = Kaynaklar yükleniyor…
sources-failed = Kaynaklar yüklenemedi. Yeniden denemek için sayfayı yenileyin.

# The toggle of the glossary's definitions.
glossary-open = Yeni başlayanların takıldığı kelimeler ve anlamları

# The dismiss-notices button.
dismiss = Kapat

# Heading of the chart.
chart-title = Yıllar içinde

# Explains the chart's assumptions.
chart-hint = Ödüller ödenir ama yeniden yatırılmaz (bileşik getiri yok); kesinti yılın ortasında olur.

# Shown in place of a result that does not exist.
none-text = yok

# The fan-out's heading.
fan-title = Tek depozito, birçok görev

# The line under the fan-out's heading.
fan-lead = Hisselenmiş ETH'niz zaten Ethereum'u güvence altına alır. Yeniden hisselendiğinde aynı depozito bir [operatöre](operator) devredilir; operatör, depozitonun desteklediği [hizmetleri](avs) çalıştırır: her hizmet kendi dalı boyunca kendi ödülünü öder ve her biri kendi oku boyunca depozitoyu kesebilir.

# The play/pause button while the animation runs.
pause = Animasyonu duraklat

# The play/pause button while the animation is paused.
play = Animasyonu oynat

# Before the simulate-a-slash buttons.
simulate-label = Kesinti simüle etmek için seçin:

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = Bir hizmetteki hata, hesaplayıcıda belirlenen kesinti büyüklüğü kadarını alır. Ethereum'un kendi kesintisi farklıdır: küçük bir ilk ceza (Mayıs 2025'ten beri bakiyenin 4096'da 1'i), kalanın yaklaşık 36 gün kilitli kaldığı zorunlu bir çıkış ve aynı anda çok sayıda doğrulayıcı kesildiğinde daha fazlasının alınması. EigenLayer'da kesilen tutar, yakılmadan ya da ödenmeden önce 7 gün bekletilir: bu süre kesintiyi askıya almaya fırsat verir, geri almaya değil.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = Merak edenler için: bir kesinti nereye kadar uzanır, Ethereum'un kendi kesintisi nasıl işler

# The toggle of a step's other ways in.
flow-curious = Diğer giriş yolları: kendi doğrulayıcınız ya da bir likit yeniden hisseleme jetonu

# The toggle of the exit timeline's dated rules.
timeline-curious = Merak edenler için: bu bekleme sürelerinin ardındaki kurallar

# The undo button.
undo-slash = Son kesintiyi geri al

# The name of the Ethereum branch.
ethereum = Ethereum

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = Çıkış: her katmanda bekleyin

# The service name's label.
service-name = Ad

# The remove-a-service button.
remove = Kaldır

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = yıl

# The chart's mark at the slash.
chart-slash = kesinti

# The chart's mark at the reader's guess.
chart-guess = tahmininiz

# Heading of the calculator's line about simulated slashes.
after-title = Simüle edilen kesintilerden sonra

# The label of a guess's slider.
guess-label = Tahmininiz

# The button that commits a guess.
guess-check = Tahminimi kontrol et

# The toggle that shows an answer without a guess.
guess-skip = Tahmin etmeden göster

# The same toggle once the answer is on show.
guess-answer = Cevap

# Offered when the numbers changed after an answer was shown.
guess-again = Bu sayılarla yeniden sor

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = Peki o tek kesinti, hizmetlerin kaç yıllık ek ödülünü silip götürür?

# The story's control, stopped.
story-play = ▶ Hikâyeyi oynat

# The story's control, playing.
story-pause = ❚❚ Hikâyeyi duraklat

# What the story is, beside its control.
story-hint = Yeni mi başlıyorsunuz? Diyagram üzerinde anlatılan beş adımı izleyin; her biri birkaç saniye sürer.

# The story caption's button that moves on before the beat's time is up.
story-next = Sonraki ›

# Announced at the story's slash.
story-slash = Bir hizmet kesinti uyguluyor: depozitonun küçülmesini izleyin.

# The flow's heading.
flow-title = ETH'den yeniden hisselemeye beş adım

# The line under the flow's heading.
flow-lead = Bir [doğrulayıcı](validator) çalıştırmadan da yeniden hisseleyebilirsiniz: bir [likit hisseleme jetonu](lst) ve bir yeniden hisseleme protokolü aracılığıyla ya da sade ETH'nizi ikisini birden yapan bir likit yeniden hisseleme protokolüne vererek.

# The back button.
back = ← Geri

# The next button.
next = İleri →

# Label of the step list.
steps-label = Yeniden hisselemenin adımları

# "Risk it adds:" before each step's risk.
risk-added = Eklediği risk:

# The native path, shown beside steps 1 and 2.
native-title = Ya da: yerel yeniden hisseleme

# What the native path is.
native-body = Kendi doğrulayıcınızı çalıştırıyorsanız (en az 32 ETH), LST'yi atlayabilir ve doğrulayıcının [çekim kimlik bilgilerini](withdrawal-credentials) bir EigenPod'a, yani yeniden hisseleme protokolünde size ait bir sözleşmeye yönlendirebilirsiniz. Güvenmeniz gereken bir jeton ya da LST sözleşmesi yoktur; ama doğrulayıcıyı siz çalıştırırsınız (ya da bunun için bir sağlayıcıya ödeme yaparsınız) ve sürekli çevrimiçi kalmasından siz sorumlusunuz. Ayrıca yeni bir doğrulayıcı önce Ethereum'un giriş kuyruğunda bekler (Temmuz 2026'da 50 günden fazla).

# The third path: a liquid restaking token.
lrt-title = Ya da: bir likit yeniden hisseleme jetonu

# What the liquid restaking path is.
lrt-body = Kendi doğrulayıcınız olmadan 1'den 3'e kadar olan adımları da atlayabilirsiniz: sade ETH'yi ya da zaten elinizde olan bir LST'yi ether.fi, Renzo, Kelp veya Puffer gibi bir likit yeniden hisseleme protokolüne yatırırsınız. Protokol, yatırdığınızı çoğunlukla EigenLayer'da yeniden hisseler, operatörleri ve hizmetleri sizin için seçer ve size alıp satabileceğiniz bir likit yeniden hisseleme jetonu (LRT) verir. Protokolün kendi ücreti diğerlerinin üzerine eklenir ve jetonu da diğer her jeton gibi ETH ile paritesini kaybedebilir (de-peg).

# Label of the path choice.
path-legend = Diyagramda ve çıkışta gösterilen yol

# The exit timeline's heading.
timeline-title = Çıkış ne kadar sürer

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = EigenLayer'ın çekim gecikmesi, 17 Nisan 2025'teki kesinti güncellemesinden beri yaklaşık 14 gün olarak uygulanıyor (öncesinde 7 gündü) ve bir protokol bunu yeniden değiştirebilir. Ethereum her 6,4 dakikada en fazla 256 ETH girişine ve 256 ETH çıkışına izin verir; bu yüzden her iki yöndeki kuyruklar da bekleyen az olduğunda kısadır, çok olduğunda haftalar sürer: çıkış kuyruğu Eylül 2025'te 46 günü, giriş kuyruğu Temmuz 2026'da 50 günü geçti.

# The sources part's heading.
sources-title = Kaynaklar ve tarihler

# The line under the sources part's heading.
sources-lead = Burada bir protokol hakkında belirtilen her kural ve rakam, tarihiyle ve kaynağın kendi sözleriyle. Protokoller kurallarını değiştirir: birine güvenmeden önce kontrol edin.

# The glossary's heading.
glossary-title = Burada kullanılan terimler

# The accessible name of the box a citation mark opens.
fact-pop-label = Kaynak

# The close button of a term's popover.
close = Kapat

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = Yükleniyor… (bunun için JavaScript gerekir)

# The whole explainer's opening: the one idea in two sentences.
intro = [Hisseleme](staking) (staking), ETH'yi kilitler; böylece bu ETH, Ethereum'un bloklarına kefil olur. Karşılığında yeni ETH kazanır (buradaki örnek hesaplamada yılda yaklaşık %3,5), ama doğrulayıcısı kuralları çiğnerse bir kısmı alınır: buna [kesinti](slashing) (slashing) denir. Yeniden hisseleme (restaking) ise aynı hisselenmiş ETH'yi başka hizmetlere de ödünç verir: her biri üstüne bir ödül öder ve her biri de kendi kurallarının çiğnenmesi hâlinde onu kesebilir. Ek getirinin her yüzde puanı, ek riskle ödenir.

# Where the worked example comes from, said once, on the whole page only.
intro-source = Örnek hesaplama (32 ETH, iki hizmet, tek bir %5'lik kesinti), COINOTAG'ın Haziran 2026 tarihli “What Is Restaking?” başlıklı makalesinden alınmıştır.

# Label of the table of contents.
contents = Bu rehberde

# The toggle of the comparison's notes.
compare-curious = Merak edenler için: bu dördü birbirinin üzerine nasıl kurulur

# The label of the comparison's choice of column, on a phone.
compare-showing = Telefonda göster

# Where the comparison's pick and the risks' links lead back to.
back-compare = karşılaştırma

# See `BACK_COMPARE`.
back-risks = riskler

# The comparison's heading.
compare-title = Hisseleme, likit hisseleme, yeniden hisseleme, likit yeniden hisseleme

# The line under the comparison's heading.
compare-lead = Bu dördü kolayca karıştırılır, çünkü her biri bir öncekinin üzerine kurulur. Diyagramda nerede göründüğünü görmek için bir satır seçin.

# The table's caption (read by screen readers, shown above the table).
compare-caption = Sade hisseleme, likit hisseleme, yeniden hisseleme ve likit yeniden hisselemenin altı açıdan karşılaştırması; ödül ve kesinti satırları hesaplayıcının sayılarını kullanır.

# The heading of the row-heading column.
compare-dimension = Ölçüt

# The risks' heading.
risks-title = Tartmanız gereken altı risk

# The line under the risks' heading.
risks-lead = Yeniden hisseleme, tek bir depozitonun üzerine birkaç riski birden yığar ve yeni başlayanlar bunları çoğu zaman hafife alır. Her risk belirli bir adımda devreye girer.

# The toggle of a risk's real, dated case.
risk-case = Gerçek bir olay, tarihiyle

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = Nerede devreye girdiğini göster

# The closing judgement's heading.
judgement-title = Yeniden hisselemeden önce

# The toggle of the checklist.
checklist-title = Bir yeniden hisseleme protokolüne sorulacak beş soru

# The embed panel's toggle.
embed-title = Bu rehberi makalenize yerleştirin

# What the snippets are.
embed-hint = Her kod parçası tüm sayıları şu anki hâliyle taşır; böylece bu sayfanın varsayılanları ileride değişse bile okurlarınızın gördükleri değişmez. Element ve div sayfanızın genişliğine uyar, sayfanın stillerinden hiçbir şey devralmaz ve betiğin bütünlüğünü doğrular; iframe ise widget'i, boyutu içeriğe göre ayarlanan kendi çerçevesinde tutar.

# Legend of the parts to include.
embed-parts = Eklenecek bölümler

# The element snippet's label.
embed-element-label = Element ile yerleştirme

# The script snippet's label.
embed-script-label = Betik ile yerleştirme (bir div)

# The iframe snippet's label.
embed-frame-label = Iframe ile yerleştirme

# The pasted links' label.
embed-paste-label = Tek başına bir satıra yapıştırılacak bağlantı (WordPress, Ghost): her bölüm için bir tane, örnek hesaplamanın sayılarıyla

# Legend of the theme choice.
embed-theme = Renkler

# The preview's sample of the widget.
embed-preview-sample = Yılda 2,24 ETH

# Said in the panel when its code could not be loaded.
embed-failed = Yerleştirme kodu yüklenemedi. Yeniden denemek için sayfayı yenileyin.

# The image-and-link snippet's label (HTML).
embed-image-label = Bültenler ve betik çalıştırmayan sayfalar için bir resim ve bir bağlantı (HTML): her bölüm için bir tane, örnek hesaplamanın sayılarıyla

# The image-and-link snippet's label (Markdown).
embed-markdown-label = Aynı resim ve bağlantı, Markdown biçiminde

# The iframe's title, read by screen readers.
embed-frame-title = Yeniden hisseleme, anlaşılır dille: etkileşimli bir rehber

# The copy button.
copy = Kopyala

# The copy button after copying.
copied = Kopyalandı

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = Burada kopyalamaya izin verilmiyor, bu yüzden kod seçildi: kopyalamak için Ctrl+C'ye (Mac'te ⌘C'ye) basın.

# The line above a part's title on its picture.
picture-kicker = Yeniden hisseleme, anlaşılır dille

# The line above the whole explainer's title on its picture.
picture-kicker-page = Etkileşimli bir rehber

# The whole explainer's title on its picture.
picture-page-title = Yeniden hisseleme, anlaşılır dille

# The last line of every picture: the live widget is one click away.
picture-foot = Sayıları kendiniz değiştirmek için bağlantıyı açın.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = Kendi sayılarınızla kaydedin:

# When the browser would not make the file.
save-failed = Bu tarayıcı dosyayı burada oluşturamadı.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = Dosya indirilmediyse, bu çerçeveyi içeren sayfa indirmeleri engelliyor: kaydetmek için rehberi kendi sayfasında açın.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = bağımsız

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = ilişkili

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = dilimli

# A route's button text: the worked example.
route-name-article = Örnek hesaplama

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = EigenLayer'da Lido stETH

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = Bir likit yeniden hisseleme jetonu

# A route's button text: native restaking.
route-name-native = EigenLayer'da yerel yeniden hisseleme

# What a route sets, in a sentence: the worked example.
route-summary-article = Örnek hesaplamadaki senaryo: yeniden hisselenmiş bir LST, ücret yok ve her hizmet depozitonun tamamını kesebilir.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = Lido, hisseleme ödülünün %10'unu alır. Hizmetlerin ödediğinden EigenLayer %20'sini (burada iki hizmetin de bu ücrete katıldığı varsayılıyor), operatör de kalanın %10'unu (varsayılan oranı) alır. Her hizmet yalnızca kendi dilimini kesebilir.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = ETH'nizi, ödüllerin %10'unu alan bir likit yeniden hisseleme protokolüne yatırırsınız (Renzo'nun ezETH ücreti). Hizmetlerin ödediğinden EigenLayer %20'sini (katılım varsayılarak), operatör de kalanın %10'unu alır; dilimler EigenLayer'daki gibidir.

# What a route sets, in a sentence: native restaking.
route-summary-native = Kendi doğrulayıcınız, jeton yok: LST ücreti de yok. Hizmetlerin ödediğinden EigenLayer %20'sini (katılım varsayılarak), operatör de kalanın %10'unu alır; dilimler EigenLayer'daki gibidir.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = Hizmetin ulaşabildiği dilimin yüzdesi; hissenin tamamının değil.

# The line under a field: the base staking rate.
field-hint-base-rate = Her türlü ücretten önceki oran: stETH'ninki gibi ilan edilen bir LST oranından ücreti zaten düşülmüştür.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = Temel ödül üzerinden likit hisseleme protokolü alır.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = Katılmayı seçen hizmetlerin ödüllerinden, operatör komisyonundan önce EigenLayer alır (Mart 2026'dan beri %20).

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = Hizmetlerin ödedikleri üzerinden, hissenizi devrettiğiniz operatör alır.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = Bir likit yeniden hisseleme protokolü kullanıyorsanız, tüm ödüller üzerinden o alır.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = Toplam oran

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = Tek kesinti

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = Silinen yıllar

# The heading of a group of results: the rewards.
result-groups-rewards = Bir yıllık ödüller

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = Tek bir ağır kesinti

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = Riski tartmak

# A result's label: the base staking reward.
result-label-base-reward = Temel ödül, yıllık

# A result's label: the services' extra reward.
result-label-extra-reward = Hizmetlerden gelen ek ödül, yıllık

# A result's label: the total reward.
result-label-gross-reward = Toplam ödül, yıllık

# A result's label: the total yearly rate.
result-label-gross-apr = Toplam oran

# A result's label: what one severe slash takes.
result-label-slash-loss = Tek bir ağır kesintinin aldığı

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = Sildiği ek ödül yılları

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = En az bir ağır kesinti olasılığı, yıllık

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = Beklenen kesinti maliyeti, yıllık

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = Beklenen kesinti sonrası ödül, yıllık

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = Beklenen kesinti sonrası oran

# A result's label: the break-even chance.
result-label-breakeven-probability = Başa baş kesinti olasılığı, hizmet başına

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = silinecek ek ödül yok

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = yeniden hisseleme %100'e kadar her olasılıkta kârlı ya da kesilecek bir şey yok

# The label of a numeric input: the amount staked.
field-label-stake = Hisse miktarı

# The label of a numeric input: the base staking rate.
field-label-base-rate = Temel hisseleme oranı

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = Tek bir ağır kesintinin büyüklüğü

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = Likit hisseleme ücreti

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = EigenLayer protokol ücreti

# The label of a numeric input: the operator's commission.
field-label-commission = Operatör komisyonu

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = Likit yeniden hisseleme ücreti

# The label of a numeric input: a service's extra rate.
field-label-service-rate = Ek oran

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = Yıllık ağır kesinti olasılığı

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = Ayrılan dilim

# The label of a numeric input: the years the chart shows.
field-label-horizon = Gösterilen yıllar

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = Kesinti yılı

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % (yıllık)

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % (hissenin)

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % (temel ödüllerin)

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % (hizmet ödüllerinin)

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % (tüm ödüllerin)

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % (yıllık)

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % (hissenin)

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = yıl

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = Sade hisseleme

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = Yeniden hisseleme, kesintisiz

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = Yeniden hisseleme, tek kesintiyle

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = Örnek hesaplamadaki gibi çizildi: her hizmet depozitonun tamamını kesebilir. Tek bir hissenin birden çok ağda yeniden kullanıldığı yerlerde bu hâlâ geçerlidir; ama EigenLayer'da 17 Nisan 2025'ten beri her hizmet yalnızca operatörün kendisine ayırdığı dilimi kesebilir (hesaplayıcıda “Dilimler hâlinde”yi seçin).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = EigenLayer'da 17 Nisan 2025'ten beri olduğu gibi çizildi: operatör her hizmet için depozitodan bir dilim ayırır ve bir hizmet yalnızca kendi dilimini kesebilir.

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = Yeniden hisseleme protokolü

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = Doğrulayıcı

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = zincir dışındaki fiyatları zincire getirir

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = jetonları zincirler arasında taşır

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = rollup'ların verilerini erişilebilir tutar

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = Kalan hisse

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = Kaybedilen anapara

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = Sildiği ek ödül yılları

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = ETH'nizi hisseler ve karşılığında bir jeton, bir LST alırsınız: kazanmaya devam eden makbuzunuz.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = LST'yi bir yeniden hisseleme protokolüne yatırırsınız; herkesinkiyle aynı havuza girer.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = Bir operatör depozitonuzu her hizmet için çalıştırır: her hizmet, kesinti için bir yol daha demektir.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = Ethereum ve her hizmet, kendi dalı boyunca size bir ödül öder.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = Çıkmak için her katmanın bekleme süresini sırayla doldurursunuz; bu arada hâlâ kesinti uygulanabilir.

# The caption's title at the story's slash.
story-caption-slash-title = Bir hizmet kesinti uyguluyor

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = Depozitonuzun bir kısmı gitti. Ne kadar? Aşağıdaki ilk soru bunu size soruyor.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = ETH'yi hisseleyip LST alın

# Step 1's explanation, in two or three sentences.
steps-1-body = ETH'nizi bir likit hisseleme protokolü aracılığıyla hisseler ve karşılığında bir likit hisseleme jetonu (LST) alırsınız. Jeton makbuzunuzdur: Ethereum'un temel ödülünü kazanmaya devam eder; onu taşıyabilir, alıp satabilir ya da [DeFi](defi)'de kullanabilirsiniz.

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = LST protokolünün kendi sözleşmeleri ve jetonun, arkasındaki ETH'nin altında işlem görme olasılığı ([paritenin bozulması](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = LST'yi yatırın

# Step 2's explanation, in two or three sentences.
steps-2-body = LST'yi [EigenLayer](eigenlayer) gibi bir yeniden hisseleme protokolüne yatırırsınız; protokol onu binlerce başka depozitoyla aynı havuzda toplar. Bundan sonra pozisyonunuzu onun sözleşmeleri tutar.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = akıllı sözleşme riski: yeniden hisseleme katmanındaki bir hata, havuzdaki her depozitoya aynı anda ulaşabilir.

# Step 3's short title, for the step dot and heading.
steps-3-title = Bir operatöre devredin

# Step 3's explanation, in two or three sentences.
steps-3-body = Yeniden hisselenmiş bakiyenizin tamamını tek bir operatöre devredersiniz. Hizmetlere siz değil operatör katılır (EigenLayer bunlara AVS der) ve hizmetlerin ödediklerinden bir komisyon alır; başka bir oran belirlemedikçe %10. Her hizmet, Ethereum'unkilerin üzerine kendi kesinti kurallarını getirir ve Temmuz 2025'ten beri bir hizmet, operatör buna katılmışsa, kestiğini yakmak yerine kendi seçtiği bir alıcıya aktarabilir (yeniden dağıtım). Operatörünüz hissenizi yeni bir hizmet için hemen çalıştırabilir (tahsis gecikmesi 0 olabilir); sizin çıkışınız ise 14 gün sürer.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = üst üste binen kesintiler: her hizmet, operatörün sizin neden olmadığınız bir hatası yüzünden anaparanızı kaybetmenin bir yolu daha demektir; kestiğini kendine saklayan bir hizmetin de kesmek için bir nedeni vardır.

# Step 4's short title, for the step dot and heading.
steps-4-title = Katmanlı ödüller kazanın

# Step 4's explanation, in two or three sentences.
steps-4-body = Ödüller artık iki katmandan gelir: Ethereum'un temel ödülü artı her hizmetinki. Bir hizmet dilediği herhangi bir jetonla ödeme yapabilir; katılmayı seçen bir hizmet, ödemesinin önce %20'sini EigenLayer'a verir. EigenLayer'ın kendi EIGEN teşvikleri artık yalnızca ödeme yapan hizmetleri destekleyen hisseye gider (19 Mart 2026'dan beri). Her haftalık ödeme bir hafta sonra, değeri değişen bir tutar olarak talep edilebilir. Bir kesinti anaparayı, onunla birlikte de LST'nizin ya da LRT'nizin içinde biriken hisseleme ödüllerini alır.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = ödüller azalabilir, durabilir ya da değer kaybedebilir; tek bir ağır kesinti ise bir yıldan fazla ek ödülü silebilir.

# Step 5's short title, for the step dot and heading.
steps-5-title = Her katmandan çıkın

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = ETH'nizi geri almak için geldiğiniz yolu tersine yürürsünüz: önce yeniden hisseleme protokolünden çekersiniz, sonra LST'yi yeniden ETH'ye çevirirsiniz. Her katmanın kendi bekleme süresi vardır ([bağ çözme süresi](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = likidite ve gecikme: her katmanda beklersiniz; piyasadan hızlı bir çıkış ise paritenin altında satış anlamına gelebilir.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = Bir LST ile

# A path's name in the path choice: native restaking, your own validator.
path-name-native = Yerel

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = Bir LRT ile

# Step 5's explanation on the native path: the way out.
step-body-5-native = ETH'nizi geri almak için girdiğiniz sırayla çıkarsınız: önce doğrulayıcınız Ethereum'dan çıkar ve ETH'si EigenPod'unuza gelir; sonra onu yeniden hisseleme protokolünden çekersiniz. Her katmanın kendi bekleme süresi vardır ([bağ çözme süresi](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = ETH'nizi geri almak için LRT'yi, sizin yerinize yeniden hisseleme protokolünü ve Ethereum'u bekleyen kendi protokolünün kuyruğu aracılığıyla iade edersiniz ya da LRT'yi piyasada satarsınız. Her katmanın kendi bekleme süresi vardır ([bağ çözme süresi](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = gecikme: çok sayıda doğrulayıcı ayrılırken Ethereum'un çıkış kuyruğu haftalar sürebilir ve yeniden hisseleme protokolünün gecikmesi bitene kadar hisse hâlâ kesilebilir.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = Örnek hesaplamada her hizmet depozitonun tamamını kesebilir. EigenLayer'da ise 17 Nisan 2025'ten beri operatör her hizmete depozitodan bir dilim ayırır ve bir hizmet yalnızca kendi dilimini kesebilir.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = EigenLayer'da 17 Nisan 2025'ten beri operatör her hizmete depozitodan bir dilim ayırır ve bir hizmet yalnızca kendi dilimini kesebilir: dilimleri hesaplayıcının kaydırıcıları belirler.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = 0. gün

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = Yeniden hisseleme protokolünden çekim talebinizi sıraya koyarsınız. Depozitonuz hizmetlerin ödüllerini kazanmayı hemen bırakır, ama gecikme süresince uygulanan her kesinti ona yine işler.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = EigenLayer'ın çekim gecikmesi sona erer ve LST'nizi geri alırsınız.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = Ya LST'nin kendi çekim sırası, tam değerinde ETH için (Ethereum'un çıkış kuyruğuna bağlı olarak günler ila haftalar), ya da piyasada hemen bir takas; takas paritenin altında ödeyebilir.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = Doğrulayıcınız Ethereum'un çıkış kuyruğundan geçerek ayrılır: kuyruk, bekleyen az olduğunda kısadır, çok olduğunda haftalar sürer (Eylül 2025'te 46 gün). Temmuz 2025'ten beri çıkışı EigenPod'unuz da isteyebilir.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = Yaklaşık 27 saat, sonra günler

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = Çıkıştan sonra 256 epoch'luk sabit bir gecikme gelir; ardından doğrulayıcılara sırayla ödeme yapan çekim taraması, ETH'yi EigenPod'unuza aktarır.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = EigenLayer çekiminizi sıraya koyarsınız ve gecikme süresini beklersiniz; bu süre boyunca hisse hâlâ kesilebilir. Tam tutar için önceden sıraya konursa yukarıdaki adımlarla eş zamanlı ilerleyebilir.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = LRT'yi protokolünün çekim sırası aracılığıyla iade edersiniz; bu sıra günler ila haftalar içinde ödeme yapar: Renzo'nunki, rezervde ETH tuttuğunda yaklaşık bir hafta, EigenLayer'ın 14 gününü beklemesi gerektiğinde iki hafta ya da daha fazla sürer.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = Ya da hemen, bir ücret karşılığında

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = Renzo ve ether.fi bir rezervden hemen öder; bir ücret karşılığında ve yalnızca rezerv (ve ether.fi'nin hız sınırı) izin verdiği sürece.

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = Ya da hemen, piyasa fiyatından

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = LRT'yi piyasada, o an hangi fiyattan işlem görüyorsa o fiyattan satarsınız; bu fiyat, arkasındaki ETH'den düşük olabilir.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (likit hisseleme jetonu)

# A term as the glossary names it: slashing.
term-name-slashing = Kesinti (slashing)

# A term as the glossary names it: unbonding.
term-name-unbonding = Bağ çözme süresi (unbonding)

# A term as the glossary names it: validator.
term-name-validator = Doğrulayıcı

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = Çekim kimlik bilgileri

# A term as the glossary names it: service (AVS).
term-name-avs = Hizmet (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = Paritenin bozulması (de-peg)

# A term as the glossary names it: APR.
term-name-apr = APR (yıllık yüzde oranı)

# A term as the glossary names it: staking.
term-name-staking = Hisseleme (staking)

# A term as the glossary names it: operator.
term-name-operator = Operatör

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = Bir likit hisseleme protokolü aracılığıyla hisselediğiniz ETH karşılığında aldığınız jeton. Hisselenmiş ETH'yi ve ödüllerini temsil eder; hissenin kendisinden farklı olarak onu taşıyabilir, alıp satabilir ya da başka bir yere yatırabilirsiniz.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = Bir doğrulayıcı kuralları çiğnediğinde, örneğin birbiriyle çelişen iki blok imzaladığında, hisselenmiş ETH'sinin bir kısmını alan ceza. Yeniden hisselenen her hizmet, kesinti uygulayabilecek kendi kurallarını ekler.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = Hisselenmiş ETH'yi geri istemekle onu geri almak arasındaki bekleme. Her katmanın (Ethereum, yeniden hisseleme protokolü, LST ya da LRT) kendi bekleme süresi vardır.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = ETH ile hisselenmiş bir anahtar ve onunla gelen görevler: ödüller karşılığında ve kesinti riskini göze alarak Ethereum blokları önermek ve denetlemek. Bu görevleri, sizin ya da bir sağlayıcının çalıştırdığı düğüm yazılımı yerine getirir. Bir doğrulayıcı en az 32 ETH gerektirir; Mayıs 2025'ten beri bileşik (0x02) kimlik bilgilerine sahip bir doğrulayıcı 2.048 ETH'ye kadarını sayabilir.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = Bir doğrulayıcının ETH'sinin gittiği adres: doğrulayıcı çıktıktan sonra tamamı, o zamana kadar da 32 ETH'yi (0x01 kimlik bilgileri) ya da 2.048 ETH'yi (bir kısmını da isteyebilen bileşik 0x02) aşan birikim. Mayıs 2025'ten beri çıkışı da isteyebilir. Bunları bir EigenPod'a yönlendirmek, yerel yeniden hisselemenin işleyişidir.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = Yeniden hisselenmiş ETH'yi güvence olarak ödünç alan ve bunun karşılığını ödeyen bir ağ: fiyatları zincire getiren bir kâhin (oracle), jetonları zincirler arasında taşıyan bir köprü, rollup'ların verilerini erişilebilir tutan bir veri ağı. EigenLayer bunlara AVS (otonom doğrulanabilir hizmetler) der. Her biri kendi kesinti kurallarını belirler.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = Değeri bir ETH olması gereken bir jetonun piyasada daha düşük fiyattan işlem görmesi; genellikle birçok sahibinin aynı anda çıkmak istediği stres dönemlerinde olur.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = Yıllık yüzde oranı: bileşik getiri olmadan, yıllık ödülün hisseye oranı. 32 ETH üzerinden yılda 1,12 ETH, %3,5 APR demektir.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = ETH'yi bir doğrulayıcıda kilitlemek; böylece bu ETH, doğrulayıcının denetleyip eklediği bloklara kefil olur. Dürüst çalışma yeni ETH kazandırır; kuralları çiğnemek hissenin bir kısmını kaybettirir. Bir likit hisseleme protokolü aracılığıyla her miktar hisselenebilir.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = Yeniden hisselenmiş ETH için yazılımı çalıştıran bir şirket ya da kişi. Yeniden hisseleyenler bir operatöre devreder; operatör hizmetleri seçer ve hizmetlerin ödediklerinden bir komisyon alır; onun hataları, ona devredenlerin kesintiye uğramasına yol açabilir.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = Ethereum'daki en büyük yeniden hisseleme protokolü: yeniden hisselenmiş ETH'yi tutan ve hizmetlerin onun güvenliğini ödünç almasını sağlayan bir sözleşmeler kümesi.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = Merkeziyetsiz finans: bir blokzincirde sözleşmelerle yürüyen, arada hiçbir şirketin olmadığı borç verme, alım satım ve diğer para hizmetleri.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = Beş adım

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = Dört yolun karşılaştırması

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = Hesaplayıcı

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = Altı risk

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = Sade hisseleme

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = Likit hisseleme

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = Yeniden hisseleme

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = Likit yeniden hisseleme

# The seed's first point in prose, after the table.
compare-notes-1 = Likit hisseleme yapı taşıdır, yeniden hisseleme onun üzerine oturur: bir LST'yi hiç yeniden hisselemeden tutabilirsiniz.

# The seed's second point in prose, after the table.
compare-notes-2 = Örnek hesaplamanın alındığı makale, yeniden hisselemek için genellikle bir LST gerektiğini söyler. Bugün sade ETH'yi bir likit yeniden hisseleme protokolüne de (ether.fi, Renzo, Kelp) verebilir ya da kendi doğrulayıcınızı yerel olarak yeniden hisseleyebilirsiniz.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = Temel amaç

# A row heading of the comparison: the dimension compared.
compare-rows-hold = Elinizde tuttuğunuz

# A row heading of the comparison: the dimension compared.
compare-rows-reward = Ödül kaynağı

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = Kesintiye açıklık

# A row heading of the comparison: the dimension compared.
compare-rows-effort = Emek

# A row heading of the comparison: the dimension compared.
compare-rows-risk = Eklenen ana risk

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = Ethereum'u güvence altına almak ve temel ödülünü kazanmak

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = Hisselenmiş ETH'yi likit ve alınıp satılabilir tutmak

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = Hisselenmiş ETH'yi daha fazla hizmeti güvence altına almak için yeniden kullanmak

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = Hiçbir şey çalıştırmadan yeniden hisselemek ve alınıp satılabilir bir jeton tutmak

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = Bir doğrulayıcıda hisselenmiş ETH; doğrulayıcı sizin ya da bir sağlayıcının

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = Bir likit hisseleme jetonu (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = Bir yeniden hisseleme protokolüne yatırılmış bir LST (ya da yerel olarak yeniden hisselenmiş bir doğrulayıcı)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = eETH, ezETH, rsETH ya da pufETH gibi bir likit yeniden hisseleme jetonu (LRT)

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = Doğrulayıcıyı siz çalıştırırsanız yüksek, bir sağlayıcı aracılığıyla düşük

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = Tutmak zahmetsiz; jetonu DeFi'de de kullanırsanız emek ister

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = Daha zahmetsiz: hizmetleri iyi seçmesi için operatörünüze güvenirsiniz

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = En zahmetsiz: operatörleri ve hizmetleri sizin için protokol seçer

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = Doğrulayıcınızın kendi hataları

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = Piyasa riski: LST paritesini kaybedebilir

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = Üst üste binen kesintiler ve üst üste kurulan protokollerin karmaşıklığı

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = Yeniden hisselemenin tüm riskleri, artı LRT'nin sözleşmeleri ve kendi paritesini kaybetme riski

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = Ethereum'un temel ödülü

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = Aynı temel ödül eksi LST'nin ücreti, artı LST ile yürüttüğünüz DeFi stratejilerinin getirisi

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = yıllık, + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = Temel ödül artı hizmetlerin oranları, eksi ücretler

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = Aynısı, eksi LRT protokolünün kendi ücreti (hesaplayıcıdaki LRT ücreti)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = Yalnızca Ethereum'un kuralları

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 kural kümesi

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = Yalnızca Ethereum'un kuralları

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = Ethereum'unkiler artı operatörünüzün desteklediği her hizmetinkiler

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = Ethereum'unkiler artı protokolün operatörlerinin desteklediği her hizmetinkiler

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = Yüksek: anaparadan kaybettirebilir

# A risk's severity in words: costs money or time under stress.
severity-label-medium = Orta: stres altında maliyetli olur

# A risk's name: compounded slashing.
risks-slashing-title = Üst üste binen kesintiler

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = Desteklediğiniz her hizmet, depozitonuzu kesebilecek kendi kurallarını ekler. Sizin neden olmadığınız bir hata, bir operatörün hatası ya da bir hizmetin kodundaki bir hata, yine de anaparanızdan kaybettirebilir.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = Temmuz 2025'ten beri bir EigenLayer hizmeti, operatörün buna katıldığı durumlarda, kestiğini yakmak yerine belirlediği bir alıcı için saklayabilir; Haziran 2026'dan beri de bir kesinti, yakılmadan ya da ödenmeden önce 7 gün bekler.

# A risk's name: smart-contract risk.
risks-contracts-title = Akıllı sözleşme riski

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = Yeniden hisseleme, sözleşmeleri sözleşmelerin üzerine yığar: LST'ninkiler, yeniden hisseleme protokolününkiler, her hizmetinkiler. Bunlardan herhangi birindeki bir hata, onun üzerine kurulu katmanlara yayılabilir.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = Likidite ve paritenin bozulması

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = Stres altında bir LST, tam da birçok sahibinin çıkmak istediği anda temsil ettiği ETH'nin altında işlem görebilir. Yeniden hisselenmiş bir pozisyondan çıkmak da katman katman daha uzun sürer.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = 24 Nisan 2024'te likit yeniden hisseleme jetonu ezETH bazı piyasalarda 0,22 ETH'ye kadar düştü; iki Morpho borç verme piyasasında, ezETH teminatlı kredilerin 146 tasfiyesinden 145'i 23 dakika içinde gerçekleşti.

# A risk's name: complexity and integration.
risks-complexity-title = Karmaşıklık ve entegrasyon

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = Birlikte hareket eden protokol sayısı arttıkça, kimsenin öngörmediği etkileşim yolları da çoğalır. Birleşim noktalarındaki arızaları öngörmek de fiyatlamak da zordur.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = 18 Nisan 2026'da, Kelp'in tek bir onaylayıcıya (verifier) güvenen rsETH köprüsündeki sahte bir mesaj, karşılığında hiçbir yakım olmadan Ethereum rezervinden 116.500 rsETH serbest bıraktı; saldırgan bunların 89.567'sini teminat göstererek Aave'den borç aldı. Bir sektör fonu açığı kapattı ve Kelp, 25 Mayıs 2026'da rsETH'nin karşılığını yeniden sağladı.

# A risk's name: systemic concentration.
risks-concentration-title = Sistemik yoğunlaşma

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = Hisselenmiş tüm ETH'nin büyük bir kısmı tek bir protokol üzerinden yeniden hisselenirse, oradaki bir arıza aynı anda birçok ağa ulaşır. O zaman depozitonuz, birlikte etkilenen birçok depozitodan biridir.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = Nisan 2026'da, toplayıcı verilerine göre EigenLayer yeniden hisselenmiş toplam değerin yaklaşık %94'ünü tutuyordu.

# A risk's name: governance and regulatory risk.
risks-governance-title = Yönetişim ve düzenleme

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = Siz taahhütte bulunduktan sonra bir protokol parametrelerini değiştirebilir, kurallar da değişebilir. Üstlendiğiniz risk, her zaman sonunda taşıdığınız risk değildir.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = 17 Nisan 2025'te EigenLayer kesintiyi ekledi ve çekim gecikmesini 7 günden 14 güne, yani iki katına çıkardı; bu değişiklik, önceki kurallarla zaten beklemekte olan çekimler için de geçerli oldu.

# A question of the checklist before restaking.
checklist-track-record = Geçmiş performans: protokol ne zamandır çalışıyor, denetlendi mi ya da istismar edildi mi?

# A question of the checklist before restaking.
checklist-assets = Desteklenen varlıklar: hangi LST'leri ya da yerel hisseleri kabul ediyor ve bunların arkasında ne var?

# A question of the checklist before restaking.
checklist-net-yield = Risk sonrası net getiri: ücretler ve beklenen kesinti düşüldükten sonra geriye ne kalıyor?

# A question of the checklist before restaking.
checklist-exit = Çıkış işleyişi: her çekim gecikmesi ne kadar sürüyor ve hızlı bir çıkış için piyasa ne kadar derin?

# A question of the checklist before restaking.
checklist-curation = Seçim: depozitonuzun güvence altına aldığı hizmetleri kim, ne kadar açık biçimde seçiyor?

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = Makaleye uy

# An option of the theme choice: theme=light.
embed-theme-labels-light = Her zaman açık

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = Her zaman koyu

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = Beyaz bir makalede açık, koyu bir makalede koyu. Makaleyi göremeyen bir iframe içinde okurun sistem ayarını izler.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = Okurun sistem ayarı ne olursa olsun, her makalede açık.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = Okurun sistem ayarı ne olursa olsun, her makalede koyu.

# The preview's first sample article.
embed-preview-articles-white = Beyaz bir makale

# The preview's second sample article.
embed-preview-articles-dark = Koyu bir makale

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = ETH'yi yeniden hisseleme (restaking) üzerine etkileşimli bir anlatım: ne kazandırır, tek bir kesinti (slashing) neye mal olur, ek getiri ek riske ne zaman değer.

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = Dil

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
field-value-text-rate = yılda %{ $n }

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = yılda %{ $n }

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = hisseden %{ $n }

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = temel ödüllerden %{ $n }

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = hizmet ödüllerinden %{ $n }

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = tüm ödüllerden %{ $n }

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = hisseden %{ $n }, { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = dilimden %{ $n }

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = { $total } yılın { $year }. yılı

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } ({ $n }. hizmet)

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject } { $unit ->
        [eth] { $min } ile { $max } ETH arasında
        [stake-share] hissenin %{ $min } ile %{ $max } arasında
        [base-rewards] temel ödüllerin %{ $min } ile %{ $max } arasında
        [service-rewards] hizmet ödüllerinin %{ $min } ile %{ $max } arasında
        [all-rewards] tüm ödüllerin %{ $min } ile %{ $max } arasında
        [years] { $min } ile { $max } yıl arasında
       *[rate] yılda %{ $min } ile %{ $max } arasında
    } olabilir; { $given ->
        [endless] sonsuz bir sayı
       *[other] { $given }
    } yerine { $used } kullanıldı.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject } hissenin %{ $min } ile %{ $max } arasında olabilir, çünkü geri kalanı diğer hizmetlere ayrılmış; { $given ->
        [endless] sonsuz bir sayı
       *[other] { $given }
    } yerine { $used } kullanıldı.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject } { $min } ile { $max } arasında, yani gösterilen yıllardan biri olabilir; { $given ->
        [endless] sonsuz bir sayı
       *[other] { $given }
    } yerine { $used } kullanıldı.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = Dilimlerin toplamı hissenin %100'ünü aşıyordu (%{ $total }); toplamları %100 olacak şekilde orantılı olarak küçültüldü.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: “{ $given }” bir sayı değil, bu yüzden değeri korundu.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: bu bir sayı değil, bu yüzden değeri korundu.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = { $given } hizmet verildi; hesaplayıcı en fazla 8 hizmet alır, bu yüzden ilk 8 hizmet kullanıldı.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = “{ $param }” listesinde { $expected } hizmet için { $given } değer var; eksik olanlar varsayılan değerlerini korur, fazlaları yok sayılır.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = “{ $given }”, “{ $param }” için geçerli bir seçenek değil, bu yüzden yok sayıldı.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = { $rate } oranla hisselenen { $stake }, yılda yaklaşık { $base } kazandırır.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = { $rate } oranla hisselenen { $stake }, { $fees } yılda yaklaşık { $base } kazandırır.

# The narration's second sentence when no service is backed.
narration-no-services = Hiçbir hizmet desteklenmediği için ne ek ödül ne de ek kesinti riski var.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = Bunu { $n } hizmeti desteklemek için yeniden hisselemek { $extra } daha ekler; toplam { $gross } (yılda { $apr }).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = Bunu { $n } hizmeti desteklemek için yeniden hisselemek, { $fees } { $extra } daha ekler; toplam { $gross } (yılda { $apr }).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] Ama en büyük dilimde { $slash } oranında tek bir kesinti { $loss } götürür; bu, { $years } boyunca kazanılan ek ödüle eşittir.
       *[other] Ama { $slash } oranında tek bir kesinti { $loss } götürür; bu, { $years } boyunca kazanılan ek ödüle eşittir.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] Ama en büyük dilimde { $slash } oranında tek bir kesinti { $loss } götürür; bu, tam bir yıldan uzun süre ({ $years }) kazanılan ek ödüle eşittir.
       *[other] Ama { $slash } oranında tek bir kesinti { $loss } götürür; bu, tam bir yıldan uzun süre ({ $years }) kazanılan ek ödüle eşittir.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] Ama en büyük dilimde { $slash } oranında tek bir kesinti { $loss } götürür; bu, tam olarak bir yıllık ek ödüle eşittir.
       *[other] Ama { $slash } oranında tek bir kesinti { $loss } götürür; bu, tam olarak bir yıllık ek ödüle eşittir.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] Ama en büyük dilimde { $slash } oranında tek bir kesinti { $loss } götürür ve bunu telafi edecek bir ek ödül yoktur.
       *[other] Ama { $slash } oranında tek bir kesinti { $loss } götürür ve bunu telafi edecek bir ek ödül yoktur.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = Kesinti büyüklüğü %0 olduğunda kesinti burada hiçbir şeye mal olmaz.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = { $first } düşüldükten sonra

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = { $first } ve { $second } düşüldükten sonra

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = { $first }, { $second } ve { $third } düşüldükten sonra

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = LST'nin ücreti ({ $rate })

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = LRT'nin ücreti ({ $rate })

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = EigenLayer'ın ücreti ({ $rate })

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = operatörün komisyonu ({ $rate })

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = Hiçbir hizmet desteklenmediği için tartılacak bir olasılık da yok.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = { $model ->
        [correlated] Ağır bir kesinti için tek bir ortak olasılık
        [allocated] Her hizmetin kendi dilimini kesme olasılığı
       *[independent] Her hizmetin kendi ağır kesinti olasılığı
    } hesaba katıldığında (toplamda yılda { $chance }), beklenen maliyet yılda { $cost } olur ve geriye { $left } ({ $rate }) kalır.

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = Her hizmetin olasılığı yılda { $chance } değerini aştığında, { $name } modelde ek ödül artık riskini karşılamaz.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = Bu olasılıklarla kesinti yılda ortalama { $cost } tutar ve geriye { $left } ({ $rate }) kalır.

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = Toplam yılda { $gross } ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = Tek bir ağır kesinti { $loss } götürür: { $years } boyunca kazanılan ek ödül.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = Tek bir ağır kesinti { $loss } götürür.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = Beklenen kesinti sonrası { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = { $years } sonunda sade hisseleme { $plain }, kesintisiz yeniden hisseleme { $restaked }, { $year }. yılda { $slash } oranında tek kesintiyle yeniden hisseleme ise { $slashed } düzeyine ulaşır.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ { $place } bölümüne dön

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = Operatör: hizmetleri seçer ve onların ödediklerinden { $commission } alır.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"; "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = Hizmet { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = temel { $rate }

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/yıl

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = { $stake } tutarında tek bir depozito, Ethereum'u yılda { $rate } getiriyle güvence altına alır ve başka hiçbir hizmeti desteklemez.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = { $stake } tutarında tek bir depozito, Ethereum'u yılda { $rate } getiriyle güvence altına alır; ayrıca depozitonun devredildiği operatörün yürüttüğü { $n } hizmeti de destekler (operatör { $commission } alır): { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {", "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = Ethereum depozitonun tamamını kesebilir; her hizmet ise yalnızca kendi dilimini ({ $slices }) kesebilir ve tek bir ağır kesinti o dilimden { $slash } alır.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = { $n } dalın her biri depozitoyu kesebilir; tek bir ağır kesinti depozitodan { $slash } alır.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = Simüle edilen { $count } kesintiden sonra { $stake } tutarındaki hisseden { $left } kaldı: { $lost } kaybedildi, bu da { $years } boyunca kazanılan ek ödül kadardır.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = Simüle edilen { $count } kesintiden sonra { $stake } tutarındaki hisseden { $left } kaldı: { $lost } kaybedildi.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = Ethereum: önce −{ $loss }, ardından zorunlu çıkış

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: −{ $loss }, kalan { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = { $n } hizmetin tümü: −{ $loss }, kalan { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = { $amount } tutarında bir dilim; hisseden { $unallocated } hiçbir hizmete ayrılmamış.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = Tahmininiz ({ $guess }) tam isabet.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = Tahmininiz ({ $guess }) { $miss } fazla.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = Tahmininiz ({ $guess }) { $miss } eksik.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] Burada ağır bir kesinti, bir hizmetin ulaşabildiği dilimden { $slash } alır (örnek hesaplamanın rakamı: gerçek hizmetler kendi oranlarını belirler). Önce tahmin edin: bu, { $stake } tutarındaki hissenizin ne kadarına denk gelir?
       *[other] Burada ağır bir kesinti, bir hizmetin ulaşabildiği kısımdan { $slash } alır (örnek hesaplamanın rakamı: gerçek hizmetler kendi oranlarını belirler). Önce tahmin edin: bu, { $stake } tutarındaki hissenizin ne kadarına denk gelir?
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] Tek bir ağır kesinti { $loss } götürür: { $n } hizmetin her birinde aynı anda { $slash }, çünkü ortak tek bir hata hepsinde kesintiye yol açar. Diyagram bu tutarın depozitodan çıktığını gösteriyor.
        [allocated] Tek bir ağır kesinti { $loss } götürür: en büyük dilimden, yani tek bir hizmetin ulaşabileceği en büyük kısımdan { $slash }. Diyagram bu tutarın depozitodan çıktığını gösteriyor.
       *[independent] Tek bir ağır kesinti { $loss } götürür: her hizmetin ulaşabildiği hisseden { $slash }. Diyagram bu tutarın depozitodan çıktığını gösteriyor.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: kesinti { $loss } götürür, hizmetler yılda { $extra } ekler ve { $loss } ÷ { $extra } = { $years }.

# The second question's answer when there is no extra reward.
answer-years-erased-none = Hiç: ek ödül olmadığı için kesintinin silebileceği bir şey yok.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = “Yeniden hisseleme, tek kesintiyle” çizgisi { $years } sonunda nerede biter? Tahmin edin: grafiğe dokunun ya da kaydırıcıyı kullanın.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = Tek kesintiyle yeniden hisseleme { $slashed } düzeyinde biter; kesintisiz yeniden hisseleme { $restaked }, sade hisseleme ise { $plain } düzeyinde.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = Adım { $step }/{ $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = { $step }. adımda devreye girer: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = Hesaplayıcının sayılarıyla operatörünüz { $n } hizmeti destekliyor: Ethereum'unki dahil toplam { $sets } kesinti kuralı kümesi.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = Hesaplayıcının sayılarıyla: Ethereum'dan yılda { $base }, hizmetlerden { $extra }; toplam { $gross } ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = { $days }. gün

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = { $days }. gün ve sonrası

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = Ardından { $days } gün

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = Diyagramda vurgulanan: 1. adım, likit bir jeton karşılığında ETH hisseleme.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = Diyagramda vurgulanan: 2. adım, yeniden hisseleme protokolüne yatırılan depozito.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = Diyagramda vurgulanan: 3. adım, operatör ve onun katıldığı hizmetlere giden dallar.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = Diyagramda vurgulanan: 4. adım, her dal boyunca geri akan ödüller.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = Diyagramda vurgulanan: 5. adım, her katmandan geçen çıkış yolu.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = Diyagramda vurgulanan: kesinti okları; her dal için bir tane, her biri anaparayı kaybetmenin bir yolu.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = Kaynak { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = Kaynak { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = , { $date }; kontrol tarihi: { $checked }.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = yıllık, { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n } kural kümesi

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = Hiçbir hizmet desteklenmediği için yalnızca Ethereum'un kendi kuralları kesinti uygulayabilir.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = Hesaplayıcının sayılarıyla: { $n } hizmette yılda en az bir ağır kesinti olasılığı { $chance }, beklenen maliyet yılda { $cost }.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = Temel oranı (burada { $base }) tabanınız sayın. Hizmetlerin bunun üzerine eklediği yıllık { $extra } ise fazladan { $n } kesinti kuralı kümesi taşımanızın karşılığıdır: bunun için yeterince ödeyip ödemediğini sorun ve kesildiğini görmeye katlanabileceğinizden fazlasını asla yeniden hisselemeyin.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = Yeniden hisselenen { $stake }: { $base } + { $extra } = yılda { $gross } ({ $rate }). { $slash } oranında tek bir kesinti { $loss } götürür.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = Bu şekli { $format } olarak kaydet

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = Kaynak: “Yeniden hisseleme, anlaşılır dille”, { $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = Üzgünüz, yeniden hisseleme rehberi çalışmayı durdurdu. Tekrar denemek için sayfayı yenileyin; makalenin metni bundan etkilenmez.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }, tam değer

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }, tam değer, birim: { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = Kâhin

# The second: a bridge between chains.
service-name-bridge = Köprü

# The third, when added: a data availability layer.
service-name-data-layer = Veri katmanı

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = Hizmet { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = Örnek hesaplama: yılda yaklaşık %3,5 getiriyle 32 ETH, yaklaşık 1,12 ETH kazandırır; %2 ve %1,5 fazladan ödeyen iki hizmet bunu yaklaşık 2,24 ETH'ye, yani yaklaşık %7'ye çıkarır; %5'lik tek bir ağır kesinti 1,6 ETH götürür. Örnek, ücretleri hesaba katmaz.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = EigenLayer'ın kesinti (slashing) güncellemesi (benzersiz hisse, unique stake): bir operatör kendisine devredilen hissenin bir payını, varlık varlık, her hizmetin operatör kümesine ayırır; paylar toplamda en fazla %100 olabilir ve bir hizmet yalnızca kendisine ayrılan hisseyi kesebilir.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = Bir EigenLayer operatörü varsayılan olarak bir hizmetin ödüllerinin %10'unu kendine alır ve bu oranı %0 ile %100 arasında istediği gibi belirleyebilir; bir değişiklik 7 gün sonra yürürlüğe girer.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = Lido, hisseleme ödüllerinin %10'unu alır: yarısı düğüm operatörlerine, yarısı hazinesine gider; bu ücreti DAO'su değiştirebilir.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = Renzo, ezETH için yeniden hisseleme yoluyla kazanılan ödüllerin %10'unu alır; diğer likit yeniden hisseleme protokolleri kendi ücretlerini belirler.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = EigenLayer'ın çekim gecikmesi 100.800 blok, yani yaklaşık 14 gündür ve bu süre boyunca hisse hâlâ kesilebilir; kesinti güncellemesinden önce bu süre 7 gündü.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = Pectra güncellemesinden beri kesintiye uğrayan bir doğrulayıcı önce etkin bakiyesinin 4096'da birini kaybeder (32 ETH'de yaklaşık 0,008 ETH); yaklaşık 18 gün sonra gelen bir korelasyon cezası, çok sayıda doğrulayıcı aynı anda kesintiye uğradığında çok daha fazlasını alabilir.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = Pectra güncellemesinden beri bileşik (0x02) kimlik bilgilerine sahip bir doğrulayıcı 2.048 ETH'ye kadarını sayabilir; 0x01 kimlik bilgilerine sahip olan ise hâlâ en fazla 32 ETH sayar ve asgari tutar hâlâ 32 ETH'dir.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = Kesintiye uğramamış bir doğrulayıcı çıktıktan sonra ETH'si sabit 256 epoch, yani yaklaşık 27 saat sonra çekilebilir hâle gelir.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = Ardından çekim taraması doğrulayıcılara sırayla, blok başına en fazla 16 çekim (günde yaklaşık 115.200) olmak üzere ödeme yapar; bu yüzden taramanın bir turu günler sürer: 800.000 çekim için yaklaşık 7 gün.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = Ethereum'un doğrulayıcı çıkış kuyruğu, hisseleme sağlayıcısı Kiln'in tüm doğrulayıcılarını çıkarmayı seçmesinin ardından Eylül 2025'in ortasında yaklaşık 46 güne ulaştı: o güne kadarki en uzun bekleme.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = EigenLayer hizmetleri ödülleri seçtikleri herhangi bir ERC-20 jetonuyla öder; ödemeler haftalık olarak yayımlanır ve bir hafta sonra talep edilebilir.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = EigenLayer, AVS'lerin açılımını “aktif olarak doğrulanan hizmetler” (actively validated services) yerine “otonom doğrulanabilir hizmetler” (autonomous verifiable services) olarak değiştirdi; değişen yalnızca sözcüklerdir.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = ether.fi, Renzo ve Kelp gibi likit yeniden hisseleme protokolleri, stETH gibi LST'lerin yanı sıra yalın ETH de kabul eder ve karşılığında bir likit yeniden hisseleme jetonu (eETH, ezETH, rsETH) verir.

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = 24 Nisan 2024'te Renzo'nun ezETH'si bazı piyasalarda yaklaşık bir saat boyunca 0,22 ETH'ye kadar düştü: likidite zayıftı ve ezETH henüz ETH'ye geri çevrilemiyordu.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = İki Morpho borç verme piyasasında, ezETH teminatlı kredilerin 146 tasfiyesinden 145'i, 24 Nisan 2024'te saat 02:29 UTC'deki ilk tasfiyeden sonraki 23 dakika içinde gerçekleşti.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = EigenLayer 17 Nisan 2025'te kesintiyi devreye aldı ve çekim gecikmesini 7 günden 14 güne çıkardı; önceki kurallarla zaten sıraya girmiş çekimler de daha uzun gecikmeyi beklemek zorunda kaldı.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = Toplayıcı verilerine göre Nisan 2026'da EigenLayer yeniden hisselenmiş toplam değerin yaklaşık %94'ünü tutuyordu; Symbiotic yaklaşık 0,9 milyar dolar, Karak ise yaklaşık 0,1 milyar dolar tutuyordu.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = Aynı ayın bir EigenLayer iyileştirme önerisine göre, Temmuz 2026'da Ethereum'un yeni doğrulayıcılar için giriş kuyruğu 50 günden uzundu.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = Pectra güncellemesinden beri 6,4 dakikalık her epoch'ta Ethereum'a en fazla 256 ETH hisse girer ve en fazla 256 ETH çıkar (her yönde günde 57.600 ETH); bunun ötesinde kalanlar giriş ya da çıkış kuyruğunda bekler.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = Temmuz 2025'ten beri EigenLayer'daki bir hizmet, yeniden dağıtılabilir bir operatör kümesi oluşturabilir: kestiği yakılmaz, başta belirlediği bir alıcıya gider. Ayırmayı yalnızca operatörler yapar: bir hisseleyenin hissesi, daha önce devredilmiş olanlar da dahil, operatörü böyle bir kümeye ayırma yaptığı anda yeniden dağıtılabilir hâle gelir. Yerel (native) ETH ve EIGEN yeniden dağıtılamaz.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = Haziran 2026'dan beri kesilen hisse, yakılmadan ya da yeniden dağıtılmadan önce 7 günlük (50.400 blokluk) bir kesinti çözüm gecikmesi bekler; bu gecikme çıkışın durdurulmasına olanak tanır, ancak hiçbir mekanizma bir kesintiyi geri alamaz.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = Mart 2026'dan beri (ödüller v2.2) bir hizmet ödüllerini kendisine ayrılan hisseye (benzersiz hisse) ya da operatörlerine devredilen tüm hisseye (toplam hisse) göre ağırlıklandırabilir.

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = 19 Mart 2026'dan beri EigenLayer'ın EIGEN teşvikleri yalnızca ücret ödeyen hizmetleri destekleyen hisseye, önceki ETH oranının yarısıyla gider (başlangıçta ETH hissesi için yalnızca EigenDA); yeniden hisselenmiş diğer ETH hiç teşvik kazanmaz.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = Pectra güncellemesinden beri (7 Mayıs 2025) bir doğrulayıcının çekim kimlik bilgileri, onun çıkışını yürütme katmanından tetikleyebilir; yalnızca bileşik (0x02) bir doğrulayıcı, bakiyesinin 32 ETH'yi aşan kısmından bir bölümünü de isteyebilir.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = 0x01 kimlik bilgilerine sahip bir doğrulayıcının 32 ETH'yi aşan bakiyesi otomatik olarak çekim adresine taranır. Bileşik (0x02) bir doğrulayıcı 2.048 ETH'ye kadar biriktirir ve yalnızca bunun üstündeki kısım taranır; bu sınırın altında kısmi çekimlerin ayrıca talep edilmesi gerekir.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = Temmuz 2025'ten beri bir EigenPod, doğrulayıcılarının çıkışlarını ve kısmi çekimlerini kendisi tetikleyebilir (EIP-7002); kısmi çekimler yalnızca bileşik (0x02) doğrulayıcılarda çalışır.

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = Renzo, ezETH'nin karşılığını ya bir çekim sırası üzerinden (kendi söylediğine göre bu 15 güne kadar sürebilir) ya da çekim tamponu boşaldıkça artan bir ücret karşılığında hemen öder; tamponu asgari seviyesinin altına düşürecek anlık bir çıkış reddedilir.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = ether.fi, eETH ve weETH'yi bir çıkış ücreti karşılığında, bir hız sınırı içinde ve yalnızca havuzunda belirli bir asgari tutardan fazlası bulunduğu sürece hemen ETH'ye çevirir; aksi hâlde, daha sonra ödenen bir çekim NFT'si için sıraya girersiniz.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = 18 Nisan 2026'da Kelp'in Unichain'den Ethereum'a giden rsETH köprü rotası, Unichain'de buna karşılık gelen bir yakım olmadan Ethereum tarafındaki rezervinden 116.500 rsETH serbest bıraktı ve diğer zincirlerdeki rsETH'nin karşılığı eksik kaldı; saldırgan 89.567 rsETH'yi Aave'ye yatırdı ve bunun karşılığında WETH ile wstETH borç aldı. Bir sektör fonu (“DeFi United”) açığı kapattı; Aave 14 Mayıs'ta rsETH çekimlerini yeniden açtı ve Kelp 25 Mayıs 2026'da karşılığı yeniden sağladı.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = Rota tek bir onaylayıcıya (verifier) güveniyordu (LayerZero Labs onaylayıcısıyla 1-of-1 yapılandırma); saldırganlar onun dayandığı RPC düğümlerinden ikisini ele geçirdi ve üçüncüsünü devre dışı bıraktı, böylece onaylayıcı hiç gerçekleşmemiş bir mesajı onayladı. Bu yapılandırmayı kimin seçtiği LayerZero ile Kelp arasında tartışmalı.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = Kesintiye uğrayan bir doğrulayıcı çıkmaya zorlanır ve kalan ETH'si ancak kesintiden 8.192 epoch (yaklaşık 36 gün) sonra, çıkış kuyruğu daha uzunsa daha da geç, çekilebilir hâle gelir.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = Her EigenLayer operatörü kendi ayırma gecikmesini, yani yeni bir ayırmanın geçerli ve kesilebilir hâle gelmesinden önceki beklemeyi kendisi belirler ve bu süre 0 olabilir: böyle bir operatör, devredilen hisseyi bir hisseleyenin ayrılabileceğinden (14 gün) daha hızlı, hemen yeni bir hizmetin riskine açabilir. Mayıs 2026'ya kadar, aralarında herkese açık operatörlerin de bulunduğu birkaç operatör bu süreyi 0'a ayarlamıştı.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = Mart 2026'dan beri EigenLayer'da bir hizmetin ödüllerini gönderen kişi, ödüllerden en baştan kesilen %20'lik bir protokol ücretine katılmayı seçebilir: operatörün komisyonu ve hisseleyenlerin payı kalan %80'den çıkar. Yalnızca bu ücreti ödeyen hizmetler EIGEN teşviklerine hak kazanır.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = Hisseleme, bir doğrulayıcı çalıştırmak için ETH yatırmaktır; doğrulayıcı işlemleri denetler ve yeni bloklar ekler, böylece Ethereum'u güvende tutar ve yeni ETH kazanır. Kuralları çiğneyen bir doğrulayıcı kesintiye uğrar: hissesinin bir kısmı alınır ve doğrulayıcı ağdan çıkarılır.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = Yeniden hisseleme anlatımı yükleniyor…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = Yeniden hisseleme anlatımı yüklenemedi.
