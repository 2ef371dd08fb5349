package io.loopdesk.operations.portability;

/** The names inside a tenant archive, which the export writes and the import expects, in this order. */
final class ExportFormat {

    /** First entry: what the archive is, whose, when, and the tables it holds in the order they are to be read. */
    static final String HEADER = "loopdesk-export.json";

    static final String FORMAT = "loopdesk-tenant-export";

    static final int VERSION = 1;

    /** Then the files the rows point to, each under its key in the exporting installation's store. */
    static final String FILES = "files/";

    /** Then one NDJSON entry per table, parents first: one JSON object per row, column → value. */
    static final String TABLES = "tables/";

    /** Last: rows per table and the files that could not be read, so an incomplete archive is known as such. */
    static final String SUMMARY = "summary.json";

    private ExportFormat() {}
}
