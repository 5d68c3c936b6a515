analyze-progress = Reading { $done } of { $total ->
        [one] 1 file
       *[other] { $total } files
    }…
analyze-error = Error: { $detail }
analyze-error-internal = delist failed to read this file (an error in delist, not in the file). The other files are read.
analyze-not-a-bounce = This is not a bounce (an ordinary mail): nothing to do.
analyze-note-undecodable = Some characters are in no encoding delist knows; they are shown as �.
analyze-note-nesting-cut = Parts of this message nested more than { $depth ->
        [one] 1 level
       *[other] { $depth } levels
    } deep were not read.
analyze-suspicious-links = ⚠ This mail links to sites no blocklist operator owns ({ $sites }). Do not open them: fake removal sites ask for money or passwords.
