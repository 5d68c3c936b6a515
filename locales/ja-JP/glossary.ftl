# 用語集: ひとつの考えにひとつのことば(UX.md「Words」)。ほかのファイルは
# { -glossary-ip } のように参照するので、ことばを変えるときはここだけを直します。
-glossary-blocklist = ブロックリスト
-glossary-ip = IPアドレス
-glossary-ips = IPアドレス
-glossary-mail-server = メールサーバー
-glossary-provider = レンタルサーバー会社
-glossary-removal-request = 解除申請
-glossary-temporary-error = 一時的なエラー
-glossary-permanent-error = 恒久的なエラー

glossary-title = この画面で使うことば
glossary-meaning-blocklist = { -glossary-blocklist }: 迷惑メールを送った(または送りそうな)IPアドレスの一覧です。多くのメールサーバーがこれを確認して、一覧にあるIPアドレスからのメールを受け取りません。
glossary-meaning-ip = { -glossary-ip }: インターネット上でサーバーを見分ける番号です。{ -glossary-mail-server }の住所のようなものです。
glossary-meaning-mail-server = { -glossary-mail-server }: 会社のメールを送り出すコンピューターです。レンタルサーバーでは、多くの利用者が1台を共用しています。
glossary-meaning-provider = { -glossary-provider }: サーバーを運営している会社です(例: エックスサーバー、さくらインターネット)。共用サーバーの{ -glossary-ip }はこの会社のものです。
glossary-meaning-removal-request = { -glossary-removal-request }: { -glossary-blocklist }の運営者に、{ -glossary-ip }を一覧から外してもらうよう頼むことです。
glossary-meaning-temporary-error = { -glossary-temporary-error }: いまは受け取りを断られましたが、送信側のサーバーが送り直しを続けています。あとで届くこともあります。
glossary-meaning-permanent-error = { -glossary-permanent-error }: 受け取りを最終的に断られました。原因を直したあと、もう一度送る必要があります。
