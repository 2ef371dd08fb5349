package io.loopdesk.knowledge.media;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.CheckedFiles;
import io.loopdesk.ticket.StoredFile;
import io.loopdesk.ticket.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The images and videos of a tenant's help centre: editors upload them (checked like ticket attachments: the type
 * read from the bytes, pictures and videos only, a size limit for each), paste them into articles and choose one as
 * the help centre's logo; anyone reads them, as they read published articles.
 */
@Service
public class MediaLibrary {

    /** Pictures every browser shows; SVG is left out, it can carry scripts. */
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    static final Set<String> VIDEOS = Set.of("video/mp4", "video/webm", "video/quicktime");

    private final ArticleMediaRepository media;
    private final CheckedFiles files;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxImageBytes;
    private final long maxVideoBytes;

    MediaLibrary(
            ArticleMediaRepository media,
            CheckedFiles files,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${loopdesk.knowledge.max-image-size:5MB}") DataSize maxImage,
            @Value("${loopdesk.knowledge.max-video-size:200MB}") DataSize maxVideo) {
        this.media = media;
        this.files = files;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxImageBytes = maxImage.toBytes();
        this.maxVideoBytes = maxVideo.toBytes();
    }

    /**
     * Keeps an uploaded picture or video.
     *
     * @throws DomainException (invalid) for another type, a program, an empty or too large file; nothing is kept
     */
    public MediaView upload(Upload upload, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        return inScope(actor, () -> {
            StoredFile file = stored(upload);
            if (IMAGES.contains(file.mediaType()) && file.size() > maxImageBytes) {
                // the store's limit is the video's; the transaction rolling back deletes the bytes again
                throw new KnowledgeRefusedException(
                        DomainException.Kind.INVALID,
                        "error.kb.media.imageTooLarge",
                        "The picture " + file.name() + " is larger than " + megabytes(maxImageBytes) + " MB.",
                        file.name(),
                        megabytes(maxImageBytes));
            }
            return media.save(new ArticleMedia(actor.tenantId(), file, actor.userId(), clock.instant()))
                    .view();
        });
    }

    /** The largest picture accepted, in whole megabytes. */
    public long maxImageMegabytes() {
        return megabytes(maxImageBytes);
    }

    /** The largest video accepted, in whole megabytes. */
    public long maxVideoMegabytes() {
        return megabytes(maxVideoBytes);
    }

    /** The tenant's pictures and videos, newest first. */
    public List<MediaView> list(Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        return inScope(
                actor,
                () -> media.findAllByOrderByUploadedAtDescIdDesc().stream()
                        .map(ArticleMedia::view)
                        .toList());
    }

    /** The picture or video under {@code token} in tenant {@code tenantId}'s help centre, for anyone. */
    public Optional<MediaContent> find(long tenantId, String token) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(tx -> media.findByToken(token).map(found -> content(found))));
    }

    /** Shows picture {@code mediaId} at the top of every help centre page. */
    public void useAsLogo(long mediaId, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        inScope(actor, () -> {
            MediaView picture = media.findById(mediaId)
                    .map(ArticleMedia::view)
                    .filter(MediaView::isImage)
                    .orElseThrow(() -> new KnowledgeRefusedException(
                            DomainException.Kind.INVALID,
                            "error.kb.media.logoNotPicture",
                            "A logo is one of the help centre's pictures."));
            jdbc.sql("delete from kb_help_centre where tenant_id = ?")
                    .param(actor.tenantId())
                    .update();
            jdbc.sql("insert into kb_help_centre (tenant_id, logo_media_id) values (?, ?)")
                    .params(actor.tenantId(), picture.id())
                    .update();
            return null;
        });
    }

    public void removeLogo(Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        inScope(
                actor,
                () -> jdbc.sql("delete from kb_help_centre where tenant_id = ?")
                        .param(actor.tenantId())
                        .update());
    }

    /** The help centre's logo, if its editors chose one. */
    public Optional<MediaView> logo(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(
                        tx -> jdbc.sql("select logo_media_id from kb_help_centre where tenant_id = ?")
                                .param(tenantId)
                                .query(Long.class)
                                .optional()
                                .flatMap(media::findById)
                                .map(ArticleMedia::view)));
    }

    private StoredFile stored(Upload upload) {
        try {
            return files.store(
                    upload,
                    Stream.concat(IMAGES.stream(), VIDEOS.stream()).toList(),
                    Math.max(maxImageBytes, maxVideoBytes));
        } catch (DomainException refused) {
            boolean otherType = refused.problems().stream()
                    .anyMatch(p -> p.code().equals("attachment.type-refused")
                            || p.code().equals("attachment.type-unknown"));
            if (!otherType) {
                throw refused;
            }
            // said for the help centre: the desk's attachments accept more (PDF, documents) than articles show
            throw new KnowledgeRefusedException(
                    DomainException.Kind.INVALID,
                    "error.kb.media.type",
                    "Only pictures (PNG, JPEG, GIF, WebP) and videos (MP4, WebM, MOV) can be uploaded.");
        }
    }

    private MediaContent content(ArticleMedia found) {
        MediaView view = found.view();
        String key = found.storeKey();
        return new MediaContent() {
            @Override
            public String name() {
                return view.name();
            }

            @Override
            public String mediaType() {
                return view.mediaType();
            }

            @Override
            public long size() {
                return view.size();
            }

            @Override
            public InputStream open() throws IOException {
                return files.open(key);
            }
        };
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
