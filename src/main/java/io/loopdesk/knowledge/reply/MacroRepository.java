package io.loopdesk.knowledge.reply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MacroRepository extends JpaRepository<Macro, Long> {

    List<Macro> findAllByOrderByNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, long id);
}
