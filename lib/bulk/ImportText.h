#pragma once

#include <QCoreApplication>

// Translation context "ImportParser" for the readers' messages.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
};
