# The request writer. Read locales/README.md before changing a text here.
#
# Two kinds of message live here.
# - request-text-*: text that goes into a removal form or email, under the user's name, to a
#   list's operator. The en-US message is the English to paste; the ja-JP message with the same
#   id is its Japanese translation, shown beside it. Keep them sentence for sentence. English
#   here is ASCII only: straight quotes, no dashes other than "-". First person plural, short,
#   factual, polite: what happened, what was done (only what was ticked), what prevents a
#   repeat, thanks. No filler, no threats, no legal talk, no pleading.
# - everything else: the interface and the email to the hosting provider, in the user's
#   language.

## Lists of phrases ("A, B, and C").
request-text-list-two = { $a } and { $b }
request-text-list-sep = {", "}
request-text-list-more = { $head }, and { $last }

## Why it happened (one short paragraph per cause).
request-text-why-shared-server = { $server ->
        [m365] This IP address is shared by many Microsoft 365 customers. We believe that another customer sent the spam.
        [google] This IP address is shared by many Google Workspace customers. We believe that another customer sent the spam.
       *[other] { $named ->
            [yes] This IP address belongs to a shared server at our hosting provider, { $provider }. We believe that another customer on that server sent the spam.
           *[no] This IP address belongs to a shared server at our hosting provider. We believe that another customer on that server sent the spam.
        }
    }
request-text-why-stolen-password = The password of one of our mail accounts was stolen. The account was then used to send spam.
request-text-why-infected-pc = A computer in our office was infected with malware. It was sending spam.
request-text-why-hacked-website = Our website was abused to send spam.
request-text-why-new-ip = This IP address was recently assigned to our mail server. It may have been listed because of mail sent by its previous user.
request-text-why-dynamic-ip = Our mail server was sending mail directly from the dynamic IP address of our office internet line.
request-text-why-no-ptr = The IP address of our mail server did not have a correct reverse DNS (PTR) record.
request-text-why-newsletter-complaints = Some recipients of our newsletter reported it as spam.
request-text-why-backscatter = Our server sent automatic replies and bounce messages to forged sender addresses.
request-text-why-open-relay = Our mail server was misconfigured as an open relay. Spammers used it to send mail.
request-text-why-unknown = We have not yet found out why this IP address was listed.

## What was done (only what the user ticked).
request-text-fixed = We have { $list }.
request-text-nofix-shared = { $server ->
        [m365] Our mail is sent through Microsoft 365, so we cannot change the server's settings ourselves.
        [google] Our mail is sent through Google Workspace, so we cannot change the server's settings ourselves.
       *[other] The server is managed by our hosting provider, so we cannot change its settings ourselves.
    }
request-text-fix-asked-provider = asked { $server ->
        [m365] Microsoft
        [google] Google
       *[other] { $named ->
            [yes] our hosting provider, { $provider },
           *[no] our hosting provider
        }
    } to find and stop the source of the spam
request-text-fix-changed-passwords = changed the passwords of all our mail accounts
request-text-fix-enabled-mfa = turned on two-factor authentication
request-text-fix-removed-malware = scanned our computers and removed the malware
request-text-fix-fixed-website = updated our website and protected its contact form against abuse
request-text-fix-closed-relay = closed the open relay on our mail server
request-text-fix-set-ptr = set a reverse DNS (PTR) record that matches our mail server's host name
request-text-fix-use-provider-smtp = started sending all our mail through our provider's mail server, with authentication
request-text-fix-set-authentication = made SMTP authentication (user name and password) mandatory for all mail sent through our server
request-text-fix-cleaned-list = removed invalid and inactive addresses from our mailing list
request-text-fix-stopped-auto-replies = stopped sending automatic replies and bounces to unknown senders
request-text-fix-reduced-volume = reduced the volume and the sending rate of our mail

## How a repeat is prevented.
request-text-prevent = To prevent this from happening again, we will { $list }.
request-text-prevent-shared = Because this IP address is shared with other customers, we cannot promise that this will not happen again. On our side, we will { $list }.
request-text-prevent-shared-none = Because this IP address is shared with other customers, we cannot promise that this will not happen again.
request-text-prevention-monitor = check our outgoing mail regularly
request-text-prevention-rate-limit = limit how many messages each account can send per hour
request-text-prevention-strong-passwords = use strong, unique passwords for every account
request-text-prevention-updates = keep the software on our computers, server, and website up to date
request-text-prevention-antivirus = keep antivirus software running on every computer
request-text-prevention-confirmed-opt-in = send our newsletter only to people who have confirmed their subscription
request-text-prevention-staff-training = train our staff to recognize phishing mail
request-text-prevention-ask-provider-dedicated-ip = ask our hosting provider about a dedicated IP address

request-text-closing = Thank you for reviewing our request.

## Values of other fields.
request-text-value-title = Request to remove { $ip } from your blocklist
request-text-value-ip-static = Static
request-text-value-ip-dynamic = Dynamic
request-text-value-ip-owner = A mail server
request-text-value-server-shared = Shared
request-text-value-server-dedicated = Dedicated
request-text-value-mail-newsletter = Newsletters
request-text-value-time-zone = (UTC+09:00) Osaka, Sapporo, Tokyo

## The message to the recipient's mail administrator (a filter of their own).
request-text-recipient-refused = { $has_recipient ->
        [yes] Our mail to { $recipient } was refused by your mail server
       *[no] Our mail to your organization was refused by your mail server
    }{ $has_ip ->
        [yes] , which blocked our sending IP address { $ip }. The refusal reads:
       *[no] . The refusal reads:
    }
request-text-recipient-ask = The refusal names no public blocklist, so we believe the block is set on your side. Could you please check your server's filter and allow mail from us? Thank you.
request-text-role-it-admin = IT administrator
request-text-role-owner = Business owner
request-text-role-office-staff = Office staff
request-text-role-web-admin = Website administrator
request-text-role-it-contractor = IT support contractor

## Emails to a list.
request-text-email-subject-label = Subject:{" "}
request-text-email-subject = Removal request for { $ip } ({ $domain })
request-text-email-hello = Hello,
request-text-email-attached = The refusal message (NDR) is attached.
request-text-email-who = { $has_company ->
        [yes] We are { $company }, and our mail domain is { $domain }.
       *[no] Our mail domain is { $domain }.
    }
request-text-email-rejected = { $known ->
        [yes] Mail from our server at { $ip } to { $recipient } was rejected{ $dated ->
            [yes] {" "}on { $date }
           *[no] {""}
        }
        [owner] Mail we sent from { $ip } was rejected{ $dated ->
            [yes] {" "}on { $date }
           *[no] {""}
        }
       *[no] Mail from our server at { $ip } to your users was rejected{ $dated ->
            [yes] {" "}on { $date }
           *[no] {""}
        }
    }{ $quoted ->
        [yes] {" "}with the following error:
        [excerpt] . The key part of the error reads ("..." marks words left out):
       *[no] .
    }
request-text-email-ask = We would be grateful if you could review { $ip } and remove it from your blocklist.
request-text-email-more = If you need any further information, please let us know.
request-text-email-regards = Best regards,

## Emails to the owner of the IP (hosting provider or ISP).
request-text-owner-subject = Please request removal of { $ip } from { $list }
request-text-owner-listed = The IP address { $ip } on your network is listed on { $list }.
request-text-owner-only = The list accepts removal requests only from the network that owns the IP address.
request-text-owner-admin = The list asks the administrator of the sending mail server to resolve this.
request-text-owner-why-shared = This IP address belongs to a shared server that you run for us and other customers. We believe that another customer on that server sent the spam.
request-text-owner-ask = Could you please look into this and ask { $list } to remove the listing?

## What each field asks for (interface).
request-field-help-ip = The blocked { -glossary-ip } of your { -glossary-mail-server }.
request-field-help-name = Your name, in the Latin alphabet.
request-field-help-email = Your email address. The reply comes here.
request-field-help-role = Your job or role.
request-field-help-company = Your company's name, in English or in the Latin alphabet.
request-field-help-phone = Your telephone number, in international form.
request-field-help-country = The country the { -glossary-ip } is in.
request-field-help-sender-domain = Your mail domain (the part after @ in your address).
request-field-help-recipient-domain = The domain of the recipient whose server refused your mail.
request-field-help-recipient-address = The address of a recipient whose mail was refused.
request-field-help-hostname = The host name of your { -glossary-mail-server } (the name its reverse DNS gives).
request-field-help-bounced-address = The address the error mail was sent back to.
request-field-help-reason = The reason for your request: why it happened, what you did, and how you will prevent it.
request-field-help-error-text = The refusal, as the error mail gives it.
request-field-help-title = A one-line title for your request.
request-field-help-ip-type = Whether the { -glossary-ip } is fixed (static) or changes (dynamic).
request-field-help-ip-owner = What uses the { -glossary-ip }.
request-field-help-server-shared = Whether the server is yours alone or shared with other customers.
request-field-help-mail-type = What kind of mail was blocked.
request-field-help-time-zone = Your time zone.
request-field-help-manual = Something only you can do on the page.

## Notes beside a field (interface).
request-note-recipient-missing = The error mail does not show the recipient. Type the recipient's domain yourself (for example outlook.com).
request-note-hostname-missing = Ask your { -glossary-provider } for the host name of your { -glossary-mail-server }, and type it here.
request-note-error-text-missing = Paste the refusal from the error mail here, unedited: the line with 550 or 450 and the reason.
request-note-error-text-cut = The refusal was cut to the form's limit of { $max } characters.
request-note-error-text-excerpt = Only the part of the refusal that shows the block is quoted; "..." marks words left out. The whole refusal is in the error mail.
request-note-option = Choose the closest option on the page: { $options }
request-note-manual = Do this on the page yourself (for example, type the letters shown in the image).

## Answers that stop the request (interface).
request-invalid-cause-missing = Choose why it happened. Choices: { $choices }
request-invalid-name-missing = Enter your name.
request-invalid-name-kanji = Your name is written in kanji. The form needs it in the Latin alphabet: type it in romaji (Yamada Taro) or in kana (やまだ たろう). delist converts kana for you.
request-invalid-too-long = This is too long (at most { $max } characters).
request-invalid-company-missing = This form asks for your company's name.
request-invalid-company-kanji = Your company's name is written in kanji. Type its English name (for example Example Co., Ltd.) or its reading in kana.
request-invalid-email-missing = Enter your email address.
request-invalid-email = "{ $email }" is not an email address. Check for a missing @ or a typing mistake.
request-invalid-phone-missing = This form asks for a telephone number.
request-invalid-phone = "{ $phone }" is not a telephone number. Use digits; spaces and hyphens are fine.
request-invalid-ip-missing = The { -glossary-ip } is not known. Give the blocked { -glossary-ip } from the error mail.
request-invalid-ip = "{ $ip }" is not an { -glossary-ip }. An IP address looks like 203.0.113.5.
request-invalid-reason-too-long = The reason does not fit the form's limit of { $max } characters, even shortened. Choose fewer fixes.
request-invalid-field-too-long = The value for "{ $label }" is longer than the form allows ({ $max } characters).
request-invalid-role-missing = The form asks for your role. Choices: { $choices }
request-invalid-role-english = Give your role in English, or choose one of: { $choices }
request-invalid-role-option = The form offers only these roles: { $choices }
request-invalid-clash = { $a_flag } { $a } ("{ $a_label }") and { $b_flag } { $b } ("{ $b_label }") cannot both be true: { $why } Change one of the two answers.

## Why two answers cannot both be true (also shown beside a greyed-out choice).
request-rule-dynamic-ptr = on a dynamic office line, the reverse DNS belongs to the line's provider, and it cannot make a changing address a mail server's.
request-rule-dynamic-static = a server sending from a dynamic line does not have a static { -glossary-ip }.
request-rule-dynamic-not-own = sending straight from the office line means running your own server, not a shared server or a mail service.
request-rule-shared-not-shared = if another customer on a shared server caused it, your mail is sent from that shared server, not from your own.
request-rule-shared-ptr = on a shared server, the { -glossary-provider } sets the reverse DNS, not you.
request-rule-shared-relay = on a shared server, the relay settings belong to the { -glossary-provider }, not to you.
request-rule-platform-fix = the service runs the server, so you cannot change its reverse DNS or relay.
request-rule-relay-not-yours = the relay of a server someone else runs is not yours to open or close.
request-rule-platform-ptr = the service sets the reverse DNS of its own servers.
request-rule-new-ip-dynamic = an { -glossary-ip } that changes is not one newly given to your server.

## Advice shown before sending (interface).
request-advice-name-converted = Your name was converted to "{ $romaji }". Check the spelling, for example against your passport.
request-advice-name-space = Your name was converted to "{ $romaji }". Put a space between your family name and given name so that it reads correctly.
request-advice-company-converted = Your company's name was converted to "{ $romaji }". If the company has an English name, use that instead.
request-advice-not-ascii = This contains characters outside the Latin alphabet. An English form may not accept them.
request-advice-email-role = { $list } asks for requests from abuse@ or postmaster@ at the domain of the company that owns the { -glossary-ip }. For a rental server, that is your { -glossary-provider }; for your own server, usually your internet provider. You may still send this form from your own address.
request-advice-email-free = { $domain } is a free mail service. Lists trust company addresses more, and some refuse free ones. Use your company address if you can.
request-advice-ip-private = { $ip } is a private address, used only inside your office. The blocked address is the public one. Check the error mail again.
request-advice-closed = { $list } closed on { $since }. There is nothing to request. Ask the recipient's mail administrator to stop using it.
request-advice-expires = { $when ->
        [hours] { $list } ends a listing by itself about { $hours ->
            [one] 1 hour
           *[other] { $hours } hours
        } after the last spam it records from the { -glossary-ip }. Once the spam has stopped, the listing ends on its own, so there is nothing to send. Stop the cause and wait.
        [days] { $list } ends a listing by itself about { $days ->
            [one] 1 day
           *[other] { $days } days
        } after the last spam it records from the { -glossary-ip }. Once the spam has stopped, the listing ends on its own, so there is nothing to send. Stop the cause and wait.
       *[unknown] { $list } ends a block by itself once the sending improves. It states no time. There is nothing to send: stop the cause and wait.
    }
request-advice-expires-form = { $named ->
        [no] This list
       *[yes] This part of { $list }
    } removes listings by itself within about { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }. You may still send the request below. Send it once.
request-advice-no-removal = { $list } takes no removal requests. Follow the advice for this list.
request-advice-own-admin = This block is not a listing of your { -glossary-ip }. { $operator } has restricted sending from your own organisation's { $service }. There is nothing to send to { $operator } from here. Only your organisation's { $service } administrator can lift it, through { $operator }'s support. Tell them the error code in the error mail.
request-advice-fields-unverified = The fields of this form come from descriptions by other people, not from { $named ->
        [no] the list
       *[yes] { $list }
    } itself. The page may differ a little: fill in what it asks for.
request-advice-fields-generic = delist does not know the fields of { $named ->
        [no] the list's
       *[yes] { $list }'s
    } form: these are the ones most removal forms ask for. The page may ask for other things: fill in what it asks for.
request-advice-do-not-pay = { $named ->
        [no] This list
       *[yes] { $list }
    } offers a paid "express" removal. You do not need to pay: the listing expires by itself, free of charge.
request-advice-platform = Your mail goes out through { $server ->
        [m365] Microsoft 365
       *[other] Google Workspace
    }, and the service manages its { -glossary-ips }. Ask your administrator to contact the service's support.
request-advice-ask-provider-first = On a shared server, the { -glossary-ip } belongs to your { -glossary-provider }. { $who ->
        [network-owner] { $named ->
            [no] This list
           *[yes] { $list }
        } normally hears a removal request only from the network that owns the { -glossary-ip }. The email below to your provider is therefore the request: it asks them to find the cause and to ask the list for removal.
       *[role-address] { $named ->
            [no] This list
           *[yes] { $list }
        } asks for requests from them, so send them the email below first. You may also send this form yourself.
    }
request-advice-no-fix = You have not chosen anything you have already done, so the request claims no fix. Most lists ask you to find and stop the cause before you ask for removal. A request sent before that is often refused.
request-advice-attach-bounce = { $named ->
        [no] This list
       *[yes] { $list }
    } asks for the refusal message (NDR) itself. Forward the error mail to the address below, or attach it to this email.

## When the list's own rules allow no request: what to do instead.
request-refusal-dynamic-line = Your mail goes out straight from an ordinary (dynamic) internet line. { $list } names a dynamic { -glossary-ip } among the reasons it lists addresses. A removal request would not help for long: the line's address changes, and the next one may be listed too. Send your mail through your provider's mail server instead. In your mail program, choose the provider's outgoing server with port 587 and authentication (your user name and password). Then this listing no longer stops your mail, and there is nothing to ask the list.
request-refusal-send-through-provider = { $list } does not remove the { -glossary-ip } of an ordinary (dynamic) internet line, and no removal request is needed. Send your mail through your provider's mail server instead. In your mail program, choose the provider's outgoing server with port 587 and authentication (your user name and password). Your provider can tell you the settings.
request-refusal-static-ip-only = { $list } removes only a fixed (static) { -glossary-ip } that runs its own mail server. Your internet contract says whether your IP is fixed, or your provider can tell you. If it is fixed, answer { $answer }. If not, send your mail through your provider's mail server (port 587 with authentication) instead of asking for removal.
request-refusal-own-mail-server-only = { $list } removes an { -glossary-ip } only when your own mail server sends from it. If you send through a rental server or a mail service, ask them instead. If you run your own server, answer { $answer } (a cloud server counts too).
request-refusal-ptr-first = { $list } removes an { -glossary-ip } only once it has a correct reverse DNS (PTR) that names your mail server. First ask the owner of the IP (your provider) to set it. Wait a few hours for it to spread, then answer { $answer } and ask again.

## Fields that wait for an answer, and the questions they name.
request-note-needs-answer = Left empty: this needs your answer to "{ $question }" ({ $flag }). It is never guessed.
request-note-on-page = Left empty: nothing you told delist says this. Choose it on the page.
request-needs-cause = Why do you think your IP address was blocked?
request-needs-server = Where is your mail sent from?
request-needs-ip-kind = Is your IP address fixed (static)?

## A bounce with no list to ask.
request-nolist-not-a-block = This is not a blocklist problem. { $reason }
request-nolist-first = What to do: { $first }
request-nolist-own-filter = The recipient's mail server refused your { -glossary-ip } without naming any public { -glossary-blocklist }. This is the recipient's own filter. Only their mail administrator can lift it, so there is no removal request to send.
request-nolist-own-filter-then = Send the recipient's administrator the message below. To check the public lists as well, look your { -glossary-ip } up on each list's own page (delist lists shows them).

## Why it happened: what the listing says, then the cause as you gave it.
request-why-dnsbl = { $list } lists IP addresses from which it has seen spam or other abuse.
request-why-reputation = { $list } judged mail from your { -glossary-ip } untrustworthy by its own measures. It publishes no list that you are "on".
request-why-dynamic-range = { $list } lists the IP addresses of ordinary (dynamic) internet lines, which are not meant to send mail straight to other servers. It is not a spam listing: nothing says that spam came from your address.
request-why-no-ptr = { $list } lists IP addresses that have no reverse DNS (PTR) name and connect to many mail servers.
request-why-rate-limit = { $list } is limiting mail from your { -glossary-ip } for a while, because it received an unusual amount of unwanted mail from it. The limit lifts by itself once that stops.
request-why-recipient-block = The recipient's own organisation blocks your mail with "{ $list }". Only their mail administrator can change that. It does not mean that your server did anything wrong.
request-why-closed = The recipient's mail server still checks "{ $list }", a list that has shut down. Nothing is wrong with your mail server.
request-why-own-filter = The recipient's mail server blocks your { -glossary-ip } by its own settings. The error names no public list. Only the recipient's mail administrator knows why.
request-why-no-list = The error mail names no blocklist, so why the mail was refused is not known.
request-why-shared = Most rented mail servers are shared: many companies use one server, like tenants of one building. When one tenant's website is infected and sends spam, the whole building is judged suspicious. This happens even when your company did nothing wrong.
request-why-unknown-shared = The cause is not known yet. On a shared server it may be another customer. Your { -glossary-provider } can find out.
request-why-unknown = The cause is not known yet.
request-why-cause = Your answer gives the cause as: "{ $label }".

## The email to the hosting provider (Japanese for a Japanese provider; this is its English).
request-provider-unknown = (unknown)
request-provider-subject = { $listed ->
        [yes] Subject: Our mail server's IP address { $ip } is on a blocklist: please investigate
       *[no] Subject: Mail from our mail server's IP address { $ip } is being blocked: please investigate
    }
request-provider-subject-ptr = Subject: Please set the reverse DNS (PTR) of { $ip }
request-provider-subject-submission = Subject: Question about sending mail through your outgoing mail server
request-provider-subject-dynamic-line = Subject: Question about sending mail through your outgoing mail server
request-provider-subject-ip-kind = Subject: Is our IP address { $ip } fixed (static)?
request-provider-subject-request = Subject: Our mail server's IP address { $ip } is on a blocklist: please investigate and request removal
request-provider-to = { $named ->
        [yes] To the support team of { $provider },
       *[no] To the support team,
    }
request-provider-hello = { $who ->
        [both] Thank you for your continued support. I am { $name } of { $company }, and I am writing about our mail server.
        [name] Thank you for your continued support. I am { $name }, and I am writing about our mail server.
        [company] Thank you for your continued support. We are { $company }, and we are writing about our mail server.
       *[none] Thank you for your continued support. We are writing about our mail server.
    }
request-provider-situation = { $listed ->
        [yes] The { -glossary-ip } of the { -glossary-mail-server } we use has been listed on the { $list } blocklist. Because of this, some of our mail is not being delivered.
       *[no] { $list } is blocking mail from the { -glossary-ip } of the { -glossary-mail-server } we use. Because of this, some of our mail is not being delivered.
    }
request-provider-shared = The server is shared, so we cannot find the cause ourselves.
request-provider-owner-only = The list accepts removal requests only from the network that owns the { -glossary-ip }, so we cannot ask it ourselves.
request-provider-owner-asked = The list asks for removal requests from the owner of the { -glossary-ip }, sent from its abuse@ or postmaster@ address.
request-provider-rule-ptr = The list removes an { -glossary-ip } only once it has a correct reverse DNS (PTR) that names its mail server. As we understand it, the reverse DNS is set by you, as the owner of the { -glossary-ip }.
request-provider-rule-submission = The list does not remove the { -glossary-ip } of an ordinary (dynamic) internet line. We would therefore like to send our mail through your outgoing mail server, with authentication.
request-provider-rule-dynamic-line = Among the reasons it lists an address, the list names a dynamic { -glossary-ip }. We would therefore like to send our mail through your outgoing mail server, with authentication, instead of straight from our line.
request-provider-rule-ip-kind = The list removes only a fixed (static) { -glossary-ip } that runs its own mail server. We do not know whether ours is fixed.
request-provider-rule-owner = The list takes removal requests only from whoever runs their own mail server on the { -glossary-ip }. We send through your server, so we cannot ask ourselves.
request-provider-facts-title = [What happened]
request-provider-fact-ip = - { -glossary-ip }: { $ip }
request-provider-fact-list = { $listed ->
        [yes] - Blocklist: { $list }
       *[no] - Blocked by: { $list }
    }
request-provider-fact-date = - Date: { $date }
request-provider-fact-recipient = - Recipient domain: { $recipient }
request-provider-fact-host = - Sending server: { $host }
request-provider-fact-error = { $excerpt ->
        [yes] - The key part of the refusal in the error mail (unedited; "..." marks words left out):
       *[no] - The refusal in the error mail (unedited):
    }
request-provider-fact-cause = { $cause ->
        [unknown] - Cause: not known yet
       *[other] - What we believe happened: { $label }
    }
request-provider-fact-fixes = - What we have done:
request-provider-fact-prevention = - What we will do to prevent a repeat:
request-provider-asks-title = [What we ask]
request-provider-ask-investigate = Please check whether spam is being sent from this server and, if it is, stop it.
request-provider-ask-delist = Please ask the list above to remove the listing.
request-provider-ask-repeat = If this keeps happening, please suggest a remedy, such as moving us to a server with another { -glossary-ip }.
request-provider-ask-dedicated-ip = Please tell us how we could have a dedicated { -glossary-ip } (a change of plan, for example), so that our mail no longer shares an address with other customers.
request-provider-ask-ptr = { $has_host ->
        [yes] Please set the reverse DNS (PTR) of { $ip } to our mail server's host name, { $hostname }.
       *[no] Please set a reverse DNS (PTR) for { $ip } that names our mail server.
    }
request-provider-ask-ptr-done = Please let us know when it is set. We will then ask the list for removal ourselves.
request-provider-ask-submission = Please tell us the settings of your outgoing mail server: the server name, the port and the authentication method.
request-provider-ask-submission-contract = If our contract does not include it, please tell us how we can send mail through it.
request-provider-ask-ip-kind = Please tell us whether { $ip } is a fixed (static) { -glossary-ip }.
request-provider-ask-ip-kind-else = If it is not fixed, please tell us the settings of your outgoing mail server: the server name, the port and the authentication method.
request-provider-ask-owner = Please look into this listing and take the steps it needs.
request-provider-account-title = [Our account]
request-provider-account-item = - { $item }: (please fill in)
request-provider-thanks = Thank you for your help.
request-provider-sign-phone = Tel: { $phone }

## delist request (interface).
request-cli-unknown-choice = { $flag }: "{ $value }" is not one of the choices: { $choices }
request-cli-problem = { $flag }: { $message }
request-cli-no-list = No blocklist was found in { $file }. Give the list with --list (see delist lists).
request-cli-no-input = Give a bounce file, or the list with --list.
request-cli-unknown-list = --list: "{ $list }" is not in the catalogue. See delist lists for the ids.
request-cli-read-error = { $file }: { $detail }
request-cli-heading = { $list }: { $method ->
        [web-form] the removal form
        [email] the removal request by email
        [ask-provider] a request through the owner of the { -glossary-ip }
        [refused] no removal request for these answers
        [expires] nothing to send
       *[none] nothing to send
    }
request-cli-url = Form: { $url }
request-cli-value = English (paste this)
request-cli-translation = Japanese translation
request-cli-note = Note
request-cli-email-title = Email
request-cli-email-to = To: { $to }
request-cli-email-to-unknown = To: (your provider's support address)
request-cli-provider-title = Email to your hosting provider (Japanese)
request-cli-provider-english = The same email in English, for you to read (send the Japanese one)
request-cli-provider-request-title = What to send: one email to your hosting provider (Japanese)
request-cli-provider-request-english = The same email in English: send this one instead if your provider or ISP is abroad
request-cli-advice-title = Read before sending
request-cli-submit-once = Send the request once. Sending it again does not make it faster.
request-cli-refused-title = Instead of a request
request-cli-nolist = No removal request: no blocklist refused this mail.
request-cli-nolist-own-filter = No removal request: the recipient's own server blocks your mail.
request-cli-recipient-title = Message to the recipient's mail administrator

## The questionnaire (interface).
request-question-cause = Why do you think your IP address was blocked?
request-question-fixes = What have you already done? (Choose all that apply. Only these are claimed.)
request-question-prevention = How will you prevent it from happening again?
request-question-server = Where is your mail sent from?
request-question-ip-kind = Is your { -glossary-ip } fixed (static)?
request-question-provider = The name of your { -glossary-provider }
request-question-contact = About you (the form asks for these)
request-cause-shared-server = Another customer on our shared rental server
request-cause-stolen-password = A mail password was stolen and used to send spam
request-cause-infected-pc = A computer in the office was infected (virus)
request-cause-hacked-website = Our website or its contact form was abused
request-cause-new-ip = The { -glossary-ip } is new to us (its previous user sent spam)
request-cause-dynamic-ip = Our own server sends directly from an office internet line (dynamic { -glossary-ip })
request-cause-no-ptr = The server's reverse DNS (PTR) or greeting name (HELO) is missing or wrong
request-cause-newsletter-complaints = Recipients of our newsletter reported it as spam
request-cause-backscatter = Auto-replies or error mails went to forged senders
request-cause-open-relay = Our server relayed mail for anyone (open relay)
request-cause-unknown = We do not know
request-fix-asked-provider = Asked our { -glossary-provider } to investigate and stop it
request-fix-changed-passwords = Changed the passwords of all mail accounts
request-fix-enabled-mfa = Turned on two-factor authentication
request-fix-removed-malware = Scanned the computers and removed the virus
request-fix-fixed-website = Updated the website and protected its contact form
request-fix-closed-relay = Closed the open relay
request-fix-set-ptr = Set a correct reverse DNS (PTR) record
request-fix-use-provider-smtp = Now send all mail through the provider's mail server, with authentication
request-fix-set-authentication = Required SMTP authentication (user name and password) for sending
request-fix-cleaned-list = Removed invalid and inactive addresses from the mailing list
request-fix-stopped-auto-replies = Stopped auto-replies and error mails to unknown senders
request-fix-reduced-volume = Send less mail, more slowly
request-prevention-monitor = Check outgoing mail regularly
request-prevention-rate-limit = Limit how much each account can send per hour
request-prevention-strong-passwords = Strong, unique passwords for every account
request-prevention-updates = Keep computers, server and website up to date
request-prevention-antivirus = Antivirus software on every computer
request-prevention-confirmed-opt-in = Newsletter only to confirmed subscribers
request-prevention-staff-training = Teach staff to recognise phishing mail
request-prevention-ask-provider-dedicated-ip = Ask the { -glossary-provider } about a dedicated { -glossary-ip }
request-server-shared = A shared rental server
request-server-own = Our own server
request-server-cloud = A cloud or VPS server we run
request-server-m365 = Microsoft 365
request-server-google = Google Workspace
request-server-unknown = I do not know
request-ip-kind-unknown = I do not know
request-ip-kind-static = Fixed (static): the contract says so
request-ip-kind-dynamic = It changes (an ordinary office or home line)

# Put in place of a link from the bounce that no list operator owns, in a text the user sends.
request-link-removed = (suspicious link removed)
request-note-time-zone-missing = The error mail does not show your time zone. Choose it on the page.

## The meaning of a form's label, beside the English label (Japanese for the person; English kept for parity).
request-field-meaning-ip = The blocked IP address
request-field-meaning-name = Your name
request-field-meaning-email = Your email address
request-field-meaning-role = Your role
request-field-meaning-company = Company name
request-field-meaning-phone = Telephone number
request-field-meaning-country = Country
request-field-meaning-sender-domain = Your mail domain
request-field-meaning-recipient-domain = The recipient's domain
request-field-meaning-recipient-address = A recipient's address
request-field-meaning-hostname = Your mail server's host name
request-field-meaning-listed-domain = The listed domain
request-field-meaning-bounced-address = The address the error mail came back to
request-field-meaning-reason = Reason for the request
request-field-meaning-error-text = The error message
request-field-meaning-title = Title
request-field-meaning-ip-type = Fixed or changing IP address
request-field-meaning-ip-owner = What uses the IP address
request-field-meaning-server-shared = Shared or dedicated server
request-field-meaning-mail-type = Kind of mail
request-field-meaning-time-zone = Time zone
request-field-meaning-manual = Something to do on the page
