# Cases: saved automatically, resumed, listed, deleted; phone codes.

case-damaged = The case file { $file } could not be read (damaged, or edited by hand). It was not deleted: it is now { $moved }. Every other case still works.
case-newer = The case file { $file } was saved by a newer delist (format { $format }). It was not deleted: it is now { $moved }, for the newer delist to open.
case-missing = No case "{ $id }". delist cases lists them.
case-ambiguous = Several cases start with "{ $id }": { $ids }. Give a little more of the id.
case-io = The cases folder cannot be read: { $detail }
case-no-data-dir = No home folder was found, so this case is not saved.
case-save-failed = The case could not be saved: { $detail }
case-code-empty = The phone code is empty. Example: TM-QIL 203.0.113.5
case-code-unknown-list = "{ $code }" is not the code of any list. Example: TM-QIL 203.0.113.5
case-code-unknown-sublist = This list has no sub-list "{ $code }".
case-code-bad-ip = "{ $ip }" cannot be read as an IP address.

# delist cases
case-list-empty = No saved cases.
case-list-header = Cases, newest first (saved in { $dir })
case-list-step = { $step }/7
case-list-finished = done
case-list-no-list = (no list yet)
case-list-no-ip = (no IP)
case-list-footer = Continue: delist --resume ID   Delete: delist cases --delete ID   Report: delist report ID
case-delete-confirm = Delete case { $id } ({ $summary })? This cannot be undone. [y/N]
case-delete-done = Case { $id } deleted.
case-delete-kept = Nothing was deleted.
case-delete-needs-yes = No one can answer the confirmation here. Add --yes to delete.

# delist report
case-report-title = Blocklist removal case { $id }
case-report-started = Started
case-report-saved = Last saved
case-report-state = State
case-report-state-sent = Request made (step 7 of 7)
case-report-state-open = In progress (reached step { $step } of 7)
case-report-ip = Blocked IP address
case-report-list = Blocklist
case-report-code = Phone code
case-report-route = How the request goes
case-report-happened = What happened
case-report-sent = What is requested (the English sent, with its Japanese translation)
case-report-translation = Japanese translation
case-report-missing = Still missing before the request can go
case-report-provider = Message to the hosting provider
case-report-next = What comes next
case-report-missing-answer = { $item }: not answered yet.
case-report-footer = (Written by delist. Times are Japan time.)
case-report-route-form = Web form: { $url }
case-report-route-form-nourl = Web form
case-report-route-mail = Email
case-report-route-provider = A request by the IP address's owner (the hosting provider)
case-report-route-nothing = No request needed (the listing expires by itself)
case-report-no-bounce = No error mail text (a case opened from a phone code).
