package io.loopdesk.demo;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.ArticleDraft;
import io.loopdesk.knowledge.ArticleKind;
import io.loopdesk.knowledge.ArticleStatus;
import io.loopdesk.knowledge.Articles;
import java.util.List;

/** The smart-home brand's help centre: a few published articles about what its customers ask most, and one draft. */
final class DemoArticles {

    private static final List<ArticleDraft> PUBLISHED = List.of(
            new ArticleDraft(
                    ArticleKind.TROUBLESHOOTING,
                    "门锁显示离线怎么办",
                    "<p>门锁离线多半是网络问题，请按顺序排查：</p><ol><li>确认家里路由器是 2.4 GHz 频段（门锁不支持 5 GHz）。</li>"
                            + "<li>把路由器和门锁的距离缩短到 10 米以内，中间少隔墙。</li>"
                            + "<li>在 App 的设备页点击“重新配网”，按提示长按门锁复位键 5 秒。</li></ol>"
                            + "<p>仍然离线，请在 App 里提交反馈并附上设备页截图。</p>",
                    null,
                    "网络连接",
                    "智能门锁 X2",
                    "zh-CN",
                    List.of("离线", "WiFi", "配网")),
            new ArticleDraft(
                    ArticleKind.FAQ,
                    "换了新手机如何重新绑定设备",
                    "<p>先在旧手机的 App 里进入设备页，点击“解绑设备”；再用新手机登录同一账号，扫描设备背面的二维码即可绑定。</p>" + "<p>旧手机已丢失时，请联系客服核实身份后为您解绑。</p>",
                    null,
                    "账号与绑定",
                    null,
                    "zh-CN",
                    List.of("绑定", "换手机")),
            new ArticleDraft(
                    ArticleKind.FAQ,
                    "门锁电池能用多久，低电量怎么办",
                    "<p>4 节 AA 电池正常使用约 10 个月。电量低于 20% 时 App 会提醒，门锁开门时也会语音提示。</p>"
                            + "<p>电池完全耗尽时，可用充电宝通过门锁底部的 Type-C 应急口临时供电后开门。</p>",
                    null,
                    "使用问题",
                    "智能门锁 X2",
                    "zh-CN",
                    List.of("电池", "应急")),
            new ArticleDraft(
                    ArticleKind.MANUAL,
                    "摄像头 SD 卡录像回放说明",
                    "<h2>支持的存储卡</h2><p>支持 8–256 GB 的 microSD 卡，建议使用 Class 10 及以上。</p>"
                            + "<h2>查看回放</h2><p>在 App 中打开摄像头，点击“回放”，在时间轴上拖动即可。</p>",
                    null,
                    "使用问题",
                    "室内摄像头 C1",
                    "zh-CN",
                    List.of("回放", "SD卡")),
            new ArticleDraft(
                    ArticleKind.FAQ,
                    "如何申请退货和退款",
                    "<p>签收后 7 天内可无理由退货。在“我的订单”中选择订单，点击“申请售后”，填写原因并上传照片。</p>" + "<p>仓库收到退货后 3 个工作日内原路退款。</p>",
                    null,
                    "售后服务",
                    null,
                    "zh-CN",
                    List.of("退货", "退款")),
            new ArticleDraft(
                    ArticleKind.GLOSSARY,
                    "配网",
                    "<p>配网：让智能设备连上家里的 WiFi 并绑定到您的 App 账号的过程。</p>",
                    null,
                    "术语",
                    null,
                    "zh-CN",
                    List.of("配网")));

    private DemoArticles() {}

    /** Writes the articles as {@code editor}: all but the last draft published. */
    static void write(Articles articles, Actor editor) {
        for (ArticleDraft draft : PUBLISHED) {
            long id = articles.create(draft, "首版", editor).id();
            articles.move(id, ArticleStatus.PUBLISHED, editor);
        }
        articles.create(
                new ArticleDraft(
                        ArticleKind.FAQ,
                        "插座定时开关设置（草稿）",
                        "<p>在 App 的插座页面点击“定时”，添加开关时间。</p>",
                        null,
                        "使用问题",
                        "智能插座 P1",
                        "zh-CN",
                        List.of("定时")),
                "待补充截图",
                editor);
    }
}
