// A certificate of completion as a real, vector PDF drawn with cairo, carrying a QR code
// (libqrencode) that opens the certificate's verification page.

import CCairo
import CQREncode
import Foundation

struct CertificatePDF {
    struct Content {
        let number: String
        let holder: String
        let program: String
        let hoursLine: String
        let issuedOn: String
        let issuer: String
        let verifyURL: String
    }

    enum Failure: Error { case qrCode, cairo(String) }

    /// A4 landscape, in points.
    private static let width = 842.0, height = 595.0

    static func render(_ content: Content) throws -> Data {
        let modules = try qrModules(content.verifyURL)
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque(), width, height) else { throw Failure.cairo("surface") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Certificate \(content.number)")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, content.issuer)
        let cr = cairo_create(surface)!

        // A thin double border.
        cairo_set_source_rgb(cr, 0.05, 0.33, 0.39)
        cairo_set_line_width(cr, 3)
        cairo_rectangle(cr, 24, 24, width - 48, height - 48)
        cairo_stroke(cr)
        cairo_set_line_width(cr, 1)
        cairo_rectangle(cr, 32, 32, width - 64, height - 64)
        cairo_stroke(cr)

        func text(_ string: String, size: Double, y: Double, bold: Bool = false, x: Double? = nil, gray: Double = 0.1) {
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            var fitted = size
            var extents = cairo_text_extents_t()
            // Long names and program titles shrink to fit rather than run off the page.
            repeat {
                cairo_set_font_size(cr, fitted)
                cairo_text_extents(cr, string, &extents)
                fitted -= 1
            } while extents.x_advance > width - 120 && fitted > 8
            cairo_set_source_rgb(cr, gray, gray, gray)
            cairo_move_to(cr, x ?? (width - extents.x_advance) / 2, y)
            cairo_show_text(cr, string)
        }

        text("Certificate of Completion", size: 30, y: 110, bold: true)
        text("Certificado de Finalización", size: 16, y: 138, gray: 0.35)
        text("This certifies that · Se certifica que", size: 13, y: 190, gray: 0.35)
        text(content.holder, size: 32, y: 240, bold: true)
        text("has completed · ha completado", size: 13, y: 285, gray: 0.35)
        text(content.program, size: 20, y: 320, bold: true)
        text(content.hoursLine, size: 13, y: 348)

        let left = 70.0
        text("Certificate number · Número: \(content.number)", size: 12, y: 440, x: left)
        text("Issued · Emitido: \(content.issuedOn)", size: 12, y: 462, x: left)
        text("Issuer · Emisor: \(content.issuer)", size: 12, y: 484, x: left)
        text("Verify · Verificar: \(content.verifyURL)", size: 9, y: 530, x: left, gray: 0.35)

        // The QR code, 4 modules of quiet zone on every side.
        let count = modules.count
        let side = 130.0, module = side / Double(count + 8)
        let originX = width - 70 - side, originY = 400.0
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_rectangle(cr, originX, originY, side, side)
        cairo_fill(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        for (row, line) in modules.enumerated() {
            for (column, dark) in line.enumerated() where dark {
                cairo_rectangle(cr, originX + Double(column + 4) * module, originY + Double(row + 4) * module, module, module)
            }
        }
        cairo_fill(cr)

        cairo_show_page(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw Failure.cairo(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }

    /// The QR code's dark modules, row by row (error correction M).
    static func qrModules(_ text: String) throws -> [[Bool]] {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { throw Failure.qrCode }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        return (0..<width).map { row in (0..<width).map { column in code.pointee.data[row * width + column] & 1 == 1 } }
    }

    private final class Sink { var data = Data() }
}
