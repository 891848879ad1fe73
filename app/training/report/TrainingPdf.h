#pragma once

#include "core/Result.h"
#include "training/TrainingPrint.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// The training module's printouts on A4, with the report's fonts and PDF
// output (PdfOutput.h): the coverage matrix and certificates of
// completion. Their content comes from training/TrainingPrint.h; this file
// only lays it out. It lives here, not in app/training/, because a module
// may not include the report (docs/architecture.md, "Layers").
//
// The write functions read no vault and call tr() only for their errors,
// so the page may run them on a worker thread once the sheet or batch is
// built on the GUI thread.
namespace kamae {
namespace report {

// Portrait for a few courses, landscape from this many on.
constexpr int kLandscapeFromCourses = 7;

// The page layout the matrix is printed on (for a printer or a preview).
QPageLayout coveragePageLayout(const training::CoverageSheet &sheet);
// Paints the matrix on an active painter; calls device.newPage() between
// pages. Returns the number of pages.
int paintCoverageSheet(const training::CoverageSheet &sheet, QPagedPaintDevice &device,
                       QPainter &painter);
// Writes it as a PDF, replacing `path` only once the whole file is
// written. Returns the number of pages.
Result<int> writeCoveragePdf(const training::CoverageSheet &sheet, const QString &path);

// One A4 portrait page per certificate.
int paintCertificates(const training::CertificateBatch &batch, QPagedPaintDevice &device,
                      QPainter &painter);
Result<int> writeCertificatesPdf(const training::CertificateBatch &batch, const QString &path);

// Reads the vault and writes in one call (GUI thread: the language scope),
// for the command line.
Result<int> printCoverage(store::Database &db, const training::CoverageSheetOptions &options,
                          const QString &path);
Result<int> printCertificates(store::Database &db, const training::CertificateOptions &options,
                              const QString &path);

} // namespace report
} // namespace kamae
