#pragma once
// openDialog: opens a window-modal dialog (never exec()) and, when it
// closes, gives the keyboard back to the window it belongs to, on the
// control that had it. Desktops usually do that themselves; some do not
// (and offscreen nothing does), and a keyboard-first console must never
// leave the operator with no focus after a confirmation.

class QDialog;

void openDialog(QDialog *dialog);
