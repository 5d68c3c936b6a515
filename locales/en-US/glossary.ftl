# The glossary: one word for each idea, used by every message (UX.md, "Words"). Other files
# refer to the terms as { -glossary-ip } and so on, so a word changes in one place.
-glossary-blocklist = blocklist
-glossary-ip = IP address
-glossary-ips = IP addresses
-glossary-mail-server = mail server
-glossary-provider = hosting provider
-glossary-removal-request = removal request
-glossary-temporary-error = temporary error
-glossary-permanent-error = permanent error

glossary-title = Words used in delist
glossary-meaning-blocklist = { -glossary-blocklist }: a list of IP addresses that sent spam, or look as if they might. Many mail servers check it and refuse mail from the addresses on it.
glossary-meaning-ip = { -glossary-ip }: the number that identifies a server on the internet, like a street address for your { -glossary-mail-server }.
glossary-meaning-mail-server = { -glossary-mail-server }: the computer that sends your office's mail out. On a rental server, many customers share one.
glossary-meaning-provider = { -glossary-provider }: the company that runs your server (for example Xserver or Sakura Internet). The { -glossary-ip } of a shared server belongs to it.
glossary-meaning-removal-request = { -glossary-removal-request }: asking the operator of a { -glossary-blocklist } to take your { -glossary-ip } off it.
glossary-meaning-temporary-error = { -glossary-temporary-error }: the mail was refused for now. Your server keeps trying, so it may still arrive.
glossary-meaning-permanent-error = { -glossary-permanent-error }: the mail was refused for good. Send it again after the problem is fixed.
