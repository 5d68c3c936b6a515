//! Copying text out of the program: the system clipboard, OSC 52, a file, behind one trait.
