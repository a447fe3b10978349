# Restaking, explained: the Vietnamese words (vi), translated from en.ftl, the source.
#
# Same ids, same order and same placeholders as en.ftl; the comments stay in English for
# maintainers. Terms follow docs/glossary-vi.md. A machine translation: not yet reviewed
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
# A percentage; { $n } is the number. Vietnamese writes the sign right after it, with no
# space (3,5%).
number-percent = { $n }%
# An amount of ether.
number-eth = { $n }{"\u00A0"}ETH
# A span of years.
number-years = { $n ->
   *[other] { $n }{"\u00A0"}năm
}

## The widget's fixed sentences


# The calculator's heading.
calculator-title = Tự tính xem: lợi suất thêm có đáng với rủi ro thêm không?

# The line under the calculator's heading.
calculator-lead = Các thanh trượt bắt đầu từ một ví dụ mẫu: 32 ETH với khoảng 3,5% mỗi năm, được tái cổ phần cho hai dịch vụ trả thêm 2% và 1,5%. Kéo một thanh, các con số bên cạnh sẽ thay đổi theo ([APR](apr) là tỷ lệ hằng năm).

# The calculator's lead when a link or an embed starts it from other numbers.
calculator-lead-other = Các thanh trượt này bắt đầu từ những con số được chọn sẵn cho bạn; ví dụ mẫu (32 ETH với khoảng 3,5% mỗi năm, hai dịch vụ trả thêm 2% và 1,5%) chỉ cách một cú nhấp. Thay đổi bất cứ điều gì, mọi con số bên dưới sẽ thay đổi theo, tính bằng ETH mỗi năm và theo tỷ lệ hằng năm ([APR](apr)).

# Under the extra reward: what it is paid in.
reward-currency = Một dịch vụ có thể trả bằng bất kỳ token nào; giá trị của token đó tính theo ETH luôn biến động, nhưng ở đây được giữ cố định.

# Under the risk-adjusted rate: what it leaves out.
risk-adjusted-note = “Sau phạt cắt giảm kỳ vọng” chỉ tính riêng phạt cắt giảm, theo xác suất bạn đặt: không tính năm rủi ro còn lại, cũng không tính trường hợp xấu nhất.

# Legend of the inputs' group.
inputs-legend = Vị thế của bạn

# Legend of the services' group.
services-legend = Các dịch vụ mà ETH tái cổ phần của bạn bảo mật

# Explains what a service's probability is, and that it is a guess.
services-hint = Mỗi dịch vụ trả thêm một mức lợi suất và đặt thêm quy tắc phạt cắt giảm của riêng nó. Xác suất bị phạt cắt giảm nặng mỗi năm là con số bạn tự ước đoán: ví dụ mẫu không đưa ra con số nào.

# The add-a-service button.
add-service = Thêm dịch vụ

# Said when no service is left.
no-services = Không có dịch vụ nào: đây chỉ là góp cổ phần thanh khoản thông thường, chỉ chịu quy tắc phạt cắt giảm của Ethereum.

# Said when the maximum number of services is reached.
services-full = Công cụ tính này nhận tối đa tám dịch vụ.

# Legend of the slashing-model choice.
model-legend = Rủi ro phạt cắt giảm của các dịch vụ kết hợp với nhau thế nào?

# The independent choice.
model-independent = Độc lập: mỗi dịch vụ có thể gặp sự cố riêng

# The correlated choice.
model-correlated = Cùng nhau: một nhà điều hành chung, một lỗi dẫn đến phạt cắt giảm trên mọi dịch vụ

# The allocated choice.
model-allocated = Theo phần phân bổ: mỗi dịch vụ chỉ có thể phạt cắt giảm phần cổ phần dành riêng cho nó (EigenLayer áp dụng từ ngày 17 tháng 4 năm 2025)

# Under the model choice when slices are chosen: the calculator's assumption about pay.
allocated-pay = Giả định ở đây: mỗi dịch vụ trả mức lợi suất của mình trên phần phân bổ riêng cho nó. Trên EigenLayer, một dịch vụ có thể thay vào đó chia phần thưởng theo toàn bộ cổ phần được ủy quyền cho các nhà điều hành của nó (từ tháng 3 năm 2026).

# The calculator's group of settings beyond the essentials, closed at first.
more-title = Thêm cài đặt

# What that group holds, said on its toggle.
more-holds = xác suất hằng năm, mô hình phạt cắt giảm, phí, lộ trình thực tế, tên, số năm trên biểu đồ

# The legend of the route presets.
routes-legend = Bắt đầu từ một lộ trình thực tế

# What a route preset changes, and what it keeps.
routes-hint = Một lộ trình đặt sẵn con đường, các khoản phí và mô hình phạt cắt giảm. Cổ phần, lợi suất và xác suất của bạn được giữ nguyên.

# Said when the fees, path and model match no route.
route-custom = Tổ hợp con đường, phí và mô hình của riêng bạn.

# The fees toggle.
fees-summary = Phí ở mỗi lớp (ví dụ mẫu không tính phí)

# The reset button.
reset = Về lại ví dụ mẫu

# Heading of the results.
results-title = Cộng lại thành bao nhiêu

# The toggle of the sources part's full list.
sources-all = Mọi dữ kiện, kèm ngày và nguồn
sources-loading = Đang tải nguồn…
sources-failed = Không tải được nguồn. Hãy tải lại trang để thử lại.

# The toggle of the glossary's definitions.
glossary-open = Giải nghĩa những từ người mới hay vấp

# The dismiss-notices button.
dismiss = Ẩn

# Heading of the chart.
chart-title = Qua các năm

# Explains the chart's assumptions.
chart-hint = Phần thưởng được chi trả, không gộp lãi; lần phạt cắt giảm xảy ra vào giữa năm.

# Shown in place of a result that does not exist.
none-text = không có

# The fan-out's heading.
fan-title = Một khoản gửi, nhiều việc

# The line under the fan-out's heading.
fan-lead = ETH đã góp cổ phần của bạn vốn đã bảo mật Ethereum. Khi tái cổ phần, chính khoản gửi đó được ủy quyền cho một [nhà điều hành](operator), bên vận hành các [dịch vụ](avs) mà khoản gửi bảo chứng: mỗi dịch vụ trả phần thưởng riêng dọc theo nhánh của mình, và mỗi dịch vụ đều có thể phạt cắt giảm khoản gửi dọc theo mũi tên của riêng mình.

# The play/pause button while the animation runs.
pause = Tạm dừng hoạt ảnh

# The play/pause button while the animation is paused.
play = Phát hoạt ảnh

# Before the simulate-a-slash buttons.
simulate-label = Mô phỏng phạt cắt giảm ở

# Under the simulate buttons: what a fault on each kind of branch takes.
simulate-note = Lỗi ở một dịch vụ sẽ lấy đi mức phạt cắt giảm đặt trong công cụ tính. Phạt cắt giảm của chính Ethereum thì khác: một hình phạt ban đầu nhỏ (1/4096 số dư, từ tháng 5 năm 2025), buộc thoát với phần còn lại bị khóa khoảng 36 ngày, và bị lấy thêm khi nhiều trình xác thực bị phạt cắt giảm cùng lúc. Trên EigenLayer, một lần phạt cắt giảm phải chờ 7 ngày trước khi bị đốt hoặc chi trả: đủ thời gian để tạm dừng, chứ không thể hoàn tác.

# The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
fan-curious = Cho người tò mò: phạt cắt giảm lan xa đến đâu, và phạt cắt giảm của chính Ethereum

# The toggle of a step's other ways in.
flow-curious = Những cách khác: trình xác thực của riêng bạn, hoặc token tái cổ phần thanh khoản

# The toggle of the exit timeline's dated rules.
timeline-curious = Cho người tò mò: các quy tắc đằng sau những khoảng chờ này

# The undo button.
undo-slash = Hoàn tác lần phạt cuối

# The name of the Ethereum branch.
ethereum = Ethereum

# The exit path's label in the diagram: one line, at most about 35 characters.
exit-label = Thoát: chờ qua từng lớp

# The service name's label.
service-name = Tên

# The remove-a-service button.
remove = Xóa

# The chart's y-axis unit.
chart-y-unit = ETH

# The chart's x-axis unit.
chart-x-unit = năm

# The chart's mark at the slash.
chart-slash = bị phạt

# The chart's mark at the reader's guess.
chart-guess = bạn đoán

# Heading of the calculator's line about simulated slashes.
after-title = Sau các lần phạt cắt giảm mô phỏng

# The label of a guess's slider.
guess-label = Bạn đoán

# The button that commits a guess.
guess-check = Kiểm tra dự đoán

# The toggle that shows an answer without a guess.
guess-skip = Cho tôi xem luôn

# The same toggle once the answer is on show.
guess-answer = Đáp án

# Offered when the numbers changed after an answer was shown.
guess-again = Hỏi lại với các số này

# The second question, after the first: how many years of extra reward that erases.
ask-years-erased = Vậy lần phạt cắt giảm đó xóa sạch bao nhiêu năm phần thưởng thêm từ các dịch vụ?

# The story's control, stopped.
story-play = ▶ Xem câu chuyện

# The story's control, playing.
story-pause = ❚❚ Tạm dừng câu chuyện

# What the story is, beside its control.
story-hint = Bạn mới tìm hiểu? Xem năm bước được kể trên sơ đồ, mỗi bước vài giây.

# The story caption's button that moves on before the beat's time is up.
story-next = Tiếp ›

# Announced at the story's slash.
story-slash = Một dịch vụ phạt cắt giảm: hãy xem khoản gửi co lại.

# The flow's heading.
flow-title = Năm bước từ ETH đến tái cổ phần

# The line under the flow's heading.
flow-lead = Bạn có thể tái cổ phần mà không cần chạy [trình xác thực](validator): qua một [token góp cổ phần thanh khoản](lst) và một giao thức tái cổ phần, hoặc bằng cách giao ETH thường cho một giao thức tái cổ phần thanh khoản làm cả hai việc.

# The back button.
back = ← Quay lại

# The next button.
next = Tiếp →

# Label of the step list.
steps-label = Các bước tái cổ phần

# "Risk it adds:" before each step's risk.
risk-added = Rủi ro thêm vào:

# The native path, shown beside steps 1 and 2.
native-title = Hoặc: tái cổ phần gốc

# What the native path is.
native-body = Nếu bạn tự chạy trình xác thực (ít nhất 32 ETH), bạn có thể bỏ qua LST và trỏ [thông tin xác thực rút tiền](withdrawal-credentials) của trình xác thực tới một EigenPod, một hợp đồng của riêng bạn trên giao thức tái cổ phần. Không có token hay hợp đồng LST nào phải tin tưởng, nhưng bạn phải chạy trình xác thực (hoặc trả tiền cho nhà cung cấp làm thay) và chịu trách nhiệm về thời gian hoạt động của nó, và một trình xác thực mới trước hết phải chờ trong hàng đợi kích hoạt của Ethereum (hơn 50 ngày vào tháng 7 năm 2026).

# The third path: a liquid restaking token.
lrt-title = Hoặc: token tái cổ phần thanh khoản

# What the liquid restaking path is.
lrt-body = Kể cả khi không có trình xác thực riêng, bạn cũng có thể bỏ qua các bước 1 đến 3: bạn gửi ETH thường, hoặc LST bạn đang giữ, vào một giao thức tái cổ phần thanh khoản như ether.fi, Renzo, Kelp hay Puffer. Giao thức này tái cổ phần, chủ yếu trên EigenLayer, chọn nhà điều hành và dịch vụ thay bạn, rồi trả lại cho bạn một token tái cổ phần thanh khoản (LRT) có thể giao dịch. Phí riêng của giao thức này cộng thêm vào các khoản phí khác, và token của nó có thể mất neo giá như mọi token khác.

# Label of the path choice.
path-legend = Con đường hiển thị trên sơ đồ và ở phần thoát

# The exit timeline's heading.
timeline-title = Đường ra mất bao lâu

# The exit timeline's stated assumptions, and the facts they rest on.
timeline-assumptions = Thời gian chờ rút tiền của EigenLayer là khoảng 14 ngày kể từ bản nâng cấp phạt cắt giảm ngày 17 tháng 4 năm 2025 (trước đó là 7 ngày), và giao thức có thể thay đổi lại. Ethereum chỉ cho tối đa 256 ETH vào và 256 ETH ra mỗi 6,4 phút, nên hàng đợi của nó, ở cả hai chiều, ngắn khi ít người chờ và kéo dài hàng tuần khi nhiều người chờ: hàng đợi thoát vượt 46 ngày vào tháng 9 năm 2025, hàng đợi kích hoạt vượt 50 ngày vào tháng 7 năm 2026.

# The sources part's heading.
sources-title = Nguồn và ngày tháng

# The line under the sources part's heading.
sources-lead = Mọi quy tắc và con số về một giao thức nêu ở đây đều ghi ngày, kèm nguyên văn của nguồn. Các giao thức có thể thay đổi quy tắc: hãy kiểm tra trước khi dựa vào.

# The glossary's heading.
glossary-title = Thuật ngữ dùng ở đây

# The accessible name of the box a citation mark opens.
fact-pop-label = Nguồn

# The close button of a term's popover.
close = Đóng

# What a closed toggle holds in the page's HTML until the live widget takes its place
# (see `components::later`): seen only by a reader without JavaScript, or one who opens
# it in the moment before the script has run.
later = Đang tải… (cần JavaScript)

# The whole explainer's opening: the one idea in two sentences.
intro = [Góp cổ phần](staking) (staking) khóa ETH để số ETH đó bảo chứng cho các khối của Ethereum: nó kiếm được ETH mới, khoảng 3,5% mỗi năm trong ví dụ mẫu ở đây, và một phần sẽ bị lấy đi nếu trình xác thực của nó vi phạm quy tắc ([phạt cắt giảm](slashing), tức slashing). Tái cổ phần (restaking) cho các dịch vụ khác mượn chính số ETH đã góp cổ phần đó: mỗi dịch vụ trả thêm một phần thưởng, và mỗi dịch vụ đều có thể phạt cắt giảm số ETH đó nếu quy tắc riêng của dịch vụ bị vi phạm. Mỗi điểm phần trăm lợi suất thêm đều phải trả bằng rủi ro thêm.

# Where the worked example comes from, said once, on the whole page only.
intro-source = Ví dụ mẫu (32 ETH, hai dịch vụ, một lần phạt cắt giảm 5%) lấy từ bài viết “What Is Restaking?” của COINOTAG, tháng 6 năm 2026.

# Label of the table of contents.
contents = Trong bài giải thích này

# The toggle of the comparison's notes.
compare-curious = Cho người tò mò: bốn cách này xếp chồng lên nhau thế nào

# The label of the comparison's choice of column, on a phone.
compare-showing = Cột hiển thị

# Where the comparison's pick and the risks' links lead back to.
back-compare = phần so sánh

# See `BACK_COMPARE`.
back-risks = phần rủi ro

# The comparison's heading.
compare-title = Góp cổ phần và tái cổ phần: thông thường và thanh khoản

# The line under the comparison's heading.
compare-lead = Bốn cách này dễ nhầm lẫn vì mỗi cách được xây dựng trên nền cách trước. Chọn một hàng để xem nó nằm ở đâu trên sơ đồ.

# The table's caption (read by screen readers, shown above the table).
compare-caption = So sánh góp cổ phần thông thường, góp cổ phần thanh khoản, tái cổ phần và tái cổ phần thanh khoản theo sáu tiêu chí; hàng phần thưởng và hàng phạt cắt giảm dùng số liệu của công cụ tính.

# The heading of the row-heading column.
compare-dimension = Tiêu chí

# The risks' heading.
risks-title = Sáu rủi ro cần cân nhắc

# The line under the risks' heading.
risks-lead = Tái cổ phần chồng nhiều rủi ro lên một khoản gửi, và người mới thường đánh giá thấp chúng. Mỗi rủi ro xuất hiện ở một bước cụ thể.

# The toggle of a risk's real, dated case.
risk-case = Một trường hợp thực tế, có ghi ngày

# The link from a risk to its place in the flow and the diagram.
show-in-diagram = Xem rủi ro xuất hiện ở đâu

# The closing judgement's heading.
judgement-title = Trước khi bạn tái cổ phần

# The toggle of the checklist.
checklist-title = Năm câu hỏi cần đặt ra với một giao thức tái cổ phần

# The embed panel's toggle.
embed-title = Nhúng bài giải thích này vào bài viết của bạn

# What the snippets are.
embed-hint = Mỗi đoạn mã mang theo mọi con số như hiện tại, nên nếu sau này trang này đổi giá trị mặc định thì những gì độc giả của bạn thấy vẫn không đổi. Phần tử và thẻ div vừa với chiều rộng trang của bạn, không kế thừa gì từ kiểu dáng của trang, và kiểm tra tính toàn vẹn của script; iframe giữ tiện ích trong một khung riêng, tự điều chỉnh kích thước cho vừa.

# Legend of the parts to include.
embed-parts = Các phần cần đưa vào

# The element snippet's label.
embed-element-label = Nhúng bằng phần tử

# The script snippet's label.
embed-script-label = Nhúng bằng script (một thẻ div)

# The iframe snippet's label.
embed-frame-label = Nhúng bằng iframe

# The pasted links' label.
embed-paste-label = Một liên kết để dán trên một dòng riêng (WordPress, Ghost): mỗi phần một liên kết, với số liệu của ví dụ mẫu

# Legend of the theme choice.
embed-theme = Màu sắc

# The preview's sample of the widget.
embed-preview-sample = 2,24 ETH mỗi năm

# Said in the panel when its code could not be loaded.
embed-failed = Không tải được mã nhúng. Hãy tải lại trang để thử lại.

# The image-and-link snippet's label (HTML).
embed-image-label = Một hình ảnh và một liên kết, cho bản tin và những trang không chạy script (HTML): mỗi phần một bộ, với số liệu của ví dụ mẫu

# The image-and-link snippet's label (Markdown).
embed-markdown-label = Cùng hình ảnh và liên kết đó ở dạng Markdown

# The iframe's title, read by screen readers.
embed-frame-title = Tái cổ phần, giải thích dễ hiểu: bài giải thích tương tác

# The copy button.
copy = Sao chép

# The copy button after copying.
copied = Đã sao chép

# Said when the clipboard is out of reach and the snippet is selected instead.
copy-by-hand = Ở đây không được phép sao chép, nên đoạn mã đã được chọn sẵn: nhấn Ctrl+C (⌘C trên Mac) để sao chép.

# The line above a part's title on its picture.
picture-kicker = Tái cổ phần, giải thích dễ hiểu

# The line above the whole explainer's title on its picture.
picture-kicker-page = Bài giải thích tương tác

# The whole explainer's title on its picture.
picture-page-title = Tái cổ phần, giải thích dễ hiểu

# The last line of every picture: the live widget is one click away.
picture-foot = Mở liên kết để tự thay đổi các con số.

# Before the buttons that save a figure as an SVG or a PNG file.
save-label = Lưu lại với số liệu của bạn:

# When the browser would not make the file.
save-failed = Trình duyệt này không tạo được tệp ở đây.

# In a frame whose page may forbid downloads (no error reaches the widget there).
save-in-frame = Nếu không có tệp nào được tải về, trang chứa khung này đang chặn tải xuống: hãy mở bài giải thích trên trang riêng của nó để lưu.

## The calculator: names and labels

# The slashing model's short name, as the narration and the results name the one they assume: the independent model.
model-name-independent = độc lập

# The slashing model's short name, as the narration and the results name the one they assume: the correlated model.
model-name-correlated = tương quan

# The slashing model's short name, as the narration and the results name the one they assume: the allocated model (slices).
model-name-allocated = phân bổ

# A route's button text: the worked example.
route-name-article = Ví dụ mẫu

# A route's button text: Lido's stETH restaked on EigenLayer.
route-name-lido-eigen-layer = stETH của Lido vào EigenLayer

# A route's button text: a liquid restaking token.
route-name-liquid-restaking = Token tái cổ phần thanh khoản

# A route's button text: native restaking.
route-name-native = Tái cổ phần gốc trên EigenLayer

# What a route sets, in a sentence: the worked example.
route-summary-article = Bức tranh của ví dụ mẫu: một LST được tái cổ phần, không có phí, và mọi dịch vụ đều có thể phạt cắt giảm toàn bộ khoản gửi.

# What a route sets, in a sentence: Lido's stETH restaked on EigenLayer.
route-summary-lido-eigen-layer = Lido giữ 10% phần thưởng góp cổ phần. Trong số tiền các dịch vụ trả, EigenLayer lấy 20% (giả định ở đây: cả hai dịch vụ đều chọn trả phí này) và nhà điều hành lấy 10% phần còn lại (mức mặc định). Mỗi dịch vụ chỉ có thể phạt cắt giảm phần phân bổ của riêng nó.

# What a route sets, in a sentence: a liquid restaking token.
route-summary-liquid-restaking = Bạn gửi ETH vào một giao thức tái cổ phần thanh khoản, giao thức này giữ 10% phần thưởng (phí của Renzo trên ezETH). Trong số tiền các dịch vụ trả, EigenLayer lấy 20% (giả định đã chọn tham gia) và nhà điều hành lấy 10% phần còn lại; phân bổ theo phần như trên EigenLayer.

# What a route sets, in a sentence: native restaking.
route-summary-native = Trình xác thực của riêng bạn, không có token: không có phí LST. Trong số tiền các dịch vụ trả, EigenLayer lấy 20% (giả định đã chọn tham gia) và nhà điều hành lấy 10% phần còn lại; phân bổ theo phần như trên EigenLayer.

# The line under a field: the slash size, when each service reaches only its slice.
field-hint-slash-size = Tính trên phần phân bổ mà dịch vụ chạm tới được, không phải trên toàn bộ cổ phần.

# The line under a field: the base staking rate.
field-hint-base-rate = Trước mọi khoản phí: lợi suất LST được công bố, như của stETH, là con số đã trừ phí.

# The line under a field: the liquid staking fee, who charges it and on what.
field-hint-lst-fee = Do giao thức góp cổ phần thanh khoản thu, trên phần thưởng cơ sở.

# The line under a field: EigenLayer's protocol fee, who charges it and on what.
field-hint-protocol-fee = EigenLayer thu từ phần thưởng của các dịch vụ chọn tham gia (20% từ tháng 3 năm 2026), trước khi trừ hoa hồng của nhà điều hành.

# The line under a field: the operator's commission, who charges it and on what.
field-hint-commission = Do nhà điều hành mà bạn ủy quyền thu, trên số tiền các dịch vụ trả.

# The line under a field: the liquid restaking fee, who charges it and on what.
field-hint-lrt-fee = Do giao thức tái cổ phần thanh khoản thu, nếu bạn dùng, trên toàn bộ phần thưởng.

# A label of the headline bar that follows the inputs on a phone: the total yearly rate.
headline-labels-total-rate = Tổng lợi suất

# A label of the headline bar that follows the inputs on a phone: what one severe slash takes.
headline-labels-one-slash = Một lần phạt

# A label of the headline bar that follows the inputs on a phone: the years of extra reward one slash erases.
headline-labels-years-erased = Số năm bị xóa

# The heading of a group of results: the rewards.
result-groups-rewards = Phần thưởng một năm

# The heading of a group of results: what one severe slash takes.
result-groups-one-slash = Một lần phạt cắt giảm nặng

# The heading of a group of results that rest on the yearly odds (folded away at first).
result-groups-weighing = Cân nhắc rủi ro

# A result's label: the base staking reward.
result-label-base-reward = Phần thưởng cơ sở, mỗi năm

# A result's label: the services' extra reward.
result-label-extra-reward = Thêm từ các dịch vụ, mỗi năm

# A result's label: the total reward.
result-label-gross-reward = Tổng phần thưởng, mỗi năm

# A result's label: the total yearly rate.
result-label-gross-apr = Tổng lợi suất

# A result's label: what one severe slash takes.
result-label-slash-loss = Một lần phạt cắt giảm nặng lấy đi

# A result's label: the years of extra reward one slash erases.
result-label-years-erased = Số năm phần thưởng thêm bị xóa

# A result's label: the yearly chance of at least one slash.
result-label-combined-slash-probability = Xác suất ít nhất một lần phạt cắt giảm nặng, mỗi năm

# A result's label: the expected yearly cost of slashing.
result-label-expected-slash-cost = Chi phí phạt cắt giảm kỳ vọng, mỗi năm

# A result's label: the reward after expected slashing.
result-label-risk-adjusted-reward = Phần thưởng sau phạt cắt giảm kỳ vọng, mỗi năm

# A result's label: the rate after expected slashing.
result-label-risk-adjusted-apr = Lợi suất sau phạt cắt giảm kỳ vọng

# A result's label: the break-even chance.
result-label-breakeven-probability = Xác suất phạt cắt giảm hòa vốn, mỗi dịch vụ

# Why the years erased are “none”, after that word.
result-none-reason-years-erased = không có phần thưởng thêm nào để xóa

# Why the break-even chance is “none”, after that word.
result-none-reason-breakeven-probability = tái cổ phần vẫn có lời ở mọi xác suất đến 100%, hoặc không có gì để phạt cắt giảm

# The label of a numeric input: the amount staked.
field-label-stake = Số ETH góp cổ phần

# The label of a numeric input: the base staking rate.
field-label-base-rate = Lợi suất góp cổ phần cơ sở

# The label of a numeric input: the size of one severe slash.
field-label-slash-size = Mức một lần phạt cắt giảm nặng

# The label of a numeric input: the liquid staking fee.
field-label-lst-fee = Phí góp cổ phần thanh khoản

# The label of a numeric input: EigenLayer's protocol fee.
field-label-protocol-fee = Phí giao thức EigenLayer

# The label of a numeric input: the operator's commission.
field-label-commission = Hoa hồng nhà điều hành

# The label of a numeric input: the liquid restaking fee.
field-label-lrt-fee = Phí tái cổ phần thanh khoản

# The label of a numeric input: a service's extra rate.
field-label-service-rate = Lợi suất thêm

# The label of a numeric input: a service's yearly chance of a severe slash.
field-label-service-prob = Xác suất bị phạt cắt giảm nặng mỗi năm

# The label of a numeric input: a service's allocated slice.
field-label-service-alloc = Phần phân bổ

# The label of a numeric input: the years the chart shows.
field-label-horizon = Số năm hiển thị

# The label of a numeric input: the year of the chart's slash.
field-label-slash-year = Năm bị phạt cắt giảm

# The unit of a numeric input, as read after its value: the amount staked.
field-unit-stake = ETH

# The unit of a numeric input, as read after its value: the base staking rate and a service's extra rate.
field-unit-base-rate = % mỗi năm

# The unit of a numeric input, as read after its value: the size of one severe slash.
field-unit-slash-size = % cổ phần

# The unit of a numeric input, as read after its value: the liquid staking fee.
field-unit-lst-fee = % phần thưởng cơ sở

# The unit of a numeric input, as read after its value: EigenLayer's protocol fee and the operator's commission.
field-unit-protocol-fee = % phần thưởng dịch vụ

# The unit of a numeric input, as read after its value: the liquid restaking fee.
field-unit-lrt-fee = % tổng phần thưởng

# The unit of a numeric input, as read after its value: a service's yearly chance of a severe slash.
field-unit-service-prob = % mỗi năm

# The unit of a numeric input, as read after its value: a service's allocated slice.
field-unit-service-alloc = % cổ phần

# The unit of a numeric input, as read after its value: the years the chart shows.
field-unit-horizon = năm

# The short unit printed beside the amount staked when it is typed in exactly.
field-short-unit-stake = ETH

# The short unit printed beside a rate, fee, chance or share when it is typed in exactly.
field-short-unit-percent = %

# One of the chart's three lines, as named in its legend: plain staking.
series-names-plain = Góp cổ phần thông thường

# One of the chart's three lines, as named in its legend: restaking with no slash.
series-names-no-slash = Tái cổ phần, không bị phạt

# One of the chart's three lines, as named in its legend: restaking with one slash.
series-names-one-slash = Tái cổ phần, bị phạt một lần

## The fan-out: names and labels

# How far a service's slash reaches, in the independent and correlated models: the article's picture, then what EigenLayer does today.
fan-reach-independent = Vẽ như trong ví dụ mẫu: mọi dịch vụ đều có thể phạt cắt giảm toàn bộ khoản gửi. Điều đó vẫn đúng ở nơi một cổ phần được dùng lại cho nhiều mạng lưới, nhưng trên EigenLayer, từ ngày 17 tháng 4 năm 2025, mỗi dịch vụ chỉ có thể phạt cắt giảm phần mà nhà điều hành phân bổ cho nó (chọn “Theo phần phân bổ” trong công cụ tính).

# How far a service's slash reaches, in the allocated model (slices), as on EigenLayer today.
fan-reach-allocated = Vẽ như trên EigenLayer từ ngày 17 tháng 4 năm 2025: nhà điều hành dành riêng một phần khoản gửi cho mỗi dịch vụ, và một dịch vụ chỉ có thể phạt cắt giảm phần của riêng nó.

# A label of the entry chain in the diagram: the coin staked.
chain-eth = ETH

# A label of the entry chain in the diagram, liquid path: the token you get back.
chain-lst = LST

# A label of the entry chain in the diagram: where the deposit goes.
chain-restaking-protocol = Giao thức tái cổ phần

# A label of the entry chain in the diagram, native path: your own validator.
chain-validator = Trình xác thực

# A label of the entry chain in the diagram, liquid restaking path: the token you get back.
chain-lrt = LRT

# What a service of one of the default kinds does, after its name: an oracle.
service-role-oracle = đưa giá từ bên ngoài lên chuỗi

# What a service of one of the default kinds does, after its name: a bridge.
service-role-bridge = chuyển token giữa các chuỗi

# What a service of one of the default kinds does, after its name: a data layer.
service-role-data-layer = giữ dữ liệu của các rollup luôn sẵn có

# A label of the calculator's lines about simulated slashes: the stake left.
after-labels-stake-left = Cổ phần còn lại

# A label of the calculator's lines about simulated slashes: the principal lost.
after-labels-principal-lost = Vốn gốc bị mất

# A label of the calculator's lines about simulated slashes: the years of extra reward it erases.
after-labels-years-erased = Số năm phần thưởng thêm bị xóa

## Questions and the story: fixed captions

# The caption's sentence on the diagram at the story's step 1, read in the beat's time.
story-caption-step-1 = Bạn góp cổ phần ETH và nhận lại một token, gọi là LST: biên nhận của bạn, vẫn tiếp tục sinh lời.

# The caption's sentence on the diagram at the story's step 2, read in the beat's time.
story-caption-step-2 = Bạn gửi LST vào một giao thức tái cổ phần, gộp chung với khoản gửi của mọi người.

# The caption's sentence on the diagram at the story's step 3, read in the beat's time.
story-caption-step-3 = Một nhà điều hành đưa khoản gửi của bạn vào làm việc cho từng dịch vụ: mỗi dịch vụ là thêm một cách để bị phạt cắt giảm.

# The caption's sentence on the diagram at the story's step 4, read in the beat's time.
story-caption-step-4 = Ethereum và từng dịch vụ trả phần thưởng về dọc theo nhánh của mình.

# The caption's sentence on the diagram at the story's step 5, read in the beat's time.
story-caption-step-5 = Để rút ra, bạn lần lượt chờ qua từng lớp, trong lúc đó vẫn có thể bị phạt cắt giảm.

# The caption's title at the story's slash.
story-caption-slash-title = Một dịch vụ phạt cắt giảm

# The caption's sentence at the story's slash: it asks rather than tells, as the first question does.
story-caption-slash = Một phần khoản gửi của bạn đã mất. Bao nhiêu? Câu hỏi đầu tiên bên dưới dành cho bạn.

## The flow: steps, paths and the exit

# Step 1's short title, for the step dot and heading.
steps-1-title = Góp cổ phần ETH để nhận LST

# Step 1's explanation, in two or three sentences.
steps-1-body = Bạn góp cổ phần ETH qua một giao thức góp cổ phần thanh khoản và nhận lại một token góp cổ phần thanh khoản (LST). Token này là biên nhận của bạn: nó tiếp tục kiếm phần thưởng cơ sở của Ethereum, và bạn có thể chuyển, giao dịch hoặc dùng nó trong [DeFi](defi).

# The risk step 1 adds, after “Risk it adds:”.
steps-1-risk = các hợp đồng của chính giao thức LST, và khả năng token được giao dịch thấp hơn giá trị lượng ETH bảo chứng cho nó ([mất neo giá](depeg)).

# Step 2's short title, for the step dot and heading.
steps-2-title = Gửi LST

# Step 2's explanation, in two or three sentences.
steps-2-body = Bạn gửi LST vào một giao thức tái cổ phần như [EigenLayer](eigenlayer), nơi gộp nó với hàng nghìn khoản gửi khác. Từ đây, các hợp đồng của giao thức nắm giữ vị thế của bạn.

# The risk step 2 adds, after “Risk it adds:”.
steps-2-risk = rủi ro hợp đồng thông minh: một lỗi trong lớp tái cổ phần có thể ảnh hưởng cùng lúc đến mọi khoản gửi trong bể.

# Step 3's short title, for the step dot and heading.
steps-3-title = Ủy quyền cho nhà điều hành

# Step 3's explanation, in two or three sentences.
steps-3-body = Bạn ủy quyền toàn bộ số dư đã tái cổ phần cho một nhà điều hành. Chính nhà điều hành, không phải bạn, chọn tham gia các dịch vụ (EigenLayer gọi chúng là AVS) và giữ một khoản hoa hồng trên số tiền chúng trả, 10% nếu không đặt mức khác. Mỗi dịch vụ mang theo quy tắc phạt cắt giảm riêng, chồng lên quy tắc của Ethereum, và từ tháng 7 năm 2025 một dịch vụ có thể chuyển số tiền phạt cắt giảm cho một bên nhận do nó chọn thay vì đốt đi (tái phân phối), nếu nhà điều hành chọn tham gia. Nhà điều hành có thể đưa cổ phần của bạn vào làm việc cho một dịch vụ mới ngay lập tức (thời gian chờ phân bổ của họ có thể bằng 0), trong khi đường rút của chính bạn mất 14 ngày.

# The risk step 3 adds, after “Risk it adds:”.
steps-3-risk = phạt cắt giảm cộng dồn: mỗi dịch vụ là thêm một cách để mất vốn gốc, vì lỗi của nhà điều hành mà bạn không gây ra, và một dịch vụ được giữ số tiền nó phạt cắt giảm thì có động cơ để phạt cắt giảm.

# Step 4's short title, for the step dot and heading.
steps-4-title = Nhận phần thưởng nhiều lớp

# Step 4's explanation, in two or three sentences.
steps-4-body = Giờ phần thưởng đến từ hai lớp: phần thưởng cơ sở của Ethereum cộng với phần thưởng của từng dịch vụ. Một dịch vụ có thể trả bằng bất kỳ token nào nó chọn, và nếu chọn tham gia thì trước hết phải trao 20% cho EigenLayer. Ưu đãi EIGEN của chính EigenLayer giờ chỉ dành cho cổ phần bảo chứng các dịch vụ có trả phí (từ ngày 19 tháng 3 năm 2026). Mỗi đợt chi trả hằng tuần có thể được nhận sau một tuần, với giá trị biến động. Một lần phạt cắt giảm lấy đi vốn gốc, và cả phần thưởng góp cổ phần đã tích lũy trong LST hoặc LRT của bạn.

# The risk step 4 adds, after “Risk it adds:”.
steps-4-risk = phần thưởng có thể giảm, dừng hoặc mất giá, trong khi một lần phạt cắt giảm nặng có thể xóa sạch hơn một năm phần thưởng thêm.

# Step 5's short title, for the step dot and heading.
steps-5-title = Thoát qua từng lớp

# Step 5's explanation, in two or three sentences. (The LST path's exit; the other paths have their own.)
steps-5-body = Để lấy lại ETH, bạn tháo gỡ theo thứ tự ngược lại: rút khỏi giao thức tái cổ phần, rồi đổi LST trở lại thành ETH. Mỗi lớp có thời gian chờ riêng ([hủy liên kết](unbonding)).

# The risk step 5 adds, after “Risk it adds:”.
steps-5-risk = thanh khoản và độ trễ: bạn phải chờ ở mỗi lớp, và thoát nhanh qua thị trường có thể phải bán dưới giá neo.

# A path's name in the path choice: through a liquid staking token.
path-name-liquid = Qua LST

# A path's name in the path choice: native restaking, your own validator.
path-name-native = Gốc

# A path's name in the path choice: through a liquid restaking token.
path-name-lrt = Qua LRT

# Step 5's explanation on the native path: the way out.
step-body-5-native = Để lấy lại ETH, bạn đi ra theo đúng thứ tự đã đi vào: trình xác thực của bạn thoát khỏi Ethereum trước, và ETH của nó về EigenPod của bạn; sau đó bạn rút số ETH đó khỏi giao thức tái cổ phần. Mỗi lớp có thời gian chờ riêng ([hủy liên kết](unbonding)).

# Step 5's explanation on the liquid restaking path: the way out.
step-body-5-lrt = Để lấy lại ETH, bạn quy đổi LRT qua hàng đợi riêng của giao thức phát hành nó, hàng đợi này thay bạn chờ giao thức tái cổ phần và Ethereum, hoặc bạn bán LRT trên thị trường. Mỗi lớp có thời gian chờ riêng ([hủy liên kết](unbonding)).

# The risk step 5 adds on the native path, after “Risk it adds:”: no market to sell into, only queues.
step-risk-5-native = độ trễ: hàng đợi thoát của Ethereum có thể mất hàng tuần khi nhiều người rời đi, và cổ phần vẫn có thể bị phạt cắt giảm cho đến khi thời gian chờ của giao thức tái cổ phần kết thúc.

# Step 3's second sentence, in the independent and correlated models.
step-reach-independent = Trong ví dụ mẫu, bất kỳ dịch vụ nào cũng có thể phạt cắt giảm toàn bộ khoản gửi. Trên EigenLayer, từ ngày 17 tháng 4 năm 2025, nhà điều hành phân bổ một phần khoản gửi cho mỗi dịch vụ, và một dịch vụ chỉ có thể phạt cắt giảm phần của nó.

# Step 3's second sentence, in the allocated model (slices).
step-reach-allocated = Trên EigenLayer, từ ngày 17 tháng 4 năm 2025, nhà điều hành phân bổ một phần khoản gửi cho mỗi dịch vụ, và một dịch vụ chỉ có thể phạt cắt giảm phần của nó: các thanh trượt của công cụ tính đặt các phần này.

# The exit timeline: when the first entry happens, on every path.
exit-timeline-day-0 = Ngày 0

# The exit timeline, LST path, day 0: what happens.
exit-timeline-liquid-1 = Bạn xếp hàng rút tiền khỏi giao thức tái cổ phần. Khoản gửi của bạn ngừng nhận phần thưởng từ các dịch vụ ngay lập tức, nhưng mọi lần phạt cắt giảm xảy ra trong thời gian chờ vẫn áp dụng cho nó.

# The exit timeline, LST path, when the restaking protocol's delay ends: what happens.
exit-timeline-liquid-2 = Thời gian chờ rút tiền của EigenLayer kết thúc và bạn nhận lại LST.

# The exit timeline, LST path, after that delay: what happens.
exit-timeline-liquid-3 = Hoặc dùng hàng đợi rút tiền riêng của LST để nhận ETH đủ giá trị (vài ngày đến vài tuần, tùy hàng đợi thoát của Ethereum), hoặc hoán đổi ngay trên thị trường, có thể nhận ít hơn giá neo.

# The exit timeline, native path, day 0: what happens.
exit-timeline-native-1 = Trình xác thực của bạn rời đi qua hàng đợi thoát của Ethereum: ngắn khi ít người chờ, hàng tuần khi nhiều người chờ (46 ngày vào tháng 9 năm 2025). Từ tháng 7 năm 2025, chính EigenPod của bạn có thể yêu cầu thoát.

# The exit timeline, native path: when the second entry happens.
exit-timeline-native-2-when = Khoảng 27 giờ, rồi vài ngày

# The exit timeline, native path, second entry: what happens.
exit-timeline-native-2 = Sau khi thoát là một khoảng chờ cố định 256 epoch; sau đó đợt quét rút tiền, vốn lần lượt chi trả cho các trình xác thực, chuyển ETH vào EigenPod của bạn.

# The exit timeline, native path, after the restaking protocol's delay: what happens.
exit-timeline-native-3 = Bạn xếp hàng rút tiền khỏi EigenLayer và chờ hết thời gian chờ, trong lúc đó cổ phần vẫn có thể bị phạt cắt giảm. Nếu xếp hàng trước với đúng số tiền, bước này có thể chạy song song với các bước trên.

# The exit timeline, liquid restaking path, day 0: what happens.
exit-timeline-lrt-1 = Bạn quy đổi LRT qua hàng đợi rút tiền của giao thức phát hành nó, chi trả trong vài ngày đến vài tuần: hàng đợi của Renzo mất khoảng một tuần khi có sẵn ETH dự trữ, và hai tuần trở lên khi phải chờ 14 ngày của EigenLayer.

# The exit timeline, liquid restaking path: the second way out, when it happens.
exit-timeline-lrt-2-when = Hoặc ngay lập tức, có phí

# The exit timeline, liquid restaking path: the second way out.
exit-timeline-lrt-2 = Renzo và ether.fi chi trả ngay từ một khoản dự trữ, có thu phí, và chỉ khi khoản dự trữ (và giới hạn tốc độ của ether.fi) còn cho phép.

# The exit timeline, liquid restaking path: the third way out, when it happens.
exit-timeline-lrt-3-when = Hoặc ngay lập tức, theo giá thị trường

# The exit timeline, liquid restaking path: the third way out.
exit-timeline-lrt-3 = Bán LRT trên thị trường, ở bất kỳ mức giá nào nó đang được giao dịch, có thể thấp hơn giá trị lượng ETH bảo chứng cho nó.

## The glossary: terms and definitions

# A term as the glossary names it: LST (liquid staking token).
term-name-lst = LST (token góp cổ phần thanh khoản)

# A term as the glossary names it: slashing.
term-name-slashing = Phạt cắt giảm (slashing)

# A term as the glossary names it: unbonding.
term-name-unbonding = Hủy liên kết (unbonding)

# A term as the glossary names it: validator.
term-name-validator = Trình xác thực

# A term as the glossary names it: withdrawal credentials.
term-name-withdrawal-credentials = Thông tin xác thực rút tiền

# A term as the glossary names it: service (AVS).
term-name-avs = Dịch vụ (AVS)

# A term as the glossary names it: de-peg.
term-name-depeg = Mất neo giá (de-peg)

# A term as the glossary names it: APR.
term-name-apr = APR

# A term as the glossary names it: staking.
term-name-staking = Góp cổ phần (staking)

# A term as the glossary names it: operator.
term-name-operator = Nhà điều hành

# A term as the glossary names it: EigenLayer.
term-name-eigen-layer = EigenLayer

# A term as the glossary names it: DeFi.
term-name-defi = DeFi

# The glossary's definition of LST (liquid staking token), in a sentence or two.
term-definition-lst = Token bạn nhận được khi góp cổ phần ETH qua một giao thức góp cổ phần thanh khoản. Nó đại diện cho số ETH đã góp cổ phần cùng phần thưởng, và khác với bản thân cổ phần, bạn có thể chuyển, giao dịch hoặc gửi nó ở nơi khác.

# The glossary's definition of slashing, in a sentence or two.
term-definition-slashing = Hình phạt lấy đi một phần ETH đã góp cổ phần của một trình xác thực khi nó vi phạm quy tắc, chẳng hạn ký hai khối mâu thuẫn nhau. Mỗi dịch vụ nhận ETH tái cổ phần lại đặt thêm quy tắc riêng có thể dẫn đến phạt cắt giảm.

# The glossary's definition of unbonding, in a sentence or two.
term-definition-unbonding = Khoảng chờ giữa lúc yêu cầu lấy lại ETH đã góp cổ phần và lúc nhận được. Mỗi lớp (Ethereum, giao thức tái cổ phần, LST hoặc LRT) có khoảng chờ riêng.

# The glossary's definition of validator, in a sentence or two.
term-definition-validator = Một khóa được góp cổ phần bằng ETH, cùng các nhiệm vụ đi kèm: đề xuất và kiểm tra các khối Ethereum, để nhận phần thưởng, với rủi ro bị phạt cắt giảm. Phần mềm nút thực hiện các nhiệm vụ đó, do bạn hoặc một nhà cung cấp vận hành. Một trình xác thực cần ít nhất 32 ETH; từ tháng 5 năm 2025, trình xác thực có thông tin xác thực gộp lãi (0x02) có thể tính đến 2.048 ETH.

# The glossary's definition of withdrawal credentials, in a sentence or two.
term-definition-withdrawal-credentials = Địa chỉ nhận ETH của một trình xác thực: toàn bộ sau khi trình xác thực thoát, và trong lúc đó là phần tích lũy vượt 32 ETH (thông tin xác thực 0x01) hoặc vượt 2.048 ETH (gộp lãi 0x02, loại này cũng có thể yêu cầu rút một phần). Từ tháng 5 năm 2025, nó cũng có thể yêu cầu thoát. Trỏ thông tin này tới một EigenPod là cách tái cổ phần gốc hoạt động.

# The glossary's definition of service (AVS), in a sentence or two.
term-definition-avs = Một mạng lưới mượn ETH đã tái cổ phần làm bảo đảm an ninh và trả tiền cho việc đó: một oracle đưa giá lên chuỗi, một cầu nối chuyển token giữa các chuỗi, một mạng dữ liệu giữ dữ liệu của các rollup luôn sẵn có. EigenLayer gọi chúng là AVS (autonomous verifiable services, dịch vụ tự trị có thể xác minh). Mỗi dịch vụ tự đặt quy tắc phạt cắt giảm của mình.

# The glossary's definition of de-peg, in a sentence or two.
term-definition-depeg = Khi một token lẽ ra trị giá một ETH lại được giao dịch thấp hơn trên thị trường, thường vào lúc căng thẳng khi nhiều người nắm giữ muốn rút ra cùng lúc.

# The glossary's definition of APR, in a sentence or two.
term-definition-apr = Tỷ lệ phần trăm hằng năm: phần thưởng mỗi năm tính theo tỷ lệ trên cổ phần, không gộp lãi. 1,12 ETH mỗi năm trên 32 ETH là APR 3,5%.

# The glossary's definition of staking, in a sentence or two.
term-definition-staking = Khóa ETH vào một trình xác thực để số ETH đó bảo chứng cho các khối mà trình xác thực kiểm tra và thêm vào. Làm việc trung thực thì kiếm được ETH mới; vi phạm quy tắc thì mất một phần cổ phần. Qua một giao thức góp cổ phần thanh khoản, bạn có thể góp cổ phần với bất kỳ số lượng nào.

# The glossary's definition of operator, in a sentence or two.
term-definition-operator = Một công ty hoặc cá nhân vận hành phần mềm cho ETH đã tái cổ phần. Người tái cổ phần ủy quyền cho một nhà điều hành, bên chọn các dịch vụ và giữ một khoản hoa hồng trên số tiền chúng trả; sai sót của nhà điều hành có thể khiến những người tái cổ phần đã ủy quyền cho họ bị phạt cắt giảm.

# The glossary's definition of EigenLayer, in a sentence or two.
term-definition-eigen-layer = Giao thức tái cổ phần lớn nhất trên Ethereum: một tập hợp hợp đồng nắm giữ ETH đã tái cổ phần và cho các dịch vụ mượn tính bảo mật của số ETH đó.

# The glossary's definition of DeFi, in a sentence or two.
term-definition-defi = Tài chính phi tập trung: cho vay, giao dịch và các dịch vụ tiền tệ khác do hợp đồng trên chuỗi khối vận hành, không có công ty nào đứng giữa.

## The opening: the table of contents

# A part's short name in the opening's table of contents: the flow.
view-short-title-flow = Năm bước

# A part's short name in the opening's table of contents: the comparison.
view-short-title-compare = So sánh bốn cách

# A part's short name in the opening's table of contents: the calculator.
view-short-title-calculator = Công cụ tính

# A part's short name in the opening's table of contents: the risks.
view-short-title-risks = Sáu rủi ro

## The comparison: columns, rows and cells

# A column heading of the comparison, after the row-heading column: plain staking.
compare-columns-plain = Góp cổ phần thông thường

# A column heading of the comparison, after the row-heading column: liquid staking.
compare-columns-liquid = Góp cổ phần thanh khoản

# A column heading of the comparison, after the row-heading column: restaking.
compare-columns-restaking = Tái cổ phần

# A column heading of the comparison, after the row-heading column: liquid restaking.
compare-columns-liquid-restaking = Tái cổ phần thanh khoản

# The seed's first point in prose, after the table.
compare-notes-1 = Góp cổ phần thanh khoản là nền móng và tái cổ phần nằm trên nó: bạn có thể giữ LST mà không bao giờ tái cổ phần nó.

# The seed's second point in prose, after the table.
compare-notes-2 = Bài viết của ví dụ mẫu nói rằng nhìn chung bạn cần LST để tái cổ phần. Ngày nay bạn cũng có thể giao ETH thường cho một giao thức tái cổ phần thanh khoản (ether.fi, Renzo, Kelp), hoặc tái cổ phần gốc trình xác thực của riêng bạn.

# A row heading of the comparison: the dimension compared.
compare-rows-purpose = Mục đích chính

# A row heading of the comparison: the dimension compared.
compare-rows-hold = Bạn nắm giữ gì

# A row heading of the comparison: the dimension compared.
compare-rows-reward = Nguồn phần thưởng

# A row heading of the comparison: the dimension compared.
compare-rows-slashing = Mức chịu phạt cắt giảm

# A row heading of the comparison: the dimension compared.
compare-rows-effort = Công sức

# A row heading of the comparison: the dimension compared.
compare-rows-risk = Rủi ro chính thêm vào

# The comparison's “Core purpose” row: plain staking.
compare-words-purpose-plain = Bảo mật Ethereum và kiếm phần thưởng cơ sở

# The comparison's “Core purpose” row: liquid staking.
compare-words-purpose-liquid = Giữ ETH đã góp cổ phần ở dạng thanh khoản, giao dịch được

# The comparison's “Core purpose” row: restaking.
compare-words-purpose-restaking = Dùng lại ETH đã góp cổ phần để bảo mật thêm dịch vụ

# The comparison's “Core purpose” row: liquid restaking.
compare-words-purpose-liquid-restaking = Tái cổ phần mà không phải vận hành gì, và giữ một token giao dịch được

# The comparison's “What you hold” row: plain staking.
compare-words-hold-plain = ETH góp cổ phần trong một trình xác thực, của bạn hoặc của nhà cung cấp

# The comparison's “What you hold” row: liquid staking.
compare-words-hold-liquid = Một token góp cổ phần thanh khoản (LST)

# The comparison's “What you hold” row: restaking.
compare-words-hold-restaking = Một LST gửi trong giao thức tái cổ phần (hoặc một trình xác thực tái cổ phần gốc)

# The comparison's “What you hold” row: liquid restaking.
compare-words-hold-liquid-restaking = Một token tái cổ phần thanh khoản (LRT), như eETH, ezETH, rsETH hoặc pufETH

# The comparison's “Effort” row: plain staking.
compare-words-effort-plain = Cao nếu bạn tự chạy trình xác thực, thấp nếu qua nhà cung cấp

# The comparison's “Effort” row: liquid staking.
compare-words-effort-liquid = Thụ động khi chỉ nắm giữ; chủ động nếu bạn dùng token trong DeFi

# The comparison's “Effort” row: restaking.
compare-words-effort-restaking = Thụ động hơn: bạn tin nhà điều hành chọn dịch vụ tốt

# The comparison's “Effort” row: liquid restaking.
compare-words-effort-liquid-restaking = Thụ động nhất: giao thức chọn nhà điều hành và dịch vụ thay bạn

# The comparison's “Main risk added” row: plain staking.
compare-words-risk-plain = Sai sót của chính trình xác thực của bạn

# The comparison's “Main risk added” row: liquid staking.
compare-words-risk-liquid = Rủi ro thị trường: LST có thể mất neo giá

# The comparison's “Main risk added” row: restaking.
compare-words-risk-restaking = Phạt cắt giảm cộng dồn, và độ phức tạp của các giao thức chồng lên nhau

# The comparison's “Main risk added” row: liquid restaking.
compare-words-risk-liquid-restaking = Mọi rủi ro của tái cổ phần, cộng thêm các hợp đồng của LRT và nguy cơ mất neo giá của chính nó

# The comparison's “Reward source” row: plain staking (its figures follow on lines of their own).
compare-cells-reward-plain = Phần thưởng cơ sở của Ethereum

# The comparison's “Reward source” row: liquid staking.
compare-cells-reward-liquid = Cùng phần thưởng cơ sở đó trừ phí LST, cộng với bất kỳ chiến lược DeFi nào bạn chạy bằng LST

# The comparison's “Reward source” row, liquid staking: the line under its yearly amount.
compare-cells-reward-liquid-figure = mỗi năm, + DeFi

# The comparison's “Reward source” row: restaking.
compare-cells-reward-restaking = Phần thưởng cơ sở cộng lợi suất của các dịch vụ, trừ các khoản phí

# The comparison's “Reward source” row: liquid restaking.
compare-cells-reward-liquid-restaking = Như trên, trừ thêm phí riêng của giao thức LRT (phí LRT trong công cụ tính)

# The comparison's “Slashing exposure” row: plain staking.
compare-cells-slashing-plain = Chỉ quy tắc của Ethereum

# The comparison's “Slashing exposure” row, plain and liquid staking: the count of rule sets.
compare-cells-one-set = 1 bộ

# The comparison's “Slashing exposure” row: liquid staking.
compare-cells-slashing-liquid = Chỉ quy tắc của Ethereum

# The comparison's “Slashing exposure” row: restaking (the number of rule sets follows).
compare-cells-slashing-restaking = Quy tắc của Ethereum và của từng dịch vụ mà nhà điều hành của bạn bảo chứng

# The comparison's “Slashing exposure” row: liquid restaking (the number of rule sets follows).
compare-cells-slashing-liquid-restaking = Quy tắc của Ethereum và của từng dịch vụ mà các nhà điều hành của giao thức bảo chứng

## The risks

# A risk's severity in words (colour is never the only signal): can cost principal directly.
severity-label-high = Cao: có thể mất vốn gốc

# A risk's severity in words: costs money or time under stress.
severity-label-medium = Trung bình: tốn kém khi thị trường căng thẳng

# A risk's name: compounded slashing.
risks-slashing-title = Phạt cắt giảm cộng dồn

# What the risk of compounded slashing is, in two or three sentences.
risks-slashing-body = Mỗi dịch vụ bạn bảo chứng thêm vào những quy tắc riêng có thể phạt cắt giảm khoản gửi của bạn. Một lỗi bạn không gây ra, do nhà điều hành hoặc nằm trong mã của một dịch vụ, vẫn có thể khiến bạn mất vốn gốc.

# A real, dated case of compounded slashing, in one sentence.
risks-slashing-example = Từ tháng 7 năm 2025, một dịch vụ EigenLayer có thể giữ số tiền phạt cắt giảm cho một bên nhận do nó chỉ định thay vì đốt đi, nếu nhà điều hành đã chọn tham gia; từ tháng 6 năm 2026, một lần phạt cắt giảm phải chờ 7 ngày trước khi bị đốt hoặc chi trả.

# A risk's name: smart-contract risk.
risks-contracts-title = Rủi ro hợp đồng thông minh

# What the risk of smart-contract risk is, in two or three sentences.
risks-contracts-body = Tái cổ phần chồng hợp đồng lên hợp đồng: của LST, của giao thức tái cổ phần, của từng dịch vụ. Một lỗi ở bất kỳ hợp đồng nào cũng có thể lan sang các lớp xây trên nó.

# A risk's name: liquidity and de-peg.
risks-liquidity-title = Thanh khoản và mất neo giá

# What the risk of liquidity and de-peg is, in two or three sentences.
risks-liquidity-body = Khi thị trường căng thẳng, một LST có thể được giao dịch dưới giá trị lượng ETH mà nó đại diện, đúng lúc nhiều người nắm giữ muốn rút ra. Một vị thế tái cổ phần cũng mất nhiều thời gian hơn để rời đi, từng lớp một.

# A real, dated case of liquidity and de-peg, in one sentence.
risks-liquidity-example = Ngày 24 tháng 4 năm 2024, token tái cổ phần thanh khoản ezETH rơi xuống thấp nhất 0,22 ETH trên một số thị trường; tại hai thị trường cho vay Morpho, 145 trong số 146 lệnh thanh lý các khoản vay thế chấp bằng ezETH diễn ra trong vòng 23 phút.

# A risk's name: complexity and integration.
risks-complexity-title = Độ phức tạp và tích hợp

# What the risk of complexity and integration is, in two or three sentences.
risks-complexity-body = Càng nhiều giao thức vận hành cùng nhau, càng có nhiều cách chúng tương tác mà không ai lường trước. Sự cố ở các điểm nối rất khó dự đoán và khó định giá.

# A real, dated case of complexity and integration, in one sentence.
risks-complexity-example = Ngày 18 tháng 4 năm 2026, một thông điệp giả mạo trên cầu nối rsETH của Kelp, vốn chỉ tin vào một bên xác minh duy nhất, đã giải phóng 116.500 rsETH từ kho dự trữ trên Ethereum mà không có lượng đốt tương ứng; kẻ tấn công đã dùng 89.567 rsETH trong số đó làm tài sản thế chấp để vay trên Aave. Một quỹ của ngành đã bù đắp phần thiếu hụt, và Kelp khôi phục tài sản bảo chứng của rsETH vào ngày 25 tháng 5 năm 2026.

# A risk's name: systemic concentration.
risks-concentration-title = Tập trung hệ thống

# What the risk of systemic concentration is, in two or three sentences.
risks-concentration-body = Nếu một lượng lớn ETH đã góp cổ phần được tái cổ phần qua một giao thức, một sự cố ở đó sẽ ảnh hưởng cùng lúc đến nhiều mạng lưới. Khi đó khoản gửi của bạn chỉ là một trong rất nhiều khoản bị kéo theo.

# A real, dated case of systemic concentration, in one sentence.
risks-concentration-example = Tháng 4 năm 2026, EigenLayer nắm giữ khoảng 94% tổng giá trị được tái cổ phần, theo dữ liệu của các trang tổng hợp.

# A risk's name: governance and regulatory risk.
risks-governance-title = Quản trị và pháp lý

# What the risk of governance and regulatory risk is, in two or three sentences.
risks-governance-body = Một giao thức có thể thay đổi tham số, và quy định pháp lý có thể thay đổi, sau khi bạn đã cam kết. Rủi ro bạn chấp nhận lúc đầu không phải lúc nào cũng là rủi ro bạn phải gánh về sau.

# A real, dated case of governance and regulatory risk, in one sentence.
risks-governance-example = Ngày 17 tháng 4 năm 2025, EigenLayer bổ sung phạt cắt giảm và tăng gấp đôi thời gian chờ rút tiền từ 7 lên 14 ngày, áp dụng cả cho các lệnh rút đang chờ theo quy tắc cũ.

# A question of the checklist before restaking.
checklist-track-record = Lịch sử hoạt động: giao thức đã chạy bao lâu, đã được kiểm toán chưa và từng bị khai thác lỗ hổng chưa?

# A question of the checklist before restaking.
checklist-assets = Tài sản được hỗ trợ: giao thức nhận những LST hay cổ phần gốc nào, và cái gì bảo chứng cho chúng?

# A question of the checklist before restaking.
checklist-net-yield = Lợi suất ròng sau rủi ro: còn lại bao nhiêu sau khi trừ phí và phạt cắt giảm kỳ vọng?

# A question of the checklist before restaking.
checklist-exit = Cơ chế thoát: mỗi thời gian chờ rút tiền dài bao lâu, và thị trường có đủ sâu cho một lần thoát nhanh không?

# A question of the checklist before restaking.
checklist-curation = Tuyển chọn: ai chọn các dịch vụ mà khoản gửi của bạn bảo mật, và công khai đến mức nào?

## Embedding: the theme choice

# An option of the theme choice: theme=auto.
embed-theme-labels-auto = Theo bài viết

# An option of the theme choice: theme=light.
embed-theme-labels-light = Luôn sáng

# An option of the theme choice: theme=dark.
embed-theme-labels-dark = Luôn tối

# What the preview shows for the theme option theme=auto: how the embed looks in a white article and in a dark one.
embed-theme-previews-auto = Sáng trong bài viết nền trắng, tối trong bài viết nền tối. Trong iframe, vốn không nhìn thấy bài viết, tiện ích theo cài đặt hệ thống của người đọc.

# What the preview shows for the theme option theme=light.
embed-theme-previews-light = Sáng trong mọi bài viết, bất kể cài đặt hệ thống của người đọc.

# What the preview shows for the theme option theme=dark.
embed-theme-previews-dark = Tối trong mọi bài viết, bất kể cài đặt hệ thống của người đọc.

# The preview's first sample article.
embed-preview-articles-white = Bài viết nền trắng

# The preview's second sample article.
embed-preview-articles-dark = Bài viết nền tối

## The standalone page around the widget

# The page's description, for search engines and link previews.
page-description = Bài giải thích tương tác về tái cổ phần (restaking) ETH: nó mang lại gì, một lần phạt cắt giảm (slashing) tốn bao nhiêu, và khi nào lợi suất thêm đáng với rủi ro thêm.

# The accessible name of the language menu, which lists each locale in its own name.
language-menu = Ngôn ngữ

## Sentences built from the calculator's numbers
## A placeholder for an amount, a rate or a span of years ({ $stake }, { $rate },
## { $years }…) arrives written the locale's way, unit included ("32 ETH", "7 %",
## "1.43 years"). A count ({ $n }, { $count }, { $step }…) arrives as bare digits, and the
## message may choose its words by the count's plural form ([one], [few]…). { $model } is
## a word to choose by: independent, correlated or allocated (the slashing model).

# After a results heading whose figures depend on the slashing model, in brackets (the widget puts a space before it); { $name } is the model's short name (model-name-*).
model-note = (mô hình { $name })

# What a screen reader hears for the stake slider's value; { $n } is the number.
field-value-text-stake = { $n } ETH

# What a screen reader hears for a yearly rate slider's value (the base rate, a service's extra rate); { $n } is the number of percent.
field-value-text-rate = { $n }% mỗi năm

# What a screen reader hears for a service's yearly chance of a severe slash; { $n } is the number of percent.
field-value-text-chance = { $n }% mỗi năm

# What a screen reader hears for the slash size (when a service can reach the whole stake); { $n } is the number of percent.
field-value-text-slash-size = { $n }% cổ phần

# What a screen reader hears for the liquid staking fee; { $n } is the number of percent.
field-value-text-lst-fee = { $n }% phần thưởng cơ sở

# What a screen reader hears for EigenLayer's protocol fee or the operator's commission; { $n } is the number of percent.
field-value-text-service-fee = { $n }% phần thưởng dịch vụ

# What a screen reader hears for the liquid restaking fee; { $n } is the number of percent.
field-value-text-lrt-fee = { $n }% tổng phần thưởng

# What a screen reader hears for a service's allocated slice; { $n } is the number of percent, { $amount } what the slice is worth ("16 ETH").
field-value-text-alloc = { $n }% cổ phần, { $amount }

# What a screen reader hears for the slash size when each service reaches only its slice; { $n } is the number of percent.
field-value-text-slice = { $n }% phần phân bổ

# What a screen reader hears for the chart's year of the slash; { $year } is that year, { $total } the years shown.
field-value-text-slash-year = năm thứ { $year } trên { $total }

# In a notice, the input it is about when that input is one service's; { $label } is the input's label (field-label-*), { $n } the service's number (1, 2, …).
notice-subject-service = { $label } của dịch vụ { $n }

# A notice: a number outside its input's range was replaced by the nearest end. { $subject } is the input (its label, or notice-subject-service); { $min } and { $max } are the range's ends; { $given } is the number given, or the word "endless" for an endless number; { $used } is the number used instead. { $unit } chooses the range's unit.
notice-clamped = { $subject } chỉ nhận giá trị từ { $unit ->
        [eth] { $min } đến { $max } ETH
        [stake-share] { $min }% đến { $max }% cổ phần
        [base-rewards] { $min }% đến { $max }% phần thưởng cơ sở
        [service-rewards] { $min }% đến { $max }% phần thưởng dịch vụ
        [all-rewards] { $min }% đến { $max }% tổng phần thưởng
        [years] { $min } đến { $max } năm
       *[rate] { $min }% đến { $max }% mỗi năm
    }; { $given ->
        [endless] số vô hạn
       *[other] { $given }
    } đã được đổi thành { $used }.

# A notice: a service's slice was too large, since the other services hold the rest of the stake. Placeholders as in notice-clamped.
notice-clamped-alloc = { $subject } chỉ nhận giá trị từ { $min }% đến { $max }% cổ phần, vì các dịch vụ khác giữ phần còn lại; { $given ->
        [endless] số vô hạn
       *[other] { $given }
    } đã được đổi thành { $used }.

# A notice: the chart's year of the slash was outside the years shown. Placeholders as in notice-clamped.
notice-clamped-slash-year = { $subject } chỉ nhận giá trị từ { $min } đến { $max }, tức số năm hiển thị; { $given ->
        [endless] số vô hạn
       *[other] { $given }
    } đã được đổi thành { $used }.

# A notice: the services' slices added up to more than the whole stake; { $total } is the number of percent they added up to.
notice-allocations-scaled = Các phần phân bổ cộng lại bằng { $total }% cổ phần; chúng đã được giảm theo tỷ lệ để tổng đúng bằng 100%.

# A notice: text that is not a number was typed or linked; { $given } is that text, { $subject } the input (its label as shown, or notice-subject-service).
notice-not-a-number = { $subject }: “{ $given }” không phải là số, nên giá trị cũ được giữ nguyên.

# A notice: an empty entry, which is not a number; { $subject } is the input (its label as shown, or notice-subject-service).
notice-not-a-number-empty = { $subject }: đó không phải là số, nên giá trị cũ được giữ nguyên.

# A notice: a link or an embed gave more than the eight services the calculator takes; { $given } is how many (9 or more).
notice-too-many-services = Có { $given } dịch vụ được đưa vào; công cụ tính nhận tối đa 8, nên chỉ dùng 8 dịch vụ đầu tiên.

# A notice: a list in a link (of odds, names…) had the wrong length; { $param } is the list's parameter name, as in the link (keep it as it is), { $given } how many values it had, { $expected } how many services there are.
notice-list-length = Danh sách “{ $param }” có { $given } giá trị cho { $expected } dịch vụ; giá trị còn thiếu giữ mặc định và giá trị thừa bị bỏ qua.

# A notice: a link gave a word a parameter does not know; { $given } is that word, { $param } the parameter's name, as in the link (keep both as they are).
notice-unknown-word = “{ $given }” không phải là một lựa chọn của “{ $param }”, nên đã bị bỏ qua.

# The narration's first sentence, with no fee on base rewards; { $stake } is the stake, { $rate } the base rate, { $base } the base reward a year.
narration-staking = Góp cổ phần { $stake } với lợi suất { $rate } kiếm được khoảng { $base } mỗi năm.

# The narration's first sentence, after fees; placeholders as in narration-staking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-staking-fees = Góp cổ phần { $stake } với lợi suất { $rate } kiếm được khoảng { $base } mỗi năm { $fees }.

# The narration's second sentence when no service is backed.
narration-no-services = Không bảo chứng dịch vụ nào thì không có phần thưởng thêm và cũng không có thêm rủi ro phạt cắt giảm.

# The narration's second sentence, with no fee on the services' rewards; { $n } is how many services, { $extra } the extra reward a year, { $gross } the total, { $apr } the total yearly rate.
narration-restaking = Tái cổ phần số đó để bảo chứng { $n ->
       *[other] { $n } dịch vụ
    } mang về thêm { $extra }, tổng cộng { $gross } ({ $apr } mỗi năm).

# The narration's second sentence, after fees; placeholders as in narration-restaking, and { $fees } the fees taken (after-fees-one, -two or -three).
narration-restaking-fees = Tái cổ phần số đó để bảo chứng { $n ->
       *[other] { $n } dịch vụ
    } mang về thêm { $extra } { $fees }, tổng cộng { $gross } ({ $apr } mỗi năm).

# The narration's last sentence, when one slash erases less than a year, or two years or more, of extra reward; { $slash } is the slash size, { $loss } what it takes, { $years } the years of extra reward that is. { $model } chooses the wording: under allocated, a slash reaches only the largest slice.
narration-slash = { $model ->
        [allocated] Nhưng một lần phạt cắt giảm { $slash } trên phần phân bổ lớn nhất lấy đi { $loss }, bằng { $years } phần thưởng thêm.
       *[other] Nhưng một lần phạt cắt giảm { $slash } lấy đi { $loss }, bằng { $years } phần thưởng thêm.
    }

# The narration's last sentence, when one slash erases between one and two years of extra reward. Placeholders as in narration-slash.
narration-slash-over-a-year = { $model ->
        [allocated] Nhưng một lần phạt cắt giảm { $slash } trên phần phân bổ lớn nhất lấy đi { $loss }, hơn trọn một năm ({ $years }) phần thưởng thêm.
       *[other] Nhưng một lần phạt cắt giảm { $slash } lấy đi { $loss }, hơn trọn một năm ({ $years }) phần thưởng thêm.
    }

# The narration's last sentence, when one slash erases exactly one year of extra reward. Placeholders as in narration-slash.
narration-slash-a-year = { $model ->
        [allocated] Nhưng một lần phạt cắt giảm { $slash } trên phần phân bổ lớn nhất lấy đi { $loss }, đúng bằng một năm phần thưởng thêm.
       *[other] Nhưng một lần phạt cắt giảm { $slash } lấy đi { $loss }, đúng bằng một năm phần thưởng thêm.
    }

# The narration's last sentence, when there is no extra reward. Placeholders as in narration-slash.
narration-slash-no-extra = { $model ->
        [allocated] Nhưng một lần phạt cắt giảm { $slash } trên phần phân bổ lớn nhất lấy đi { $loss }, mà không có phần thưởng thêm nào bù lại.
       *[other] Nhưng một lần phạt cắt giảm { $slash } lấy đi { $loss }, mà không có phần thưởng thêm nào bù lại.
    }

# The narration's last sentence when the slash size is set to 0.
narration-no-slash = Với mức phạt cắt giảm 0%, việc phạt cắt giảm không gây tốn kém gì ở đây.

# The fees a sentence of the narration names, one fee; { $first } is the fee (after-fees-lst, …). Goes in { $fees }.
after-fees-one = sau khi trừ phí { $first }

# The fees a sentence of the narration names, two fees, in the order they are taken; { $first } and { $second } are the fees (after-fees-lst, …).
after-fees-two = sau khi trừ phí { $first } và { $second }

# The fees a sentence of the narration names, three fees, in the order they are taken; { $first }, { $second } and { $third } are the fees (after-fees-lst, …).
after-fees-three = sau khi trừ phí { $first }, { $second } và { $third }

# A fee named in the narration: the liquid staking token's; { $rate } is the fee.
after-fees-lst = { $rate } của LST

# A fee named in the narration: the liquid restaking token's; { $rate } is the fee.
after-fees-lrt = { $rate } của LRT

# A fee named in the narration: EigenLayer's protocol fee; { $rate } is the fee.
after-fees-protocol = { $rate } của EigenLayer

# A fee named in the narration: the operator's commission; { $rate } is the commission.
after-fees-commission = { $rate } của nhà điều hành

# Beside the figures that rest on the yearly odds, when no service is backed.
risk-narration-no-services = Không bảo chứng dịch vụ nào thì không có xác suất nào cần cân nhắc.

# Beside the figures that rest on the yearly odds; { $model } chooses whose chance is counted, { $chance } is the chance of at least one severe slash a year, { $cost } the expected cost a year, { $left } the reward left a year, { $rate } that as a yearly rate.
risk-narration = Khi tính { $model ->
        [correlated] một xác suất chung bị phạt cắt giảm nặng
        [allocated] xác suất mỗi dịch vụ phạt cắt giảm phần phân bổ của nó
       *[independent] xác suất bị phạt cắt giảm nặng riêng của từng dịch vụ
    } (tổng cộng { $chance } mỗi năm), chi phí kỳ vọng là { $cost } mỗi năm, còn lại { $left } ({ $rate }).

# After risk-narration, when there is a break-even chance; { $name } is the model's short name (model-name-*), { $chance } the break-even chance a year.
risk-narration-breakeven = Theo mô hình { $name }, phần thưởng thêm không còn bù đủ cho rủi ro của nó khi xác suất của mỗi dịch vụ vượt quá { $chance } mỗi năm.

# Under the yearly odds; { $cost } is the expected cost of slashing a year, { $left } the reward left a year, { $rate } that as a yearly rate.
odds-now = Với các xác suất này, phạt cắt giảm tốn trung bình { $cost } mỗi năm, còn lại { $left } ({ $rate }).

# The summary read out after the inputs settle, first sentence; { $gross } is the total reward a year, { $rate } the total yearly rate.
summary-total = Tổng cộng { $gross } mỗi năm ({ $rate }).

# The summary, second sentence; { $loss } is what one severe slash takes, { $years } the years of extra reward that is.
summary-slash = Một lần phạt cắt giảm nặng lấy đi { $loss }, bằng { $years } phần thưởng thêm.

# The summary, second sentence, when there is no extra reward; { $loss } is what one severe slash takes.
summary-slash-no-extra = Một lần phạt cắt giảm nặng lấy đi { $loss }.

# The summary, last sentence; { $left } is the reward a year after expected slashing, { $rate } that as a yearly rate.
summary-after = Sau phạt cắt giảm kỳ vọng: { $left } ({ $rate }).

# The chart's text alternative; { $years } is the years shown, { $plain }, { $restaked } and { $slashed } where the three lines end, { $slash } the slash size, { $year } the year of the slash.
chart-description = Sau { $years }: góp cổ phần thông thường đạt { $plain }, tái cổ phần không bị phạt đạt { $restaked }, và tái cổ phần với một lần phạt cắt giảm { $slash } vào năm { $year } đạt { $slashed }.

# The link from the lit diagram back to what lit it; { $place } is back-compare or back-risks.
back-to = ↩ Quay lại { $place }

# The key under the diagram for the operator's node; { $commission } is the operator's commission.
operator-legend = Nhà điều hành: chọn các dịch vụ và giữ { $commission } số tiền chúng trả.

# The line under the diagram that says what each service of a default kind does: one service; { $name } is its name, { $role } what it does (service-role-*).
service-roles-item = { $name }: { $role }

# Between two services in that line (a semicolon and a space).
service-roles-separator = {"; "}

# That whole line; { $roles } is the services, each a service-roles-item, with service-roles-separator between them.
service-roles = { $roles }.

# A service's name in the diagram when it has none of its own; { $n } is its number.
branch-name-service = Dịch vụ { $n }

# The label of Ethereum's branch in the diagram; { $rate } is the base rate.
branch-rate-ethereum = { $rate } cơ sở

# The label of a service's branch in the diagram; { $rate } is its extra rate.
branch-rate-service = +{ $rate }/năm

# The diagram's text alternative, first sentence, with no service; { $stake } is the deposit, { $rate } the base rate.
fan-description-no-services = Một khoản gửi { $stake } bảo mật Ethereum với { $rate } mỗi năm và không bảo mật dịch vụ nào khác.

# The diagram's text alternative, first sentence; { $stake } is the deposit, { $rate } the base rate, { $n } how many services, { $commission } the operator's commission, { $list } the services (each a fan-description-service, with fan-description-separator between them).
fan-description-services = Một khoản gửi { $stake } bảo mật Ethereum với { $rate } mỗi năm, cùng { $n ->
       *[other] { $n } dịch vụ
    } do nhà điều hành được ủy quyền vận hành, nhà điều hành này giữ { $commission }: { $list }.

# One service in the diagram's text alternative; { $name } is its name, { $rate } its extra rate.
fan-description-service = { $name } (+{ $rate })

# Between two items of a list in the diagram's text alternative (a comma and a space).
fan-description-separator = {", "}

# The diagram's text alternative, second sentence, when each service reaches only its slice; { $slices } is the slices (each a fan-description-slice, with fan-description-separator between them), { $slash } the slash size.
fan-description-slices = Ethereum có thể phạt cắt giảm toàn bộ khoản gửi; mỗi dịch vụ chỉ phạt cắt giảm được phần của nó ({ $slices }), và một lần phạt cắt giảm nặng lấy đi { $slash } phần đó.

# One slice in the diagram's text alternative; { $name } is the service's name, { $share } its share of the stake.
fan-description-slice = { $name } { $share }

# The diagram's text alternative, second sentence, when every service reaches the whole deposit; { $n } is how many branches (Ethereum's and the services'), { $slash } the slash size.
fan-description-branches = Mỗi nhánh trong { $n } nhánh đều có thể phạt cắt giảm khoản gửi; một lần phạt cắt giảm nặng lấy đi { $slash } khoản gửi.

# After the reader's simulated slashes, in the diagram's text alternative; { $count } is how many, { $left } the stake left, { $stake } the stake before, { $lost } what was lost, { $years } the years of extra reward that is.
after-slash-sentence = Sau { $count ->
       *[other] { $count } lần phạt cắt giảm mô phỏng
    }, còn lại { $left } trên { $stake }: mất { $lost }, bằng { $years } phần thưởng thêm.

# The same, when there is no extra reward. Placeholders as in after-slash-sentence.
after-slash-sentence-no-extra = Sau { $count ->
       *[other] { $count } lần phạt cắt giảm mô phỏng
    }, còn lại { $left } trên { $stake }: mất { $lost }.

# The diagram's status after a simulated slash on Ethereum itself; { $loss } is its first penalty.
slash-status-ethereum = Ethereum: −{ $loss } ban đầu, và buộc thoát

# The diagram's status after a simulated slash on one service; { $name } is the service's name (shortened), { $loss } what it took, { $left } the stake left.
slash-status = { $name }: −{ $loss }, còn { $left }

# The diagram's status after one fault slashed on every service at once; { $n } is how many services, { $loss } what it took, { $left } the stake left.
slash-status-all = Cả { $n } dịch vụ: −{ $loss }, còn { $left }

# Under a service's allocation; { $amount } is what its slice is worth, { $unallocated } the share of the stake no service holds.
alloc-hint = Một phần trị giá { $amount }; { $unallocated } cổ phần chưa được phân bổ.

# After a guess, when it came within 5 % of the answer; { $guess } is the guess.
guess-verdict-spot-on = Bạn đoán { $guess }: rất chính xác.

# After a guess above the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-high = Bạn đoán { $guess }: cao hơn đáp án { $miss }.

# After a guess below the answer; { $guess } is the guess, { $miss } how far off it was.
guess-verdict-too-low = Bạn đoán { $guess }: thấp hơn đáp án { $miss }.

# The first question, at the diagram; { $slash } is the slash size, { $stake } the stake. { $model } chooses what a slash reaches.
ask-slash-loss = { $model ->
        [allocated] Một lần phạt cắt giảm nặng ở đây lấy đi { $slash } phần phân bổ mà một dịch vụ chạm tới được (con số của ví dụ mẫu: dịch vụ thực tế tự đặt mức riêng). Hãy đoán trước: đó là bao nhiêu trong { $stake } của bạn?
       *[other] Một lần phạt cắt giảm nặng ở đây lấy đi { $slash } phần mà một dịch vụ chạm tới được (con số của ví dụ mẫu: dịch vụ thực tế tự đặt mức riêng). Hãy đoán trước: đó là bao nhiêu trong { $stake } của bạn?
    }

# The first question's answer; { $loss } is what one severe slash takes, { $slash } the slash size, { $n } how many services (said only under the correlated model). { $model } chooses why.
answer-slash-loss = { $model ->
        [correlated] Một lần phạt cắt giảm nặng lấy đi { $loss }: { $slash } trên mỗi dịch vụ trong { $n } dịch vụ cùng lúc, vì một lỗi chung dẫn đến phạt cắt giảm trên tất cả các dịch vụ. Sơ đồ cho thấy phần đó rời khỏi khoản gửi.
        [allocated] Một lần phạt cắt giảm nặng lấy đi { $loss }: { $slash } của phần phân bổ lớn nhất, mức tối đa một dịch vụ chạm tới được. Sơ đồ cho thấy phần đó rời khỏi khoản gửi.
       *[independent] Một lần phạt cắt giảm nặng lấy đi { $loss }: { $slash } cổ phần, phần mà mọi dịch vụ đều chạm tới được. Sơ đồ cho thấy phần đó rời khỏi khoản gửi.
    }

# The second question's answer; { $years } is the years of extra reward one slash erases, { $loss } what the slash takes, { $extra } the extra reward a year.
answer-years-erased = { $years }: lần phạt cắt giảm lấy đi { $loss }, các dịch vụ trả thêm { $extra } mỗi năm, và { $loss } ÷ { $extra } = { $years }.

# The second question's answer when there is no extra reward.
answer-years-erased-none = Không có: không có phần thưởng thêm thì lần phạt cắt giảm không có gì để xóa.

# The chart's question; { $years } is the years shown. The quoted words are the chart's third line (series-names-one-slash).
ask-chart = Đoán xem đường “Tái cổ phần, bị phạt một lần” kết thúc ở đâu sau { $years }: chạm vào biểu đồ, hoặc kéo thanh trượt.

# The chart's answer; { $slashed }, { $restaked } and { $plain } are where the three lines end.
answer-chart = Tái cổ phần với một lần phạt cắt giảm kết thúc ở { $slashed }, so với { $restaked } khi không bị phạt và { $plain } khi góp cổ phần thông thường.

# The heading of a step of the flow (and the story's caption); { $step } is the step's number, { $total } how many steps there are, { $title } the step's title.
step-heading = Bước { $step }/{ $total }: { $title }

# Where a risk enters the flow; { $step } is the step's number, { $title } its title.
enters-at = Xuất hiện ở bước { $step }: { $title }

# Step 3's sentence with the calculator's numbers; { $n } is how many services, { $sets } how many sets of slashing rules that makes with Ethereum's.
step-detail-services = Với số liệu của công cụ tính, nhà điều hành của bạn bảo chứng { $n ->
       *[other] { $n } dịch vụ
    }: tổng cộng { $sets ->
       *[other] { $sets } bộ quy tắc phạt cắt giảm
    }, tính cả của Ethereum.

# Step 4's sentence with the calculator's numbers; { $base } is the base reward a year, { $extra } the services', { $gross } the total, { $rate } the total yearly rate.
step-detail-rewards = Với số liệu của công cụ tính: { $base } mỗi năm từ Ethereum cộng { $extra } từ các dịch vụ, tổng cộng { $gross } ({ $rate }).

# The exit timeline, LST path: when the restaking protocol's delay ends; { $days } is its length in days.
exit-timeline-day = Ngày { $days }

# The exit timeline, LST path: from then on; { $days } as in exit-timeline-day.
exit-timeline-day-after = Từ ngày { $days }

# The exit timeline, native path: when the last entry happens; { $days } is the restaking protocol's delay in days.
exit-timeline-then = Sau đó { $days } ngày

# Says in words which part of the diagram is highlighted: step 1's.
focus-note-stake = Đang làm nổi bật trên sơ đồ: bước 1, góp cổ phần ETH để nhận một token thanh khoản.

# Says in words which part of the diagram is highlighted: step 2's.
focus-note-deposit = Đang làm nổi bật trên sơ đồ: bước 2, gửi vào giao thức tái cổ phần.

# Says in words which part of the diagram is highlighted: step 3's.
focus-note-services = Đang làm nổi bật trên sơ đồ: bước 3, nhà điều hành và các nhánh tới những dịch vụ mà nhà điều hành chọn tham gia.

# Says in words which part of the diagram is highlighted: step 4's.
focus-note-rewards = Đang làm nổi bật trên sơ đồ: bước 4, phần thưởng chảy về dọc theo từng nhánh.

# Says in words which part of the diagram is highlighted: step 5's.
focus-note-exit = Đang làm nổi bật trên sơ đồ: bước 5, đường ra qua từng lớp.

# Says in words which part of the diagram is highlighted: the slashing arrows.
focus-note-slashing = Đang làm nổi bật trên sơ đồ: các mũi tên phạt cắt giảm, mỗi nhánh một mũi tên, mỗi mũi tên là một cách mất vốn gốc.

# The heading of the box a citation mark opens; { $number } is the fact's number.
fact-pop-heading = Nguồn { $number }

# A citation mark's accessible name; { $number } is the fact's number, { $source } its source's title (as the source wrote it).
source-mark-label = Nguồn { $number }: { $source }

# After a source's title in the list of sources; { $date } is when the fact took effect or was reported, { $checked } the day its quote was last compared with the source (both as 2026-12-03).
source-dates = , { $date }; kiểm tra lần cuối ngày { $checked }.

# Under a figure in the comparison's reward row; { $rate } is the yearly rate.
compare-cells-rate = mỗi năm, { $rate }

# The comparison's slashing row, restaking columns: how many sets of slashing rules; { $n } is that number.
compare-cells-sets = { $n ->
       *[other] { $n } bộ
    }

# The compounded-slashing risk's sentence when no service is backed.
slashing-now-no-services = Không bảo chứng dịch vụ nào thì chỉ có quy tắc của chính Ethereum mới có thể phạt cắt giảm.

# The compounded-slashing risk's sentence; { $chance } is the chance a year of at least one severe slash, { $n } how many services, { $cost } the expected cost a year.
slashing-now = Với số liệu của công cụ tính: xác suất { $chance } mỗi năm bị ít nhất một lần phạt cắt giảm nặng trên { $n ->
       *[other] { $n } dịch vụ
    }, chi phí kỳ vọng { $cost } mỗi năm.

# The closing judgement; { $base } is the base rate after the LST's fee, { $extra } the services' extra yearly rate, { $n } how many services.
judgement = Hãy coi lợi suất cơ sở, ở đây là { $base }, là mức sàn của bạn. Khoản { $extra } mỗi năm mà các dịch vụ cộng thêm là tiền trả cho việc gánh thêm { $n ->
       *[other] { $n } bộ
    } quy tắc phạt cắt giảm: hãy tự hỏi liệu nó có trả đủ cho điều đó không, và đừng bao giờ tái cổ phần nhiều hơn mức bạn có thể chịu được nếu bị phạt cắt giảm.

# The worked example's headline numbers on its pictures; { $stake } is the stake, { $base } the base reward, { $extra } the extra reward, { $gross } their sum a year, { $rate } that as a yearly rate, { $slash } the slash size, { $loss } what one slash takes.
picture-numbers = { $stake } tái cổ phần: { $base } + { $extra } = { $gross } mỗi năm ({ $rate }). Một lần phạt cắt giảm { $slash } lấy đi { $loss }.

# A picture's text alternative; { $title } is the picture's title, { $numbers } is picture-numbers.
picture-alt = { $title }: { $numbers }

# A picture's text alternative when its title is a question (it ends its own sentence). Placeholders as in picture-alt.
picture-alt-question = { $title } { $numbers }

# A save button's accessible name; { $format } is the file format shown on it ("SVG", "PNG").
save-as = Lưu hình này dưới dạng { $format }

# The last line of a saved figure; { $page } is the address of the page it came from. The quoted name is the explainer's (picture-page-title).
saved-from = Từ “Tái cổ phần, giải thích dễ hiểu”, { $page }

# Shown in place of every widget on the page if the program crashes.
crash-message = Xin lỗi, bài giải thích tái cổ phần đã ngừng hoạt động. Hãy tải lại trang để thử lại; nội dung bài viết không bị ảnh hưởng.

## The exact entries beside the sliders

# A number entry's accessible name; { $label } is its slider's label ("Stake").
exact-label = { $label }, giá trị chính xác

# The same, with the entry's unit as read aloud ("ETH", "% a year").
exact-label-unit = { $label }, giá trị chính xác tính bằng { $unit }

## The services' default names (a name the reader types is shown as typed)

# The first service of the worked example: a price feed for other programs.
service-name-oracle = Oracle

# The second: a bridge between chains.
service-name-bridge = Cầu nối

# The third, when added: a data availability layer.
service-name-data-layer = Lớp dữ liệu

# A fourth and later service: "Service D", "Service E", …; { $letter } is the letter.
service-name-lettered = Dịch vụ { $letter }

## The facts: each statement the widget makes about a protocol (its quote and source stay in the source's words)

# Source: COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”.
fact-article = Ví dụ mẫu: 32 ETH với khoảng 3,5% mỗi năm kiếm được khoảng 1,12 ETH; hai dịch vụ trả thêm 2% và 1,5% nâng con số lên khoảng 2,24 ETH, khoảng 7%; một lần phạt cắt giảm nặng 5% lấy đi 1,6 ETH. Ví dụ này không tính phí.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets.
fact-eigenlayer-slashing = Bản nâng cấp phạt cắt giảm của EigenLayer (unique stake, cổ phần riêng biệt): một nhà điều hành phân bổ một phần cổ phần được ủy quyền cho mình, theo từng tài sản, cho tập nhà điều hành của mỗi dịch vụ; các phần cộng lại tối đa 100%, và một dịch vụ chỉ có thể phạt cắt giảm cổ phần được phân bổ cho nó.

# Source: ELIP-001, Rewards v2.
fact-eigenlayer-commission = Một nhà điều hành EigenLayer mặc định giữ 10% phần thưởng của một dịch vụ, và có thể đặt bất kỳ mức nào từ 0 đến 100%; thay đổi có hiệu lực sau 7 ngày.

# Source: Lido documentation, tokens integration guide.
fact-lido-fee = Lido giữ 10% phần thưởng góp cổ phần, một nửa cho các nhà điều hành nút và một nửa cho ngân quỹ; DAO của Lido có thể thay đổi mức phí.

# Source: Renzo documentation, ezETH FAQs.
fact-lrt-fee = Renzo giữ 10% phần thưởng kiếm được từ tái cổ phần cho ezETH; các giao thức tái cổ phần thanh khoản khác tự đặt mức phí riêng.

# Source: ELIP-002, parameters.
fact-eigenlayer-withdrawal-delay = Thời gian chờ rút tiền của EigenLayer là 100.800 khối, khoảng 14 ngày, trong thời gian đó cổ phần vẫn có thể bị phạt cắt giảm; trước bản nâng cấp phạt cắt giảm, thời gian này là 7 ngày.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-slash-penalty = Từ bản nâng cấp Pectra, một trình xác thực bị phạt cắt giảm trước hết mất 1/4096 số dư hiệu dụng (khoảng 0,008 ETH trên 32 ETH); khoảng 18 ngày sau, một hình phạt tương quan có thể lấy đi nhiều hơn hẳn khi nhiều trình xác thực bị phạt cắt giảm cùng lúc.

# Source: Ethereum consensus specs, Electra beacon chain.
fact-ethereum-max-balance = Từ bản nâng cấp Pectra, một trình xác thực có thông tin xác thực gộp lãi (0x02) có thể tính đến 2.048 ETH; trình xác thực có thông tin xác thực 0x01 vẫn chỉ tính tối đa 32 ETH, và 32 ETH vẫn là mức tối thiểu.

# Source: Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY).
fact-ethereum-withdrawable-delay = Sau khi một trình xác thực không bị phạt cắt giảm thoát, ETH của nó có thể rút được sau một khoảng cố định 256 epoch, khoảng 27 giờ.

# Source: ethereum.org, “Staking withdrawals”.
fact-ethereum-withdrawal-sweep = Sau đó đợt quét rút tiền lần lượt chi trả cho các trình xác thực, tối đa 16 lệnh rút tiền mỗi khối (khoảng 115.200 lệnh mỗi ngày), nên một vòng quét mất vài ngày: khoảng 7 ngày cho 800.000 lệnh rút tiền.

# Source: Figment, “Ethereum (ETH)” staking page, validator queues FAQ.
fact-ethereum-exit-queue = Hàng đợi thoát của trình xác thực Ethereum đạt khoảng 46 ngày vào giữa tháng 9 năm 2025, sau khi nhà cung cấp dịch vụ góp cổ phần Kiln quyết định cho thoát toàn bộ trình xác thực của mình: thời gian chờ lâu nhất tính đến lúc đó.

# Source: EigenLayer documentation, rewards overview.
fact-eigenlayer-rewards = Các dịch vụ trên EigenLayer trả phần thưởng bằng bất kỳ token ERC-20 nào chúng chọn; các khoản chi trả được công bố hằng tuần và có thể nhận sau một tuần.

# Source: EigenLayer blog, “Redefining AVS”.
fact-avs-name = EigenLayer đã đổi tên AVS từ actively validated services (dịch vụ được xác thực chủ động) thành autonomous verifiable services (dịch vụ tự trị có thể xác minh), chỉ là thay đổi về tên gọi.

# Source: Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo).
fact-lrt-deposits = Các giao thức tái cổ phần thanh khoản như ether.fi, Renzo và Kelp nhận ETH thường cũng như các LST như stETH, và trả lại một token tái cổ phần thanh khoản (eETH, ezETH, rsETH).

# Source: Bankless, “Renzo Madness”.
fact-ezeth-depeg = Ngày 24 tháng 4 năm 2024, ezETH của Renzo rơi xuống thấp nhất 0,22 ETH trên một số thị trường trong khoảng một giờ: thanh khoản mỏng, và khi đó ezETH chưa thể quy đổi.

# Source: Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”.
fact-ezeth-liquidations = Tại hai thị trường cho vay Morpho, 145 trong số 146 lệnh thanh lý các khoản vay thế chấp bằng ezETH diễn ra trong vòng 23 phút kể từ lệnh đầu tiên, lúc 02:29 UTC ngày 24 tháng 4 năm 2024.

# Source: ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay).
fact-eigenlayer-rule-change = EigenLayer bật phạt cắt giảm vào ngày 17 tháng 4 năm 2025 và tăng thời gian chờ rút tiền từ 7 lên 14 ngày; các lệnh rút đã xếp hàng theo quy tắc cũ cũng phải chờ thời gian dài hơn này.

# Source: CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator data).
fact-restaking-concentration = Tháng 4 năm 2026, EigenLayer nắm giữ khoảng 94% tổng giá trị được tái cổ phần, theo dữ liệu của các trang tổng hợp; Symbiotic nắm giữ khoảng 0,9 tỷ USD và Karak khoảng 0,1 tỷ USD.

# Source: ELIP-018 (draft), RETIRE: restaking exit for EigenPods.
fact-ethereum-entry-queue = Hàng đợi kích hoạt trình xác thực mới của Ethereum dài hơn 50 ngày vào tháng 7 năm 2026, theo một đề xuất cải tiến của EigenLayer trong tháng đó.

# Source: Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT).
fact-ethereum-churn = Từ bản nâng cấp Pectra, trong mỗi epoch 6,4 phút có tối đa 256 ETH cổ phần vào Ethereum và tối đa 256 ETH rời đi (57.600 ETH mỗi ngày cho mỗi chiều); phần vượt quá phải chờ trong hàng đợi kích hoạt hoặc hàng đợi thoát.

# Source: EigenLayer documentation, safety delays.
fact-eigenlayer-redistribution = Từ tháng 7 năm 2025, một dịch vụ trên EigenLayer có thể tạo tập nhà điều hành có thể tái phân phối: phần nó phạt cắt giảm được chuyển cho một bên nhận do dịch vụ ấn định từ đầu, thay vì bị đốt. Chỉ nhà điều hành mới quyết định phân bổ: cổ phần của một người góp cổ phần, kể cả cổ phần đã ủy quyền từ trước, sẽ có thể bị tái phân phối ngay khi nhà điều hành của họ phân bổ cho một tập như vậy. ETH tái cổ phần gốc và EIGEN không thể bị tái phân phối.

# Source: ELIP-016, Redistribution Delay.
fact-eigenlayer-slash-delay = Từ tháng 6 năm 2026, cổ phần bị phạt cắt giảm phải chờ một khoảng trì hoãn xử lý phạt cắt giảm 7 ngày (50.400 khối) trước khi bị đốt hoặc tái phân phối; khoảng chờ này cho phép tạm dừng dòng tiền ra, nhưng không có cơ chế nào hoàn tác được một lần phạt cắt giảm.

# Source: ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake.
fact-eigenlayer-stake-rewards = Từ tháng 3 năm 2026 (rewards v2.2), một dịch vụ có thể chia phần thưởng theo cổ phần được phân bổ cho nó (unique stake) hoặc theo toàn bộ cổ phần được ủy quyền cho các nhà điều hành của nó (total stake).

# Source: EigenLayer forum, “Incentives Committee Update #1”.
fact-eigen-incentives = Từ ngày 19 tháng 3 năm 2026, ưu đãi EIGEN của EigenLayer chỉ dành cho cổ phần bảo chứng các dịch vụ có trả phí (ban đầu chỉ có EigenDA, với cổ phần ETH), ở mức bằng một nửa tỷ lệ trước đó cho ETH; các ETH tái cổ phần khác không nhận được gì.

# Source: EIP-7002, Execution layer triggerable withdrawals.
fact-ethereum-exit-request = Từ bản nâng cấp Pectra (ngày 7 tháng 5 năm 2025), thông tin xác thực rút tiền của một trình xác thực có thể kích hoạt việc thoát của nó từ lớp thực thi; chỉ trình xác thực gộp lãi (0x02) mới có thể yêu cầu rút cả một phần số dư vượt 32 ETH.

# Source: ethereum.org, “Withdrawal credentials”.
fact-ethereum-partial-withdrawals = Trình xác thực có thông tin xác thực 0x01 được tự động quét mọi số dư trên 32 ETH về địa chỉ rút tiền. Trình xác thực gộp lãi (0x02) gộp lãi đến 2.048 ETH và chỉ bị quét phần trên mức đó; dưới mức đó, muốn rút một phần thì phải gửi yêu cầu.

# Source: ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods.
fact-eigenpod-exits = Từ tháng 7 năm 2025, một EigenPod có thể tự kích hoạt việc thoát và rút một phần cho các trình xác thực của nó (EIP-7002); rút một phần chỉ áp dụng cho trình xác thực gộp lãi (0x02).

# Source: Renzo documentation, ezETH FAQs and instant withdrawals.
fact-renzo-exit = Renzo quy đổi ezETH ra ETH qua một hàng đợi rút tiền, mà Renzo cho biết có thể mất đến 15 ngày, hoặc ngay lập tức với một khoản phí tăng dần khi bộ đệm rút tiền cạn đi; một lệnh thoát tức thì khiến bộ đệm xuống dưới mức tối thiểu sẽ bị từ chối.

# Source: ether.fi smart contracts, EtherFiRedemptionManager.sol.
fact-etherfi-exit = ether.fi quy đổi eETH và weETH sang ETH ngay lập tức với một khoản phí thoát, trong giới hạn tốc độ, và chỉ khi bể của nó còn giữ nhiều hơn một mức tối thiểu định sẵn; nếu không, bạn xếp hàng để nhận một NFT rút tiền được chi trả sau.

# Source: Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”; ForkLog on the recovery.
fact-rseth-exploit = Ngày 18 tháng 4 năm 2026, tuyến cầu nối rsETH của Kelp từ Unichain sang Ethereum đã giải phóng 116.500 rsETH từ kho dự trữ phía Ethereum mà không có lượng đốt tương ứng trên Unichain, khiến rsETH trên các chuỗi khác thiếu tài sản bảo chứng; kẻ tấn công đã gửi 89.567 rsETH vào Aave và vay WETH và wstETH dựa trên số đó. Một quỹ của ngành (“DeFi United”) đã bù đắp phần thiếu hụt, Aave mở lại việc rút rsETH vào ngày 14 tháng 5 và Kelp khôi phục tài sản bảo chứng vào ngày 25 tháng 5 năm 2026.

# Source: Kelp, “April 18 Incident: Additional Context” (archived copy).
fact-rseth-verifier = Tuyến này chỉ tin vào đúng một bên xác minh (cấu hình 1-of-1 với bên xác minh của LayerZero Labs); kẻ tấn công đã chiếm quyền hai nút RPC mà nó dựa vào và đánh sập nút thứ ba, nên tuyến này đã phê duyệt một thông điệp không có thật. LayerZero và Kelp tranh cãi về việc ai đã chọn cấu hình này.

# Source: Ethereum consensus specs, phase 0 beacon chain (slash_validator).
fact-ethereum-slashed-exit = Một trình xác thực bị phạt cắt giảm sẽ bị buộc thoát, và số ETH còn lại của nó chỉ có thể rút được sau 8.192 epoch (khoảng 36 ngày) kể từ lúc bị phạt cắt giảm, hoặc muộn hơn nếu hàng đợi thoát dài hơn.

# Source: ELIP-016, Redistribution Delay (rationale).
fact-eigenlayer-allocation-delay = Mỗi nhà điều hành EigenLayer tự đặt thời gian chờ phân bổ của mình, tức khoảng chờ trước khi một lần phân bổ mới có hiệu lực và có thể bị phạt cắt giảm, và mức này có thể bằng 0: một nhà điều hành như vậy có thể ngay lập tức để cổ phần được ủy quyền chịu rủi ro của một dịch vụ mới, nhanh hơn thời gian một người góp cổ phần cần để rời đi (14 ngày). Đến tháng 5 năm 2026, một số nhà điều hành, kể cả các nhà điều hành công khai, đã đặt mức này bằng 0.

# Source: eigenlayer-contracts v1.12.0, RewardsCoordinator.
fact-eigenlayer-protocol-fee = Từ tháng 3 năm 2026, bên gửi phần thưởng của một dịch vụ trên EigenLayer có thể chọn trả phí giao thức 20%, được trừ ngay từ đầu: hoa hồng của nhà điều hành và phần của người góp cổ phần được lấy từ 80% còn lại. Chỉ những dịch vụ trả phí này mới đủ điều kiện nhận ưu đãi EIGEN.

# Source: ethereum.org, “How to stake your ETH”.
fact-staking-basics = Góp cổ phần là gửi ETH để chạy một trình xác thực, trình xác thực này kiểm tra giao dịch và thêm khối mới, giữ cho Ethereum an toàn và kiếm được ETH mới; vi phạm quy tắc sẽ khiến trình xác thực bị phạt cắt giảm: mất một phần cổ phần và bị loại khỏi mạng lưới.

# Between two sentences the widget puts together (the narration, the summaries): a space, or nothing where the language sets none (Chinese).
sentence-gap = {" "}

## The loaders' own lines (web/embed.js, web/boot.js): shown before the widget, or in its
## place when it cannot start. Every build's words carry them (scripts/locales.mjs).

# In an embed's box while the widget loads.
loader-loading = Đang tải bài giải thích tái cổ phần…

# In the widget's box when it could not start: a file refused, or a browser too old.
loader-failed = Không tải được bài giải thích tái cổ phần.
