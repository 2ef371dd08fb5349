package io.loopdesk.knowledge.media;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleMediaRepository extends JpaRepository<ArticleMedia, Long> {

    List<ArticleMedia> findAllByOrderByUploadedAtDescIdDesc();

    Optional<ArticleMedia> findByToken(String token);
}
