# 人が読む形の言葉(src/words.rs)。日付、再送の期限、期間、サイト名だけにしたリンク。

words-retry-after-sending = メールを送ってから{ $n }{ $unit ->
        [day] 日後
        [hour] 時間後
       *[minute] 分後
    }
words-date = { $year }年{ $month }月{ $day }日({ $weekday }) { $time }({ $zone })
words-zone-japan = 日本時間
words-weekday-0 = 日
words-weekday-1 = 月
words-weekday-2 = 火
words-weekday-3 = 水
words-weekday-4 = 木
words-weekday-5 = 金
words-weekday-6 = 土
words-month-1 = 1月
words-month-2 = 2月
words-month-3 = 3月
words-month-4 = 4月
words-month-5 = 5月
words-month-6 = 6月
words-month-7 = 7月
words-month-8 = 8月
words-month-9 = 9月
words-month-10 = 10月
words-month-11 = 11月
words-month-12 = 12月
words-at-once = すぐ
words-hours = { $n }時間
words-days = { $n }日
words-link-hidden = [⚠ 公式ではないリンクのため省略: { $site }]
