package io.loopdesk.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, for the requests Tomcat refuses before any application code runs: a URL with a NUL or an
 * encoded slash, a request line or headers beyond their size limit. Instead of Tomcat's HTML page, API requests get
 * a problem document like every other API refusal, and pages a short page in Chinese or English as the browser asks.
 * Nothing of the request is echoed back.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0) {
            return;
        }
        // Tomcat refuses an unreadable request line or headers by status alone, without an error to report
        if (response.isError() && !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(code);
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (isApi(request)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                byte[] body = problems.bytes(
                        ProblemWriter.problem(status, status.getReasonPhrase(), ErrorEndpoint.detail(status, null)));
                response.getOutputStream().write(body);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getOutputStream().write(page(status, chinese(request)).getBytes(StandardCharsets.UTF_8));
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more to tell a client that went away
        }
    }

    /**
     * A problem document unless a browser asks for a page: a request line Tomcat could not read has no path to go by,
     * and API clients (curl, SDKs) rarely ask for HTML.
     */
    private static boolean isApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        String accept = request.getHeader("Accept");
        return uri.startsWith("/api/")
                || uri.startsWith("/actuator/")
                || accept == null
                || !accept.contains("text/html");
    }

    private static boolean chinese(Request request) {
        String languages = request.getHeader("Accept-Language");
        return languages != null && languages.strip().toLowerCase(Locale.ROOT).startsWith("zh");
    }

    private static String page(HttpStatus status, boolean chinese) {
        String title = chinese ? "请求无法处理" : "The request could not be handled";
        String text = chinese
                ? "服务器无法读取这个请求（状态 " + status.value() + "）：地址或请求头有误或过长。未做任何更改。"
                : "The server could not read this request (status " + status.value()
                        + "): its address or headers are malformed or too long. Nothing was changed.";
        String home = chinese ? "返回首页" : "Back to the start page";
        return "<!DOCTYPE html><html lang=\"" + (chinese ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Loopdesk</title><link rel=\"stylesheet\" href=\"/css/loopdesk.css\"></head><body><main class=\"card\">"
                + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>";
    }
}
