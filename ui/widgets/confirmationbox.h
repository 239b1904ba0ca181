#pragma once
// openConfirmation: asks the operator to confirm an action in a
// window-modal question box (opened, never exec()'d, through openDialog)
// whose text says what will happen; onYes runs only when the operator
// presses yes. Cancel is the default button. Tests find the box by
// objectName and its yes button as "confirmYes".

#include <QString>

#include <functional>

class QWidget;

void openConfirmation(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                      const QString &yes, std::function<void()> onYes);
