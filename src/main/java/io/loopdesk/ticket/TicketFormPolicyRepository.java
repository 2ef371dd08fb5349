package io.loopdesk.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketFormPolicyRepository extends JpaRepository<TicketFormPolicy, Long> {}
