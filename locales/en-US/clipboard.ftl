# Copying: what happened to each copy, why a clipboard could not be used, reading, exit.
clipboard-copied-system = Copied. Paste it with Ctrl+V (⌘V on a Mac).
clipboard-copied-osc52 = Sent through the terminal to your own computer's clipboard (OSC 52). Paste it with Ctrl+V (⌘V on a Mac). If nothing pastes, your terminal does not accept this: select the text on the screen with the mouse instead.
clipboard-copied-osc52-tmux = Sent through tmux and the terminal to your own computer's clipboard. Paste it with Ctrl+V (⌘V on a Mac).
clipboard-copied-osc52-screen = Sent through screen and the terminal to your own computer's clipboard. Paste it with Ctrl+V (⌘V on a Mac). If nothing pastes, select the text on the screen with the mouse instead.
clipboard-copied-file = The clipboard could not be used, so the text was saved in the file { $path }
clipboard-copied-test = Copied (test clipboard).
clipboard-copy-failed = The text could not be copied or saved. Select it on the screen with the mouse and copy it with your terminal.
clipboard-tip-tmux = If nothing pastes, add the line "set -g set-clipboard on" to ~/.tmux.conf, run "tmux source-file ~/.tmux.conf", and copy again.
clipboard-error-no-display = The desktop clipboard cannot be used here ({ $detail }).
clipboard-error-timeout = The desktop clipboard did not answer within { $ms } ms.
clipboard-error-system = The desktop clipboard reported an error: { $detail }
clipboard-error-empty = The clipboard holds no text (it is empty, or holds a picture or files).
clipboard-error-not-text = The clipboard holds something that cannot be read as text.
clipboard-error-osc52-write = Sending the text to the terminal failed: { $detail }
clipboard-error-osc52-too-long = The text ({ $size }) is too long for the terminal's clipboard.
clipboard-error-osc52-no-read = delist cannot read the clipboard through the terminal: most terminals do not let programs read it.
clipboard-error-no-data-dir = There is no folder to save the text in (no home folder was found).
clipboard-error-file-write = The text could not be saved in { $path }: { $detail }
clipboard-error-file-no-read = There is no clipboard to read from here.
clipboard-error-test-read = The test clipboard { $path } could not be read: { $detail }
clipboard-read-nothing = Nothing could be read from the clipboard.
clipboard-read-hint = Paste with your terminal instead (Ctrl+Shift+V, Shift+Insert or a right click; ⌘V on a Mac), or give the path of a file that holds the text.
clipboard-notice-bad-choice = DELIST_CLIPBOARD={ $value } is not understood (use system, osc52, file or test:PATH), so the clipboard is chosen automatically.
clipboard-exit-lost = The last text you copied will be gone when delist closes, because no clipboard manager is running to keep it. Paste it where it goes before you quit.
clipboard-exit-may-be-lost = The last text you copied may be gone when delist closes, unless a clipboard manager keeps it. Paste it where it goes before you quit.
clipboard-hold-waiting = The text stays on the clipboard until another program copies something or { $seconds ->
        [one] 1 second passes
       *[other] { $seconds } seconds pass
    }. Paste it now.
clipboard-hold-waiting-enter = The text stays on the clipboard until another program copies something, you press Enter, or { $seconds ->
        [one] 1 second passes
       *[other] { $seconds } seconds pass
    }. Paste it now.
clipboard-hold-taken = Another program has copied something: done.
clipboard-hold-deadline = Time is up: the text is no longer on the clipboard.
clipboard-hold-stopped = Done: the text is no longer on the clipboard.
