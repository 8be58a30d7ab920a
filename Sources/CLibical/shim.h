#ifndef CHRONICLE_CLIBICAL_SHIM_H
#define CHRONICLE_CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
