/**
 * Report documents and their writers: a neutral model of a report ({@link io.loopdesk.reporting.export.ReportDocument}
 * made of {@link io.loopdesk.reporting.export.Block}s) written as PDF, and its tables written as CSV or XLSX.
 *
 * <p>Pure on purpose: values in, bytes out. Nothing here knows tickets, tenants or Spring, so the reporting module
 * maps its figures onto this model and any module can export without this package depending on it. The writers are
 * stateless and safe to share between threads; none of them closes the stream it is given.
 */
@NullMarked
package io.loopdesk.reporting.export;

import org.jspecify.annotations.NullMarked;
