package io.loopdesk.automation;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A rule that cannot be saved as written (every problem named beside its field), or one that does not exist. */
public class AutomationRefusedException extends DomainException {

    AutomationRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), problems);
    }

    private AutomationRefusedException(Kind kind, String message, List<FieldProblem> problems) {
        super(kind, message, problems);
    }

    static AutomationRefusedException unknown(long id) {
        return new AutomationRefusedException(
                Kind.NOT_FOUND,
                "No automation " + id + ".",
                List.of(new FieldProblem("id", "automation.unknown", "No automation " + id + ".", List.of(id))));
    }

    static AutomationRefusedException forbidden() {
        return new AutomationRefusedException(
                Kind.FORBIDDEN,
                "Only tenant admins write automations.",
                List.of(new FieldProblem("id", "automation.forbidden", "Only tenant admins write automations.")));
    }
}
