#include "consoleapp.h"

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/systemclock.h"
#include "core/store/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// Runs on the core thread: everything that touches the database.
exchange::Result<std::unique_ptr<exchange::Database>> openDatabase(const QString &url, bool demo)
{
    auto opened = exchange::Database::open(url);
    if (!opened)
        return opened.error();
    std::unique_ptr<exchange::Database> db = std::move(opened).value();
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    if (demo) {
        exchange::SystemClock clock;
        if (auto added = exchange::addDemoData(*db, clock); !added)
            return added.error();
    }
    return db;
}

} // namespace

ConsoleApp::ConsoleApp(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_runtime(std::make_unique<exchange::CoreRuntime>())
{
}

ConsoleApp::~ConsoleApp()
{
    m_window.reset();
    // The core thread's connection is released on the core thread itself.
    exchange::Database *db = m_services ? &m_services->database() : nullptr;
    m_runtime->stop([db] {
        if (db)
            db->releaseThreadConnection();
    });
    m_services.reset();
}

void ConsoleApp::start()
{
    const QString url = m_options.databaseUrl;
    const bool demo = m_options.demo;
    m_runtime->post([url, demo] { return openDatabase(url, demo); }, this,
                    [this](exchange::Result<std::unique_ptr<exchange::Database>> result) {
                        if (!result.ok()) {
                            fail(tr("The database could not be opened: %1")
                                     .arg(QString::fromStdString(result.error().message)));
                            return;
                        }
                        onDatabaseOpened(std::move(result).value());
                    });
}

void ConsoleApp::onDatabaseOpened(std::unique_ptr<exchange::Database> database)
{
    m_services = std::make_unique<exchange::CoreServices>(std::move(database));
    m_window = std::make_unique<MainWindow>(*m_runtime, *m_services);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!m_options.screenshotsDir.isEmpty()) {
        m_window->show();
        // Every load the screens asked for was posted before this, so when
        // it comes back they have all arrived; a load that an arrival starts
        // (a statement once the customers are known) needs a second round.
        m_runtime->flush(this, [this] {
            m_runtime->flush(this, [this] { QTimer::singleShot(0, this, &ConsoleApp::writeScreenshots); });
        });
        return;
    }
    qApp->setQuitOnLastWindowClosed(false);
    connect(qApp, &QGuiApplication::lastWindowClosed, this, [this] { emit finished(0); });
    m_window->show();
}

void ConsoleApp::fail(const QString &message)
{
    std::fprintf(stderr, "exconsole: %s\n", qPrintable(message));
    if (!m_options.screenshotsDir.isEmpty()) {
        emit finished(1);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Exchange Console"), message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { emit finished(1); });
    box->open();
}

void ConsoleApp::writeScreenshots()
{
    QDir dir(m_options.screenshotsDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "exconsole: cannot create %s\n", qPrintable(dir.absolutePath()));
        emit finished(1);
        return;
    }
    int failures = 0;
    for (const QString &id : m_window->screenIds()) {
        m_window->showScreen(id);
        const QString file = dir.absoluteFilePath(id + QStringLiteral(".png"));
        if (!m_window->grab().save(file)) {
            std::fprintf(stderr, "exconsole: cannot write %s\n", qPrintable(file));
            ++failures;
        } else {
            std::printf("%s\n", qPrintable(file));
        }
    }
    std::fflush(stdout);
    emit finished(failures == 0 ? 0 : 1);
}
