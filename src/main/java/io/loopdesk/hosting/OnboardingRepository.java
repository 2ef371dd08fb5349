package io.loopdesk.hosting;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingRepository extends JpaRepository<Onboarding, Long> {}
