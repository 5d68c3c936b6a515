analyze-progress = { $total }件中 { $done }件目を読み込んでいます…
analyze-error = エラー: { $detail }
analyze-error-internal = このファイルを読む途中で delist の内部エラーが起きました(ファイルではなく delist の問題です)。ほかのファイルは読みます。
analyze-not-a-bounce = これはエラーメールではありません(普通のメールです)。対応は不要です。
analyze-note-undecodable = 文字コードを判別できない部分があります(� で表示しています)。
analyze-note-nesting-cut = このメールのうち、{ $depth }階層より深く入れ子になった部分は読んでいません。
analyze-suspicious-links = ⚠ このメールには、ブロックリストの運営者のものではないサイトへのリンクがあります({ $sites })。開かないでください。偽の解除サイトは、お金やパスワードをだまし取ろうとします。
