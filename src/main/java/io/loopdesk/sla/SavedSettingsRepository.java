package io.loopdesk.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSettingsRepository extends JpaRepository<SavedSettings, Long> {}
