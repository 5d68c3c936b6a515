# Words as a person reads them, shared by every text delist writes (src/words.rs): dates,
# retry limits, durations, and a link reduced to its site.

words-retry-after-sending = { $n } { $unit ->
        [day] { $n ->
            [one] day
           *[other] days
        }
        [hour] { $n ->
            [one] hour
           *[other] hours
        }
       *[minute] { $n ->
            [one] minute
           *[other] minutes
        }
    } after the mail was sent
words-date = { $weekday } { $day } { $month_name } { $year }, { $time } ({ $zone })
words-zone-japan = Japan time
words-weekday-0 = Sun
words-weekday-1 = Mon
words-weekday-2 = Tue
words-weekday-3 = Wed
words-weekday-4 = Thu
words-weekday-5 = Fri
words-weekday-6 = Sat
words-month-1 = January
words-month-2 = February
words-month-3 = March
words-month-4 = April
words-month-5 = May
words-month-6 = June
words-month-7 = July
words-month-8 = August
words-month-9 = September
words-month-10 = October
words-month-11 = November
words-month-12 = December
words-at-once = minutes
words-hours = { $n ->
        [one] 1 hour
       *[other] { $n } hours
    }
words-days = { $n ->
        [one] 1 day
       *[other] { $n } days
    }
words-link-hidden = [⚠ unofficial link left out: { $site }]
