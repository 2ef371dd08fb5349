package io.loopdesk.ticket.attachment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentPolicyRepository extends JpaRepository<AttachmentPolicy, Long> {}
