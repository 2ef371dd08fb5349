package io.loopdesk.intake.imports;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

    boolean existsByFingerprint(String fingerprint);
}
