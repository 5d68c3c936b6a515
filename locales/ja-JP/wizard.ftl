# The wizard: titles, steps, messages. Glossary: ブロックリスト, IPアドレス, メールサーバー,
# レンタルサーバー会社, 解除申請, 一時的なエラー, 恒久的なエラー.

## Top line and step bar
wizard-step-counter = ステップ { $number }/{ $total }
wizard-step-paste = エラーメールの貼り付け
wizard-step-happened = 何が起きたか
wizard-step-ip = IPアドレスの確認
wizard-step-list = リストの確認
wizard-step-form = 申請フォームの入力
wizard-step-copy = コピーして送信
wizard-step-after = 送信後
wizard-short-paste = 貼り付け
wizard-short-happened = 状況
wizard-short-ip = IP
wizard-short-list = リスト
wizard-short-form = 入力
wizard-short-copy = 送信
wizard-short-after = 送信後

wizard-more-above = ▲ 上にもあります(↑ PgUp)
wizard-more-below = ▼ 続きがあります(↓ PgDn)
wizard-too-small = ウィンドウが小さすぎます。{ $width }×{ $height }以上に広げてください(いまは { $now })。Ctrl+C で終了できます。
wizard-not-a-terminal = delist の画面は、端末(ターミナル)で開いてください。いまは出力がファイルかパイプにつながっています。スクリプトからは「delist analyze」か「delist request」を使ってください。
wizard-no-terminal = 画面を準備できませんでした: { $detail }

## Help
wizard-help-title = ヘルプ
wizard-help-keys-heading = 使えるキー
wizard-help-close = Esc で閉じます。
wizard-help-more-below = ▼ 続きがあります(↓)
wizard-help-more-above = ▲ 上にもあります(↑)
wizard-help-paste = 届いたエラーメールを、本文も見出し(件名・差出人など)も含めて全部コピーし、この画面に貼り付けてください。右クリックの「貼り付け」や Ctrl+Shift+V(Mac は ⌘V)で貼り付けられます。うまく貼り付けられないときは、エラーメールをファイルに保存して、そのファイルを画面にドラッグするか、ファイル名を入力して Enter を押してください。Ctrl+V でクリップボードから直接読むこともできます。
wizard-help-happened = エラーメールに書かれていたことを、分かりやすい言葉で説明しています。一時的なエラーの場合、メールサーバーはまだ送り直しを続けています。ブロックリストの問題でないときは、画面の案内に従って対処してください。相手のサーバーの応答にブロックリストの公式のURLがあるときは、u でそのURLを丸ごとコピーできます。ステップ4と6でも、u で公式のURLをコピーできます。
wizard-help-ip = ブロックされているのは、あなたの会社のメールを送り出しているメールサーバーのIPアドレス(住所のような番号)です。電話でサポートを受けているときは、大きく表示された番号を読み上げてください。番号が見つからないときは、e を押して入力できます。分からなければ、入力欄を空のまま Enter を押すと先に進めます。
wizard-help-list = 載っているブロックリストと、その公式の確認ページを表示しています。ページを開いてIPアドレスを入力すると、載っているかどうかが分かります。c でURLをコピーできます。p を押すと、スマートフォン用のQRコードが出ます。
wizard-help-form = 質問に答えると、解除申請フォームに入れる英語の文ができます。答えは番号キーで選びます(↑↓ で動かして Space でも選べます)。いくつでも選べる質問では、当てはまるものをすべて選んでください。Enter で答えが選ばれることはありません。答えてから Enter を押すと、次の項目に進みます。名前とメールアドレスは文字で入力します。Tab で次の項目、Shift+Tab で前の項目に移ります。英語の理由は、文字を打つとそのまま書き換えられます。英語の文には、日本語訳を並べて表示します。
wizard-help-form-nothing = 今回は、このステップで入力するものはありません。画面の説明を読んで、Enter で先に進んでください。
wizard-help-copy = 番号キーを押すと、その欄の内容がコピーされます。申請ページの同じ欄に貼り付けてください。a ですべての欄をまとめてコピーします。貼り付けられないときは、v でコピーした文だけを表示して、マウスで選んでコピーしてください。申請は一度だけ送ってください。
wizard-help-copy-nothing = 今回は、コピーして送る申請はありません。画面の説明のとおりにして、Enter で先に進んでください。
wizard-help-after = 申請のあとに起きることと、再発を防ぐ方法です。レンタルサーバー会社への連絡文は c でコピーできます。連絡文の中の公式のURLは、u で丸ごとコピーできます。ステップ4と6でも、u で公式のURLをコピーできます。

## Step 1: paste
wizard-paste-intro = エラーメールの全文を下の枠に貼り付けてください。ファイルをこの画面にドラッグするか、ファイル名を入力して Enter でも読み込めます。
wizard-paste-placeholder = ここにエラーメールを貼り付けます(右クリック →「貼り付け」)
wizard-paste-box = エラーメール
wizard-paste-box-file = ファイル: { $path }
wizard-paste-box-demo = デモ用のエラーメール
wizard-paste-size = { $lines }行・{ $size }
wizard-paste-waiting = まだ何も貼り付けられていません
wizard-paste-reading = 読み取り中です…
wizard-paste-not-bounce = エラーメールとして読み取れませんでした。全文を貼り付けてください
wizard-paste-found-list = { $name }のブロックを検出
wizard-paste-found-block = IPアドレスのブロックを検出
wizard-paste-found-bounce = エラーメールを認識: { $reason }
wizard-paste-found-ip = IP { $ip }
wizard-paste-read-only = 文章が大きいため、表示のみで編集はできません(↑↓ PgUp PgDn で見られます)。別のエラーメールを貼り付けると置き換わります。
wizard-paste-stdin-is-terminal = 「-」は標準入力を読み込む指定ですが、ここでは画面とつながっているため読めません。ファイル名を指定するか、エラーメールを画面に貼り付けてください。
wizard-paste-clipboard-empty = クリップボードは空です。エラーメールをコピーしてから、もう一度押してください。
wizard-paste-nothing-yet = まだ何も貼り付けられていません。先にエラーメールを貼り付けてください。
wizard-paste-still-reading = まだ読み取り中です。少しお待ちください。
wizard-paste-replaced = 前の内容を、貼り付けたエラーメールで置き換えました(Ctrl+U で元に戻せます)。
wizard-paste-looks-like-path = ファイル名のようです。Enter で読み込みます
wizard-paste-go-back = ここには貼り付ける欄がありません。新しいエラーメールは、全文を貼り付けるとステップ1で読み込みます。

## Step 2: what happened
wizard-happened-listed = { $has_domain ->
        [yes] { $domain } のメールサーバー
       *[no] 相手のメールサーバー
    }が、あなたのメールを受け取りませんでした。{ $kind ->
        [closed] 相手のメールサーバーが、すでに運営を終了したブロックリスト「{ $list }」を今も使っているためです。あなたのメールサーバーに問題があるわけではありません。
        [reputation] { $has_ip ->
            [yes] あなたのメールサーバー(IPアドレス { $ip })が
           *[no] あなたのメールサーバーが
        }、「{ $list }」の判定(送信元の評判)でブロックされているためです。
        [carrier] { $has_ip ->
            [yes] あなたのメールサーバー(IPアドレス { $ip })が
           *[no] あなたのメールサーバーが
        }、携帯電話会社の迷惑メールフィルター「{ $list }」でブロックされているためです。
       *[dnsbl] { $has_ip ->
            [yes] あなたのメールサーバー(IPアドレス { $ip })が
           *[no] あなたのメールサーバーが
        }「{ $list }」というブロックリストに載っているためです。
    }
wizard-happened-blocked = { $has_domain ->
        [yes] { $domain } のメールサーバー
       *[no] 相手のメールサーバー
    }が、あなたのメールを受け取りませんでした。{ $has_ip ->
        [yes] あなたのメールサーバー(IPアドレス { $ip })が
       *[no] あなたのメールサーバーが
    }ブロックされているためです(どのリストかは書かれていません)。
wizard-happened-other = { $has_domain ->
        [yes] { $domain } へのメール
       *[no] メール
    }が届きませんでした。原因: { $reason }。
wizard-happened-retry-heading = ■ 再送について
wizard-happened-recipients-heading = { $count ->
        [0] ■ 届かなかった宛先
       *[other] ■ 届かなかった宛先({ $count }件)
    }
wizard-happened-recipient-reason = { $recipient }:{ $reason }
wizard-happened-more-recipients = ほか{ $count }件
wizard-happened-other-reasons = ブロック以外の理由の宛先には、ブロックが解除されても届きません。それぞれの理由に合わせて対処してください(アドレスの確認など)。
wizard-happened-recipients-unknown = エラーメールに宛先が書かれていませんでした。
wizard-happened-not-blocklist = これはブロックリストの問題ではないようです。解除申請は必要ありません。
wizard-happened-way-out = Esc で戻って別のエラーメールを貼り付けるか、q で終了できます。それでもブロックリストの問題だと思う場合は b を押してください。
wizard-happened-enter-ends = このエラーメールについて、delist でできることはここまでです。上の案内に従って対処してください。それでもブロックリストの問題だと思う場合は、b を押してください。
wizard-happened-enter-own-filter = このブロックを外せるのは相手側だけです。c で相手の管理者へのメッセージをコピーできます。公開のブロックリストも確かめる場合は b を押してください。
wizard-happened-anyway-chosen = ブロックリストの問題として続けることを選びました(b)。次のステップでは、エラーメールに書かれていることだけを示します。
wizard-happened-own-filter = 相手のメールサーバーが、公開のブロックリストの名前を出さずに、あなたのIPアドレスを拒否しました。これは相手側の独自のフィルターです。外せるのは相手のメール管理者だけで、送る解除申請はありません。
wizard-happened-admin-heading = ■ 相手のメール管理者へのメッセージ(英語。c でコピー)
wizard-happened-admin-translation = 日本語訳(確認用):
wizard-happened-own-filter-then = 相手先の担当者に送り、メール管理者に渡してもらってください。公開のブロックリストも確かめる場合は b を押してください。
wizard-happened-admin-label = 相手の管理者へのメッセージ
wizard-happened-original-heading = ■ 相手のメールサーバーの応答(英語の原文)
wizard-happened-not-bounce = 貼り付けた文章は、エラーメールとして読み取れませんでした。
wizard-happened-not-bounce-help = エラーメールの一部だけを貼り付けていないか確認してください。件名や差出人から最後の行まで、全部をコピーして貼り付けると読み取れることがあります。Esc でステップ1に戻れます。

## Step 3: IP address
wizard-ip-intro = ブロックされているのは、あなたのメールサーバーのIPアドレス(インターネット上の住所のような番号)です。
wizard-ip-read-aloud = 読み上げ用:
wizard-ip-evidence-heading = ■ エラーメールの中で見つけた場所
wizard-ip-typed-by-hand = (手で入力したIPアドレスです)
wizard-ip-not-found = エラーメールの中に、ブロックされたIPアドレスが見つかりませんでした。
wizard-ip-how-to-find-heading = ■ IPアドレスの調べ方
wizard-ip-how-to-find = ご利用のレンタルサーバー会社の管理画面(サーバー情報)か、契約時の書類に「IPアドレス」として書かれています。分からないときは、レンタルサーバー会社か社内の管理者に「メールを送信するサーバーのIPアドレス」を問い合わせてください。{ $typing ->
        [yes] {""}
       *[no] 分かったら e で入力できます。
    }
wizard-ip-entry-label = IPアドレスを入力して Enter(例: 203.0.113.25)
wizard-ip-others-heading = ■ ほかに書かれていたIPアドレス(申請には使いません)
wizard-ip-role-blocked = ブロックされた送信サーバー
wizard-ip-role-remote-mx = 相手(受信側)のメールサーバー
wizard-ip-role-client = メールを送ったパソコンなど(社内のネットワーク)
wizard-ip-role-received = 元のメールが通ったサーバー
wizard-ip-role-other = どのサーバーのものか分からないアドレス
wizard-ip-private-note = (社内用のアドレスです)
wizard-ip-invalid = IPアドレスの形になっていません。数字4つを点で区切って入力してください(例: 203.0.113.25)。
wizard-ip-private = これは社内だけで使うIPアドレスです。インターネット側から見たメールサーバーのIPアドレスを入力してください。
wizard-ip-type-it = IPアドレスを入力して Enter を押してください。
wizard-ip-entry-skip-hint = 分からなければ、空欄のまま Enter を押すと先に進めます。
wizard-ip-skipped = IPアドレスなしで進みます。分かったら、ステップ3に戻って e で入力してください。
wizard-ip-draft-kept = 入力していた「{ $typed }」は残してあります。e で続きを入力できます。
wizard-ip-accepted = IPアドレス { $ip } を使います。
wizard-ip-copy-label = IPアドレス
wizard-ip-none-to-copy = コピーするIPアドレスがまだありません。

## Step 4: the list
wizard-list-unknown = どのブロックリストかは、エラーメールに書かれていませんでした。
wizard-list-unknown-help = レンタルサーバー会社に、エラーメールを添えて「送信サーバーのIPアドレスがブロックリストに載っていないか」を問い合わせてください。相手先のメール管理者に、どのリストで拒否したかを聞くこともできます。
wizard-list-url-heading = { $page ->
        [help] ■ 送信者向けの公式ページ
       *[lookup] ■ 公式の確認ページ
    }
wizard-list-url-keys = c: URLをコピー  p: スマホ用QRコード
wizard-list-url-keys-desktop = c: URLをコピー  o: ブラウザで開く  p: スマホ用QRコード
wizard-list-how-heading = ■ 確認のしかた
wizard-list-suspicious = 注意: このエラーメールには、ブロックリストの公式サイトではないサイトへのリンク(URL)が書かれています。
wizard-list-suspicious-advice = 偽の「解除サイト」で、お金やパスワードをだまし取られるおそれがあります。エラーメールの中のリンクは開かないでください。確認と申請には、delist が示す公式のページだけを使ってください。
wizard-list-closed = { $list }は運営を終了しています。解除するものはありません。
wizard-list-first-heading = ■ 最初にすること
wizard-list-conditions-heading = { $asks ->
        [yes] ■ 解除を申請する前に
       *[no] ■ ブロックが解けるための条件
    }
wizard-list-url-label = { $page ->
        [help] 送信者向けページのURL
       *[lookup] 確認ページのURL
    }
wizard-list-no-url = このリストには、確認ページのURLが登録されていません。
wizard-list-qr-caption = { $page ->
        [help] スマホで案内ページを開けます
       *[lookup] スマホで確認ページを開けます
    }
wizard-list-opened = { $page ->
        [help] ブラウザで送信者向けページを開きました。
       *[lookup] ブラウザで確認ページを開きました。
    }
wizard-list-open-failed = ブラウザを開けませんでした({ $detail })。c でURLをコピーして、ブラウザに貼り付けてください。
wizard-list-open-refused = このアドレスはリストの運営元のページではないため、開きません。

## Step 5: the form
wizard-form-no-list = どのブロックリストか分からないため、申請フォームの内容は作れません。エラーメールを添えて、レンタルサーバー会社に相談してください(相談のしかたはステップ4にあります)。Enter で先に進めます。
wizard-form-nothing-to-send = このブロックは自然に解除されるので、送る申請はありません。下の質問に答えると、レンタルサーバー会社に相談したほうがよい場合は、ステップ7にその連絡文ができます。答えずに進むときは、最後の項目を過ぎるまで Tab を押してください。
wizard-form-recipient = 今回は、あなたが送る申請はありません。変えられるのは、相手のメールサーバーの設定だけです。ステップ4の「最初にすること」のとおり、相手に連絡してください。Enter で先に進めます。
wizard-form-intro = 質問に答えると、{ $route ->
        [provider] IPアドレスの持ち主(レンタルサーバー会社やプロバイダー)に解除申請を頼むメールができます(ステップ6に英語、ステップ7に日本語)。
        [mail] 申請メールの英語の文ができます。
       *[form] 申請フォームに貼り付ける英語の文ができます。
    }申請文には、選んだことだけを書きます。Tab で次の項目、Esc で1つ前の質問に戻ります。
wizard-form-ask-provider-first = 共用サーバーのIPアドレスはレンタルサーバー会社のものです。{ $who ->
        [network-owner] { $list }はレンタルサーバー会社からの申請しか受け付けない場合があるので、先にステップ7の連絡文をレンタルサーバー会社に送ってください。
       *[role-address] { $list }はレンタルサーバー会社からの申請を求めているので、先にステップ7の連絡文をレンタルサーバー会社に送ってください。このフォームをあなた自身が送ることもできます。
    }
wizard-form-email-role-free = { $list }は、IPアドレスを持つ会社のドメインの abuse@ か postmaster@ からの申請を求めています。{ $domain } は無料のメールサービスなので、会社のアドレスを使ってください。
wizard-form-item-cause = 原因
wizard-form-item-fixes = 行った対策
wizard-form-item-prevention = 再発防止
wizard-form-item-server = メールの送信元
wizard-form-item-provider = レンタルサーバー会社の名前
wizard-form-item-name-ja = お名前(漢字・かな)
wizard-form-item-name = お名前(ローマ字)
wizard-form-item-email = 連絡先のメールアドレス
wizard-form-item-role = あなたの立場
wizard-form-item-company = 会社名(英語かローマ字)
wizard-form-item-phone = 電話番号
wizard-form-item-reason = 申請の理由(英語)
wizard-form-pick-one = どれか一つを選んでください(分からなければ「分からない」を選べます)。
wizard-form-unanswered = (まだ答えていません)
wizard-form-name-from-above = { $name }(上の欄の名前から)
wizard-form-none-chosen = (なし。選んだものだけを書きます)
wizard-form-provider-detected = (空欄のときは、エラーメールから分かった { $name }を使います)
wizard-form-reason-ready = 質問の答えから作りました(書き換えることもできます)
wizard-form-reason-edited = あなたが書き換えた文を使います
wizard-form-reason-help = 質問の答えから作った英語の文です。このまま使うなら Enter で次へ進みます。文字を打つと書き換えになり、書き換え中は Enter で改行、Tab で次の項目へ進みます。
wizard-form-reason-edited-help = 書き換えた英語を使います。日本語訳は書き換える前の文のものです。全部消すと、作った文に戻ります。
wizard-form-hint-single = 答えの番号を押してください(分からないときは 1)。↑↓ で動かして Space でも選べます。答えてから Enter で次の項目へ進みます。
wizard-form-enter-unanswered = まだ答えていません。答えの番号を押してください(分からないときは 1)。↑↓ と Space でも選べます。Enter で答えが選ばれることはありません。
wizard-form-enter-unanswered-multi = まだ答えていません。当てはまるものの番号を押してください(どれも当てはまらない・分からないときは 1)。Enter で答えが選ばれることはありません。
wizard-form-number-waits = { $number }番を指しています。{ $number }番でよければ Enter を、{ $first }〜{ $last }番なら続けてもう1桁を押してください。
wizard-form-no-such-option = { $number }番の選択肢はありません。
wizard-form-blocked = { $label }(選べません: { $why })
wizard-form-blocked-notice = 「{ $label }」は、ほかの回答と両立しないため選べません: { $why }
wizard-form-role-unknown = 分からない・どれにも当てはまらない(フォームの画面で自分で選びます)
wizard-form-none-fixes = まだ何もしていない・分からない
wizard-form-none-prevention = まだ決めていない・分からない
wizard-form-item-ip-kind = 固定IP
wizard-form-hint-multi = 当てはまるものの番号を押してください(どれも当てはまらないときは 1)。↑↓ で動かして Space でチェックを付けたり外したりもできます。答えてから Enter で次の項目へ進みます。
wizard-form-hint-name = 英語のフォームに入る名前です(例: Yamada Taro)。ひらがな・カタカナで入力すると、ローマ字に直します。
wizard-form-hint-name-ja = ふだん書くとおりに入力してください(例: 山田 太郎)。レンタルサーバー会社へのメールの署名に使います。ひらがな・カタカナなら、ローマ字の欄は空のままでもかまいません。
wizard-form-hint-email = 返事が届くアドレスです。リストによっては abuse@ や postmaster@ のアドレスを求められます。
wizard-form-hint-provider = 例: エックスサーバー、さくらインターネット。分からなければ空欄のままでかまいません。
wizard-form-hint-phone = 例: 03-1234-5678(国際電話の形式に直します)
wizard-form-hint-company = 例: Example Trading Co., Ltd.
wizard-form-translation = 訳:
wizard-form-choice-quoted = 「{ $choice }」
wizard-form-preview-heading = ■ 申請フォームに入る内容(英語と日本語訳)
wizard-form-preview-not-yet = 質問にすべて答えると、ここに表示されます。
wizard-form-needs-ip = この申請には、ブロックされたIPアドレスが必要です。ステップ3に戻って(Esc を何度か押します)e で入力してください(調べ方もステップ3にあります)。
wizard-form-not-complete = まだ答えが足りない項目があります({ $count }件)。⚠ の付いた項目を確認してください。
wizard-mail-to = 宛先
wizard-mail-subject = 件名
wizard-mail-body = 本文

## Step 6: copy and send
wizard-copy-nothing-to-send = 送る申請はありません。{ $page ->
        [yes] ステップ4の確認ページで、外れたかどうかを確かめてください。
       *[no] 原因が止まれば、時間がたつと自然に解除されます。
    }
wizard-copy-recipient = 送る申請はありません。電話など別の方法で相手に連絡し、相手のメール管理者に設定を変えてもらってください(ステップ4の「最初にすること」)。
wizard-copy-intro-mail = この申請はメールで送ります。番号キーでコピーし、新しいメールの同じ場所(件名・本文)に貼り付けてください。
wizard-copy-checklist-mail-heading = ■ メールの送り方
wizard-copy-mail-new = メールソフトで新しいメールを作ります。
wizard-copy-mail-to = 宛先: { $to }
wizard-copy-mail-to-provider = ご利用のレンタルサーバー会社(またはプロバイダー)のサポート窓口のアドレス
wizard-copy-mail-provider-note = 日本のレンタルサーバー会社なら、この英語のメールではなく、ステップ7の日本語の連絡文を送れば十分です。英語のメールは、海外の会社やプロバイダーに送るときに使います。
wizard-copy-mail-paste = 件名と本文に、この画面の番号の内容を貼り付けます(番号キーを押してから、メールソフトで Ctrl+V、Mac は ⌘V)。
wizard-copy-intro = 番号キーを押すと、その欄がコピーされます。申請ページの同じ名前の欄に貼り付けてください。
wizard-copy-empty-value = (空欄です。ステップ5で入力してください)
wizard-copy-checklist-heading = ■ 申請ページでの手順
wizard-copy-manual = (ページ上で、あなた自身が操作する欄です)
wizard-copy-check-open = 確認ページを開きます{ $here ->
        [yes] (c でURLをコピーできます)
       *[no] (ステップ4で c を押すとURLをコピーできます)
    }:
    { $url }
wizard-copy-check-form = 申請フォームのページを開きます(c でURLをコピーできます):
    { $url }
wizard-copy-form-url-label = 申請ページのURL
wizard-copy-check-paste = 申請フォームの各欄に、この画面の番号の内容を貼り付けます: { $pairs }。番号キーを押してから、ページの欄で Ctrl+V(Mac は ⌘V)を押します。
wizard-copy-check-manual = 次の欄はページ上で自分で操作します: { $labels }
wizard-copy-check-submit = 内容を確かめて、送信ボタンを一度だけ押します。何度も送ると、かえって遅くなることがあります。
wizard-copy-no-such-field = { $number }番の欄はありません。
wizard-copy-nothing = コピーする欄がありません。
wizard-copy-refused = このリスト自身の決まりにより、あなたの回答では解除申請ができません。代わりに次のようにしてください:
wizard-copy-refused-email = そのためにプロバイダーへ送る依頼のメールを、ステップ7に用意しました。Enter で進んでください。
wizard-copy-via-provider = { $owner ->
        [yes] このリストは、{ -glossary-ip }の持ち主からの{ -glossary-removal-request }だけを受け付けます。持ち主は、{ -glossary-provider }(またはプロバイダー)です。送るものは、ステップ7のメール1通です。原因の調査と、リストへの{ -glossary-removal-request }を頼みます。Enter で進んでください。
       *[no] このブロックは、あなたからの申請ではなく、{ -glossary-provider }(またはプロバイダー)を通して解除されます。送るものは、ステップ7のメール1通です。原因の調査を頼みます。Enter で進んでください。
    }
wizard-copy-fix-first = 原因が分からず、対策もまだ選ばれていません。{ $list }は、申請の前に次のことを求めています:
wizard-copy-fix-first-how = 原因を止める前に送った申請は、断られることがよくあります。解除されても、また登録されてしまいます。f で戻って行ったことを選ぶか、このまま送ってください(その場合、対策は書かれません)。
wizard-copy-no-list = どのブロックリストか分からないため、申請するものはありません。ステップ4の案内のとおり、レンタルサーバー会社に相談してください。
wizard-copy-all-label = すべての欄
# Between the items of a list inside a sentence (labels, choices).
wizard-list-sep = 、

## Step 7: after sending
wizard-after-expect-heading = ■ このあと起きること
wizard-after-expect = 申請を受け付けたという自動返信メールが届きます(英語のことがあります)。迷惑メールのフォルダーも確認してください。
wizard-after-expect-wait = 申請は送りません。原因が止まっていれば、待つだけで解除されます。
wizard-after-turnaround = 解除までの目安: { $from }〜{ $to }。リストが申請を確認してから外れます。
wizard-after-expires = { $request ->
        [yes] 申請しなくても、{ $span }ほどで自動的に外れます。
       *[no] 外れるまでの目安は{ $span }ほどです。
    }
wizard-after-retry-temporary = { $has_until ->
        [yes] 一時的なエラーです。あなたのメールサーバーは{ $until }まで自動で送り直すので、それまでに解除されればメールは届きます。解除が間に合わなかったときだけ、ご自分でもう一度送ってください。
       *[no] 一時的なエラーです。あなたのメールサーバーが自動で送り直すので、解除されればメールは届きます。いつまで送り直すかはエラーメールに書かれていません(多くは5日ほどです)。それまでに届かなかったときは、ご自分でもう一度送ってください。
    }
wizard-after-expect-recipient = 相手のメール管理者が設定を変えると、メールが届くようになります。あなたの側で申請するものはありません。
wizard-after-expect-provider = レンタルサーバー会社(またはプロバイダー)からの返事を待ち、その案内に従ってください。解除の申請は、IPアドレスの持ち主である会社が行います。
wizard-after-expect-ask = 申請はまだ送っていません。レンタルサーバー会社の調査の結果を待ち、その案内に従ってください。
wizard-after-expect-refused = 解除申請は送りません。あなたの回答では、リスト自身の決まりで申請ができないためです。{ $email ->
        [yes] 下のメールをプロバイダーに送り、その案内に従ってください。
       *[no] ステップ6の案内に従ってください。
    }
wizard-after-resend-later = 届かなかったメールは、ブロックが解除されたことを確かめてから、もう一度送ってください。
wizard-after-resend-recipient = 届かなかったメールは、相手から設定を変えたと連絡があってから、もう一度送ってください。
wizard-after-resend = 届かなかったメールは、解除を確かめてから(ステップ4の確認ページで)もう一度送ってください。
wizard-after-why-heading = ■ なぜこうなったのか
wizard-after-prevent-heading = ■ 再発を防ぐには
wizard-after-prevent = { $cause ->
        [dynamic-ip] 事務所の回線から相手に直接送らず、プロバイダーかレンタルサーバー会社の送信サーバーを通して送ってください。ポート587(メールソフトの送信設定にある番号)と、認証(ユーザー名とパスワード)を使います。設定は、プロバイダーやレンタルサーバー会社が教えてくれます。
        [no-ptr] サーバーやIPアドレスを変えたときは、そのたびに逆引き(PTR)と、サーバーが名乗る名前(HELO)が正しいかを確かめてください。逆引きの設定は、IPアドレスの持ち主(レンタルサーバー会社やプロバイダー)が行います。
        [open-relay] メールサーバーが、認証した社内の利用者のメールだけを送るようにしておいてください。サーバーの設定を変えたときは、そのたびに確かめてください。
        [backscatter] 知らない送信者への自動返信やエラーメールは、送らない設定のままにしておいてください。
        [newsletter-complaints] メールマガジンは、受け取ると申し込んだ人にだけ送り、届かないアドレスや長く読まれていないアドレスは定期的に外してください。
       *[other] パスワードを使い回さず、メールのパスワードを定期的に見直してください。何度もブロックされる場合は、レンタルサーバー会社に相談し、送信専用のサービスや別のサーバーへの変更を検討してください。
    }
wizard-after-email-heading = { $to ->
        [either] ■ レンタルサーバー会社・プロバイダーへの連絡文
       *[provider] ■ レンタルサーバー会社への連絡文
    }
wizard-after-email-english = 同じ内容の英語版です(送るのは上の日本語のメールです):
wizard-after-email-english-abroad = 同じ内容の英語版です。海外の会社やプロバイダーには、こちらを送ってください:
wizard-after-email-intro = c でコピーして、レンタルサーバー会社のサポート窓口にメールで送ってください。
wizard-after-email-intro-refused = c でコピーして、サポート窓口にメールで送ってください。送り先はレンタルサーバー会社です。事務所の回線からメールサーバーを動かしている場合は、インターネットのプロバイダーです。
wizard-after-email-not-needed = 今回は、レンタルサーバー会社への連絡は必要ありません。
wizard-after-email-label = レンタルサーバー会社への連絡文
wizard-after-no-email = ステップ5の質問にすべて答えると、ここに連絡文ができます。
wizard-after-no-list = どのブロックリストか分からないため、連絡文は作れません。エラーメールを添えて、レンタルサーバー会社のサポート窓口に「送信サーバーのIPアドレスがブロックリストに載っていないか」を問い合わせてください。

## Quit, QR, clipboard
wizard-quit-title = 終了の確認
wizard-quit-question = 終了しますか?
wizard-quit-unsaved = 貼り付けたエラーメールと入力した内容は保存されません。
wizard-quit-saved = 入力した内容はケース { $id } に保存されています。続きは delist --resume { $id } で再開できます(一覧: delist cases)。
wizard-quit-keys = y: 終了する   n: 続ける
wizard-quit-hold = 終了したあとも、Enter を押すか{ $seconds }秒たつまでは貼り付けられます。
wizard-qr-title = スマホ用QRコード
wizard-qr-too-small = ウィンドウが小さいため、QRコードを表示できません。ウィンドウを広げるか、下のURLをスマートフォンで入力してください。
wizard-qr-help = { $page ->
        [help] スマートフォンのカメラで読み取ると、送信者向けページが開きます。
       *[lookup] スマートフォンのカメラで読み取ると、確認ページが開きます。
    }
wizard-copy-result = { $what }: { $message }
wizard-copy-plain-hint = v を押すと、コピーした文だけを表示するので、マウスで選んでコピーできます。
wizard-plain-help = 上の文章をマウスで選んでコピーしてください(端末の機能: 選んでから右クリック、Ctrl+Shift+C など)。Esc で戻ります。
wizard-online-heading = 今オンラインで確認した結果
wizard-online-running = ブロックリストに問い合わせています…(最大3秒)
wizard-online-asking = { $ip } についてブロックリストに問い合わせています…
wizard-online-no-ip = 確認するIPアドレスがありません。ステップ3で入力してください。
wizard-online-offline = 問い合わせ先(DNSサーバー)に届きませんでした。このコンピューターは、インターネットにつながっていないようです。

# One line after a crash, once the terminal is restored.
wizard-crashed = delist 自体のエラーで停止しました。端末は元に戻しました。
wizard-crashed-saved = delist 自体のエラーで停止しました。端末は元に戻しました。入力した内容はケース { $id } に保存されています({ $path })。続きから: delist --resume { $id }

## Cases
wizard-case-resumed = ケース { $id } を再開しました。
wizard-resume-title = 前回の続き
wizard-resume-question = 前回の続きから始めますか?
wizard-resume-saved = 最終保存: { $time }
wizard-resume-what = リスト: { $list }   IP: { $ip }
wizard-resume-step = ステップ { $step }/7 まで進んでいます
wizard-resume-keys = y または Enter: 続きから   n または Esc: 新しく始める(前のケースは残ります)
wizard-code-opened = 電話用コードから開きました(エラーメールの本文はありません)。お客様と同じ画面を見ながら案内できます。
wizard-report-recipients = 届かなかった宛先: { $list }
wizard-report-resume = 続きから: delist --resume { $id }
wizard-phone-code = 電話用コード { $code }
wizard-report-label = ケースの報告書
wizard-profile-prefilled = 前回入力した連絡先(名前・メールなど)を入れました。違っていれば書き直してください。Ctrl+D で記憶ごと消せます。
wizard-profile-forgotten = 記憶していた連絡先を消しました。
wizard-profile-save-failed = 連絡先を記憶できませんでした: { $detail }
wizard-profile-mark = 前回の入力
wizard-form-hint-remembered = 前回入力した値です。そのままでよければ Enter、違っていれば書き直してください(Ctrl+D で記憶ごと消去)。
wizard-new-case-title = 新しいエラーメール
wizard-new-case-question = 別のエラーメールが貼り付けられました。新しいケースとして始めますか?
wizard-new-case-kept = 今のケース { $id } は保存されたまま残ります(delist --resume { $id } で戻れます)。
wizard-new-case-kept-unsaved = 今のケースは、このコンピューターにケースを保存する場所がないため残りません。
wizard-new-case-keys = y または Enter: 新しいケースで始める   n または Esc: 今のケースに戻る(貼り付けは使いません)
wizard-new-case-started = 新しいケースを始めました。前のケース { $id } は保存されています。
wizard-page = { $page }/{ $pages }ページ

## Added for #16 (request side): the company's Japanese name, one-key copy of long URLs.
wizard-form-item-company-ja = 会社名(漢字・かな)
wizard-form-hint-company-ja = ふだん書くとおりに入力してください(例: 株式会社サンプル商事)。レンタルサーバー会社へのメールに使います。英語の文面には、英語かローマ字の会社名を使います。
wizard-url-label = { $count ->
        [one] URL
       *[other] URL({ $count }件中{ $number }件目)
    }
wizard-url-none = この画面には、コピーできる公式のURLがありません。
wizard-after-expect-own-admin = ここから送る申請はありません。待っていても、このブロックは外れません。社内の Microsoft 365 管理者がマイクロソフトのサポートを通じて解除します。エラーメールにあるエラーコードを管理者に伝えてください。

## Step 2: a message nested past the depth read (issue 18)
wizard-happened-nesting-cut = このメールのうち、{ $depth }階層より深く入れ子になった部分は読んでいません。以下は、読めた部分からの判断です。
