#pragma once

#include <QIcon>

// The eye of a "reveal" action (crossed out: "hide"), from the icon theme
// when it has one, else drawn.
QIcon revealIcon(bool crossed = false);
