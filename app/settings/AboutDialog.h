#pragma once

#include <QDialog>

class QLabel;

// Name, version, the Qt and QtKeychain versions, the licence and the
// homepage; "Copy details" puts the versions on the clipboard for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Plain text with the versions, as copied for a bug report.
    static QString versionDetails();
};
