# Cases: saved automatically, resumed, listed, deleted; phone codes.

case-damaged = ケースファイル { $file } を読めませんでした(壊れているか、手で編集されています)。削除はせず、{ $moved } に移しました。ほかのケースはそのまま使えます。
case-newer = ケースファイル { $file } は新しい delist で保存されています(形式 { $format })。削除はせず、{ $moved } に移しました。新しい delist で開けます。
case-missing = ケース「{ $id }」は見つかりません。一覧は delist cases で見られます。
case-ambiguous = 「{ $id }」で始まるケースが複数あります: { $ids }。もう少し長く指定してください。
case-io = ケースの保存場所を読めません: { $detail }
case-no-data-dir = ケースの保存場所(ホームフォルダ)が見つからないため、ケースは保存されません。
case-save-failed = ケースを保存できませんでした: { $detail }
case-code-empty = 電話用コードが空です。例: TM-QIL 203.0.113.5
case-code-unknown-list = 「{ $code }」はどのリストのコードでもありません。例: TM-QIL 203.0.113.5
case-code-unknown-sublist = このリストにサブリスト「{ $code }」はありません。
case-code-bad-ip = 「{ $ip }」はIPアドレスとして読めません。

# delist cases
case-list-empty = 保存されたケースはありません。
case-list-header = ケース一覧(新しい順、保存場所: { $dir })
case-list-step = { $step }/7
case-list-finished = 完了
case-list-no-list = (リスト未特定)
case-list-no-ip = (IPアドレスなし)
case-list-footer = 続きから: delist --resume ID   削除: delist cases --delete ID   報告書: delist report ID
case-delete-confirm = ケース { $id }({ $summary })を削除しますか? 元に戻せません。[y/N]
case-delete-done = ケース { $id } を削除しました。
case-delete-kept = 削除しませんでした。
case-delete-needs-yes = 確認の質問に答えられない環境です。削除するには --yes を付けてください。

# delist report
case-report-title = ブロックリスト解除のケース報告 { $id }
case-report-started = 開始
case-report-saved = 最終保存
case-report-state = 状況
case-report-state-sent = 申請まで済み(ステップ 7/7)
case-report-state-open = 作業中(ステップ { $step }/7 まで)
case-report-ip = ブロックされたIPアドレス
case-report-list = ブロックリスト
case-report-code = 電話用コード
case-report-route = 申請の方法
case-report-happened = 何が起きたか
case-report-sent = 申請する内容(送る英語と、その日本語訳)
case-report-translation = 日本語訳
case-report-missing = 申請の前にまだ足りないもの
case-report-provider = レンタルサーバー会社への連絡文
case-report-next = この後
case-report-missing-answer = 「{ $item }」にまだ答えていません。
case-report-footer = (delist で作成。日時は日本時間です)
case-report-route-form = ウェブのフォーム: { $url }
case-report-route-form-nourl = ウェブのフォーム
case-report-route-mail = メール
case-report-route-provider = IPアドレスの持ち主(レンタルサーバー会社など)からの申請
case-report-route-nothing = 申請は不要(時間がたつと自動で解除されます)
case-report-no-bounce = エラーメールの本文はありません(電話用コードから開いたケース)。
