package io.loopdesk.ticket.custom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

    /** The tenant's fields (Hibernate's tenant filter), in their order on forms and pages. */
    List<CustomField> findAllByOrderByPositionAscIdAsc();

    Optional<CustomField> findByKey(String key);

    long count();
}
