#pragma once
// The title at the top of every screen, in one style.

class QLabel;
class QString;
class QWidget;

QLabel *makeScreenHeading(const QString &text, QWidget *parent);
