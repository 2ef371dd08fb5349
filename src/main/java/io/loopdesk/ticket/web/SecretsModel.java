package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.ticket.secret.SecretView;
import io.loopdesk.ticket.secret.TicketSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the flags of hidden secrets into the staff ticket page: {@code ticketSecrets} (in the title or
 * description), {@code secretsByMessage}, and {@code canReveal} for those who may see the originals.
 */
@Component
class SecretsModel {

    private final TicketSecrets secrets;

    SecretsModel(TicketSecrets secrets) {
        this.secrets = secrets;
    }

    void fill(String number, Actor actor, Model model) {
        List<SecretView> hidden = secrets.of(number, actor);
        model.addAttribute(
                "ticketSecrets",
                hidden.stream().filter(s -> s.messageId() == null).toList());
        Map<Long, List<SecretView>> byMessage = hidden.stream()
                .filter(s -> s.messageId() != null)
                .collect(Collectors.groupingBy(SecretView::messageId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("secretsByMessage", byMessage);
        model.addAttribute("canReveal", actor.hasAny(Role.SEES_CONTACT_DETAILS));
    }
}
