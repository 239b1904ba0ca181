#pragma once
// QrCodeImage: a QR code (libqrencode, error correction M) as a crisp
// black-on-white image with a quiet zone, for enrolment URIs.

#include <QImage>
#include <QString>

class QrCodeImage final
{
public:
    // A null image if the text cannot be encoded.
    static QImage render(const QString &text, int moduleSize = 6);
};
