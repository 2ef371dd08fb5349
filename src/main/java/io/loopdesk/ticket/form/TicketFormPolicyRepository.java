package io.loopdesk.ticket.form;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketFormPolicyRepository extends JpaRepository<TicketFormPolicy, Long> {}
