/**
 * Documents Tendik hands out, in Kazakh, Russian and English: {@link kz.tendik.shared.documents.PdfDocument}
 * (A4 PDF with embedded DejaVu fonts) and {@link kz.tendik.shared.documents.XlsxWorkbook} (typed XLSX sheets,
 * streamed). The kernel holds no user-facing text: callers pass translated titles, headings and notes.
 * Document content is never logged, and error messages never quote it. See docs/decisions/0011-documents.md.
 */
package kz.tendik.shared.documents;
