// cairo from Debian (libcairo2-dev): vector PDF output for certificates.
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
