package io.loopdesk.knowledge.reply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    List<ReplyTemplate> findAllByOrderByNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, long id);
}
