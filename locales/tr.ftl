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

# The exit path's label in the diagram.
exit-label = Çıkış: her katmanın bekleme süresini doldurun

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
