// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "Application.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    rz::Application::setMetadata();
    QCommandLineParser parser;
    rz::Application::addOptions(parser);

    // --help and --version only print: answer them without a display (a QApplication would need one).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    parser.parse(arguments);
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s)) {
        QCoreApplication textOnly(argc, argv);
        parser.process(textOnly); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    parser.process(app); // reports unknown options and exits
    rz::Application application(rz::Application::optionsFrom(parser));
    if (!application.start())
        return 1;
    return QApplication::exec();
}
