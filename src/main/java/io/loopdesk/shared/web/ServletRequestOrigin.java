package io.loopdesk.shared.web;

import io.loopdesk.shared.RequestOrigin;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The origin of a request as the servlet container saw it; behind a proxy that is the forwarded client address
 * ({@code server.forward-headers-strategy}).
 */
@Component
class ServletRequestOrigin implements RequestOrigin {

    @Override
    public Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? Optional.ofNullable(servlet.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
