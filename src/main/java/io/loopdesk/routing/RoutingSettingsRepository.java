package io.loopdesk.routing;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutingSettingsRepository extends JpaRepository<RoutingSettings, Long> {}
