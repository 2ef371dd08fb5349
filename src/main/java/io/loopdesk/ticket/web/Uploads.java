package io.loopdesk.ticket.web;

import io.loopdesk.ticket.Upload;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as uploads; an empty file input (no file chosen) is no upload at all. */
public final class Uploads {

    private Uploads() {}

    public static List<Upload> of(@Nullable List<MultipartFile> files, @Nullable String description) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())))
                .map(file -> new Upload(
                        file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(),
                        description,
                        file::getInputStream))
                .toList();
    }
}
