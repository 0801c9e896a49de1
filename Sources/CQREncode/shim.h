// libqrencode from Debian (libqrencode-dev): the QR code on certificates.
#include <qrencode.h>
