intake-error-empty = 入力が空です。エラーメールの全文を貼り付けるか、そのメールを保存したファイルを指定してください。
intake-error-too-large = 入力が上限の { $limit } を超えています。エラーメールがこれほど大きいことはまずありません。ファイルが正しいか確認するか、--max-size で上限を上げてください。
intake-error-binary = テキストではありません(画像・圧縮ファイル・プログラムのようです)。エラーメールそのもの(.eml ファイルか、メールからコピーした文章)を指定してください。
intake-error-not-found = ファイルが見つかりません。ファイル名と場所を確認してください。
intake-error-permission = ファイルを読み取れません(アクセス権がありません)。
intake-error-directory = これはファイルではなくフォルダーです。
intake-error-io = 入力を読み取れませんでした: { $detail }
