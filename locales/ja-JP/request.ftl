# 申請文の作成。書き換える前に locales/README.md を読んでください。
#
# request-text-* は、申請フォームやメールに入る英文の日本語訳です(英文は en-US の同じ id)。
# 英文と一文ずつ対応させ、サポート担当者がお客様に説明するような、ていねいなです・ます調で
# 書きます。それ以外は画面の文と、レンタルサーバー会社へのメールです。

## 列挙(「A、B、C」)。
request-text-list-two = { $a }、{ $b }
request-text-list-sep = 、
request-text-list-more = { $head }、{ $last }

## なぜ起きたか(原因ごとに短い段落)。
request-text-why-shared-server = { $server ->
        [m365] この{ -glossary-ip }は、Microsoft 365の多くの利用者が共同で使っているものです。別の利用者が迷惑メールを送ったものと考えています。
        [google] この{ -glossary-ip }は、Google Workspaceの多くの利用者が共同で使っているものです。別の利用者が迷惑メールを送ったものと考えています。
       *[other] { $named ->
            [yes] この{ -glossary-ip }は、当社が契約している{ -glossary-provider }({ $provider })の共用サーバーのものです。同じサーバーを使う別の利用者が迷惑メールを送ったものと考えています。
           *[no] この{ -glossary-ip }は、当社が契約している{ -glossary-provider }の共用サーバーのものです。同じサーバーを使う別の利用者が迷惑メールを送ったものと考えています。
        }
    }
request-text-why-stolen-password = 当社のメールアカウントの一つで、パスワードが盗まれました。そのアカウントが迷惑メールの送信に使われました。
request-text-why-infected-pc = 当社のパソコンの1台がマルウェアに感染しました。そのパソコンから迷惑メールが送られていました。
request-text-why-hacked-website = 当社のウェブサイトが悪用され、迷惑メールの送信に使われました。
request-text-why-new-ip = この{ -glossary-ip }は、最近当社の{ -glossary-mail-server }に割り当てられたものです。以前の利用者が送ったメールが原因で登録された可能性があります。
request-text-why-dynamic-ip = 当社の{ -glossary-mail-server }が、事務所のインターネット回線の動的な{ -glossary-ip }から、相手先に直接メールを送っていました。
request-text-why-no-ptr = 当社の{ -glossary-mail-server }の{ -glossary-ip }に、正しい逆引き(PTR)が設定されていませんでした。
request-text-why-newsletter-complaints = 当社のメールマガジンが、一部の受信者から迷惑メールとして報告されました。
request-text-why-backscatter = 当社のサーバーが、なりすまされた送信元アドレスに自動返信やエラーメールを送っていました。
request-text-why-open-relay = 当社の{ -glossary-mail-server }が、設定の誤りで誰のメールでも中継してしまう状態(オープンリレー)になっていました。それが迷惑メールの送信に使われました。
request-text-why-unknown = この{ -glossary-ip }が登録された理由は、まだ分かっていません。

## 行った対策(ユーザーが選んだものだけ)。
request-text-fixed = { $list }。
request-text-nofix-shared = { $server ->
        [m365] 当社のメールはMicrosoft 365から送っているため、サーバーの設定を当社で変えることはできません。
        [google] 当社のメールはGoogle Workspaceから送っているため、サーバーの設定を当社で変えることはできません。
       *[other] サーバーは{ -glossary-provider }が管理しているため、設定を当社で変えることはできません。
    }
request-text-fix-asked-provider = { $server ->
        [m365] Microsoft
        [google] Google
       *[other] { $named ->
            [yes] { -glossary-provider }({ $provider })
           *[no] { -glossary-provider }
        }
    }に、迷惑メールの送信元を調べて止めるよう依頼しました
request-text-fix-changed-passwords = すべてのメールアカウントのパスワードを変更しました
request-text-fix-enabled-mfa = 二要素認証を有効にしました
request-text-fix-removed-malware = パソコンを検査し、マルウェアを駆除しました
request-text-fix-fixed-website = ウェブサイトを更新し、お問い合わせフォームが悪用されないようにしました
request-text-fix-closed-relay = { -glossary-mail-server }が誰のメールでも中継することのないよう、設定を直しました
request-text-fix-set-ptr = { -glossary-mail-server }のホスト名と一致する逆引き(PTR)を設定しました
request-text-fix-use-provider-smtp = すべてのメールを、プロバイダーの{ -glossary-mail-server }から認証付きで送るように変更しました
request-text-fix-set-authentication = 当社の{ -glossary-mail-server }から送るすべてのメールで、送信時の認証(SMTP AUTH)を必須にしました
request-text-fix-cleaned-list = 配信リストから、無効なアドレスと反応のないアドレスを削除しました
request-text-fix-stopped-auto-replies = 知らない送信元への自動返信とエラーメールを止めました
request-text-fix-reduced-volume = 送るメールの量を減らし、送る速さも抑えました

## 再発を防ぐために。
request-text-prevent = 再発を防ぐため、今後は{ $list }。
request-text-prevent-shared = この{ -glossary-ip }はほかの利用者と共用しているため、再発しないとはお約束できません。そのうえで、当社では今後、{ $list }。
request-text-prevent-shared-none = この{ -glossary-ip }はほかの利用者と共用しているため、再発しないとはお約束できません。
request-text-prevention-monitor = 送信メールを定期的に確認します
request-text-prevention-rate-limit = アカウントごとに、1時間に送れるメールの数を制限します
request-text-prevention-strong-passwords = すべてのアカウントで、推測されにくく使い回しのないパスワードを使います
request-text-prevention-updates = パソコン、サーバー、ウェブサイトのソフトウェアを最新の状態に保ちます
request-text-prevention-antivirus = すべてのパソコンで、ウイルス対策ソフトを常に動かしておきます
request-text-prevention-confirmed-opt-in = メールマガジンを、購読の確認が取れた方にだけ送ります
request-text-prevention-staff-training = 社員がフィッシングメールを見分けられるよう、研修を行います
request-text-prevention-ask-provider-dedicated-ip = { -glossary-provider }に、専用の{ -glossary-ip }について相談します

request-text-closing = 申請をご確認いただき、ありがとうございます。

## そのほかの欄の値。
request-text-value-title = { $ip } をブロックリストから外していただくお願い
request-text-value-ip-static = 固定
request-text-value-ip-dynamic = 動的(変わる)
request-text-value-ip-owner = { -glossary-mail-server }
request-text-value-server-shared = 共用
request-text-value-server-dedicated = 専用
request-text-value-mail-newsletter = メールマガジン
request-text-value-time-zone = 日本時間(UTC+9)

## 相手先のメール管理者へのメッセージ(相手側の独自のフィルター)。
request-text-recipient-refused = { $has_recipient ->
        [yes] 当社から { $recipient } へ送ったメールが、貴社のメールサーバーで受け取りを拒否されました
       *[no] 当社から貴社へ送ったメールが、貴社のメールサーバーで受け取りを拒否されました
    }{ $has_ip ->
        [yes] 。当社の送信元の{ -glossary-ip }({ $ip })がブロックされています。拒否のメッセージは次のとおりです:
       *[no] 。拒否のメッセージは次のとおりです:
    }
request-text-recipient-ask = メッセージには公開のブロックリストの名前がありません。そのため、貴社側の設定でブロックされているものと考えています。お手数ですが、サーバーのフィルターをご確認のうえ、当社からのメールを受け取れるようにしていただけますでしょうか。よろしくお願いいたします。
request-text-role-it-admin = IT管理者
request-text-role-owner = 経営者
request-text-role-office-staff = 事務担当者
request-text-role-web-admin = ウェブサイト管理者
request-text-role-it-contractor = ITサポート業者

## リストへのメール。
request-text-email-subject-label = 件名:{" "}
request-text-email-subject = { $ip }({ $domain })の解除申請
request-text-email-hello = ご担当者様
request-text-email-attached = エラーメール(NDR)を添付しています。
request-text-email-who = { $has_company ->
        [yes] 当社は{ $company }です。メールのドメインは{ $domain }です。
       *[no] 当社のメールのドメインは{ $domain }です。
    }
request-text-email-rejected = { $known ->
        [yes] 当社のサーバー({ $ip })から{ $recipient }宛てに送ったメールが{ $dated ->
            [yes] 、{ $date }に
           *[no] {""}
        }
        [owner] 当社が{ $ip }から送ったメールが{ $dated ->
            [yes] 、{ $date }に
           *[no] {""}
        }
       *[no] 当社のサーバー({ $ip })から貴社の利用者宛てに送ったメールが{ $dated ->
            [yes] 、{ $date }に
           *[no] {""}
        }
    }{ $quoted ->
        [yes] 次のエラーで拒否されました。
        [excerpt] 拒否されました。エラーの該当部分は次のとおりです(「…」は省略した箇所です)。
       *[no] 拒否されました。
    }
request-text-email-ask = { $ip } をご確認のうえ、ブロックリストから削除していただけますと幸いです。
request-text-email-more = ほかに必要な情報があれば、お知らせください。
request-text-email-regards = よろしくお願いいたします。

## IPアドレスの持ち主(レンタルサーバー会社やプロバイダー)へのメール。
request-text-owner-subject = { $list }に登録された { $ip } の解除申請のお願い
request-text-owner-listed = 貴社のネットワークの{ -glossary-ip }({ $ip })が、{ $list }に登録されています。
request-text-owner-only = このリストは、{ -glossary-ip }を管理するネットワークからの解除申請だけを受け付けています。
request-text-owner-admin = このリストは、送信元の{ -glossary-mail-server }の管理者が対応するよう求めています。
request-text-owner-why-shared = この{ -glossary-ip }は、貴社が当社を含む複数のお客様に提供している共用サーバーのものです。同じサーバーの別のお客様が迷惑メールを送ったものと考えています。
request-text-owner-ask = ご確認のうえ、{ $list }に登録の解除を申請していただけますでしょうか。

## 各欄の説明(画面)。
request-field-help-ip = ブロックされた、あなたの{ -glossary-mail-server }の{ -glossary-ip }です。
request-field-help-name = あなたのお名前です。ローマ字で入れます。
request-field-help-email = あなたのメールアドレスです。返事はここに届きます。
request-field-help-role = あなたの役職や立場です。
request-field-help-company = 会社名です。英語の社名かローマ字で入れます。
request-field-help-phone = 電話番号です。国際電話の形(+81 から始まる形)で入れます。
request-field-help-country = { -glossary-ip }がある国です。
request-field-help-sender-domain = あなたのメールのドメインです(アドレスの @ より後ろの部分)。
request-field-help-recipient-domain = メールを拒否した相手先のドメインです。
request-field-help-recipient-address = メールを拒否された宛先のアドレスです。
request-field-help-hostname = あなたの{ -glossary-mail-server }のホスト名です(逆引きで返る名前)。
request-field-help-bounced-address = エラーメールが返ってきたアドレス(送った人のアドレス)です。
request-field-help-reason = 申請の理由です。なぜ起きたか、何をしたか、どう防ぐかを書きます。
request-field-help-error-text = エラーメールに書かれた、拒否の理由です。
request-field-help-title = 申請の件名です(1行)。
request-field-help-ip-type = { -glossary-ip }が固定(static)か、変わる(dynamic)かです。
request-field-help-ip-owner = その{ -glossary-ip }を何が使っているかです。
request-field-help-server-shared = サーバーが自社専用か、ほかの利用者との共用かです。
request-field-help-mail-type = ブロックされたメールの種類です。
request-field-help-time-zone = あなたのタイムゾーンです。
request-field-help-manual = ページ上であなたが操作する欄です。

## 欄の横の注意(画面)。
request-note-recipient-missing = エラーメールに宛先が書かれていません。相手のドメイン(例: outlook.com)をご自分で入力してください。
request-note-hostname-missing = { -glossary-mail-server }のホスト名を{ -glossary-provider }に確認して、ここに入力してください。
request-note-error-text-missing = エラーメールにある拒否の理由(550 や 450 と理由が書かれた行)を、そのままここに貼り付けてください。
request-note-error-text-cut = フォームの上限({ $max }文字)に合わせて、拒否の理由を途中で切りました。
request-note-error-text-excerpt = 拒否の理由のうち、ブロックを示す部分だけを引用しています。「...」は省略した箇所です。全文はエラーメールにあります。
request-note-option = ページの選択肢から、いちばん近いものを選んでください: { $options }
request-note-manual = ページ上で、ご自分で操作してください(画像の文字の入力など)。

## 申請を止める回答(画面)。
request-invalid-cause-missing = 原因を選んでください。選択肢: { $choices }
request-invalid-name-missing = お名前を入力してください。
request-invalid-name-kanji = お名前が漢字で書かれています。英語のフォームにはローマ字で入れる必要があります。ローマ字(Yamada Taro)か、かな(やまだ たろう)で入力してください。かなは自動でローマ字にします。
request-invalid-too-long = 長すぎます。{ $max }文字までにしてください。
request-invalid-company-missing = このフォームでは会社名が必要です。
request-invalid-company-kanji = 会社名が漢字で書かれています。英語の社名(例: Example Co., Ltd.)か、読みをかなで入力してください。
request-invalid-email-missing = メールアドレスを入力してください。
request-invalid-email = 「{ $email }」はメールアドレスの形になっていません。@ が抜けていないか、打ち間違いがないか確認してください。
request-invalid-phone-missing = このフォームでは電話番号が必要です。
request-invalid-phone = 「{ $phone }」は電話番号の形になっていません。数字で入力してください。スペースやハイフンは入れてもかまいません。
request-invalid-ip-missing = { -glossary-ip }が分かりません。エラーメールに書かれた、ブロックされた{ -glossary-ip }を入れてください。
request-invalid-ip = 「{ $ip }」は{ -glossary-ip }の形になっていません。{ -glossary-ip }は 203.0.113.5 のような形です。
request-invalid-reason-too-long = 理由の文を短くしても、フォームの上限({ $max }文字)に収まりません。選ぶ対策の数を減らしてください。
request-invalid-field-too-long = 「{ $label }」の値が、フォームの上限({ $max }文字)を超えています。
request-invalid-role-missing = フォームに役職の欄があります。選択肢: { $choices }
request-invalid-role-english = 役職は英語で入力するか、次から選んでください: { $choices }
request-invalid-role-option = このフォームで選べる役職は次のとおりです: { $choices }
request-invalid-clash = { $a_flag } { $a }(「{ $a_label }」)と { $b_flag } { $b }(「{ $b_label }」)は、両方が正しいことはありません。{ $why }どちらかの回答を変えてください。

## 二つの回答が両立しない理由(選べない選択肢の横にも表示します)。
request-rule-dynamic-ptr = 事務所の回線の動的な{ -glossary-ip }では、逆引き(PTR)は回線のプロバイダーが管理します。逆引きを設定しても、変わるアドレスがメールサーバーのものになるわけではありません。
request-rule-dynamic-static = 動的な回線から送っているサーバーに、固定の{ -glossary-ip }はありません。
request-rule-dynamic-not-own = 事務所の回線から直接送っているなら、それは自社のサーバーです。共用サーバーやメールサービスではありません。
request-rule-shared-not-shared = 共用サーバーのほかの利用者が原因なら、メールは自社のサーバーではなく、その共用サーバーから送られています。
request-rule-shared-ptr = 共用サーバーの逆引き(PTR)を設定するのは{ -glossary-provider }です。あなたが設定するものではありません。
request-rule-shared-relay = 共用サーバーの中継の設定は{ -glossary-provider }が管理しています。あなたが変えるものではありません。
request-rule-platform-fix = サーバーはサービス側が運用しています。逆引き(PTR)や中継の設定は、あなたには変えられません。
request-rule-relay-not-yours = ほかの人が運用するサーバーの中継の設定は、あなたが変えるものではありません。
request-rule-platform-ptr = サービスのサーバーの逆引き(PTR)は、サービス側が設定します。
request-rule-new-ip-dynamic = 変わる{ -glossary-ip }は、サーバーに新しく割り当てられたものではありません。

## 送る前に読んでほしいこと(画面)。
request-advice-name-converted = お名前を「{ $romaji }」とローマ字にしました。つづりがパスポートなどと同じか確認してください。
request-advice-name-space = お名前を「{ $romaji }」とローマ字にしました。正しく読めるよう、姓と名の間にスペースを入れてください。
request-advice-company-converted = 会社名を「{ $romaji }」とローマ字にしました。英語の社名があれば、そちらを使ってください。
request-advice-not-ascii = アルファベット以外の文字が入っています。英語のフォームでは受け付けられないことがあります。
request-advice-email-role = { $list }は、{ -glossary-ip }を持っている会社のドメインの abuse@ か postmaster@ から申請するよう求めています。レンタルサーバーなら{ -glossary-provider }、自社のサーバーなら多くはインターネットのプロバイダーです。このフォームは、あなたのアドレスから送ることもできます。
request-advice-email-free = { $domain } は無料のメールサービスです。ブロックリストは会社のアドレスのほうを信用し、無料のアドレスを受け付けないリストもあります。できれば会社のアドレスを使ってください。
request-advice-ip-private = { $ip } は、社内だけで使うプライベートアドレスです。ブロックされているのは外向きのアドレスです。エラーメールをもう一度確認してください。
request-advice-closed = { $list }は { $since }に運営を終了しています。申請するものはありません。相手先のメール管理者に、このリストを使わないよう伝えてください。
request-advice-expires = { $when ->
        [hours] { $list }の登録は、その{ -glossary-ip }からの迷惑メールを最後に確認してから約{ $hours }時間で、自動的に外れます。迷惑メールが止まれば、登録は自然に外れます。送るものはありません。原因を止めて、お待ちください。
        [days] { $list }の登録は、その{ -glossary-ip }からの迷惑メールを最後に確認してから約{ $days }日で、自動的に外れます。迷惑メールが止まれば、登録は自然に外れます。送るものはありません。原因を止めて、お待ちください。
       *[unknown] { $list }のブロックは、送信の状態がよくなれば自動的に外れます。外れるまでの時間は公表されていません。送るものはありません。原因を止めて、お待ちください。
    }
request-advice-expires-form = { $named ->
        [no] この登録は、
       *[yes] { $list }のこの登録は、
    }約{ $hours }時間以内に自動的に外れます。下の申請を送ることもできます。送るのは一度だけにしてください。
request-advice-no-removal = { $list }は解除申請を受け付けていません。このリスト向けの案内に従ってください。
request-advice-own-admin = このブロックは、{ -glossary-ip }がリストに載ったものではありません。{ $operator }が、あなたの会社の { $service }からの送信を制限しています。ここから { $operator }に送るものはありません。解除できるのは社内の { $service }の管理者だけで、{ $operator }のサポートを通じて対応します。エラーメールにあるエラーコードを管理者に伝えてください。
request-advice-fields-unverified = { $named ->
        [no] このフォームの欄は、
       *[yes] { $list }のフォームの欄は、
    }運営者の公式な説明ではなく、ほかの人が書いた説明をもとにしています。実際のページと少し違うことがあります。ページで聞かれたとおりに入力してください。
request-advice-fields-generic = { $named ->
        [no] このリスト
       *[yes] { $list }
    }のフォームの欄は、delistには分かりません。ここにあるのは、多くの解除申請フォームが聞く欄です。ページで聞かれたとおりに入力してください。
request-advice-do-not-pay = { $named ->
        [no] このリストには
       *[yes] { $list }には
    }有料の「エクスプレス解除」がありますが、お金を払う必要はありません。待っていれば、費用はかからずに自動的に外れます。
request-advice-platform = あなたのメールは{ $server ->
        [m365] Microsoft 365
       *[other] Google Workspace
    }から送られています。その{ -glossary-ip }はサービス側が管理しています。社内の管理者から、サービスのサポートに連絡してもらってください。
request-advice-ask-provider-first = 共用サーバーの{ -glossary-ip }は、{ -glossary-provider }のものです。{ $who ->
        [network-owner] { $named ->
            [no] このリストは
           *[yes] { $list }は
        }通常、{ -glossary-ip }を管理するネットワークからの{ -glossary-removal-request }しか受け付けません。そのため、下の{ -glossary-provider }へのメールが申請になります。原因の調査と、リストへの{ -glossary-removal-request }をお願いする内容です。
       *[role-address] { $named ->
            [no] このリストは
           *[yes] { $list }は
        }{ -glossary-provider }からの申請を求めています。まず下のメールを{ -glossary-provider }に送ってください。このフォームをあなたが送ることもできます。
    }
request-advice-no-fix = 「すでに行ったこと」を何も選んでいないので、申請文には対策を書いていません。多くのブロックリストは、原因を見つけて止めてから申請するよう求めています。その前に送った申請は、断られることがよくあります。
request-advice-attach-bounce = { $named ->
        [no] このリストは、
       *[yes] { $list }は、
    }エラーメール(NDR)そのものを求めています。エラーメールを下の宛先に転送するか、このメールに添付してください。

## リスト自身の決まりで申請できないとき: 代わりにすること。
request-refusal-dynamic-line = メールが、ふつうの(動的な)インターネット回線から相手に直接送られています。{ $list }は、登録する理由の一つに、動的な{ -glossary-ip }を挙げています。回線のアドレスは変わるので、登録を外してもらっても長くは役に立ちません。次のアドレスも載っているかもしれません。代わりに、プロバイダーのメールサーバーから送るようにしてください。メールソフトの送信サーバーをプロバイダーのものにして、ポート587(メールソフトの送信設定にある番号)と認証(ユーザー名とパスワード)を使います。そうすれば、この登録でメールが止まることはなくなります。このリストに申請する必要もありません。
request-refusal-send-through-provider = { $list }は、ふつうの(動的な)インターネット回線の{ -glossary-ip }を登録から外しません。{ -glossary-removal-request }も必要ありません。代わりに、プロバイダーのメールサーバーから送るようにしてください。メールソフトの送信サーバーをプロバイダーのものにして、ポート587(メールソフトの送信設定にある番号)と認証(ユーザー名とパスワード)を使います。設定はプロバイダーが教えてくれます。
request-refusal-static-ip-only = { $list }が登録を外すのは、自社のメールサーバーが使う固定の{ -glossary-ip }だけです。固定かどうかは、インターネット回線の契約書に書かれています。プロバイダーに聞いても分かります。固定なら、次のように答えてください: { $answer }。固定でなければ、申請ではなく、プロバイダーのメールサーバーから送るようにしてください。ポート587(メールソフトの送信設定にある番号)と認証を使います。
request-refusal-own-mail-server-only = { $list }が登録を外すのは、自社のメールサーバーが送っている{ -glossary-ip }だけです。レンタルサーバーやメールサービスから送っているなら、そちらに相談してください。自社でサーバーを運用しているなら(クラウドのサーバーも同じです)、次のように答えてください: { $answer }。
request-refusal-ptr-first = { $list }が登録を外すのは、メールサーバーの名前を示す正しい逆引き(PTR)が設定されてからです。まず{ -glossary-ip }の持ち主(プロバイダー)に、逆引きを設定してもらってください。設定が広まるまで数時間待ってから、次のように答えて、もう一度申請してください: { $answer }。

## 回答を待つ欄と、その質問。
request-note-needs-answer = 空欄のままです。「{ $question }」({ $flag })への回答が必要です。推測で埋めることはしません。
request-note-on-page = 空欄のままです。いただいた回答からは分からないので、ページで選んでください。
request-needs-cause = IPアドレスがブロックされた原因は、何だと思いますか?
request-needs-server = メールはどこから送っていますか?
request-needs-ip-kind = IPアドレスは固定(固定IP)ですか?

## ブロックリストが見つからないエラーメール。
request-nolist-not-a-block = ブロックリストの問題ではありません。{ $reason }
request-nolist-first = すること: { $first }
request-nolist-own-filter = 相手のメールサーバーが、公開の{ -glossary-blocklist }の名前を出さずに、あなたの{ -glossary-ip }を拒否しました。これは相手側の独自のフィルターです。外せるのは相手のメール管理者だけなので、送る{ -glossary-removal-request }はありません。
request-nolist-own-filter-then = 下のメッセージを、相手のメール管理者に送ってください。公開のブロックリストも確かめたい場合は、各リストの公式ページで{ -glossary-ip }を調べてください(delist lists で一覧を表示できます)。

## なぜこうなったのか: 登録が意味すること、次にあなたが答えた原因。
request-why-dnsbl = { $list }は、迷惑メールなどの不正な送信があった{ -glossary-ip }を載せるリストです。
request-why-reputation = { $list }が、独自の基準で、あなたの{ -glossary-ip }からのメールを信頼できないと判断しました。公開の「リスト」に載っているわけではありません。
request-why-dynamic-range = { $list }は、ふつうの(動的な)インターネット回線の{ -glossary-ip }を載せるリストです。こうしたアドレスから、ほかのサーバーへ直接メールを送ることは想定されていないためです。迷惑メールのリストではありません。あなたのアドレスから迷惑メールが送られたという意味ではありません。
request-why-no-ptr = { $list }は、逆引き(PTR)の名前がないまま、多くのメールサーバーに接続している{ -glossary-ip }を載せるリストです。
request-why-rate-limit = { $list }は、あなたの{ -glossary-ip }から望まれないメールが異常に多く届いたため、しばらくの間そこからのメールを制限しています。それが止まれば、制限は自然に解けます。
request-why-recipient-block = 相手の組織が「{ $list }」を使って、あなたのメールを独自にブロックしています。変えられるのは、相手のメール管理者だけです。あなたのサーバーが何か悪いことをしたという意味ではありません。
request-why-closed = 相手のメールサーバーが、すでに運営を終了した「{ $list }」を今も確認する設定のままになっています。あなたのメールサーバーに問題があるわけではありません。
request-why-own-filter = 相手のメールサーバーが、独自の設定であなたの{ -glossary-ip }をブロックしています。エラーメールに、公開のリストの名前はありません。理由が分かるのは、相手のメール管理者だけです。
request-why-no-list = エラーメールにブロックリストの名前がないため、拒否された理由は分かりません。
request-why-shared = レンタルサーバーの多くは、一つのサーバーを複数の会社で使う「共用サーバー」です。雑居ビルのようなもので、同じビルの誰かのサイトがウイルスに感染して迷惑メールを出すと、ビル全体が「怪しい」と判断されてしまいます。あなたの会社に落ち度がなくても起こります。
request-why-unknown-shared = 原因はまだ分かっていません。共用サーバーでは、ほかの利用者が原因のこともあります。{ -glossary-provider }に調べてもらえます。
request-why-unknown = 原因はまだ分かっていません。
request-why-cause = あなたの回答では、原因は「{ $label }」です。

## レンタルサーバー会社へのメール(日本語)。
request-provider-unknown = (不明)
request-provider-subject = { $listed ->
        [yes] 件名: 【調査のお願い】メールサーバーのIPアドレス { $ip } がブロックリストに登録されています
       *[no] 件名: 【調査のお願い】メールサーバーのIPアドレス { $ip } からのメールがブロックされています
    }
request-provider-subject-ptr = 件名: 【設定のお願い】IPアドレス { $ip } の逆引き(PTR)の設定について
request-provider-subject-submission = 件名: 【ご相談】メールの送信サーバーの利用について
request-provider-subject-dynamic-line = 件名: 【ご相談】メールの送信サーバーの利用について
request-provider-subject-ip-kind = 件名: 【ご確認のお願い】IPアドレス { $ip } が固定かどうかについて
request-provider-subject-request = 件名: 【調査と解除申請のお願い】メールサーバーのIPアドレス { $ip } がブロックリストに登録されています
request-provider-to = { $named ->
        [yes] { $provider }
            サポートご担当者様
       *[no] サポートご担当者様
    }
request-provider-hello = { $who ->
        [both] いつもお世話になっております。
            { $company }の{ $name }です。
        [name] いつもお世話になっております。
            { $name }です。
        [company] いつもお世話になっております。
            { $company }です。
       *[none] いつもお世話になっております。
    }
request-provider-situation = { $listed ->
        [yes] 当社が利用している{ -glossary-mail-server }の{ -glossary-ip }が、{ $list }というブロックリストに登録されました。そのため、一部の宛先にメールが届かなくなっています。
       *[no] 当社が利用している{ -glossary-mail-server }の{ -glossary-ip }からのメールが、{ $list }にブロックされています。そのため、一部の宛先にメールが届かなくなっています。
    }
request-provider-shared = 共用サーバーのため、当社では原因を調べることができません。
request-provider-owner-only = このブロックリストは、{ -glossary-ip }を管理しているネットワークからの{ -glossary-removal-request }しか受け付けていません。そのため、当社からは申請できません。
request-provider-owner-asked = このブロックリストは、{ -glossary-ip }の持ち主が abuse@ か postmaster@ のアドレスから{ -glossary-removal-request }を送るよう求めています。
request-provider-rule-ptr = このブロックリストは、メールサーバーの名前を示す正しい逆引き(PTR)が設定されるまで、登録を外しません。逆引きの設定は、{ -glossary-ip }を管理している貴社にお願いするものと理解しています。
request-provider-rule-submission = このブロックリストは、ふつうの(動的な)インターネット回線の{ -glossary-ip }を登録から外しません。そこで、今後は貴社のメール送信サーバーを使い、認証付きで送りたいと考えています。
request-provider-rule-dynamic-line = このブロックリストは、登録する理由の一つに、動的な{ -glossary-ip }を挙げています。そこで、今後は回線から直接送るのをやめ、貴社のメール送信サーバーを使って認証付きで送りたいと考えています。
request-provider-rule-ip-kind = このブロックリストが登録を外すのは、自社のメールサーバーが使う固定の{ -glossary-ip }だけです。当社の{ -glossary-ip }が固定かどうかは、こちらでは分かりません。
request-provider-rule-owner = このブロックリストは、その{ -glossary-ip }で自社のメールサーバーを運用している者からしか、解除申請を受け付けていません。当社は貴社のサーバーから送っているため、当社からは申請できません。
request-provider-facts-title = ■ 状況
request-provider-fact-ip = ・{ -glossary-ip }: { $ip }
request-provider-fact-list = { $listed ->
        [yes] ・{ -glossary-blocklist }: { $list }
       *[no] ・ブロックしているところ: { $list }
    }
request-provider-fact-date = ・発生日時: { $date }
request-provider-fact-recipient = ・宛先のドメイン: { $recipient }
request-provider-fact-host = ・送信サーバー: { $host }
request-provider-fact-error = { $excerpt ->
        [yes] ・エラーメールにある拒否の理由(該当部分を原文のまま引用。「…」は省略した箇所):
       *[no] ・エラーメールにある拒否の理由(原文のまま):
    }
request-provider-fact-cause = { $cause ->
        [unknown] ・原因: まだ分かっていません
       *[other] ・考えられる原因: { $label }
    }
request-provider-fact-fixes = ・当社で行った対策:
request-provider-fact-prevention = ・再発を防ぐために当社で行うこと:
request-provider-asks-title = ■ お願い
request-provider-ask-investigate = このサーバーから迷惑メールが送られていないか調べていただき、送られていれば止めていただけますでしょうか。
request-provider-ask-delist = 上記のブロックリストに、{ -glossary-removal-request }をしていただけますでしょうか。
request-provider-ask-repeat = 同じことが続く場合は、別の{ -glossary-ip }のサーバーへの移転など、対処の方法をご提案いただけますと幸いです。
request-provider-ask-dedicated-ip = ほかのお客様と{ -glossary-ip }を共用しないで済むよう、専用の{ -glossary-ip }を使う方法(プランの変更など)を教えていただけますでしょうか。
request-provider-ask-ptr = { $has_host ->
        [yes] { $ip } の逆引き(PTR)を、当社のメールサーバーのホスト名「{ $hostname }」に設定していただけますでしょうか。
       *[no] { $ip } に、当社のメールサーバーの名前を示す逆引き(PTR)を設定していただけますでしょうか。
    }
request-provider-ask-ptr-done = 設定が済みましたら、お知らせいただけますと幸いです。そのあと、当社からブロックリストに{ -glossary-removal-request }をします。
request-provider-ask-submission = 貴社のメール送信サーバーの設定(サーバー名、ポート番号、認証の方式)を教えていただけますでしょうか。
request-provider-ask-submission-contract = 当社の契約でこの送信サーバーを使えない場合は、使えるようにする方法を教えていただけますと幸いです。
request-provider-ask-ip-kind = 当社が使っている{ -glossary-ip }({ $ip })が固定かどうか、教えていただけますでしょうか。
request-provider-ask-ip-kind-else = 固定でない場合は、貴社のメール送信サーバーの設定(サーバー名、ポート番号、認証の方式)を教えていただけますでしょうか。
request-provider-ask-owner = この登録についてご確認のうえ、必要な対応をお願いできますでしょうか。
request-provider-account-title = ■ 契約情報
request-provider-account-item = ・{ $item }: (ご記入ください)
request-provider-thanks = お忙しいところ恐れ入りますが、よろしくお願いいたします。
request-provider-sign-phone = 電話: { $phone }

## delist request(画面)。
request-cli-unknown-choice = { $flag }: 「{ $value }」は選択肢にありません。選択肢: { $choices }
request-cli-problem = { $flag }: { $message }
request-cli-no-list = { $file } から、ブロックリストが見つかりませんでした。--list でリストを指定してください(一覧は delist lists で表示できます)。
request-cli-no-input = エラーメールのファイルか、--list でリストを指定してください。
request-cli-unknown-list = --list: 「{ $list }」は一覧にありません。id は delist lists で確認できます。
request-cli-read-error = { $file }: { $detail }
request-cli-heading = { $list }: { $method ->
        [web-form] 解除申請フォーム
        [email] メールでの{ -glossary-removal-request }
        [ask-provider] { -glossary-ip }の持ち主を通した申請
        [refused] この回答では{ -glossary-removal-request }はできません
        [expires] 送るものはありません
       *[none] 送るものはありません
    }
request-cli-url = フォーム: { $url }
request-cli-value = 英語(これを貼り付けます)
request-cli-translation = 日本語訳
request-cli-note = 注意
request-cli-email-title = メール
request-cli-email-to = 宛先: { $to }
request-cli-email-to-unknown = 宛先: (ご利用のプロバイダーのサポート窓口)
request-cli-provider-title = { -glossary-provider }へのメール(日本語)
request-cli-provider-english = 同じメールの英語版です(送るのは日本語のほうです)
request-cli-provider-request-title = 送るもの: { -glossary-provider }へのメール1通(日本語)
request-cli-provider-request-english = 同じメールの英語版です(海外の会社やプロバイダーには、日本語のほうではなく、こちらを送ってください)
request-cli-advice-title = 送る前にお読みください
request-cli-submit-once = 申請は一度だけ送ってください。何度も送っても、早くはなりません。
request-cli-refused-title = 申請の代わりに
request-cli-nolist = { -glossary-removal-request }はありません。このメールを拒否したのは、ブロックリストではありません。
request-cli-nolist-own-filter = { -glossary-removal-request }はありません。相手側のサーバーが、独自にメールをブロックしています。
request-cli-recipient-title = 相手先のメール管理者へのメッセージ

## 質問(画面)。
request-question-cause = IPアドレスがブロックされた原因は、何だと思いますか?
request-question-fixes = すでに行ったことを選んでください(いくつでも選べます。選んだものだけを申請文に書きます)。
request-question-prevention = 再発を防ぐために、何をしますか?
request-question-server = メールはどこから送っていますか?
request-question-ip-kind = { -glossary-ip }は固定(固定IP)ですか?
request-question-provider = { -glossary-provider }の名前
request-question-contact = あなたについて(フォームで聞かれる項目です)
request-cause-shared-server = 共用のレンタルサーバーの、ほかの利用者
request-cause-stolen-password = メールのパスワードが盗まれ、迷惑メールに使われた
request-cause-infected-pc = 社内のパソコンがウイルスに感染した
request-cause-hacked-website = ウェブサイトやお問い合わせフォームが悪用された
request-cause-new-ip = { -glossary-ip }が新しく、前の利用者が迷惑メールを送っていた
request-cause-dynamic-ip = 自社のサーバーが、事務所の回線(動的な{ -glossary-ip })から直接送っている
request-cause-no-ptr = サーバーの逆引き(PTR)や、サーバーが名乗る名前(HELO)が正しくない
request-cause-newsletter-complaints = メールマガジンが、受信者から迷惑メールとして報告された
request-cause-backscatter = 自動返信やエラーメールが、なりすまされた送信元に送られた
request-cause-open-relay = サーバーが、誰のメールでも中継していた(オープンリレー)
request-cause-unknown = 分からない
request-fix-asked-provider = { -glossary-provider }に、調査と対処を依頼した
request-fix-changed-passwords = すべてのメールアカウントのパスワードを変えた
request-fix-enabled-mfa = 二要素認証を有効にした
request-fix-removed-malware = パソコンを検査し、ウイルスを駆除した
request-fix-fixed-website = ウェブサイトを更新し、お問い合わせフォームを対策した
request-fix-closed-relay = 誰のメールでも中継する設定(オープンリレー)を直した
request-fix-set-ptr = 正しい逆引き(PTR)を設定した
request-fix-use-provider-smtp = すべてのメールを、プロバイダーのメールサーバーから認証付きで送るようにした
request-fix-set-authentication = 送信時の認証(SMTP AUTH: ユーザー名とパスワード)を必須にした
request-fix-cleaned-list = 配信リストから、無効なアドレスや反応のないアドレスを削除した
request-fix-stopped-auto-replies = 知らない送信元への自動返信やエラーメールを止めた
request-fix-reduced-volume = 送る量を減らし、ゆっくり送るようにした
request-prevention-monitor = 送信メールを定期的に確認する
request-prevention-rate-limit = アカウントごとに、1時間に送れる数を制限する
request-prevention-strong-passwords = すべてのアカウントで、推測されにくく使い回しのないパスワードを使う
request-prevention-updates = パソコン、サーバー、ウェブサイトを最新の状態に保つ
request-prevention-antivirus = すべてのパソコンでウイルス対策ソフトを使う
request-prevention-confirmed-opt-in = メールマガジンは、購読の確認が取れた人にだけ送る
request-prevention-staff-training = フィッシングメールを見分けられるよう、社員に研修を行う
request-prevention-ask-provider-dedicated-ip = { -glossary-provider }に、専用の{ -glossary-ip }について相談する
request-server-shared = 共用のレンタルサーバー
request-server-own = 自社のサーバー
request-server-cloud = 自社で運用するクラウドやVPSのサーバー
request-server-m365 = Microsoft 365
request-server-google = Google Workspace
request-server-unknown = 分からない
request-ip-kind-unknown = 分からない
request-ip-kind-static = 固定(契約書に固定IPと書いてある)
request-ip-kind-dynamic = 変わる(ふつうの事務所や家庭の回線)

# Put in place of a link from the bounce that no list operator owns, in a text the user sends.
request-link-removed = (不審なリンクのため省略)
request-note-time-zone-missing = エラーメールからは、タイムゾーンが分かりません。ページで選んでください(日本なら「(UTC+09:00) Osaka, Sapporo, Tokyo」です)。

## フォームの英語の欄名の意味(英語の欄名の横に出す)。
request-field-meaning-ip = ブロックされたIPアドレス
request-field-meaning-name = お名前(ローマ字)
request-field-meaning-email = メールアドレス
request-field-meaning-role = あなたの立場・役職
request-field-meaning-company = 会社名(英語またはローマ字)
request-field-meaning-phone = 電話番号
request-field-meaning-country = 国
request-field-meaning-sender-domain = あなたのメールのドメイン
request-field-meaning-recipient-domain = 相手先のドメイン
request-field-meaning-recipient-address = 相手先のメールアドレス
request-field-meaning-hostname = メールサーバーのホスト名
request-field-meaning-listed-domain = 登録されているドメイン
request-field-meaning-bounced-address = エラーメールが返ってきたアドレス
request-field-meaning-reason = 申請の理由
request-field-meaning-error-text = エラーメッセージ(拒否の理由)
request-field-meaning-title = 件名
request-field-meaning-ip-type = IPアドレスは固定か、変わるか
request-field-meaning-ip-owner = IPアドレスを使っているもの
request-field-meaning-server-shared = 共用サーバーか、専用サーバーか
request-field-meaning-mail-type = メールの種類
request-field-meaning-time-zone = タイムゾーン
request-field-meaning-manual = ページ上で行う操作
