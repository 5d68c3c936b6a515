intake-error-empty = The input is empty. Paste the whole error mail, or give the file that holds it.
intake-error-too-large = The input is larger than the limit of { $limit }. A bounce is rarely that large: check that this is the right file, or raise the limit with --max-size.
intake-error-binary = This is not text (it looks like an image, an archive or a program). Give the error mail itself: a .eml file or the text copied from the mail.
intake-error-not-found = The file was not found. Check the name and the folder.
intake-error-permission = The file cannot be read: permission denied.
intake-error-directory = This is a folder, not a file.
intake-error-io = The input could not be read: { $detail }
