package io.loopdesk.hosting;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Onboarding answers that cannot be applied, or a service that cannot start yet; each problem names its field. */
public class OnboardingRefusedException extends DomainException {

    public OnboardingRefusedException(Kind kind, List<FieldProblem> problems) {
        super(kind, problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), problems);
    }
}
