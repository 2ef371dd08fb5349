package io.loopdesk.routing.settings;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingSettingsRepository extends JpaRepository<RoutingSettings, Long> {}
