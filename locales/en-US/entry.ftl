# Plain words about each catalogue entry (assets/blocklists.toml), keyed by its id:
#   entry-<id>-what      what the list or service is
#   entry-<id>-happened  what happened to the mail
#   entry-<id>-duration  whether it ends by itself, and when
#   entry-<id>-first     what to do first
#   entry-<id>-lookup    how to read the lookup page: what to type, what it shows, what to press
#   entry-<id>-sub-<sub> one sub-list (sub-list id lower-cased, other characters as "-")
# and entry-special-* for the cases every entry may have.

## Special cases.
entry-special-closed = { $list } closed on { $since }. There is nothing to remove.
entry-special-expires = { $has_hours ->
        [yes] This listing ends by itself within about { $span } once the cause stops.
       *[no] This listing ends by itself once the cause stops.
    }
entry-special-recovers = This restriction lifts by itself once your sending improves.
entry-special-do-not-pay = A paid "express" removal is offered. Do not pay: it is never needed.
entry-special-provider = Only the owner of the { -glossary-ip } (your { -glossary-provider } or ISP) can ask for removal.
entry-special-role-address = Requests should come from abuse@ or postmaster@ at the domain that owns the { -glossary-ip } (on a rental server, your { -glossary-provider }'s). Ask them first; you may also send the form yourself.
entry-special-recipient = Only the recipient's side can change this.
entry-special-account = You need a free account on the operator's site to ask.
entry-special-email-confirmation = The operator emails you a link to confirm the request. Open it soon.
entry-special-english = Write the request in English. The answer comes by email, in English.
entry-special-unverified = Some of these details come from users' reports, not from the operator. Follow what the page itself says.
entry-special-shared-ip = If the { -glossary-ip } belongs to your { -glossary-provider } (a shared rental server), ask them to act: the owner of the address must.
entry-special-submit-once = Send the request once. Sending it again does not make it faster.

## trendmicro-ers
entry-trendmicro-ers-what = These are Trend Micro's reputation lists (ERS). Trend Micro mail gateways, which many Japanese companies use, check them.
entry-trendmicro-ers-happened = The recipient's mail gateway checked your { -glossary-ip } against Trend Micro's lists, found it, and refused the mail.
entry-trendmicro-ers-duration = The QIL part is temporary: the listing disappears by itself within 5 minutes to 12 hours (a { -glossary-temporary-error }, 450). The standard database (RBL+) stays until a { -glossary-removal-request } is accepted (a { -glossary-permanent-error }, 550).
entry-trendmicro-ers-first = delist writes the message to your { -glossary-provider } at step 7. Users of shared servers have also sent the form themselves with success. If you send it yourself, fix the cause first, then send it once.
entry-trendmicro-ers-lookup = Open the lookup page, type the { -glossary-ip } and press Check (チェック on the Japanese page). "List: None" means it is not listed. If it is listed, a red mark appears (the Japanese page says 不良, bad); press Remove (削除) to open the form.
entry-trendmicro-ers-sub-qil = QIL (Quick IP List): a dynamic list; each listing drops off by itself after 5 minutes to 12 hours. The refusal is usually a { -glossary-temporary-error } (450).
entry-trendmicro-ers-sub-dul = DUL (Dynamic User List): addresses of home and dynamic lines. Send through your provider's { -glossary-mail-server } instead of directly.
entry-trendmicro-ers-sub-rss = RSS (Relay Spam Stopper): open relays. Close the relay before asking for removal.
entry-trendmicro-ers-sub-ops = OPS (Open Proxy Stopper): open proxies, often an infected computer or a misconfigured router.
entry-trendmicro-ers-sub-nml = NML: senders of bulk mail nobody asked for. Clean your mailing lists.
entry-trendmicro-ers-sub-rbl = RBL+ (the standard database): proven spam sources. The refusal is a { -glossary-permanent-error } (550), and a { -glossary-removal-request } is needed.

## spamhaus
entry-spamhaus-what = Spamhaus is the most widely used { -glossary-blocklist }. Many providers, Microsoft among them, check it.
entry-spamhaus-happened = The recipient's server checked Spamhaus, found your { -glossary-ip } on one of its lists (SBL, CSS, XBL or PBL), and refused the mail.
entry-spamhaus-duration = It depends on the list. CSS and XBL listings can be removed quickly once the cause is fixed, and come back if it is not. SBL is removed only at your ISP's request. PBL is not a spam listing.
entry-spamhaus-first = Look the { -glossary-ip } up on the checker to see which list it is on. For SBL, ask your { -glossary-provider } or ISP. Otherwise fix the cause first, then ask; Spamhaus confirms the request by email.
entry-spamhaus-lookup = Open check.spamhaus.org, type the { -glossary-ip } and search. The result names each list it is on (for example CSS or XBL) and, where you may ask yourself, offers a removal request. If nothing is listed, Spamhaus is not the cause now.
entry-spamhaus-sub-css = CSS: an automatic listing of low-reputation senders, often a stolen account, an abused web form, or a server whose greeting name (HELO) does not match its reverse DNS name. Removal is quick once fixed, but it relists quickly too.
entry-spamhaus-sub-sbl = SBL: Spamhaus staff listed this address by hand as a source of spam.
# The provider email's words for who may ask (the catalogue's SBL removal note): only the ISP or
# network owner asks, and Spamhaus removes once the ISP reports the spam stopped.
entry-spamhaus-sub-sbl-owner-rule = The list removes an SBL listing only when the network that owns the { -glossary-ip } asks and reports that the spam has stopped, so we cannot ask it ourselves.
entry-spamhaus-sub-xbl = XBL: a computer on the network that uses this { -glossary-ip } may be infected, or be an open proxy or spam bot. Find and clean it, then remove the listing yourself on the checker.
entry-spamhaus-sub-pbl = PBL: not a spam listing. The { -glossary-ip } belongs to a home or dynamic line that should not send mail directly. Send through your provider's { -glossary-mail-server } with sign-in.
entry-spamhaus-sub-dbl = DBL: your domain, not your { -glossary-ip }, is listed (the sender's domain, or a link in the mail).

## barracuda
entry-barracuda-what = This is Barracuda's reputation list (BRBL). Barracuda mail appliances and other servers use it.
entry-barracuda-happened = The recipient's server checked Barracuda's list, found your { -glossary-ip }, and refused the mail.
entry-barracuda-duration = It stays until a removal request is accepted. Removal is free and is often done within hours (not an official figure).
entry-barracuda-first = Fix the cause (often a virus or a stolen password), then send the removal form once. A Barracuda appliance sometimes blocks for an address in the mail's headers, such as your office's own line.
entry-barracuda-lookup = On the lookup page, type the { -glossary-ip } and check it. If it is listed, open the removal request page: it asks for the { -glossary-ip }, your email, a phone number, a reason, and the letters in a picture (CAPTCHA). Press Send request once.

## spamcop
entry-spamcop-what = This is SpamCop's list, built from spam reports and spam traps.
entry-spamcop-happened = The recipient's server checked SpamCop, found your { -glossary-ip }, and refused the mail.
entry-spamcop-duration = There is no removal form, and SpamCop asks people not to write to it.
entry-spamcop-first = Fix the cause (often a stolen password, a virus, or auto-replies sent to forged senders) and wait 24 hours.
entry-spamcop-lookup = The lookup page shows whether the { -glossary-ip } is listed and how long until it is removed. When the countdown reaches 0, removal has begun; it can take up to 4 more hours to take effect everywhere.

## proofpoint
entry-proofpoint-what = This is Proofpoint's reputation system. Many companies' mail gateways and Apple iCloud use it.
entry-proofpoint-happened = The recipient's Proofpoint gateway judged mail from your { -glossary-ip } to be spam and delayed or blocked it.
entry-proofpoint-duration = A delay clears by itself, usually within minutes. A block ends after the { -glossary-ip } stops sending spam for a while, or after a request is accepted.
entry-proofpoint-first = Fix the cause, then send the form on the lookup page and say what you fixed.
entry-proofpoint-lookup = Open ipcheck.proofpoint.com with the { -glossary-ip }. It says whether the address is delayed or blocked; if it is blocked, fill in the form on the same page.

## cloudmark
entry-cloudmark-what = This is Cloudmark's reputation data (CSI), which providers such as Comcast and Orange use. Cloudmark itself does not block mail.
entry-cloudmark-happened = The recipient's provider uses Cloudmark's data, which rates your { -glossary-ip } badly, and refused the mail.
entry-cloudmark-duration = There is no removal as such: it stays until Cloudmark grants a reset of the { -glossary-ip }'s reputation statistics, and comes back if the spam continues.
entry-cloudmark-first = Fix the cause, then fill in the reset request form and answer the confirmation email. A first request is usually granted; later ones are investigated.
entry-cloudmark-lookup = The reset page (csi.cloudmark.com) takes the { -glossary-ip }. After you confirm by email, the reset is usually done within one business day, and an email tells you.

## cisco-talos
entry-cisco-talos-what = This is Cisco Talos reputation (SenderBase): a score from -10 to +10 that Cisco mail gateways use.
entry-cisco-talos-happened = The recipient's Cisco gateway refused your mail because your { -glossary-ip } has a poor reputation score.
entry-cisco-talos-duration = The score recovers by itself once sending improves, in a few hours to about a week.
entry-cisco-talos-first = Fix the cause. If the problem stays, open a sender IP reputation ticket at Talos (a free account is needed).
entry-cisco-talos-lookup = On the reputation center, type the { -glossary-ip }. The email reputation shows Good, Neutral or Poor. Neutral often only means little mail; Poor is the problem.

## mimecast
entry-mimecast-what = Mimecast is a mail gateway that many companies use. Each customer sets its own rules.
entry-mimecast-happened = The recipient's Mimecast service refused the mail, because of your { -glossary-ip }'s reputation or the recipient's own rules.
entry-mimecast-duration = It depends on the recipient's settings. An IP reputation block is reviewed on request.
entry-mimecast-first = Ask the recipient to allow your address or domain. If the error is about IP reputation, your { -glossary-mail-server }'s administrator can ask Mimecast for a review through its online form.
entry-mimecast-lookup = Mimecast has no public lookup page. Read the error: "Local CT IP Reputation" is about your { -glossary-ip }; a list named in it (for example spamcop.mimecast.org) means that list is the one to check; "Blocked Senders" or "Anti-Spoofing" is the recipient's own rule.

## uceprotect
entry-uceprotect-what = UCEPROTECT is a German list in three levels: single addresses (1), ranges around them (2), and whole provider networks (3). Major mail services do not use it.
entry-uceprotect-happened = The recipient's server checked UCEPROTECT and refused mail from your { -glossary-ip } or its neighbourhood.
entry-uceprotect-duration = Level 1 ends by itself about 7 days after the last spam. Level 2 ends when the neighbourhood improves. Level 3 depends on the whole provider.
entry-uceprotect-first = Stop any spam from your own { -glossary-ip } and wait. If only level 2 or 3 is listed, ask the recipient's administrator to stop using those levels, or ask your { -glossary-provider }.
entry-uceprotect-lookup = On the check page, type the { -glossary-ip }. It shows each level separately. If your { -glossary-ip } itself (level 1) is clean, the problem is the neighbourhood, not you.
entry-uceprotect-sub-l1 = Level 1: your { -glossary-ip } itself hit spam traps. It ends about 7 days after the last hit.
entry-uceprotect-sub-l2 = Level 2: the range around your { -glossary-ip } holds several listed addresses. Only your { -glossary-provider } can change that.
# The provider email's words for how Level 2 ends (the catalogue's L2 removal note): by itself
# once enough Level 1 addresses in the range are gone; otherwise usually only at the upstream
# provider's request.
entry-uceprotect-sub-l2-owner-rule = A Level 2 listing ends by itself once enough listed addresses in the range are gone; otherwise, it is usually removed only at the request of the network that owns the range. Stopping the spam in the range is what clears it.
entry-uceprotect-sub-l2-owner-ask = If the listing stays after the spam has stopped, please ask the list to remove it.
entry-uceprotect-sub-l3 = Level 3: your provider's whole network is listed. You cannot change it; ask the recipient to stop using level 3.

## sorbs
entry-sorbs-what = SORBS was a { -glossary-blocklist }. It closed on 5 June 2024 and lists nothing any more.
entry-sorbs-happened = The recipient's server is still set up to use SORBS, or the error mail is old.
entry-sorbs-duration = There is nothing to remove.
entry-sorbs-first = Tell the recipient (by phone, or from another address) that their server still uses SORBS, which closed in 2024, and ask their administrator to remove it from the settings.
entry-sorbs-lookup = The SORBS site no longer works. Do not use look-alike sites that ask for payment.

## abusix
entry-abusix-what = Abusix Mail Intelligence is a family of { -glossary-blocklist }s (Policy, Spam, Exploit and others).
entry-abusix-happened = The recipient's server checked Abusix, found your { -glossary-ip }, and refused the mail.
entry-abusix-duration = It stays until removed. Removal is free; a Policy listing can be lifted within minutes.
entry-abusix-first = Fix the cause first, or the { -glossary-ip } is listed again. To remove it, create a free Abusix account and confirm your email address.
entry-abusix-lookup = On lookup.abusix.com, search for the { -glossary-ip }. The result names the list (Policy, Spam, Exploit…) and offers removal after you sign in.
entry-abusix-sub-policy = Policy: ranges with generic reverse DNS names that should send through their ISP. An exception for your { -glossary-ip } can be granted at once.
entry-abusix-sub-spam = Spam: mail reached Abusix's spam traps, from a compromised account or computer, or trap addresses on a mailing list.
entry-abusix-sub-exploit = Exploit: a computer on the network that uses this { -glossary-ip } may be infected or exploited.

## spamrats
entry-spamrats-what = SpamRATS runs automatic lists of addresses that made abusive connections: without a reverse DNS name (NoPtr), with a home-line name (Dyna), or sending spam (Spam).
entry-spamrats-happened = The recipient's server checked SpamRATS, found your { -glossary-ip }, and refused the mail.
entry-spamrats-duration = It stays until you remove it, which works only after the reverse DNS name (PTR) is corrected.
entry-spamrats-first = Ask your { -glossary-provider } or ISP to set a reverse DNS (PTR) name that names your { -glossary-mail-server }. Wait for the change to take effect, then remove the { -glossary-ip } on the removal page.
entry-spamrats-lookup = The lookup page shows which list (RATS-NoPtr, RATS-Dyna or RATS-Spam) the { -glossary-ip } is on. The removal page asks only for the { -glossary-ip } and a picture check (CAPTCHA); it works for NoPtr and Dyna only once the reverse DNS name is corrected.
entry-spamrats-sub-rats-noptr = RATS-NoPtr: the { -glossary-ip } has no reverse DNS (PTR) name. Have one set, then remove it.
entry-spamrats-sub-rats-dyna = RATS-Dyna: the reverse DNS name looks like a home line. Replace it with a name in your own domain, or send through your ISP.
entry-spamrats-sub-rats-spam = RATS-Spam: the { -glossary-ip } was seen sending spam.

## invaluement
entry-invaluement-what = Invaluement sells { -glossary-blocklist }s of spamming addresses and ranges; some providers, such as Cox, use them.
entry-invaluement-happened = The recipient's server checked Invaluement, found your { -glossary-ip } or its range, and refused the mail.
entry-invaluement-duration = It stays until a delist request is granted.
entry-invaluement-first = Fix the cause, and make sure the reverse DNS (PTR) of your { -glossary-ip } names your own domain. Then follow the delist instructions on the lookup page.
entry-invaluement-lookup = On the lookup page, type the { -glossary-ip }. It shows whether the address itself (ivmSIP) or its range (ivmSIP/24) is listed, and links to the delist requests page.
entry-invaluement-sub-ivmsip-24 = ivmSIP/24: the range around your { -glossary-ip }. Removal is granted when your own address sent no spam.
entry-invaluement-sub-ivmsip = ivmSIP: your { -glossary-ip } itself sent spam.
entry-invaluement-sub-ivmuri = ivmURI: a domain in the text of your mail is listed, not your { -glossary-ip }.

## mailspike
entry-mailspike-what = Mailspike is a fast-moving list that combines spam-wave data with a reputation score.
entry-mailspike-happened = The recipient's server checked Mailspike, found your { -glossary-ip }, and refused the mail.
entry-mailspike-duration = Listings can come and go quickly. Removal requests are said to be processed automatically within 6 to 36 hours (not an official figure).
entry-mailspike-first = Fix the cause (often a stolen password or an infected computer), then use the removal form.
entry-mailspike-lookup = On mailspike.org, look up the { -glossary-ip }; if it is listed, the site offers a removal form. The details of this page are not confirmed.

## psbl
entry-psbl-what = PSBL (Passive Spam Block List) lists addresses that sent mail to its spam traps.
entry-psbl-happened = The recipient's server checked PSBL, found your { -glossary-ip }, and refused the mail.
entry-psbl-duration = Listings end by themselves after a while, and anyone can remove an address at once.
entry-psbl-first = Fix the cause, then remove the { -glossary-ip } on the PSBL page (Remove an IP).
entry-psbl-lookup = The listing page shows whether the { -glossary-ip } is listed. The removal page (Remove an IP) asks only for the { -glossary-ip }.

## senderscore
entry-senderscore-what = This is Validity's Sender Score block list (RTBL). Some providers, such as Comcast and Cox, use it.
entry-senderscore-happened = The recipient's server checked Sender Score's list, found your { -glossary-ip }, and refused the mail.
entry-senderscore-duration = It stays until it is removed through the block list remover.
entry-senderscore-first = If the { -glossary-ip } belongs to Microsoft 365, Google or your { -glossary-provider }, they must act. Otherwise fix the cause (often complaints about bulk mail) and use the remover.
entry-senderscore-lookup = On senderscore.org, look up the { -glossary-ip }. The block list remover page handles removal.

## microsoft-outlook
entry-microsoft-outlook-what = Outlook.com, Hotmail and Microsoft's other personal addresses (outlook.jp, live.com and others) keep their own block list.
entry-microsoft-outlook-happened = Microsoft refused mail from your { -glossary-ip } because its network is on Microsoft's block list (codes such as S3150).
entry-microsoft-outlook-duration = It stays until Microsoft lifts it. A person usually answers a request within 12 to 48 hours.
entry-microsoft-outlook-first = On a rental server, ask your { -glossary-provider }: the error itself says to contact your provider. With your own server, read Microsoft's troubleshooting page, then send the sender support form.
entry-microsoft-outlook-lookup = There is no public lookup. Only the owner of the { -glossary-ip } can see its status, through Microsoft SNDS. The code in the error (S3150, DY-001 and so on) tells the reason.
entry-microsoft-outlook-sub-s3150 = S3150 (also written AS3150): the network of your { -glossary-ip } is on Outlook.com's block list. Microsoft does not publish what sets it apart from S3140; ask through the sender support form either way.
entry-microsoft-outlook-sub-s3140 = S3140 (also written AS3140): your { -glossary-ip } is on Microsoft's block list (some read it as a full block). Ask through the sender support form.
entry-microsoft-outlook-sub-s775 = S775 (4.7.650): Outlook.com slows your mail down because of the { -glossary-ip }'s reputation. Your server retries.
entry-microsoft-outlook-sub-dy-001 = DY-001: Outlook.com does not accept mail sent directly from dynamic addresses. Send through your provider's { -glossary-mail-server }.
entry-microsoft-outlook-sub-dy-002 = DY-002: Microsoft believes the sender is compromised or infected.

## microsoft-365
entry-microsoft-365-what = Microsoft 365 (Exchange Online) protects the mail of the companies that use it, and keeps its own list of blocked senders.
entry-microsoft-365-happened = Microsoft 365 refused mail from your { -glossary-ip } because it is on Microsoft's list of blocked senders.
entry-microsoft-365-duration = It stays until you ask for removal on the delist portal. Removal can take up to 24 hours.
entry-microsoft-365-first = Use the delist portal (sender.office.com) with the address the error mail came back to and the { -glossary-ip }. If the error says 5.7.511, email delist@microsoft.com instead. If it names Spamhaus, remove it at Spamhaus.
entry-microsoft-365-lookup = On sender.office.com, enter your email address and the { -glossary-ip }, type the letters in the picture and press Submit. Microsoft mails you a link that works for about 10 minutes: open it. "Not currently blocked" means Microsoft 365 is not blocking it. If it is blocked, press Delist IP on that page to ask for removal (this does not work for error 5.7.511).
entry-microsoft-365-sub-5-7-511 = 5.7.511: a banned sender. The delist portal does not work for this code: email delist@microsoft.com with the error and the { -glossary-ip }.
entry-microsoft-365-sub-5-7-513 = 5.7.513: the recipient's company blocks you with its own list. Ask the recipient, not Microsoft.
entry-microsoft-365-sub-tenant = Your own Microsoft 365 is restricted from sending (5.7.705, 5.7.708, 5.7.750). Only your Microsoft 365 administrator can fix it, with Microsoft support.

## gmail
entry-gmail-what = Gmail and Google Workspace judge senders by Google's own reputation data. There is no list and no removal form.
entry-gmail-happened = Gmail slowed or refused mail from your { -glossary-ip } because of its reputation, an unusual amount of unwanted mail, or missing sender settings.
entry-gmail-duration = It recovers by itself once sending improves, which can take time.
entry-gmail-first = Meet Google's requirements: SPF or DKIM, a correct reverse DNS name, and few spam reports. "Not authorized to send directly" means: send through your provider's server.
entry-gmail-lookup = There is no lookup page. Google Postmaster Tools, a free tool for senders, shows your domain's reputation once you have verified that you own the domain.
entry-gmail-sub-4-7-28 = 4.7.28: an unusual rate of unwanted mail from your { -glossary-ip } or its range. Gmail limits it until sending improves.
entry-gmail-sub-notauthorized = Not authorized to send directly: the { -glossary-ip } looks like a home line. Send through your provider's { -glossary-mail-server }.

## yahoo
entry-yahoo-what = Yahoo Mail (also AOL and Verizon addresses; not Yahoo! JAPAN) keeps its own reputation data.
entry-yahoo-happened = Yahoo deferred or refused mail from your { -glossary-ip } because of volume, complaints or reputation (codes such as TSS04).
entry-yahoo-duration = Codes such as TSS04 are temporary and clear as sending improves. TSS09 and TSS11 are permanent: retrying will not succeed.
entry-yahoo-first = Send less, more slowly, clean your lists, and set up SPF, DKIM and DMARC. If the same error continues for more than 48 hours, file a sender support request with the error codes.
entry-yahoo-lookup = There is no lookup page. The sender site (senders.yahooinc.com) explains the codes and has the support request form.
entry-yahoo-sub-tss04 = TSS04: a temporary deferral for unexpected volume or complaints. Your server retries.
entry-yahoo-sub-tss09 = TSS09: permanently deferred. Retrying will not succeed.
entry-yahoo-sub-tss11 = TSS11: permanently deferred. Retrying will not succeed.

## apple-icloud
entry-apple-icloud-what = This is Apple's iCloud Mail (icloud.com, me.com, mac.com).
entry-apple-icloud-happened = iCloud Mail refused mail from your { -glossary-ip } under its own policy (codes such as CS01 or HM08).
entry-apple-icloud-duration = It stays until Apple lifts it after a request.
entry-apple-icloud-first = If the error links to Proofpoint or names Spamhaus, remove it there. Otherwise your mail administrator emails icloudadmin@apple.com with the company name, domain, { -glossary-ip }, the error and when it started; delist writes this email.
entry-apple-icloud-lookup = There is no lookup page. The code and the link in the error tell which way to go.

## docomo
entry-docomo-what = This is NTT docomo's mail for mobile phones (docomo.ne.jp).
entry-docomo-happened = docomo refused your server for a while, usually because many messages went to docomo addresses that no longer exist. "550 Unknown user" can also mean the recipient's own filter settings.
entry-docomo-duration = The block is temporary. There is no removal form.
entry-docomo-first = Remove dead docomo addresses from your lists and stop old forwarding. If only one person cannot receive your mail, ask them to allow your domain in their settings.
entry-docomo-lookup = There is no lookup page.

## au-kddi
entry-au-kddi-what = This is au (KDDI) mail for mobile phones (au.com, ezweb.ne.jp).
entry-au-kddi-happened = au refused or cut the connection, usually because of mail to addresses that do not exist or much mail in a short time. Your server's log may show only "connection reset".
entry-au-kddi-duration = The block is temporary and lifted by KDDI. There is no removal form.
entry-au-kddi-first = Send slowly and clean your lists. If one person cannot receive your mail, ask them to allow your address (including the spoofing filter setting).
entry-au-kddi-lookup = There is no lookup page.

## softbank
entry-softbank-what = This is SoftBank's mail for mobile phones (softbank.ne.jp, i.softbank.jp).
entry-softbank-happened = SoftBank refused or slowed mail from your server for a while, usually because a mailing held many unknown addresses.
entry-softbank-duration = The refusal lasts "a certain time". There is no removal form.
entry-softbank-first = Clean your lists and send slowly. SoftBank also refuses messages over 1 MB or to more than 100 recipients at once.
entry-softbank-lookup = There is no lookup page.

## yahoo-japan
entry-yahoo-japan-what = This is Yahoo! JAPAN Mail (yahoo.co.jp), run by a different company from Yahoo Inc.
entry-yahoo-japan-happened = Yahoo! JAPAN refused the connection because your server looks like an open relay or proxy, or sends from a dynamic { -glossary-ip }.
entry-yahoo-japan-duration = It continues until the relaying or the direct sending stops.
entry-yahoo-japan-first = Give the error mail to your { -glossary-mail-server }'s administrator or your { -glossary-provider }. There is no request to send to Yahoo! JAPAN.
entry-yahoo-japan-lookup = There is no lookup page.

## backscatterer
entry-backscatterer-what = Backscatterer, run by UCEPROTECT, lists servers that send bounces or auto-replies to forged senders. It is not a list of spam sources.
entry-backscatterer-happened = The recipient's server checked Backscatterer, found your { -glossary-ip }, and refused the mail. Your server had sent bounces, auto-replies or sender checks to addresses that spammers had forged.
entry-backscatterer-duration = It ends by itself, free, 4 weeks after the last such bounce is seen. Each new one starts the 4 weeks again.
entry-backscatterer-first = Make your { -glossary-mail-server } refuse unknown recipients during delivery instead of accepting and bouncing later, and stop auto-replies to unknown senders. Then wait. A paid "express" removal is sold: it is never needed.
entry-backscatterer-lookup = On the Test/Remove IP page, type the { -glossary-ip }. The result says whether it is listed and the earliest date it can expire.

## uribl
entry-uribl-what = URIBL lists domains found in spam, usually in links. It lists domains, not the { -glossary-ip } that sent the mail.
entry-uribl-happened = The recipient's filter found a domain in your mail (a link, or your own domain) on URIBL and refused the mail. Your { -glossary-ip } is not what is listed.
entry-uribl-duration = It stays until URIBL accepts a delist request for the domain.
entry-uribl-first = Find which domain in the mail is listed (a link to your website, a tracking or shortened link). If it is your domain, fix what put it in spam (a hacked site, an abused form), then ask URIBL to delist it; a free login is needed. If it is someone else's link, remove the link from your mail.
entry-uribl-lookup = On URIBL's site, look up the domain (not the { -glossary-ip }), without "www.". The result names the list (black, grey or red); delisting needs a login.
entry-uribl-sub-black = URIBL black: domains URIBL believes belong to spammers.
entry-uribl-sub-grey = URIBL grey: domains found in bulk mail that may honour unsubscribes, such as mailing services. Clean your mailing lists.
entry-uribl-sub-red = URIBL red: automatic, for very new domains or domains behind whois privacy that show up in mail.

## surbl
entry-surbl-what = SURBL lists web sites that appeared in unwanted mail. It lists domains in links, not mail servers or { -glossary-ips }.
entry-surbl-happened = The recipient's filter found a link in your mail whose domain is on SURBL, and refused the mail. Your { -glossary-ip } is not what is listed.
entry-surbl-duration = Listings are said to age out once the domain stops appearing in spam (not an official figure); a removal request is also possible.
entry-surbl-first = Find which link in the mail is listed. If the site is yours, clean it first (a hacked or abused site is the usual cause), then ask for removal on SURBL's lookup page. If it is someone else's link, remove it from your mail.
entry-surbl-lookup = On SURBL's lookup page, type the domain of the link (for example example.com, without www.). The result names the sub-lists it is on.

## sophos
entry-sophos-what = This is SophosLabs' classification of { -glossary-ips }, which Sophos mail products at the recipient use.
entry-sophos-happened = The recipient's Sophos filter classified your { -glossary-ip } (as a home-line range, a suspected infected host, or a spam source) and refused the mail.
entry-sophos-duration = It stays until SophosLabs changes the classification, on request or when the cause stops.
entry-sophos-first = Clean any infected computer behind the { -glossary-ip }. If it is a home or dynamic line, send through your provider's { -glossary-mail-server }. If it is a fixed mail server, ask SophosLabs on the lookup page to exempt it.
entry-sophos-lookup = On Sophos's IP lookup page, type the { -glossary-ip }. It shows the classification and, where it is wrong, offers a request to SophosLabs.

## symantec
entry-symantec-what = This is Symantec's (now Broadcom's) reputation of { -glossary-ips }, which Email Security.cloud and Symantec mail gateways use.
entry-symantec-happened = The recipient's Symantec service found your { -glossary-ip } on its list of bad senders (spam, viruses, open proxies) and refused the connection.
entry-symantec-duration = It stays until an investigation request is accepted. Requests are usually handled within 24 hours; no answer comes other than the removal itself.
entry-symantec-first = Check the systems behind the { -glossary-ip } for viruses, open proxies and misused accounts first. Then request an investigation once.
entry-symantec-lookup = On the IP Reputation Investigation page, type the { -glossary-ip } (IPv4 only) and the text in the picture, then submit.

## fortiguard
entry-fortiguard-what = This is FortiGuard AntiSpam: Fortinet's reputation of sending { -glossary-ips } and its spam signatures, which FortiGate and FortiMail use at the recipient.
entry-fortiguard-happened = The recipient's Fortinet device found your { -glossary-ip } (or a link or address in the mail) in FortiGuard's database and refused the mail.
entry-fortiguard-duration = It stays until FortiGuard updates the entry, on request or when the cause stops.
entry-fortiguard-first = Fix the cause first (a stolen password, an infected computer, a hacked site). Then look the { -glossary-ip } up and send the form under the result once.
entry-fortiguard-lookup = On the FortiGuard AntiSpam page, type the { -glossary-ip }. A listed address shows a short form below the result: tick the box, give an email address for the answer, a comment, and the picture check.

## nifty
entry-nifty-what = @nifty's mail (nifty.com) refuses mail sent straight from dynamic { -glossary-ips } (home and office lines without a fixed address) instead of through the sender's provider.
entry-nifty-happened = Your mail went straight from a dynamic line to @nifty's server, which refused it. This is not a listing.
entry-nifty-duration = It does not end by itself and there is nothing to remove: it lasts as long as mail is sent this way.
entry-nifty-first = Send through your provider's { -glossary-mail-server } with sign-in (port 587). A server of your own needs a fixed { -glossary-ip } with a proper reverse DNS name.
entry-nifty-lookup = There is no lookup page. @nifty's page on this block explains it.

## ybb
entry-ybb-what = This is a Yahoo! BB (SoftBank) home or office line. Its addresses have names ending in bbtec.net, which receivers treat as dynamic.
entry-ybb-happened = Your mail went straight from a Yahoo! BB line, and the recipient's server refused it because the address is a dynamic line. This is not a listing.
entry-ybb-duration = It does not end by itself and there is nothing to remove: it lasts as long as mail is sent straight from the line.
entry-ybb-first = Send through Yahoo! BB's (or your mail host's) { -glossary-mail-server } with sign-in on port 587 (the number in your mail program's outgoing server settings), as SoftBank's mail settings give. A server of your own needs a fixed-IP line.
entry-ybb-lookup = There is no lookup page. SoftBank's page on port 25 blocking (OP25B) gives the mail settings to use.
