#include "placeholderscreen.h"

#include "ui/widgets/screenheading.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderScreen::PlaceholderScreen(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = makeScreenHeading(title, this);

    auto *notice = new QLabel(tr("This screen is not built yet."), this);
    QFont noticeFont = notice->font();
    noticeFont.setBold(true);
    notice->setFont(noticeFont);

    auto *body = new QLabel(purpose, this);
    body->setWordWrap(true);
    body->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addWidget(body);
    layout->addStretch(1);
}
