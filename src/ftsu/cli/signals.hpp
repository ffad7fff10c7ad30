#pragma once

namespace ftsu::cli {

// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the
// signal, without SA_RESTART, so a read blocked at a prompt returns at once.
void install_interrupt_handlers();

// Returns the signal received since the handlers were installed, or 0.
int pending_signal();

} // namespace ftsu::cli
