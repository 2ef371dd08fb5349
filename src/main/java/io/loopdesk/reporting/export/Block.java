package io.loopdesk.reporting.export;

/** One part of a {@link ReportDocument}, laid out top to bottom. A closed set, so writers switch over it exhaustively. */
public sealed interface Block permits Heading, Paragraph, Figures, Table, Chart {}
