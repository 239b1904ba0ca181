#pragma once
// A screen that is not built yet says so plainly, and what it will show.

#include <QWidget>

class PlaceholderScreen final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderScreen(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};
