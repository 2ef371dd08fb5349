package io.loopdesk.audit.web;

import io.loopdesk.audit.AuditExports;
import io.loopdesk.audit.AuditFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Sends the trail as a CSV download, for the page and the API alike. */
@Component
class AuditCsv {

    private final AuditExports exports;

    AuditCsv(AuditExports exports) {
        this.exports = exports;
    }

    void send(AuditFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit.csv").build().toString());
        exports.csv(filter, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
