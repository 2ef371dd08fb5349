package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.media.MediaLibrary;
import io.loopdesk.knowledge.media.MediaView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editors — a knowledge editor among them — upload pictures and videos for articles, checked like attachments, and
 * choose the help centre's logo; anyone reads them under their tenant's help centre, nobody under another's; article
 * bodies keep them and lose scripts.
 */
@IntegrationTest
class MediaLibraryTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MediaLibrary library;

    TenantInfo tenant;
    UserView editor;
    WebSession pages;

    @BeforeEach
    void editor() {
        tenant = fixtures.tenant();
        editor = fixtures.staff(tenant, Role.KB_EDITOR);
        pages = fixtures.pages(editor);
    }

    @Test
    void aKnowledgeEditorStartsInTheKnowledgeBaseAndUploadsAPictureAnyoneCanRead() {
        assertThat(pages.get("/").url()).endsWith("/knowledge");
        pages.get("/knowledge/media");
        byte[] png = TestFiles.png(40, 30);
        WebSession.Page uploaded =
                pages.upload("/knowledge/media", new Api.FilePart("file", "开箱.png", "image/png", png));
        assertThat(uploaded.text()).contains("Uploaded.");
        MediaView picture = only(library.list(Fixtures.actor(editor)));
        assertThat(picture.mediaType()).isEqualTo("image/png");
        assertThat(uploaded.html().getElementById("paste-" + picture.id()).val())
                .isEqualTo("<img src=\"/help/" + tenant.code() + "/media/" + picture.token() + "\" alt=\"\">");

        Api.Download read = WebSession.anonymous(fixtures.baseUrl(), "en").download(picture.path(tenant.code()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).isEqualTo("image/png");
        assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.body()).isEqualTo(png);

        TenantInfo other = fixtures.tenant();
        assertThat(WebSession.anonymous(fixtures.baseUrl(), "en")
                        .download("/help/" + other.code() + "/media/" + picture.token())
                        .status())
                .as("not under another tenant's help centre")
                .isEqualTo(404);
    }

    @Test
    void programsOtherTypesAndTooLargePicturesAreRefusedClearlyAndNothingIsKept() {
        pages.get("/knowledge/media");
        WebSession.Page program =
                pages.upload("/knowledge/media", new Api.FilePart("file", "截图.png", "image/png", TestFiles.exe()));
        assertThat(program.html().getElementById("media-failure").text()).contains("program");

        pages.get("/knowledge/media");
        WebSession.Page pdf = pages.upload(
                "/knowledge/media",
                new Api.FilePart(
                        "file",
                        "manual.pdf",
                        "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(pdf.html().getElementById("media-failure").text())
                .isEqualTo("Only pictures (PNG, JPEG, GIF, WebP) and videos (MP4, WebM, MOV) can be uploaded.");

        pages.get("/knowledge/media");
        byte[] huge = Arrays.copyOf(TestFiles.png(10, 10), 6 * 1024 * 1024);
        WebSession.Page tooLarge =
                pages.upload("/knowledge/media", new Api.FilePart("file", "huge.png", "image/png", huge));
        assertThat(tooLarge.html().getElementById("media-failure").text())
                .isEqualTo("The picture huge.png is larger than 5 MB.");

        assertThat(library.list(Fixtures.actor(editor))).isEmpty();

        WebSession agent = fixtures.pages(fixtures.staff(tenant, Role.AGENT));
        agent.get("/knowledge");
        assertThat(agent.upload("/knowledge/media", new Api.FilePart("file", "a.png", "image/png", TestFiles.png(4, 4)))
                        .status())
                .as("agents do not edit the help centre")
                .isEqualTo(403);
    }

    @Test
    void aVideoIsServedInRangesAndAPictureBecomesTheHelpCentresLogo() {
        pages.get("/knowledge/media");
        pages.upload("/knowledge/media", new Api.FilePart("file", "教程.mp4", "video/mp4", TestFiles.mp4()));
        pages.get("/knowledge/media");
        pages.upload("/knowledge/media", new Api.FilePart("file", "logo.png", "image/png", TestFiles.png(64, 32)));
        List<MediaView> media = library.list(Fixtures.actor(editor));
        MediaView video = media.stream().filter(MediaView::isVideo).findFirst().orElseThrow();
        MediaView logo = media.stream().filter(MediaView::isImage).findFirst().orElseThrow();
        assertThat(video.html(tenant.code())).startsWith("<video controls src=");

        WebSession.Page refused = pages.post("/knowledge/media/" + video.id() + "/logo", Map.of());
        assertThat(refused.html().getElementById("media-failure").text())
                .isEqualTo("A logo is one of the help centre's pictures.");
        pages.post("/knowledge/media/" + logo.id() + "/logo", Map.of());
        WebSession.Page help = WebSession.anonymous(fixtures.baseUrl(), "zh-CN").get("/help/" + tenant.code());
        assertThat(help.html().getElementById("help-logo").attr("src")).isEqualTo(logo.path(tenant.code()));
        pages.post("/knowledge/media/logo/remove", Map.of());
        assertThat(WebSession.anonymous(fixtures.baseUrl(), "zh-CN")
                        .get("/help/" + tenant.code())
                        .html()
                        .getElementById("help-logo"))
                .isNull();
    }

    @Test
    void articleBodiesKeepUploadedPicturesAndVideosButNoScripts() {
        String path = "/help/" + tenant.code() + "/media/0b5f1c9e-0000-4000-8000-000000000000";
        assertThat(ArticleBody.clean("<p><img src=\"" + path + "\" alt=\"\"></p>"))
                .isEqualTo("<p><img src=\"" + path + "\" alt=\"\"></p>");
        assertThat(ArticleBody.clean("<video controls src=\"" + path + "\"></video>"))
                .isEqualTo("<video controls=\"\" src=\"" + path + "\"></video>");
        assertThat(ArticleBody.clean("<video src=\"javascript:alert(1)\" onerror=\"alert(2)\" controls></video>"))
                .isEqualTo("<video controls=\"\"></video>");
        assertThat(ArticleBody.clean("<img src=\"data:image/png;base64,AAAA\" onload=\"alert(1)\">"))
                .isEqualTo("<img>");
        assertThat(ArticleBody.clean("<a href=\"javascript:alert(1)\">x</a>"))
                .isEqualTo("<a rel=\"noopener noreferrer nofollow\">x</a>");
    }

    private static MediaView only(List<MediaView> media) {
        assertThat(media).hasSize(1);
        return media.getFirst();
    }
}
