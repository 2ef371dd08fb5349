package io.loopdesk.tenant;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the platform does for a hosted brand, as agreed when its service starts.
 *
 * @param channels the channels the platform answers for the brand
 * @param regions where the brand's customers are served, as the agreement says it (e.g. "中国大陆、东南亚")
 * @param replyStrategy how replies are written for this brand: tone, what to promise, what never to say
 */
// serializable: a refused profile travels back to the page as a flash attribute in the session
public record HostingProfile(Set<HostedChannel> channels, String regions, String replyStrategy)
        implements Serializable {

    public HostingProfile {
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        regions = regions.strip();
        replyStrategy = replyStrategy.strip();
    }

    /** Nothing agreed yet. */
    public static HostingProfile none() {
        return new HostingProfile(Set.of(), "", "");
    }
}
