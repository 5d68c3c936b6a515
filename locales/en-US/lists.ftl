# Labels for `delist lists`: the catalogue as text. Facts come from assets/blocklists.toml.
lists-count = { $count ->
        [one] 1 list or provider block
       *[other] { $count } lists and provider blocks
    }
lists-label-kind = Kind
lists-label-operator = Run by
lists-label-status = Status
lists-label-lookup = Lookup
lists-label-help = Help for senders
lists-label-removal = Removal
lists-label-who = Who may ask
lists-label-email = Send to
lists-label-form = Form
lists-label-expires = Expires by itself after
lists-label-turnaround = Usual turnaround
lists-label-cost = Cost
lists-label-sublists = Sub-lists
lists-label-unverified = Not verified
lists-label-sources = Sources
lists-kind-dnsbl = DNS blocklist
lists-kind-provider-reputation = Provider's own reputation
lists-kind-carrier-filter = Carrier or ISP filter
lists-status-active = active
lists-status-closed = closed since { $since }
lists-method-web-form = web form
lists-method-email = by email
lists-method-expires = nothing to send: it expires by itself
lists-method-none = no removal exists
lists-method-ask-provider = only your hosting provider or ISP can ask
lists-who-anyone = anyone
lists-who-server-admin = the mail server's administrator
lists-who-ip-owner-role-address = the IP's owner, from abuse@ or postmaster@ of its domain
lists-who-network-owner = only the ISP or network owner
lists-who-recipient = the recipient's administrator
lists-fields = { $count ->
        [one] 1 field
       *[other] { $count } fields
    }: { $names }
lists-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
lists-hours-range = { $low }–{ $high } hours
lists-cost-free = free
lists-cost-free-with-paid-express = free; a paid "express" removal is offered: never pay for it
lists-cost-unknown = not stated by the operator
lists-unverified-form-fields = form fields
lists-unverified-turnaround = turnaround
lists-unverified-expiry = expiry
lists-unverified-cost = cost
lists-unverified-lookup-url = lookup address
lists-unverified-help-url = address of the page for senders
lists-unverified-removal-url = removal address
lists-unverified-removal-email = removal email address
lists-unverified-markers = wording in bounces
lists-unverified-codes = meaning of codes
lists-unverified-operator = operator
lists-unverified-status = status
lists-sources = { $count ->
        [one] 1 source
       *[other] { $count } sources
    }, last checked { $date }
