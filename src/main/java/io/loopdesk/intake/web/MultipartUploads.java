package io.loopdesk.intake.web;

import io.loopdesk.ticket.Upload;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Multipart parts as uploads; an empty part without a file name is no upload. */
final class MultipartUploads {

    private MultipartUploads() {}

    static List<Upload> of(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())))
                .map(file -> new Upload(
                        file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(),
                        null,
                        file::getInputStream))
                .toList();
    }
}
