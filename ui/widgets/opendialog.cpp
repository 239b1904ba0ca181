#include "opendialog.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>

void openDialog(QDialog *dialog)
{
    QPointer<QWidget> owner = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    QObject::connect(dialog, &QDialog::finished, dialog, [owner] {
        // Not while another dialog is up (a confirmation leading to a code
        // prompt): that one has the keyboard, and gives it back in turn.
        if (owner && owner->isVisible() && !QApplication::activeModalWidget())
            owner->activateWindow(); // its focus widget gets the focus back
    });
    dialog->open();
}
