package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files on tickets over real HTTP: kept with the type their bytes show, refused clearly, read only as allowed. */
@IntegrationTest
class AttachmentsTest {

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    String ticket;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        ticket = fixtures.ticketOf(customer).number();
    }

    @Test
    void aScreenshotIsKeptWithTheTypeItsBytesShowAndDownloadsSafely() {
        byte[] png = TestFiles.png(40, 30);
        Api.Response uploaded = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + ticket + "/attachments",
                        Map.of("description", "登录页面报错"),
                        List.of(new Api.FilePart("files", "截图 1.png", "application/octet-stream", png)));

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var file = uploaded.json().get(0);
        assertThat(file.get("contentType").asString()).isEqualTo("image/png");
        assertThat(file.get("size").asLong()).isEqualTo(png.length);
        assertThat(file.get("filename").asString()).isEqualTo("截图 1.png");
        assertThat(file.get("description").asString()).isEqualTo("登录页面报错");

        Api.Download download = fixtures.api(agent)
                .download("/api/v1/tickets/" + ticket + "/attachments/"
                        + file.get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename=\"__ 1.png\"")
                .contains("filename*=UTF-8''%E6%88%AA%E5%9B%BE%201.png");
    }

    @Test
    void aProgramRenamedToAPictureIsRefusedAndNothingIsKept() {
        Api.Response refused = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + ticket + "/attachments",
                        Map.of(),
                        List.of(
                                new Api.FilePart("files", "ok.png", "image/png", TestFiles.png(10, 10)),
                                new Api.FilePart("files", "holiday.png", "image/png", TestFiles.exe())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("detail")).contains("holiday.png", "program or script");
        assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("attachment.type-executable");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + ticket + "/attachments")
                        .json()
                        .size())
                .as("all files or none")
                .isZero();
    }

    @Test
    void aScriptOrAnUnknownTypeIsRefusedWithItsReason() {
        Api api = fixtures.api(agent);
        Api.Response script = api.multipart(
                "/api/v1/tickets/" + ticket + "/attachments",
                Map.of(),
                List.of(new Api.FilePart("files", "notes.txt", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes())));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.get("errors").get(0).get("code").asString()).isEqualTo("attachment.type-executable");

        Api.Response unknown = api.multipart(
                "/api/v1/tickets/" + ticket + "/attachments",
                Map.of(),
                List.of(new Api.FilePart("files", "data.bin", "image/png", new byte[] {0, 1, 2, 3, (byte) 0xff, 9})));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("errors").get(0).get("code").asString()).isEqualTo("attachment.type-unknown");
    }

    @Test
    void theTenantsSizeLimitsAreKeptPerFileAndPerTicket() {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        Api.Response changed = fixtures.api(admin)
                .put("/api/v1/attachment-limits", Map.of("maxFileBytes", 3000, "maxTicketBytes", 5000));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        Api api = fixtures.api(agent);
        String path = "/api/v1/tickets/" + ticket + "/attachments";
        Api.Response tooLarge =
                api.multipart(path, Map.of(), List.of(new Api.FilePart("files", "big.txt", "text/plain", text(3001))));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.get("errors").get(0).get("code").asString()).isEqualTo("attachment.too-large");

        assertThat(api.multipart(path, Map.of(), List.of(new Api.FilePart("files", "a.txt", "text/plain", text(3000))))
                        .status())
                .isEqualTo(201);
        Api.Response full =
                api.multipart(path, Map.of(), List.of(new Api.FilePart("files", "b.txt", "text/plain", text(2001))));
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.get("errors").get(0).get("code").asString()).isEqualTo("attachment.ticket-full");
        assertThat(api.get(path).json().size()).isEqualTo(1);

        assertThat(fixtures.api(agent)
                        .put("/api/v1/attachment-limits", Map.of("maxFileBytes", 1, "maxTicketBytes", 1))
                        .status())
                .as("only tenant admins change the limits")
                .isEqualTo(403);
    }

    @Test
    void downloadsAreAuthorisedLikeTheTicket() {
        UserView other = fixtures.customer(tenant);
        long publicFile = upload(fixtures.api(customer), ticket, null, "photo.png");
        long noteId = fixtures.api(agent)
                .post("/api/v1/tickets/" + ticket + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "日志见附件"))
                .get("id")
                .asLong();
        long internalFile = upload(fixtures.api(agent), ticket, noteId, "server-log.png");

        assertThat(fixtures.api(other)
                        .download("/api/v1/tickets/" + ticket + "/attachments/" + publicFile)
                        .status())
                .as("another customer's ticket does not exist for them")
                .isEqualTo(404);
        assertThat(fixtures.api(customer)
                        .download("/api/v1/tickets/" + ticket + "/attachments/" + internalFile)
                        .status())
                .as("files of internal notes are staff-only")
                .isEqualTo(404);
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + ticket + "/attachments")
                        .body())
                .contains("photo.png")
                .doesNotContain("server-log.png");
        assertThat(fixtures.api(agent)
                        .download("/api/v1/tickets/" + ticket + "/attachments/" + internalFile)
                        .status())
                .isEqualTo(200);
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.AGENT);
        assertThat(fixtures.api(stranger)
                        .download("/api/v1/tickets/" + ticket + "/attachments/" + publicFile)
                        .status())
                .as("staff of another tenant")
                .isEqualTo(404);
    }

    @Test
    void aCustomerCannotAttachToAnInternalNote() {
        long noteId = fixtures.api(agent)
                .post("/api/v1/tickets/" + ticket + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "内部备注"))
                .get("id")
                .asLong();
        Api.Response refused = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + ticket + "/attachments",
                        Map.of("messageId", Long.toString(noteId)),
                        List.of(new Api.FilePart("files", "x.png", "image/png", TestFiles.png(5, 5))));
        assertThat(refused.status()).isEqualTo(403);
    }

    private long upload(Api api, String number, Long messageId, String name) {
        Map<String, String> fields = messageId == null ? Map.of() : Map.of("messageId", messageId.toString());
        Api.Response response = api.multipart(
                "/api/v1/tickets/" + number + "/attachments",
                fields,
                List.of(new Api.FilePart("files", name, "image/png", TestFiles.png(8, 8))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(0).get("id").asLong();
    }

    private static byte[] text(int length) {
        return "a".repeat(length).getBytes();
    }
}
