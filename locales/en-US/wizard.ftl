# The wizard: titles, steps, messages.

## Top line and step bar
wizard-step-counter = Step { $number }/{ $total }
wizard-step-paste = Paste the error mail
wizard-step-happened = What happened
wizard-step-ip = Your server's IP address
wizard-step-list = Check the list
wizard-step-form = Fill in the form
wizard-step-copy = Copy and send
wizard-step-after = After sending
wizard-short-paste = Paste
wizard-short-happened = Situation
wizard-short-ip = IP
wizard-short-list = List
wizard-short-form = Form
wizard-short-copy = Send
wizard-short-after = After

wizard-more-above = ▲ more above (↑ PgUp)
wizard-more-below = ▼ more below (↓ PgDn)
wizard-too-small = The window is too small. Please make it at least { $width }×{ $height } (it is { $now } now). Ctrl+C quits.
wizard-not-a-terminal = The delist wizard needs a terminal, but its output goes to a file or a pipe. From scripts, use "delist analyze" or "delist request".
wizard-no-terminal = The screen could not be prepared: { $detail }

## Help
wizard-help-title = Help
wizard-help-keys-heading = Keys
wizard-help-close = Esc closes this.
wizard-help-more-below = ▼ more below (↓)
wizard-help-more-above = ▲ more above (↑)
wizard-help-paste = Copy the whole error mail you received, headers (subject, from) and all, and paste it here: right-click and "Paste", or Ctrl+Shift+V (⌘V on a Mac). If pasting does not work, save the error mail to a file and drag the file onto this window, or type its name and press Enter. Ctrl+V reads the clipboard directly.
wizard-help-happened = This step explains what the error mail says, in plain words. After a temporary error, your mail server is still trying to deliver. If it is not a blocklist problem, follow the advice shown here. When the receiving server's reply holds a list's official web address, u copies it whole, unbroken. u copies the official address on steps 4 and 6 too.
wizard-help-ip = The block is on the IP address (a number like a street address) of the mail server that sends your company's mail. If someone is helping you by phone, read them the big number. If no number was found, press e to type it; if you do not know it, press Enter with the field empty to go on.
wizard-help-list = This step shows which blocklist your server is on, and the list's official lookup page. Open the page and enter the IP address to see whether it is listed. c copies the URL; p shows a QR code for a phone.
wizard-help-form = Answer the questions and the English for the removal form is written for you. Choose an answer by its number (or move with ↑↓ and press Space); where several may apply, choose each one. Enter never chooses: once you have answered, it moves to the next item. Type your name and email address. Tab moves to the next item, Shift+Tab to the one before. Typing into the English reason rewrites it. The English is shown beside its Japanese translation.
wizard-help-form-nothing = There is nothing to fill in at this step this time. Read what the screen says, then press Enter to go on.
wizard-help-copy = Press a number key to copy that field, then paste it into the same field on the removal page. a copies every field at once. If nothing pastes, press v to show the copied text on its own and select it with the mouse. Send the request only once.
wizard-help-copy-nothing = There is no request to copy and send this time. Do what the screen says, then press Enter to go on.
wizard-help-after = This step says what happens after the request and how to keep it from happening again. c copies the message for your hosting provider. u copies an official web address in that message whole, unbroken. u copies the official address on steps 4 and 6 too.

## Step 1: paste
wizard-paste-intro = Paste the whole error mail into the box below. You can also drag the file onto this window, or type its name and press Enter.
wizard-paste-placeholder = Paste the error mail here (right-click, then "Paste")
wizard-paste-box = Error mail
wizard-paste-box-file = File: { $path }
wizard-paste-box-demo = Demo error mail
wizard-paste-size = { $lines ->
        [one] 1 line
       *[other] { $lines } lines
    }, { $size }
wizard-paste-waiting = Nothing pasted yet
wizard-paste-reading = Reading…
wizard-paste-not-bounce = This does not read as an error mail. Please paste all of it
wizard-paste-found-list = { $name } block found
wizard-paste-found-block = IP address block found
wizard-paste-found-bounce = Error mail recognised: { $reason }
wizard-paste-found-ip = IP { $ip }
wizard-paste-read-only = This text is too large to edit; it is only shown (↑↓ PgUp PgDn to look through it). Pasting another error mail replaces it.
wizard-paste-stdin-is-terminal = "-" reads standard input, but here it is the terminal itself. Name a file, or paste the error mail into the window.
wizard-paste-clipboard-empty = The clipboard is empty. Copy the error mail, then press the key again.
wizard-paste-nothing-yet = Nothing has been pasted yet. Please paste the error mail first.
wizard-paste-still-reading = Still reading. Please wait a moment.
wizard-paste-replaced = The previous text was replaced by the pasted error mail (Ctrl+U brings it back).
wizard-paste-looks-like-path = This looks like a file name: Enter reads the file
wizard-paste-go-back = There is no field to paste into here. Paste a whole error mail and it is read at step 1.

## Step 2: what happened
wizard-happened-listed = { $has_domain ->
        [yes] The mail server of { $domain }
       *[no] The recipient's mail server
    } refused your mail { $kind ->
        [closed] because it still uses the "{ $list }" blocklist, which has shut down. Nothing is wrong with your mail server.
        [reputation] because { $has_ip ->
            [yes] your mail server (IP address { $ip })
           *[no] your mail server
        } is blocked by the reputation checks of "{ $list }".
        [carrier] because { $has_ip ->
            [yes] your mail server (IP address { $ip })
           *[no] your mail server
        } is blocked by the mobile carrier's spam filter "{ $list }".
       *[dnsbl] because { $has_ip ->
            [yes] your mail server (IP address { $ip })
           *[no] your mail server
        } is on the "{ $list }" blocklist.
    }
wizard-happened-blocked = { $has_domain ->
        [yes] The mail server of { $domain }
       *[no] The recipient's mail server
    } refused your mail because { $has_ip ->
        [yes] your mail server (IP address { $ip })
       *[no] your mail server
    } is blocked (the list is not named).
wizard-happened-other = { $has_domain ->
        [yes] Your mail to { $domain } was not delivered.
       *[no] Your mail was not delivered.
    } The cause: { $reason }.
wizard-happened-retry-heading = ■ Is it still being sent?
wizard-happened-recipients-heading = { $count ->
        [0] ■ Not delivered to
       *[other] ■ Not delivered to ({ $count })
    }
wizard-happened-recipient-reason = { $recipient }: { $reason }
wizard-happened-more-recipients = and { $count } more
wizard-happened-other-reasons = Recipients refused for another reason will not get the mail even once the block is lifted: deal with each reason (check the address, for example).
wizard-happened-recipients-unknown = The error mail does not name the recipients.
wizard-happened-not-blocklist = This does not look like a blocklist problem. No removal request is needed.
wizard-happened-way-out = Press Esc to go back and paste another error mail, or q to quit. If you still think it is a blocklist problem, press b.
wizard-happened-enter-ends = This is where the wizard ends for this error mail: follow the advice above. If you still think it is a blocklist problem, press b.
wizard-happened-enter-own-filter = Only the recipient's side can lift this block: press c to copy the message for their administrator. To check the public lists as well, press b.
wizard-happened-anyway-chosen = You chose to go on as a blocklist problem (b). The next steps say only what the error mail shows.
wizard-happened-own-filter = The recipient's mail server refused your IP address without naming any public blocklist. This is the recipient's own filter: only their mail administrator can lift it, and there is no removal request to send.
wizard-happened-admin-heading = ■ Message for the recipient's mail administrator (English, press c to copy)
wizard-happened-admin-translation = Japanese translation (for you to read):
wizard-happened-own-filter-then = Send it to your contact at the recipient and ask them to pass it to their mail administrator. To check the public lists as well, press b.
wizard-happened-admin-label = The message for the recipient's administrator
wizard-happened-original-heading = ■ The receiving server's reply (original English)
wizard-happened-not-bounce = The pasted text could not be read as an error mail.
wizard-happened-not-bounce-help = Check that you pasted all of it, not only a part: copy from the subject and sender down to the last line. Esc goes back to step 1.

## Step 3: IP address
wizard-ip-intro = The block is on your mail server's IP address (the number that identifies it on the internet, like a street address).
wizard-ip-read-aloud = To read aloud:
wizard-ip-evidence-heading = ■ Where it was found in the error mail
wizard-ip-typed-by-hand = (typed by hand)
wizard-ip-not-found = No blocked IP address was found in the error mail.
wizard-ip-how-to-find-heading = ■ How to find it
wizard-ip-how-to-find = Your hosting provider's control panel (server information) or your contract papers list it as the "IP address". If you cannot find it, ask your hosting provider or your administrator for "the IP address of the server that sends our mail".{ $typing ->
        [yes] {""}
       *[no] {" "}Press e to type it.
    }
wizard-ip-entry-label = Type the IP address and press Enter (for example 203.0.113.25)
wizard-ip-others-heading = ■ Other IP addresses in the text (not used for the request)
wizard-ip-role-blocked = the blocked sending server
wizard-ip-role-remote-mx = the receiving mail server
wizard-ip-role-client = the computer that sent the mail (your own network)
wizard-ip-role-received = a server the original mail passed through
wizard-ip-role-other = an address whose server is not known
wizard-ip-private-note = {" "}(an internal address)
wizard-ip-invalid = That does not look like an IP address. Please type four numbers separated by dots (for example 203.0.113.25).
wizard-ip-private = That address is only used inside a network. Type the mail server's address as the internet sees it.
wizard-ip-type-it = Type the IP address and press Enter.
wizard-ip-entry-skip-hint = If you do not know it, press Enter with the field empty to go on.
wizard-ip-skipped = Going on without the IP address. Once you know it, come back to step 3 and press e to type it.
wizard-ip-draft-kept = What you typed ("{ $typed }") is kept. Press e to go on typing.
wizard-ip-accepted = Using the IP address { $ip }.
wizard-ip-copy-label = the IP address
wizard-ip-none-to-copy = There is no IP address to copy yet.

## Step 4: the list
wizard-list-unknown = The error mail does not say which blocklist it is.
wizard-list-unknown-help = Send the error mail to your hosting provider and ask whether the sending server's IP address is on a blocklist. You can also ask the recipient's mail administrator which list refused it.
wizard-list-url-heading = { $page ->
        [help] ■ The operator's official page for senders
       *[lookup] ■ The official lookup page
    }
wizard-list-url-keys = c: copy URL  p: QR code for a phone
wizard-list-url-keys-desktop = c: copy URL  o: open in browser  p: QR code for a phone
wizard-list-how-heading = ■ How to check
wizard-list-suspicious = Careful: this error mail links to sites that are not the blocklist's official site:
wizard-list-suspicious-advice = Fake "removal" sites try to take money or passwords. Do not open the links in the error mail; use only the official pages delist shows.
wizard-list-closed = { $list } has shut down. There is nothing to remove.
wizard-list-first-heading = ■ What to do first
wizard-list-conditions-heading = { $asks ->
        [yes] ■ Before you ask for removal
       *[no] ■ What it takes for the block to lift
    }
wizard-list-url-label = { $page ->
        [help] the URL of the page for senders
       *[lookup] the lookup page URL
    }
wizard-list-no-url = No lookup page is known for this list.
wizard-list-qr-caption = { $page ->
        [help] Scan with a phone to open the page for senders
       *[lookup] Scan with a phone to open the lookup page
    }
wizard-list-opened = { $page ->
        [help] The page for senders was opened in the browser.
       *[lookup] The lookup page was opened in the browser.
    }
wizard-list-open-failed = The browser could not be opened ({ $detail }). Press c to copy the URL and paste it into a browser.
wizard-list-open-refused = This address does not belong to the list's operator, so delist does not open it.

## Step 5: the form
wizard-form-no-list = The list is not known, so no form can be written. Send the error mail to your hosting provider and ask them (step 4 says how). Enter goes on.
wizard-form-nothing-to-send = There is no request to send: this block goes away by itself. Where your hosting provider should look into it, your answers below write a message to them at step 7. To skip the questions, press Tab until you are past the last item.
wizard-form-recipient = There is nothing for you to send this time: only the recipient's mail server settings can change this. Contact the recipient as step 4 says under "What to do first". Enter goes on.
wizard-form-intro = Answer the questions and { $route ->
        [provider] the mail asking the IP address's owner (your hosting provider or ISP) to request removal is written for you (in English at step 6, in Japanese at step 7).
        [mail] the English of the removal mail is written for you.
       *[form] the English for the removal form is written for you.
    } Only what you choose is claimed. Tab moves to the next item, Esc goes back one question.
wizard-form-ask-provider-first = On a shared server, the IP address belongs to your hosting provider. { $who ->
        [network-owner] { $list } may accept the request only from them, so first send them the message from step 7.
       *[role-address] { $list } asks for requests from them, so first send them the message from step 7. You may also send this form yourself.
    }
wizard-form-email-role-free = { $list } asks for requests from abuse@ or postmaster@ at the domain of the company that owns the IP address. { $domain } is a free mail service: use your company's address instead.
wizard-form-item-cause = Cause
wizard-form-item-fixes = Done so far
wizard-form-item-prevention = Prevention
wizard-form-item-server = Sent from
wizard-form-item-provider = Hosting provider's name
wizard-form-item-name-ja = Your name in Japanese
wizard-form-item-name = Your name (Latin letters)
wizard-form-item-email = Contact email address
wizard-form-item-role = Your role
wizard-form-item-company = Company (English or romaji)
wizard-form-item-phone = Telephone
wizard-form-item-reason = Reason for the request (English)
wizard-form-pick-one = Please choose one (you may choose "We do not know").
wizard-form-unanswered = (not answered yet)
wizard-form-name-from-above = { $name } (from the name above)
wizard-form-none-chosen = (none; only what you tick is claimed)
wizard-form-provider-detected = (if left empty, { $name }, found in the error mail, is used)
wizard-form-reason-ready = written from your answers (you may rewrite it)
wizard-form-reason-edited = your rewritten text is used
wizard-form-reason-help = The English written from your answers. To use it as it is, press Enter to go on. Typing rewrites it; while rewriting, Enter starts a new line and Tab moves on.
wizard-form-reason-edited-help = Your rewritten English is used. The Japanese translation is of the text before you rewrote it. Delete everything to go back to the written text.
wizard-form-hint-single = Press the number of your answer (1 = I do not know), or ↑↓ then Space. Enter moves on once you have answered.
wizard-form-enter-unanswered = Not answered yet: press the number of your answer (1 if you do not know), or ↑↓ then Space. Enter never chooses for you.
wizard-form-enter-unanswered-multi = Not answered yet: press the number of each that applies, or 1 if none do (or you do not know). Enter never chooses for you.
wizard-form-number-waits = Option { $number } is highlighted: press Enter to choose it, or a second digit for { $first }–{ $last }.
wizard-form-no-such-option = There is no option { $number } here.
wizard-form-blocked = { $label } (cannot be chosen: { $why })
wizard-form-blocked-notice = "{ $label }" cannot be chosen with your other answers: { $why }
wizard-form-role-unknown = None of these, or I do not know (choose it on the page yourself)
wizard-form-none-fixes = None of these yet, or I do not know
wizard-form-none-prevention = Not decided yet, or I do not know
wizard-form-item-ip-kind = Fixed IP
wizard-form-hint-multi = Press the number of each that applies (1 = none of these), or ↑↓ then Space to tick or untick. Enter moves on once you have answered.
wizard-form-hint-name = As in a passport, for example Yamada Taro. Kana typed here is converted.
wizard-form-hint-name-ja = As you write it in Japanese (kanji or kana). It signs the Japanese email to your hosting provider; kana also gives the Latin spelling.
wizard-form-hint-email = Replies come to this address. Some lists want an abuse@ or postmaster@ address.
wizard-form-hint-provider = For example Xserver or Sakura Internet. Leave it empty if you do not know.
wizard-form-hint-phone = For example 03-1234-5678 (it is converted to international form).
wizard-form-hint-company = For example Example Trading Co., Ltd.
wizard-form-translation = Japanese:
wizard-form-choice-quoted = "{ $choice }"
wizard-form-preview-heading = ■ What the form gets (English and the Japanese translation)
wizard-form-preview-not-yet = Shown here once every question is answered.
wizard-form-needs-ip = This request needs the blocked IP address. Go back to step 3 (press Esc a few times) and press e to type it (step 3 also says how to find it).
wizard-form-not-complete = Some answers are still missing ({ $count }). Check the items marked ⚠.
wizard-mail-to = To
wizard-mail-subject = Subject
wizard-mail-body = Body

## Step 6: copy and send
wizard-copy-nothing-to-send = There is no request to send. { $page ->
        [yes] Check on the lookup page (step 4) whether the listing is gone.
       *[no] Once the cause stops, the block lifts by itself in time.
    }
wizard-copy-recipient = There is no request to send. Contact the recipient another way (by phone, for example) and ask their mail administrator to change the setting (step 4, "What to do first").
wizard-copy-intro-mail = This request goes by email. Press a number key to copy each part, then paste it into the same place (subject, body) of a new mail.
wizard-copy-checklist-mail-heading = ■ Sending the mail
wizard-copy-mail-new = Start a new mail in your mail program.
wizard-copy-mail-to = To: { $to }
wizard-copy-mail-to-provider = the support address of your hosting provider (or ISP)
wizard-copy-mail-provider-note = For a Japanese hosting provider, send the Japanese message from step 7 instead. This English mail is for a provider or ISP abroad.
wizard-copy-mail-paste = Paste the numbered parts into the subject and the body (press the number key here, then Ctrl+V, ⌘V on a Mac, in the mail program).
wizard-copy-intro = Press a number key to copy that field, then paste it into the field of the same name on the removal page.
wizard-copy-empty-value = (empty: fill it in at step 5)
wizard-copy-checklist-heading = ■ On the removal page
wizard-copy-manual = (something you do yourself on the page)
wizard-copy-check-open = Open the lookup page { $here ->
        [yes] (press c to copy the URL)
       *[no] (press c at step 4 to copy the URL)
    }:
    { $url }
wizard-copy-check-form = Open the removal form's page (press c to copy the URL):
    { $url }
wizard-copy-form-url-label = the removal page URL
wizard-copy-check-paste = Paste each numbered value into the form's field of the same name: { $pairs }. Press the number key here, then Ctrl+V (⌘V on a Mac) in the page's field.
wizard-copy-check-manual = Do these on the page yourself: { $labels }
wizard-copy-check-submit = Check everything and press the send button once. Sending again only slows things down.
wizard-copy-no-such-field = There is no field { $number }.
wizard-copy-nothing = There are no fields to copy.
wizard-copy-refused = The list's own rules allow no removal request for your answers. Do this instead:
wizard-copy-refused-email = Step 7 has an email asking your provider for this. Press Enter to go there.
wizard-copy-via-provider = { $owner ->
        [yes] This list hears only the owner of the { -glossary-ip }, which is your { -glossary-provider } (or ISP). What you send is the one email of step 7: it asks them to find the cause and to ask the list for removal. Press Enter to go there.
       *[no] This block is lifted through your { -glossary-provider } (or ISP), not by a request of yours. What you send is the one email of step 7: it asks them to find the cause. Press Enter to go there.
    }
wizard-copy-fix-first = The cause is not known and nothing is fixed yet. { $list } expects this before a request:
wizard-copy-fix-first-how = A request sent before the cause is stopped is often refused, and the address is listed again. Press f to go back and tick what you have done, or send it as it is: it claims no fix.
wizard-copy-no-list = The list is not known, so there is no request to send. Ask your hosting provider, as step 4 says.
wizard-copy-all-label = all fields
# Between the items of a list inside a sentence (labels, choices).
wizard-list-sep = {", "}

## Step 7: after sending
wizard-after-expect-heading = ■ What happens next
wizard-after-expect = An automatic reply confirms the request (often in English). Check your spam folder too.
wizard-after-expect-wait = No request is sent. Once the cause has stopped, waiting is enough.
wizard-after-turnaround = Removal usually takes { $from } to { $to }, once the list has checked the request.
wizard-after-expires = { $request ->
        [yes] Even without a request, the listing goes away by itself in about { $span }.
       *[no] It usually takes about { $span }.
    }
wizard-after-retry-temporary = { $has_until ->
        [yes] This is a temporary error: your mail server keeps trying until { $until }, so the mail arrives by itself if the block is lifted before then. Send it again yourself only if it is not.
       *[no] This is a temporary error: once the block is lifted, your mail server sends the mail again by itself. The error mail does not say for how long (often up to 5 days). If the mail has not arrived by then, send it again yourself.
    }
wizard-after-expect-recipient = Once the recipient's mail administrator changes the setting, your mail gets through. There is no request for you to send.
wizard-after-expect-provider = Wait for your hosting provider (or ISP) to answer, and follow what they say. The removal request is made by the company that owns the IP address.
wizard-after-expect-ask = No request has been sent yet. Wait for your hosting provider to look into it, and follow what they say.
wizard-after-expect-refused = No removal request is sent: the list's own rules do not allow one for your answers. { $email ->
        [yes] Send the email below to your provider, and follow their answer.
       *[no] Do what step 6 says instead.
    }
wizard-after-resend-later = Send the undelivered mail again once you know the block has been lifted.
wizard-after-resend-recipient = Send the undelivered mail again once the recipient tells you the setting has been changed.
wizard-after-resend = Send the undelivered mail again once the lookup page (step 4) shows the block is gone.
wizard-after-why-heading = ■ Why it happened
wizard-after-prevent-heading = ■ How to prevent it
wizard-after-prevent = { $cause ->
        [dynamic-ip] Do not send straight from the office line. Send through your internet provider's or hosting provider's outgoing server, with port 587 (the number in your mail program's outgoing server settings) and authentication (your user name and password). They can tell you the settings.
        [no-ptr] Whenever you change the server or its IP address, check its reverse DNS (PTR) and the greeting name (HELO) it gives. The owner of the IP address (your hosting or internet provider) sets the reverse DNS.
        [open-relay] Keep your mail server sending only for your own users who log in. Check it again whenever its settings change.
        [backscatter] Keep auto-replies and error mails to unknown senders switched off.
        [newsletter-complaints] Send your newsletter only to people who signed up for it, and regularly remove addresses that bounce or have not opened it for a long time.
       *[other] Do not reuse passwords, and review your mail passwords regularly. If blocks keep coming back, talk to your hosting provider about a dedicated sending service or another server.
    }
wizard-after-email-heading = { $to ->
        [either] ■ Message to your hosting or internet provider (in Japanese)
       *[provider] ■ Message to your hosting provider (in Japanese)
    }
wizard-after-email-english = The same message in English, for you to read (send the Japanese one above):
wizard-after-email-english-abroad = The same message in English. If your provider or ISP is abroad, send this one instead:
wizard-after-email-intro = Press c to copy it and send it by email to your hosting provider's support.
wizard-after-email-intro-refused = Press c to copy it and send it by email to your provider's support: your hosting provider, or your internet provider if your mail server is on your office line.
wizard-after-email-not-needed = This time there is no need to write to your hosting provider.
wizard-after-email-label = the message to your hosting provider
wizard-after-no-email = Once every question of step 5 is answered, the message appears here.
wizard-after-no-list = The list is not known, so no message can be written. Send the error mail to your hosting provider's support and ask whether the sending server's IP address is on a blocklist.

## Quit, QR, clipboard
wizard-quit-title = Quit
wizard-quit-question = Quit now?
wizard-quit-unsaved = The pasted error mail and what you typed are not saved.
wizard-quit-saved = What you typed is saved as case { $id }. To come back to it: delist --resume { $id } (list: delist cases).
wizard-quit-keys = y: quit   n: stay
wizard-quit-hold = After quitting, it can still be pasted until you press Enter or { $seconds ->
        [one] 1 second passes
       *[other] { $seconds } seconds pass
    }.
wizard-qr-title = QR code for a phone
wizard-qr-too-small = The window is too small to show the QR code. Make it larger, or type the address below on the phone.
wizard-qr-help = { $page ->
        [help] Scan it with your phone's camera to open the page for senders.
       *[lookup] Scan it with your phone's camera to open the lookup page.
    }
wizard-copy-result = { $what }: { $message }
wizard-copy-plain-hint = {" "}Press v to show the copied text on its own, to select it with the mouse.
wizard-plain-help = Select the text above with the mouse and copy it with your terminal (right-click, Ctrl+Shift+C, ⌘C). Esc goes back.
wizard-online-heading = Checked online now
wizard-online-running = Asking the blocklists… (3 seconds at most)
wizard-online-asking = Asking the blocklists about { $ip }…
wizard-online-no-ip = No IP address to check: give one on step 3.
wizard-online-offline = No DNS server could be reached: this computer does not seem to be connected to the internet.

# One line after a crash, once the terminal is restored.
wizard-crashed = delist stopped on an error in delist itself. The terminal is back to normal.
wizard-crashed-saved = delist stopped on an error in delist itself. The terminal is back to normal. What you typed is saved as case { $id } ({ $path }). To continue: delist --resume { $id }

## Cases
wizard-case-resumed = Case { $id } resumed.
wizard-resume-title = Last time
wizard-resume-question = Continue where you left off?
wizard-resume-saved = Last saved: { $time }
wizard-resume-what = List: { $list }   IP: { $ip }
wizard-resume-step = Reached step { $step } of 7
wizard-resume-keys = y or Enter: continue   n or Esc: start afresh (the old case is kept)
wizard-code-opened = Opened from a phone code (there is no error mail text). You can follow the customer's screen from here.
wizard-report-recipients = Not delivered to: { $list }
wizard-report-resume = To continue: delist --resume { $id }
wizard-phone-code = Phone code { $code }
wizard-report-label = the case report
wizard-profile-prefilled = Your contact details from last time (name, email…) are filled in. Change them if they are wrong; Ctrl+D forgets them.
wizard-profile-forgotten = The remembered contact details are forgotten.
wizard-profile-save-failed = Your contact details could not be remembered: { $detail }
wizard-profile-mark = from last time
wizard-form-hint-remembered = Remembered from last time. Enter keeps it; type to change it (Ctrl+D forgets it).
wizard-new-case-title = A new error mail
wizard-new-case-question = Another error mail was pasted. Start a new case with it?
wizard-new-case-kept = The current case { $id } stays saved (delist --resume { $id } brings it back).
wizard-new-case-kept-unsaved = The current case is not kept: this computer has no place to save cases.
wizard-new-case-keys = y or Enter: start a new case   n or Esc: back to this case (the paste is dropped)
wizard-new-case-started = A new case has started. The previous case { $id } is saved.
wizard-page = page { $page }/{ $pages }

## Added for #16 (request side): the company's Japanese name, one-key copy of long URLs.
wizard-form-item-company-ja = Company name in Japanese
wizard-form-hint-company-ja = As your company writes it in Japanese (kanji or kana), for example 株式会社サンプル商事. It signs the Japanese email to your hosting provider; the English texts use the English or romaji name.
wizard-url-label = { $count ->
        [one] The web address
       *[other] Web address { $number } of { $count }
    }
wizard-url-none = There is no official web address on this screen to copy.
wizard-after-expect-own-admin = No request is sent from here, and waiting does not end this block. Your organisation's Microsoft 365 administrator lifts it through Microsoft support: tell them the error code in the error mail.

## Step 2: a message nested past the depth read (issue 18)
wizard-happened-nesting-cut = Parts of this mail nested more than { $depth ->
        [one] 1 level
       *[other] { $depth } levels
    } deep were not read: what follows comes from the rest.
