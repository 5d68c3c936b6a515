//! Which hosting provider runs the sending server, from host names in the bounce.
