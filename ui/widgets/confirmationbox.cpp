#include "confirmationbox.h"

#include "opendialog.h"

#include <QMessageBox>
#include <QPushButton>

void openConfirmation(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                      const QString &yes, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *confirmButton = box->addButton(yes, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [confirmButton, onYes = std::move(onYes)](QAbstractButton *clicked) {
        if (clicked == confirmButton)
            onYes();
    });
    openDialog(box);
}
