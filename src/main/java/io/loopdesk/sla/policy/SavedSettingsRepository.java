package io.loopdesk.sla.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSettingsRepository extends JpaRepository<SavedSettings, Long> {}
