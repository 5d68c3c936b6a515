# `delist check` and the wizard's online check: what the DNSBL zones answered.
check-head-list = List
check-head-result = Result
check-head-sublist = Sub-list
check-head-todo = What to do
check-head-url = Official page
check-asking = { $count ->
        [one] Asking 1 blocklist zone about { $ip }…
       *[other] Asking { $count } blocklist zones about { $ip }…
    }
check-about = { $ip }, checked at { $time }
check-servers-system = DNS servers asked (this computer's settings): { $servers }
check-servers-given = DNS server asked (--dns): { $servers }
check-result-listed = listed
check-result-not-listed = not listed
check-result-refused = unknown: refused
check-result-timeout = unknown: no answer
check-result-error = unknown: error
check-result-no-zone = not asked
check-do-listed = Fix the cause, then request removal on the official page
check-do-listed-expires = Fix the cause; the listing expires by itself
check-do-listed-none = Nothing to request; see the official page
check-do-listed-provider = Ask your hosting provider or ISP
check-do-not-listed = Nothing to do
check-do-refused = Ask through your own resolver (--dns), or check on the web page
check-do-timeout = Try again, or check on the web page
check-do-error = Check on the web page
check-do-no-zone = No DNS zone: check on the web page
check-do-no-ipv6 = IPv6 not asked here: check on the web page
check-do-closed = The list has closed: nothing to check
check-note-refused = Refused: the list would not answer through this DNS server. Spamhaus refuses queries that come through public resolvers (8.8.8.8, 1.1.1.1 and the like) or go over its limits, and says so with 127.255.255.x. That is not a listing. Ask through your own resolver (--dns ADDR:PORT), or look the IP up on the official page.
check-note-timeout = No answer within { $secs } s from the zones marked so. Run the check again, or allow more time with --timeout.
check-note-error = { $list }: { $detail }
check-offline = No DNS server could be reached ({ $servers }): this computer seems to be offline. Nothing was checked. Try again once connected, or look the IP up on the official pages.
check-summary-clean = Every zone answered; none lists this IP.
check-summary-listed = At least one list names this IP.
check-summary-unanswered = No zone lists this IP, but some gave no answer: the result is incomplete.
check-no-servers = No DNS server is configured on this computer ({ $detail }). Give one with --dns ADDR:PORT.
check-failed = The check could not start: { $detail }
check-bad-ip = Not an IP address: { $value }
check-unknown-list = No list with the id { $id }. The ids: { $ids }
check-all-failed = Every query failed ({ $servers }): this computer may be offline, or the DNS server is not working. Nothing was checked; the reasons follow.
