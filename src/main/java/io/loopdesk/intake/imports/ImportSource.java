package io.loopdesk.intake.imports;

import io.loopdesk.ticket.value.Channel;

/** Where an imported record was found; each source belongs to one channel of the ticket. */
public enum ImportSource {
    /** Comments in a live room. */
    LIVE_ROOM,
    /** 微博. */
    WEIBO,
    /** 微信公众号. */
    WECHAT_OA,
    /** QQ 群. */
    QQ_GROUP,
    /** 微信群. */
    WECHAT_GROUP,
    /** 抖音. */
    DOUYIN,
    /** 小红书. */
    XIAOHONGSHU,
    /** A forum or community site. */
    FORUM,
    /** News and media. */
    MEDIA,
    /** Reviews in an app store. */
    APP_STORE,
    /** Any other outside site. */
    OTHER_SITE;

    public Channel channel() {
        return switch (this) {
            case LIVE_ROOM -> Channel.LIVE_ROOM;
            case WEIBO, WECHAT_OA, QQ_GROUP, WECHAT_GROUP, DOUYIN, XIAOHONGSHU -> Channel.SOCIAL_MEDIA;
            case FORUM, MEDIA, APP_STORE, OTHER_SITE -> Channel.OUTSIDE_SITE;
        };
    }
}
