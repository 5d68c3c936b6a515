# カタログの各項目(assets/blocklists.toml)についての説明。id ごとに:
#   entry-<id>-what      そのリストやサービスが何か
#   entry-<id>-happened  メールに何が起きたか
#   entry-<id>-duration  自然に外れるか、いつまでか
#   entry-<id>-first     最初にすること
#   entry-<id>-lookup    確認ページの見方(何を入力し、何が表示され、どれを押すか)
#   entry-<id>-sub-<sub> サブリストひとつ分
# entry-special-* はどの項目にもありうる特別な場合です。

## 特別な場合。
entry-special-closed = { $list }は{ $since }に運営を終了しました。解除するものはありません。
entry-special-expires = { $has_hours ->
        [yes] この登録は、原因が止まれば{ $span }ほどで自然に外れます。
       *[no] この登録は、原因が止まれば自然に外れます。
    }
entry-special-recovers = 送信の状態がよくなれば、この制限は自然に解けます。
entry-special-do-not-pay = 有料の「エクスプレス解除」が案内されますが、払わないでください。必要ありません。
entry-special-provider = 解除を申請できるのは、{ -glossary-ip }の持ち主({ -glossary-provider }やプロバイダー)だけです。
entry-special-role-address = 申請は、{ -glossary-ip }を持つドメインの abuse@ か postmaster@ から送るよう求められています(レンタルサーバーなら{ -glossary-provider }のアドレスです)。まず{ -glossary-provider }に頼んでください。あなた自身がフォームを送ることもできます。
entry-special-recipient = 変えられるのは、受信する側だけです。
entry-special-account = 申請するには、運営者のサイトで無料のアカウントを作る必要があります。
entry-special-email-confirmation = 申請を確認するリンクがメールで届きます。早めに開いてください。
entry-special-english = 申請は英語で書いてください。返事も英語のメールで届きます。
entry-special-unverified = この説明の一部は、運営者の公式な情報ではなく、利用者の報告をもとにしています。実際のページの表示に従ってください。
entry-special-shared-ip = { -glossary-ip }が{ -glossary-provider }のもの(共用のレンタルサーバー)なら、{ -glossary-provider }に対応を頼んでください。アドレスの持ち主が対応する必要があります。
entry-special-submit-once = 申請は一度だけ送ってください。何度も送っても早くはなりません。

## trendmicro-ers
entry-trendmicro-ers-what = トレンドマイクロが運営する、送信元の評判(レピュテーション)のリスト(ERS)です。日本の多くの会社が使うトレンドマイクロのメールセキュリティ製品が、このリストを確認しています。
entry-trendmicro-ers-happened = 相手先のセキュリティ製品がトレンドマイクロのリストを調べたところ、あなたの{ -glossary-ip }が登録されていました。そのため、メールの受け取りを断りました。
entry-trendmicro-ers-duration = QIL への登録は一時的なもので、5分から12時間で自然に外れます({ -glossary-temporary-error }、450)。標準のデータベース(RBL+)への登録は、{ -glossary-removal-request }が認められるまで外れません({ -glossary-permanent-error }、550)。
entry-trendmicro-ers-first = { -glossary-provider }に送る依頼のメールは、ステップ7で delist が用意します。共用サーバーの利用者が自分でフォームを送り、解除された例もあります。自分で送るときは、原因を直してから一度だけ送ってください。
entry-trendmicro-ers-lookup = 確認ページを開き、{ -glossary-ip }を入力して「チェック」を押します。「リスト: None」と出れば登録されていません。登録されていると、赤い印(「不良」)が出ます。その場合は「削除」を押すと、申請フォームが開きます。
entry-trendmicro-ers-sub-qil = QIL(Quick IP List): 登録も解除も自動で行われるリストです。5分から12時間で自然に外れます。拒否はふつう{ -glossary-temporary-error }(450)です。
entry-trendmicro-ers-sub-dul = DUL(Dynamic User List): 家庭用や動的な回線のアドレスの一覧です。直接送らず、プロバイダーの{ -glossary-mail-server }から送ってください。
entry-trendmicro-ers-sub-rss = RSS(Relay Spam Stopper): オープンリレー(誰のメールでも中継するサーバー)の一覧です。申請の前に中継を止めてください。
entry-trendmicro-ers-sub-ops = OPS(Open Proxy Stopper): オープンプロキシの一覧です。多くはウイルスに感染したパソコンか、設定の誤ったルーターです。
entry-trendmicro-ers-sub-nml = NML: 受信者が望んでいない一斉メールを送った送信元の一覧です。配信リストを整理してください。
entry-trendmicro-ers-sub-rbl = RBL+(標準のデータベース): 迷惑メールの送信元と確認されたアドレスです。拒否は{ -glossary-permanent-error }(550)で、{ -glossary-removal-request }が必要です。

## spamhaus
entry-spamhaus-what = Spamhaus は、最も広く使われている{ -glossary-blocklist }です。マイクロソフトをはじめ多くの会社が確認しています。
entry-spamhaus-happened = 相手のサーバーが Spamhaus を確認したところ、あなたの{ -glossary-ip }がいずれかのリスト(SBL、CSS、XBL、PBL)に載っていました。そのため、メールの受け取りを断りました。
entry-spamhaus-duration = リストによって違います。CSS と XBL は原因を直せばすぐに外せますが、直さないとまた載ります。SBL はプロバイダーからの依頼でしか外れません。PBL は迷惑メールの登録ではありません。
entry-spamhaus-first = 確認ページで{ -glossary-ip }を調べ、どのリストに載っているかを確かめます。SBL なら、{ -glossary-provider }かプロバイダーに相談してください。それ以外は、原因を直してから申請します。申請すると、確認のメールが届きます。
entry-spamhaus-lookup = check.spamhaus.org を開き、{ -glossary-ip }を入力して検索します。結果に、載っているリストの名前(CSS や XBL など)が表示され、自分で申請できる場合は解除申請の案内が出ます。何も載っていなければ、今は Spamhaus が原因ではありません。
entry-spamhaus-sub-css = CSS: 評判の低い送信元を自動で登録するリストです。原因の多くは、アカウントの乗っ取り、フォームの悪用、またはサーバーが名乗る名前(HELO)と逆引きが合っていないことです。直せばすぐに外せますが、直さないとまた載ります。
entry-spamhaus-sub-sbl = SBL: Spamhaus の担当者が、迷惑メールの送信元として手作業で登録したものです。
# レンタルサーバー会社へのメールで、誰が申請できるか(カタログのSBLの解除の説明のとおり)。
entry-spamhaus-sub-sbl-owner-rule = このブロックリストは、{ -glossary-ip }を管理しているネットワークが申請し、迷惑メールが止まったと報告したときにだけ、SBLの登録を解除します。そのため、当社からは申請できません。
entry-spamhaus-sub-xbl = XBL: この{ -glossary-ip }を使っているネットワークの中に、ウイルスに感染したパソコンやオープンプロキシ、迷惑メールを送るプログラムがある可能性があります。見つけて駆除してから、確認ページで自分で解除します。
entry-spamhaus-sub-pbl = PBL: 迷惑メールの登録ではありません。家庭用や動的な回線の{ -glossary-ip }で、直接メールを送るべきではないという意味です。プロバイダーの{ -glossary-mail-server }から、認証付きで送ってください。
entry-spamhaus-sub-dbl = DBL: { -glossary-ip }ではなく、ドメイン(送信者のドメインやメール内のリンク)が登録されています。

## barracuda
entry-barracuda-what = Barracuda のレピュテーションリスト(BRBL)です。Barracuda のメール機器などが使っています。
entry-barracuda-happened = 相手のサーバーが Barracuda のリストを確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-barracuda-duration = 解除申請が認められるまで外れません。解除は無料で、数時間で済むことが多いようです(公式の数字ではありません)。
entry-barracuda-first = 原因(多くはウイルスかパスワードの盗難)を直してから、解除フォームを一度だけ送ってください。Barracuda の機器は、メールのヘッダーにある別のアドレス(事務所の回線など)を理由にブロックすることもあります。
entry-barracuda-lookup = 確認ページで{ -glossary-ip }を入力して調べます。載っていれば解除申請ページを開きます。{ -glossary-ip }、メールアドレス、電話番号、理由、画像の文字(CAPTCHA)を入力し、「Send request」を一度だけ押します。

## spamcop
entry-spamcop-what = SpamCop のリストです。迷惑メールの報告と、迷惑メールを集めるためのアドレス(スパムトラップ)をもとに作られています。
entry-spamcop-happened = 相手のサーバーが SpamCop を確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-spamcop-duration = 解除フォームはありません。SpamCop は、問い合わせをしないよう求めています。
entry-spamcop-first = 原因(多くはパスワードの盗難、ウイルス、偽の送信元への自動返信)を直して、24時間待ってください。
entry-spamcop-lookup = 確認ページに、{ -glossary-ip }が載っているかと、外れるまでの時間が表示されます。残り時間が0になれば解除が始まっています。すべてに反映されるまで、さらに最大4時間かかることがあります。

## proofpoint
entry-proofpoint-what = Proofpoint が送信元の評判(レピュテーション)を判定する仕組みです。多くの会社のメールセキュリティ製品と、Apple の iCloud が使っています。
entry-proofpoint-happened = 相手先の Proofpoint が、あなたの{ -glossary-ip }からのメールを迷惑メールと判断し、受け取りを遅らせるかブロックしました。
entry-proofpoint-duration = 遅延は多くの場合、数分で自然に解消します。ブロックは、迷惑メールがしばらく止まるか、申請が認められると外れます。
entry-proofpoint-first = 原因を直してから、確認ページのフォームで申請し、何を直したかを書いてください。
entry-proofpoint-lookup = ipcheck.proofpoint.com を{ -glossary-ip }付きで開くと、遅延かブロックかが表示されます。ブロックなら、同じページのフォームに入力します。

## cloudmark
entry-cloudmark-what = Cloudmark が集めた送信元の評判のデータ(CSI)です。Comcast や Orange などのプロバイダーが使っています。Cloudmark 自身がメールをブロックすることはありません。
entry-cloudmark-happened = 相手のプロバイダーが使う Cloudmark のデータで、あなたの{ -glossary-ip }の評価が低かったため、受け取りを断られました。
entry-cloudmark-duration = 「削除」という手続きはありません。{ -glossary-ip }の評価の記録を「リセット」してもらう申請になります。リセットが認められるまで続き、迷惑メールが続くとまた元に戻ります。
entry-cloudmark-first = 原因を直してから、リセットの申請フォームに入力し、確認のメールに返答してください。最初の申請は多くの場合認められ、2回目以降は調査されます。
entry-cloudmark-lookup = リセットのページ(csi.cloudmark.com)に{ -glossary-ip }を入力します。メールで確認したあと、多くは1営業日以内にリセットされ、メールで知らせが届きます。

## cisco-talos
entry-cisco-talos-what = Cisco Talos による送信元の評判(SenderBase)です。-10 から +10 の点数で表され、Cisco のメール機器が使っています。
entry-cisco-talos-happened = 相手先の Cisco の機器が、あなたの{ -glossary-ip }の評価が低いため、受け取りを断りました。
entry-cisco-talos-duration = 送信の状態がよくなれば、数時間から1週間ほどで自然に回復します。
entry-cisco-talos-first = 原因を直してください。それでも続く場合は、Talos のサイトで評判の見直しを依頼します。依頼はチケットと呼ばれ、無料のアカウントが必要です。
entry-cisco-talos-lookup = レピュテーションセンターで{ -glossary-ip }を入力します。メールの評価が Good(良い)、Neutral(普通)、Poor(悪い)で表示されます。Neutral は送信量が少ないだけのことが多く、問題なのは Poor です。

## mimecast
entry-mimecast-what = Mimecast は、多くの会社が使うメールのセキュリティサービスです。会社ごとに独自の決まりを設定できます。
entry-mimecast-happened = 相手先の Mimecast が、あなたの{ -glossary-ip }の評判か、相手先が独自に決めた設定によって、受け取りを断りました。
entry-mimecast-duration = 相手先の設定によります。IPの評判によるブロックは、申請すれば見直されます。
entry-mimecast-first = 相手に、あなたのアドレスかドメインを許可してもらってください。エラーがIPの評判についてなら、{ -glossary-mail-server }の管理者が Mimecast のフォームで見直しを依頼できます。
entry-mimecast-lookup = Mimecast には公開の確認ページがありません。エラー文を読んでください。「Local CT IP Reputation」はあなたの{ -glossary-ip }のことです。リスト名(たとえば spamcop.mimecast.org)があれば、そのリストを確認します。「Blocked Senders」や「Anti-Spoofing」は相手側の設定です。

## uceprotect
entry-uceprotect-what = UCEPROTECT はドイツのリストで、3段階あります。1は個々のアドレス、2はその周りの範囲、3はプロバイダーのネットワーク全体です。大手のメールサービスは使っていません。
entry-uceprotect-happened = 相手のサーバーが UCEPROTECT を確認し、あなたの{ -glossary-ip }かその周りが載っていました。そのため、メールの受け取りを断りました。
entry-uceprotect-duration = レベル1は、最後の迷惑メールから約7日で自然に外れます。レベル2は周りの状態がよくなれば外れます。レベル3はプロバイダー全体の状態によります。
entry-uceprotect-first = 自分の{ -glossary-ip }から迷惑メールが出ていれば止めて、待ってください。レベル2か3だけの場合は、相手のメール管理者にそのレベルを使わないよう頼むか、{ -glossary-provider }に相談してください。
entry-uceprotect-lookup = 確認ページで{ -glossary-ip }を入力すると、レベルごとに結果が出ます。自分の{ -glossary-ip }(レベル1)に問題がなければ、原因はあなたではなく周りです。
entry-uceprotect-sub-l1 = レベル1: あなたの{ -glossary-ip }自体がスパムトラップにメールを送りました。最後の送信から約7日で外れます。
entry-uceprotect-sub-l2 = レベル2: あなたの{ -glossary-ip }の周りの範囲に、登録されたアドレスがいくつもあります。変えられるのは{ -glossary-provider }だけです。
# レンタルサーバー会社へのメールで、レベル2がどう外れるか(カタログのL2の解除の説明のとおり)。
entry-uceprotect-sub-l2-owner-rule = このブロックリストのレベル2の登録は、範囲内の登録されたアドレスが十分に減ると、自動的に外れます。それ以外では、通常、その範囲を管理するネットワークからの申請でしか解除されません。解除につながるのは、範囲内の迷惑メールを止めることです。
entry-uceprotect-sub-l2-owner-ask = 迷惑メールが止まっても登録が外れない場合は、上記のブロックリストに{ -glossary-removal-request }をしていただけますでしょうか。
entry-uceprotect-sub-l3 = レベル3: プロバイダーのネットワーク全体が登録されています。あなたには変えられないので、相手にレベル3を使わないよう頼んでください。

## sorbs
entry-sorbs-what = SORBS は{ -glossary-blocklist }でしたが、2024年6月5日に運営を終了し、今は何も登録していません。
entry-sorbs-happened = 相手のサーバーが今も SORBS を使う設定になっているか、エラーメールが古いものです。
entry-sorbs-duration = 解除するものはありません。
entry-sorbs-first = 電話や別のアドレスで相手に、2024年に終了した SORBS をまだ使っていることを伝え、メール管理者に設定から外してもらってください。
entry-sorbs-lookup = SORBS のサイトはもう動いていません。お金を求めるよく似たサイトは使わないでください。

## abusix
entry-abusix-what = Abusix Mail Intelligence は、いくつかの{ -glossary-blocklist }(Policy、Spam、Exploit など)の集まりです。
entry-abusix-happened = 相手のサーバーが Abusix を確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-abusix-duration = 解除するまで外れません。解除は無料で、Policy の登録は数分で外せます。
entry-abusix-first = 先に原因を直してください。直さないと、また載ります。解除するには、Abusix の無料アカウントを作り、メールアドレスを確認します。
entry-abusix-lookup = lookup.abusix.com で{ -glossary-ip }を検索します。結果にリストの名前(Policy、Spam、Exploit など)が出て、ログインすると解除できます。
entry-abusix-sub-policy = Policy: 逆引きの名前から、家庭用などの一般向けの回線と判断された範囲です。プロバイダーの{ -glossary-mail-server }から送るべきアドレスとされています。あなたの{ -glossary-ip }だけを例外にしてもらうことは、すぐにできます。
entry-abusix-sub-spam = Spam: Abusix のスパムトラップにメールが届きました。乗っ取られたアカウントやパソコン、または配信リストにトラップのアドレスが入っていることが原因です。
entry-abusix-sub-exploit = Exploit: この{ -glossary-ip }を使っているネットワークの中に、感染したパソコンや悪用されたパソコンがある可能性があります。

## spamrats
entry-spamrats-what = SpamRATS は、迷惑な接続をしたアドレスを自動で登録するリストです。逆引きが設定されていないもの(NoPtr)、逆引きが家庭用回線の名前のもの(Dyna)、迷惑メールを送ったもの(Spam)の3つがあります。
entry-spamrats-happened = 相手のサーバーが SpamRATS を確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-spamrats-duration = 自分で解除するまで外れません。解除できるのは、逆引きを直したあとだけです。
entry-spamrats-first = { -glossary-provider }かプロバイダーに、{ -glossary-mail-server }の名前を示す逆引きを設定してもらいます。変更が反映されるのを待ってから、解除ページで{ -glossary-ip }を解除してください。
entry-spamrats-lookup = 確認ページで、{ -glossary-ip }がどのリスト(RATS-NoPtr、RATS-Dyna、RATS-Spam)に載っているかが分かります。解除ページで入力するのは{ -glossary-ip }と画像の文字(CAPTCHA)だけです。NoPtr と Dyna は、逆引きの名前を直した後でなければ解除できません。
entry-spamrats-sub-rats-noptr = RATS-NoPtr: { -glossary-ip }に逆引きが設定されていません。逆引きを設定してもらってから解除します。
entry-spamrats-sub-rats-dyna = RATS-Dyna: 逆引きの名前が家庭用回線のように見えます。自社ドメインの名前に変えるか、プロバイダー経由で送ってください。
entry-spamrats-sub-rats-spam = RATS-Spam: { -glossary-ip }から迷惑メールが送られたのが確認されています。

## invaluement
entry-invaluement-what = Invaluement は、迷惑メールを送るアドレスや範囲の有料の{ -glossary-blocklist }です。Cox などのプロバイダーが使っています。
entry-invaluement-happened = 相手のサーバーが Invaluement を確認したところ、あなたの{ -glossary-ip }かその範囲が載っていました。そのため、メールの受け取りを断りました。
entry-invaluement-duration = 解除の申請が認められるまで外れません。
entry-invaluement-first = 原因を直し、{ -glossary-ip }の逆引きが自社ドメインの名前になっているか確かめてください。そのうえで確認ページの案内に従って申請します。
entry-invaluement-lookup = 確認ページで{ -glossary-ip }を入力すると、アドレス自体(ivmSIP)かその範囲(ivmSIP/24)が載っているかが出て、解除申請のページへのリンクがあります。
entry-invaluement-sub-ivmsip-24 = ivmSIP/24: あなたの{ -glossary-ip }の周りの範囲です。自分のアドレスから迷惑メールが出ていなければ、解除が認められます。
entry-invaluement-sub-ivmsip = ivmSIP: あなたの{ -glossary-ip }自体から迷惑メールが送られました。
entry-invaluement-sub-ivmuri = ivmURI: { -glossary-ip }ではなく、メールの本文にあるドメインが登録されています。

## mailspike
entry-mailspike-what = Mailspike は、迷惑メールの急増のデータと評判の点数を組み合わせたリストです。登録と解除が短い時間で変わります。
entry-mailspike-happened = 相手のサーバーが Mailspike を確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-mailspike-duration = 登録はすぐに付いたり外れたりします。解除の申請は6〜36時間で自動的に処理されるといわれています(公式の数字ではありません)。
entry-mailspike-first = 原因(多くはパスワードの盗難か、感染したパソコン)を直してから、解除フォームを使ってください。
entry-mailspike-lookup = mailspike.org で{ -glossary-ip }を調べます。載っていれば解除フォームが案内されます。このページの詳細は確認できていません。

## psbl
entry-psbl-what = PSBL(Passive Spam Block List)は、スパムトラップにメールを送ったアドレスを登録するリストです。
entry-psbl-happened = 相手のサーバーが PSBL を確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-psbl-duration = しばらくすると自然に外れます。また、誰でもすぐに解除できます。
entry-psbl-first = 原因を直してから、PSBL のページ(Remove an IP)で{ -glossary-ip }を解除してください。
entry-psbl-lookup = 登録ページで{ -glossary-ip }が載っているかが分かります。解除ページ(Remove an IP)で入力するのは{ -glossary-ip }だけです。

## senderscore
entry-senderscore-what = Validity の Sender Score ブロックリスト(RTBL)です。Comcast や Cox などのプロバイダーが使っています。
entry-senderscore-happened = 相手のサーバーが Sender Score のリストを確認したところ、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。
entry-senderscore-duration = ブロックリストの解除ページで解除するまで外れません。
entry-senderscore-first = { -glossary-ip }が Microsoft 365、Google、{ -glossary-provider }のものなら、そちらが対応する必要があります。そうでなければ原因(多くは一斉メールへの苦情)を直してから、解除ページを使ってください。
entry-senderscore-lookup = senderscore.org で{ -glossary-ip }を調べます。解除はブロックリストの解除ページ(blocklist remover)で行います。

## microsoft-outlook
entry-microsoft-outlook-what = Outlook.com、Hotmail などマイクロソフトの個人向けメール(outlook.jp、live.com など)です。独自のブロックリストを持っています。
entry-microsoft-outlook-happened = マイクロソフトが、あなたの{ -glossary-ip }のネットワークを自社のブロックリストに載せているため、受け取りを断りました(S3150 などのコード)。
entry-microsoft-outlook-duration = マイクロソフトが解除するまで続きます。申請には、多くの場合12〜48時間で担当者から返事が来ます。
entry-microsoft-outlook-first = レンタルサーバーなら{ -glossary-provider }に相談してください。エラー自体が「プロバイダーに連絡するように」と書いています。自社のサーバーなら、マイクロソフトのトラブルシューティングのページを読んでから、送信者サポートのフォームを送ります。
entry-microsoft-outlook-lookup = 公開の確認ページはありません。状態を見られるのは、Microsoft SNDS を使う{ -glossary-ip }の持ち主だけです。エラーのコード(S3150、DY-001 など)が理由を示しています。
entry-microsoft-outlook-sub-s3150 = S3150(AS3150 とも書かれます): あなたの{ -glossary-ip }のネットワークが Outlook.com のブロックリストに載っています。S3140 との違いをマイクロソフトは公表していません。どちらも送信者サポートのフォームから申請します。
entry-microsoft-outlook-sub-s3140 = S3140(AS3140 とも書かれます): あなたの{ -glossary-ip }がマイクロソフトのブロックリストに載っています(完全なブロックと読む人もいます)。送信者サポートのフォームから申請します。
entry-microsoft-outlook-sub-s775 = S775(4.7.650): { -glossary-ip }の評判のため、Outlook.com が受け取りを遅らせています。送信側のサーバーが送り直します。
entry-microsoft-outlook-sub-dy-001 = DY-001: Outlook.com は、動的なアドレスから直接送られたメールを受け取りません。プロバイダーの{ -glossary-mail-server }から送ってください。
entry-microsoft-outlook-sub-dy-002 = DY-002: マイクロソフトは、送信元が乗っ取られているか感染していると判断しています。

## microsoft-365
entry-microsoft-365-what = Microsoft 365(Exchange Online)は、Microsoft 365 を使う会社のメールを守る仕組みです。
entry-microsoft-365-happened = Microsoft 365 が、あなたの{ -glossary-ip }をブロック対象の送信元の一覧に載せているため、受け取りを断りました。
entry-microsoft-365-duration = 解除ポータルで申請するまで続きます。解除には最大24時間かかることがあります。
entry-microsoft-365-first = 解除ポータル(sender.office.com)で、エラーメールが返ってきたアドレスと{ -glossary-ip }を入力します。エラーに 5.7.511 とあれば、代わりに delist@microsoft.com にメールします。Spamhaus の名前があれば、Spamhaus のサイトで解除します。
entry-microsoft-365-lookup = sender.office.com で、メールアドレスと{ -glossary-ip }を入力し、画像の文字を入力して「Submit」を押します。約10分間有効なリンクがメールで届くので、開きます。「not currently blocked」と出れば、Microsoft 365 はブロックしていません。ブロックされていれば、そのページの「Delist IP」で解除を申請できます(エラーが 5.7.511 のときは使えません)。
entry-microsoft-365-sub-5-7-511 = 5.7.511: 送信を禁止された送信元です。このコードでは解除ポータルは使えません。エラーと{ -glossary-ip }を添えて delist@microsoft.com にメールします。
entry-microsoft-365-sub-5-7-513 = 5.7.513: 相手の会社が、独自の一覧であなたをブロックしています。マイクロソフトではなく相手に頼んでください。
entry-microsoft-365-sub-tenant = あなたの会社の Microsoft 365 自体が送信を制限されています(5.7.705、5.7.708、5.7.750)。直せるのは社内の Microsoft 365 管理者だけで、マイクロソフトのサポートと対応します。

## gmail
entry-gmail-what = Gmail と Google Workspace は、Google 独自の評判のデータで送信元を判断します。リストも解除フォームもありません。
entry-gmail-happened = Gmail が、あなたの{ -glossary-ip }からのメールを遅らせるか、拒否しました。理由は、{ -glossary-ip }の評判、受信者が望まないメールの多さ、送信者の設定の不足のどれかです。
entry-gmail-duration = 送信の状態がよくなれば自然に回復しますが、時間がかかることがあります。
entry-gmail-first = Google が送信者に求める条件を満たしてください。SPF か DKIM の設定と正しい逆引きが必要で、迷惑メールとしての報告が少ないことも条件です。「Not authorized to send directly」とあれば、プロバイダーのサーバーから送る必要があります。
entry-gmail-lookup = 確認ページはありません。Google の送信者向けの無料ツール(Postmaster Tools)で自社ドメインの持ち主であることを確認すると、ドメインの評判を見られます。
entry-gmail-sub-4-7-28 = 4.7.28: あなたの{ -glossary-ip }かその範囲から、望まれないメールが異常に多く送られています。状態がよくなるまで Gmail が制限します。
entry-gmail-sub-notauthorized = 直接送信の不許可: { -glossary-ip }が家庭用回線のように見えます。プロバイダーの{ -glossary-mail-server }から送ってください。

## yahoo
entry-yahoo-what = Yahoo Mail(AOL や Verizon のアドレスも含みます。Yahoo! JAPAN とは別です)は、独自の評判のデータを持っています。
entry-yahoo-happened = Yahoo が、あなたの{ -glossary-ip }からのメールを遅らせるか、拒否しました(TSS04 などのコード)。理由は、送信量、受信者からの苦情、送信元の評判です。
entry-yahoo-duration = TSS04 などは一時的で、送信の状態がよくなれば解消します。TSS09 と TSS11 は恒久的で、送り直しても届きません。
entry-yahoo-first = 一度に送る量を減らし、ゆっくり送ってください。配信リストを整理し、SPF・DKIM・DMARC を設定してください。同じエラーが48時間以上続くときは、エラーコードを添えて送信者サポートに申請します。
entry-yahoo-lookup = 確認ページはありません。送信者向けのサイト(senders.yahooinc.com)にコードの説明と、サポートへの申請フォームがあります。
entry-yahoo-sub-tss04 = TSS04: 送信量が多すぎるか、苦情があったため、受け取りを一時的に保留しています。送信側のサーバーが送り直します。
entry-yahoo-sub-tss09 = TSS09: 恒久的な保留です。送り直しても届きません。
entry-yahoo-sub-tss11 = TSS11: 恒久的な保留です。送り直しても届きません。

## apple-icloud
entry-apple-icloud-what = Apple の iCloud メール(icloud.com、me.com、mac.com)です。
entry-apple-icloud-happened = iCloud メールが、独自の方針によりあなたの{ -glossary-ip }からのメールを拒否しました(CS01 や HM08 などのコード)。
entry-apple-icloud-duration = 申請のあと、Apple が解除するまで続きます。
entry-apple-icloud-first = エラーに Proofpoint へのリンクや Spamhaus の名前があれば、そちらで解除します。そうでなければ、メール管理者が icloudadmin@apple.com に、会社名、ドメイン、{ -glossary-ip }、エラー、始まった日時を書いてメールします。このメールは delist が作ります。
entry-apple-icloud-lookup = 確認ページはありません。エラーのコードとリンクで、どこに申請するかが分かります。

## docomo
entry-docomo-what = NTT ドコモの携帯電話のメール(docomo.ne.jp)です。
entry-docomo-happened = ドコモが、あなたのサーバーからの受け取りを一時的に止めました。多くは、もう使われていないドコモのアドレスにたくさん送ったことが原因です。「550 Unknown user」は、相手の受信設定による拒否のこともあります。
entry-docomo-duration = 一時的なブロックです。解除フォームはありません。
entry-docomo-first = 配信リストから使われていないドコモのアドレスを削除し、古い転送設定を止めてください。特定の1人にだけ届かない場合は、その人に受信設定であなたのドメインを許可してもらってください。
entry-docomo-lookup = 確認ページはありません。

## au-kddi
entry-au-kddi-what = au(KDDI)の携帯電話のメール(au.com、ezweb.ne.jp)です。
entry-au-kddi-happened = au が受け取りを断るか、接続を切りました。多くは、存在しないアドレスへの送信や、短い時間の大量の送信が原因です。送信側の記録には「connection reset」としか残らないことがあります。
entry-au-kddi-duration = 一時的なブロックで、KDDI が解除します。解除フォームはありません。
entry-au-kddi-first = ゆっくり送り、配信リストを整理してください。特定の1人にだけ届かない場合は、その人にあなたのアドレスを許可してもらってください(なりすまし規制の設定も含みます)。
entry-au-kddi-lookup = 確認ページはありません。

## softbank
entry-softbank-what = ソフトバンクの携帯電話のメール(softbank.ne.jp、i.softbank.jp)です。
entry-softbank-happened = ソフトバンクが、あなたのサーバーからのメールをしばらく拒否するか、遅らせました。多くは、一斉メールに存在しないアドレスがたくさん含まれていたことが原因です。
entry-softbank-duration = 拒否は「一定時間」続きます。解除フォームはありません。
entry-softbank-first = 配信リストを整理し、ゆっくり送ってください。ソフトバンクは、1MBを超えるメールや、一度に100人を超える宛先のメールも拒否します。
entry-softbank-lookup = 確認ページはありません。

## yahoo-japan
entry-yahoo-japan-what = Yahoo!メール(yahoo.co.jp)です。米国の Yahoo Inc. とは別の会社です。
entry-yahoo-japan-happened = あなたのサーバーがオープンリレーやプロキシのように見えるか、動的な{ -glossary-ip }から送っているため、Yahoo! JAPAN が接続を断りました。
entry-yahoo-japan-duration = 中継や直接の送信が止まるまで続きます。
entry-yahoo-japan-first = エラーメールを{ -glossary-mail-server }の管理者か{ -glossary-provider }に渡してください。Yahoo! JAPAN に送る申請はありません。
entry-yahoo-japan-lookup = 確認ページはありません。

## backscatterer
entry-backscatterer-what = Backscatterer は UCEPROTECT が運営するリストで、なりすまされた送信者にエラーメールや自動返信を送るサーバーを載せます。迷惑メールの送信元のリストではありません。
entry-backscatterer-happened = 相手のサーバーが Backscatterer を確認し、あなたの{ -glossary-ip }が載っていました。そのため、メールの受け取りを断りました。あなたのサーバーが、迷惑メールに使われた偽の送信者あてに、エラーメールや自動返信、送信者確認を送っていました。
entry-backscatterer-duration = 最後のエラーメールが確認されてから4週間で、無料で自然に外れます。新しく送るたびに4週間がやり直しになります。
entry-backscatterer-first = 存在しない宛先へのメールは、受け取ってからエラーメールを返すのではなく、受け取る時点で断るように{ -glossary-mail-server }を設定してください。知らない送信者への自動返信も止めてください。そのあとは、外れるのを待ちます。有料の「特急」解除が売られていますが、必要ありません。
entry-backscatterer-lookup = Test/Remove IP のページで{ -glossary-ip }を入力すると、載っているかどうかと、外れる最も早い日が表示されます。

## uribl
entry-uribl-what = URIBL は、迷惑メールの中(多くはリンク)に出てきたドメインのリストです。メールを送った{ -glossary-ip }ではなく、ドメインを載せます。
entry-uribl-happened = 相手のフィルターが、あなたのメールの中のドメイン(リンクか、あなた自身のドメイン)が URIBL に載っていると判断し、受け取りを断りました。載っているのは{ -glossary-ip }ではありません。
entry-uribl-duration = URIBL がそのドメインの解除申請を認めるまで続きます。
entry-uribl-first = メールの中のどのドメインが載っているかを調べてください(自社サイトへのリンク、計測用や短縮のリンクなど)。自分のドメインなら、原因(改ざんされたサイト、悪用されたフォーム)を直してから URIBL に解除を申請します。無料のログインが必要です。他人のリンクなら、メールからそのリンクを外してください。
entry-uribl-lookup = URIBL のサイトで、{ -glossary-ip }ではなくドメインを「www.」なしで調べます。結果にリスト名(black、grey、red)が出ます。解除の申請にはログインが必要です。
entry-uribl-sub-black = URIBL black: URIBL が迷惑メール業者のものと判断したドメインです。
entry-uribl-sub-grey = URIBL grey: 配信停止に応じることもある一斉配信(メール配信サービスなど)に出てきたドメインです。配信リストを整理してください。
entry-uribl-sub-red = URIBL red: 自動の登録で、ごく新しいドメインや whois の公開代行を使うドメインがメールに出てきたものです。

## surbl
entry-surbl-what = SURBL は、望まれないメールに出てきたウェブサイトのリストです。リンクのドメインを載せ、{ -glossary-mail-server }や{ -glossary-ip }は載せません。
entry-surbl-happened = 相手のフィルターが、あなたのメールの中のリンクのドメインが SURBL に載っていると判断し、受け取りを断りました。載っているのは{ -glossary-ip }ではありません。
entry-surbl-duration = 迷惑メールに出なくなれば自然に外れると言われています(公式の数字ではありません)。解除の申請もできます。
entry-surbl-first = メールの中のどのリンクが載っているかを調べてください。自分のサイトなら、改ざんや悪用がないかを調べて直してから、SURBL の確認ページで解除を申請します。他人のリンクなら、メールから外してください。
entry-surbl-lookup = SURBL の確認ページで、リンクのドメインを入力します(例: example.com、www. なし)。結果に、載っているサブリストが出ます。

## sophos
entry-sophos-what = SophosLabs による{ -glossary-ip }の分類で、相手側の Sophos のメール製品が使います。
entry-sophos-happened = 相手の Sophos のフィルターが、あなたの{ -glossary-ip }を(家庭用回線の範囲、感染の疑い、迷惑メールの送信元として)分類し、受け取りを断りました。
entry-sophos-duration = 申請があるか原因がなくなって、SophosLabs が分類を変えるまで続きます。
entry-sophos-first = { -glossary-ip }を使っている社内のパソコンに感染がないか調べ、駆除してください。家庭用や動的な回線なら、{ -glossary-provider }の{ -glossary-mail-server }から送ってください。固定のメールサーバーなら、確認ページから SophosLabs に除外を申請します。
entry-sophos-lookup = Sophos の IP 確認ページで{ -glossary-ip }を入力すると、分類が表示され、誤っている場合は SophosLabs への申請ができます。

## symantec
entry-symantec-what = Symantec(現在は Broadcom)の{ -glossary-ip }の評判のデータで、Email Security.cloud や Symantec のメールゲートウェイが使います。
entry-symantec-happened = 相手の Symantec のサービスが、あなたの{ -glossary-ip }を悪い送信元(迷惑メール、ウイルス、オープンプロキシ)の一覧に見つけ、接続を断りました。
entry-symantec-duration = 調査の申請が認められるまで続きます。申請は多くが24時間以内に処理されます。解除されること以外の返事はありません。
entry-symantec-first = まず、{ -glossary-ip }を使っている社内のシステムに、ウイルス、オープンプロキシ、悪用されたアカウントがないか確認してください。そのあと、調査を1回だけ申請します。
entry-symantec-lookup = IP Reputation Investigation のページで{ -glossary-ip }(IPv4 のみ)と画像の文字を入力し、送信します。

## fortiguard
entry-fortiguard-what = FortiGuard AntiSpam は、Fortinet による送信元{ -glossary-ip }の評判と迷惑メールの特徴のデータで、相手側の FortiGate や FortiMail が使います。
entry-fortiguard-happened = 相手の Fortinet の機器が、あなたの{ -glossary-ip }(またはメールの中のリンクやアドレス)を FortiGuard のデータに見つけ、受け取りを断りました。
entry-fortiguard-duration = 申請があるか原因がなくなって、FortiGuard が登録を更新するまで続きます。
entry-fortiguard-first = まず原因(盗まれたパスワード、感染したパソコン、改ざんされたサイト)を直してください。そのあと{ -glossary-ip }を調べ、結果の下のフォームを1回送ります。
entry-fortiguard-lookup = FortiGuard AntiSpam のページで{ -glossary-ip }を入力します。載っている場合は結果の下に短いフォームが出ます。チェックを入れ、返事を受けるメールアドレス、コメント、画像の文字を入力します。

## nifty
entry-nifty-what = @nifty のメール(nifty.com)は、送信者の{ -glossary-provider }を通さずに、動的な{ -glossary-ip }(固定でない家庭や会社の回線)から直接送られたメールを受け付けません。
entry-nifty-happened = あなたのメールが動的な回線から @nifty のサーバーに直接送られ、断られました。リストへの登録ではありません。
entry-nifty-duration = 自然には終わらず、解除するものもありません。この送り方を続ける限り続きます。
entry-nifty-first = { -glossary-provider }の{ -glossary-mail-server }から、送信時の認証を付けて、ポート587(メールソフトの送信設定にある番号)で送ってください。自分でサーバーを動かすなら、固定の{ -glossary-ip }と正しい逆引きの名前が必要です。
entry-nifty-lookup = 確認ページはありません。@nifty のこの仕組みの説明ページがあります。

## ybb
entry-ybb-what = Yahoo! BB(ソフトバンク)の家庭・会社向けの回線です。その{ -glossary-ip }の名前は bbtec.net で終わり、受け取る側は動的な回線として扱います。
entry-ybb-happened = あなたのメールが Yahoo! BB の回線から直接送られ、動的な回線のアドレスだとして相手のサーバーに断られました。リストへの登録ではありません。
entry-ybb-duration = 自然には終わらず、解除するものもありません。回線から直接送る限り続きます。
entry-ybb-first = ソフトバンクが案内するメールの設定のとおり、Yahoo! BB(またはメールのホスティング先)の{ -glossary-mail-server }から、ポート587(メールソフトの送信設定にある番号)で認証付きで送ってください。自分でサーバーを動かすなら、固定IPの回線が必要です。
entry-ybb-lookup = 確認ページはありません。ソフトバンクの OP25B(ポート25のブロック)のページに、使うべきメールの設定があります。
