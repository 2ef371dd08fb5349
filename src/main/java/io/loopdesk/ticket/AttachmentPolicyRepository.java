package io.loopdesk.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentPolicyRepository extends JpaRepository<AttachmentPolicy, Long> {}
