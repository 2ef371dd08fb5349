package io.loopdesk.demo;

import static io.loopdesk.ticket.value.FeedbackType.COMPLAINT;
import static io.loopdesk.ticket.value.FeedbackType.CONSULTATION;
import static io.loopdesk.ticket.value.FeedbackType.FAULT;
import static io.loopdesk.ticket.value.FeedbackType.SUGGESTION;
import static io.loopdesk.ticket.value.Urgency.CRITICAL;
import static io.loopdesk.ticket.value.Urgency.NORMAL;
import static io.loopdesk.ticket.value.Urgency.URGENT;

import java.util.List;

/**
 * The problems demo customers report: a smart-home brand hosted on an IoT platform (seed 000, 001) and a
 * live-streaming shop (seed 002), plus the e-commerce technical support of seed 004.
 */
final class DemoCatalogue {

    private DemoCatalogue() {}

    static final List<Problem> SMART_HOME = List.of(
            new Problem(
                    "technical.network",
                    FAULT,
                    URGENT,
                    "智能门锁 X2",
                    "门锁频繁离线，App 显示设备不在线",
                    "从前天开始，家里的智能门锁 X2 在 App 里一直显示离线，重启路由器和门锁都没有用。门锁本身还能用指纹开，但远程开锁和开门记录都看不到了，家里老人需要远程开门，很着急。",
                    "Smart lock keeps going offline in the app",
                    "Since two days ago my X2 smart lock shows as offline in the app. Restarting the router and the lock did not help. Fingerprint unlocking still works, but remote unlocking and the door log are gone."),
            new Problem(
                    "technical.network",
                    FAULT,
                    NORMAL,
                    "智能摄像头 C3",
                    "摄像头配网失败，一直卡在 95%",
                    "新买的 C3 摄像头按说明书配网，每次都卡在 95% 然后提示超时。路由器是 2.4G 和 5G 双频合一的，已经试过靠近路由器、重置摄像头三次，还是不行，请问是不是需要单独开 2.4G？",
                    "Camera pairing fails at 95%",
                    "The new C3 camera fails to pair every time at 95% with a timeout. My router combines 2.4 GHz and 5 GHz under one name. I reset the camera three times and tried next to the router. Do I need a separate 2.4 GHz network?"),
            new Problem(
                    "technical.client",
                    FAULT,
                    NORMAL,
                    "Acme Home App",
                    "App 升级到 5.2 后打开就闪退",
                    "昨天 App 自动升级到 5.2.0 之后，每次打开几秒钟就闪退，手机是 iPhone 13，系统 iOS 18.1。卸载重装后还是一样，所有设备都控制不了了，麻烦尽快处理。",
                    "App crashes on start after update to 5.2",
                    "After the app updated itself to 5.2.0 yesterday it crashes a few seconds after opening. iPhone 13 on iOS 18.1. Reinstalling did not help and I cannot control any of my devices now."),
            new Problem(
                    "technical.client",
                    FAULT,
                    URGENT,
                    "Acme Home App",
                    "无法登录，提示账号或密码错误",
                    "今天早上开始无法登录 App，一直提示账号或密码错误，但我确认密码没有改过，用找回密码收不到短信验证码。家里的摄像头和门锁都绑定在这个账号上。",
                    "Cannot log in: wrong username or password",
                    "Since this morning the app says my account or password is wrong, but I have not changed it, and the password reset SMS never arrives. My camera and lock are bound to this account."),
            new Problem(
                    "technical.server",
                    FAULT,
                    CRITICAL,
                    "智能摄像头 C3",
                    "云存储录像全部无法回放",
                    "我们门店装了 12 台 C3 摄像头并开通了云存储，今天上午起所有摄像头的云录像都无法回放，点进去一直转圈。店里昨晚发生了失窃，急需调取录像报警使用，请务必今天处理。",
                    "Cloud recordings cannot be played back",
                    "Our shop has 12 C3 cameras with cloud storage. Since this morning no cloud recording plays back, it just keeps loading. There was a theft last night and we need the footage for the police today."),
            new Problem(
                    "technical.server",
                    FAULT,
                    URGENT,
                    "扫地机器人 R5",
                    "定时清扫任务不执行",
                    "在 App 里给扫地机器人 R5 设置了每天上午十点的定时清扫，最近一周都没有执行，手动启动是正常的。时区设置是北京时间，固件已经是最新版本。",
                    "Scheduled cleaning does not run",
                    "I scheduled the R5 robot vacuum for 10:00 every day in the app. For a week it has not run, while starting it by hand works. The time zone is Beijing time and the firmware is up to date."),
            new Problem(
                    "technical.client",
                    FAULT,
                    NORMAL,
                    "智能插座 P1",
                    "插座固件升级失败后无法控制",
                    "智能插座 P1 提示有固件更新，升级到一半失败了，现在指示灯一直红色闪烁，App 里控制没有反应，长按按钮重置也没有用，请问怎么恢复？",
                    "Socket unresponsive after failed firmware update",
                    "The P1 smart socket offered a firmware update that failed halfway. Now its light blinks red, the app cannot control it, and a long press to reset does nothing. How do I recover it?"),
            new Problem(
                    "commercial.returns",
                    COMPLAINT,
                    NORMAL,
                    "扫地机器人 R5",
                    "七天无理由退货申请一直没人处理",
                    "扫地机器人 R5 收到第三天申请了七天无理由退货，已经过去五天了还没有人审核，客服电话也一直占线。包装和配件都是完整的，希望尽快安排上门取件。",
                    "Return request not handled for five days",
                    "I asked to return the R5 robot vacuum on day three under the 7-day no-reason policy. Five days later nobody has reviewed it and the hotline is always busy. Packaging and accessories are complete."),
            new Problem(
                    "commercial.logistics",
                    COMPLAINT,
                    NORMAL,
                    "智能门锁 X2",
                    "安装师傅迟迟没有上门",
                    "购买智能门锁 X2 时选择了免费上门安装，约定的是周六上午，结果师傅没来也没有电话通知，现在旧锁已经拆了门关不上，请尽快安排师傅上门。",
                    "Installer never showed up",
                    "I bought the X2 lock with free installation booked for Saturday morning. Nobody came or called. The old lock is already removed and the door cannot be locked. Please send someone soon."),
            new Problem(
                    "consultation",
                    CONSULTATION,
                    NORMAL,
                    "智能摄像头 C3",
                    "如何把摄像头共享给家人",
                    "想把客厅的 C3 摄像头共享给父母，让他们在自己的手机上也能看实时画面，但不想让他们能删除设备或改设置，请问在 App 里应该怎么操作？有没有权限可以设置？",
                    "How do I share a camera with my family?",
                    "I want my parents to watch the living-room C3 camera live on their own phones, but they must not delete the device or change settings. How do I do that in the app, and can I set permissions?"),
            new Problem(
                    "consultation",
                    CONSULTATION,
                    NORMAL,
                    "Acme Home App",
                    "能否接入小爱同学和天猫精灵",
                    "家里有小爱音箱和天猫精灵，请问 Acme 的门锁和插座能不能接入语音控制？如果可以，具体需要在哪个页面绑定，是否需要额外付费？",
                    "Does it work with voice assistants?",
                    "We have Xiaomi and Tmall voice speakers at home. Can Acme locks and sockets be controlled by voice? If so, where in the app do I link them, and does it cost extra?"),
            new Problem(
                    "suggestion",
                    SUGGESTION,
                    NORMAL,
                    "Acme Home App",
                    "建议增加开门记录导出功能",
                    "我们是小型民宿，用了 8 把 X2 门锁，每个月需要统计入住的开门记录，现在只能在 App 里一条条看。建议增加按时间段导出 Excel 的功能，方便对账和安全管理。",
                    "Please add export of the door log",
                    "We run a small guesthouse with eight X2 locks and need the door log every month. Today we can only scroll through it in the app. Please add an export to Excel by date range for accounting and safety."));

    static final List<Problem> LIVE_SHOP = List.of(
            new Problem(
                    "technical.stream",
                    FAULT,
                    URGENT,
                    "星海直播 App",
                    "直播间卡顿严重，画面一直转圈",
                    "晚上八点后进入任何直播间都非常卡，画面几秒就转圈，声音断断续续。家里宽带 500M，测速正常，换成 4G 也一样，其他视频 App 都正常，只有星海直播有问题。",
                    "Live streams stutter and keep buffering",
                    "After 8 pm every live room stutters badly, the picture buffers every few seconds and the sound breaks up. My broadband is 500 Mbit and tests fine, 4G is the same, and other video apps work."),
            new Problem(
                    "technical.stream",
                    FAULT,
                    CRITICAL,
                    "主播后台",
                    "开播后观众端黑屏，主播端正常",
                    "我是签约主播，今天开播后主播端画面正常，但所有观众反馈只有声音没有画面，是黑屏。已经重新推流两次，换了 OBS 设置也没用，直播带货活动正在进行，损失很大。",
                    "Viewers see a black screen while I stream",
                    "I am a contracted streamer. Since I went live my side looks fine, but all viewers see a black screen with sound only. I restarted the stream twice and changed OBS settings. A sales event is running right now."),
            new Problem(
                    "technical.stream",
                    FAULT,
                    NORMAL,
                    "星海直播 App",
                    "音画不同步，声音比画面快两秒",
                    "观看直播时声音总是比画面快大约两秒，主播说话口型对不上，切换清晰度以后好一会儿又出现，安卓手机小米 14，App 是最新版本。",
                    "Audio two seconds ahead of the picture",
                    "When watching streams the sound runs about two seconds ahead of the picture. Switching quality helps briefly. Xiaomi 14 on Android, latest app version."),
            new Problem(
                    "technical.client",
                    FAULT,
                    NORMAL,
                    "星海直播 App",
                    "直播回放录制失败",
                    "昨晚三个小时的直播结束后，回放一直显示录制失败，无法生成。这是和品牌方约定要提供的回放素材，请问能否从服务器恢复？",
                    "Stream recording failed",
                    "After last night's three-hour stream the replay shows 'recording failed'. We promised the replay to a brand partner. Can it be recovered from the server?"),
            new Problem(
                    "technical.client",
                    FAULT,
                    URGENT,
                    "星海直播 App",
                    "登录异常，提示账号存在风险",
                    "今天登录时提示账号存在安全风险被限制登录，我没有做过任何违规操作，账号里还有未提现的收益，希望尽快核实解除限制。",
                    "Login blocked: account flagged as risky",
                    "Today the app blocked my login saying my account is at risk. I did nothing against the rules, and the account holds earnings I have not withdrawn yet. Please check and lift the block."),
            new Problem(
                    "content.vulgar",
                    COMPLAINT,
                    URGENT,
                    "星海直播 App",
                    "举报某直播间内容低俗",
                    "直播间 ID 88231 的主播多次在直播中使用低俗语言并做出不雅动作，直播间里有很多未成年人观看，已经在 App 里举报过两次没有处理结果，请平台尽快核查。",
                    "Reporting vulgar content in a live room",
                    "The streamer of live room 88231 repeatedly uses vulgar language and indecent gestures while many minors watch. I reported it twice in the app without any result. Please check quickly."),
            new Problem(
                    "content.false-ads",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "主播虚假宣传保健品功效",
                    "直播间里主播宣称某款保健品可以治疗高血压、三个月根治，这明显是虚假宣传，我家老人已经下单了。希望平台处理这个主播，并帮助我们退款。",
                    "Streamer makes false health claims",
                    "A streamer claims a supplement cures high blood pressure within three months. That is false advertising, and my elderly parent already ordered it. Please act against the streamer and help us get a refund."),
            new Problem(
                    "content.harassment",
                    COMPLAINT,
                    URGENT,
                    "星海直播 App",
                    "在直播间被其他用户骚扰",
                    "最近一周在多个直播间被同一个用户私信骚扰，发送辱骂和威胁的话，拉黑后换小号继续骚扰。已经截图保存证据，希望平台封禁并保护我的个人信息。",
                    "Harassed by another user in live rooms",
                    "For a week the same user has been harassing me by private message in several live rooms, with insults and threats. After I blocked him he came back with new accounts. I kept screenshots."),
            new Problem(
                    "commercial.quality",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "直播间买的羽绒服质量问题",
                    "在直播间买的羽绒服，穿了两次就开始大量跑绒，拉链也坏了。联系商家说不在退换期内不给处理，但是明明才收到十二天，希望平台介入。",
                    "Down jacket from a live room is faulty",
                    "A down jacket bought in a live room sheds down after two wears and the zip broke. The merchant refuses because 'the return period is over', but I received it only twelve days ago. Please step in."),
            new Problem(
                    "commercial.not-as-described",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "收到的商品和直播展示的不一样",
                    "直播时展示的是真皮手提包，收到的是人造革，颜色也不一样，做工很粗糙。商家客服一直不回复消息，订单号已经附上，请求退货退款。",
                    "Item not as shown in the stream",
                    "The stream showed a genuine leather handbag; I received imitation leather in another colour with poor workmanship. The merchant does not answer. I added the order number and ask for a refund."),
            new Problem(
                    "commercial.delivery",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "下单十天还没有发货",
                    "双十一在直播间下单的商品，页面承诺 48 小时内发货，现在已经十天了还显示待发货，联系商家只说在排队。想问一下平台能否催促发货或者给我退款。",
                    "Not shipped ten days after ordering",
                    "I ordered in a live room on Singles' Day with shipping promised within 48 hours. Ten days later it still says 'awaiting shipment' and the merchant only says it is queued. Can you push them or refund me?"),
            new Problem(
                    "commercial.returns",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "退货寄回后迟迟不退款",
                    "一周前按商家要求把商品寄回，物流显示商家已经签收四天了，但是退款一直没有到账，商家也不处理，请平台帮忙跟进退款进度。",
                    "Refund not paid after returning the item",
                    "A week ago I returned the item as the merchant asked. Tracking shows they received it four days ago, yet no refund has arrived and the merchant does nothing. Please follow up."),
            new Problem(
                    "commercial.merchant-attitude",
                    COMPLAINT,
                    NORMAL,
                    "直播间购物",
                    "商家客服态度恶劣",
                    "咨询商品尺码问题时，商家客服态度非常差，说话带有侮辱性，还把我拉黑了。作为消费者感觉很不被尊重，希望平台对商家进行处理。",
                    "Merchant support was rude",
                    "When I asked about sizes, the merchant's support was very rude, used insulting words and then blocked me. As a customer I feel disrespected and ask the platform to act."),
            new Problem(
                    "suggestion",
                    SUGGESTION,
                    NORMAL,
                    "星海直播 App",
                    "建议增加直播回放倍速播放",
                    "很多带货直播时间很长，回看的时候想快速找到某个商品的讲解，建议回放支持 1.5 倍和 2 倍速播放，并且能按商品讲解时间点跳转，会方便很多。",
                    "Please add faster playback for replays",
                    "Sales streams are long and I want to find one product's segment quickly. Please support 1.5x and 2x playback in replays and jumping to each product's segment."),
            new Problem(
                    "consultation",
                    CONSULTATION,
                    NORMAL,
                    "主播后台",
                    "新主播如何开通带货权限",
                    "我是新入驻的主播，粉丝已经过千了，想开通直播带货功能，请问需要满足哪些条件，需要准备什么资料，审核大概需要多长时间？",
                    "How does a new streamer get selling rights?",
                    "I am a new streamer with over a thousand followers and want to sell in my streams. What are the requirements, which documents do I need, and how long does the review take?"));

    /** Staff replies that move a ticket forward, by language. */
    static final List<String> ZH_REPLIES = List.of(
            "您好，已收到您的反馈，我们正在排查，请您保持手机畅通，有进展会第一时间通知您。",
            "您好，麻烦您提供一下设备序列号和问题出现时的截图，方便我们进一步定位原因。",
            "您好，问题已经定位：是服务端配置异常导致的，我们已修复，请您重启 App 后再试一下。",
            "您好，工程师已远程排查，建议您先按以下步骤操作：一、重启设备；二、更新到最新版本；三、重新绑定。");

    static final List<String> EN_REPLIES = List.of(
            "Hello, thank you for reporting this. We are looking into it and will let you know as soon as we know more.",
            "Hello, could you send us the device serial number and a screenshot from when the problem occurs?",
            "Hello, we found the cause: a server-side setting was wrong and has been fixed. Please restart the app and try again.",
            "Hello, our engineer checked remotely. Please try: one, restart the device; two, update to the latest version; three, pair it again.");

    static final List<String> ZH_NAMES =
            List.of("王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴昊", "徐丽", "孙杰");

    static final List<String> EN_NAMES =
            List.of("Emma Walker", "Liam Chen", "Olivia Brown", "Noah Schmidt", "Ava Martin", "Lucas Rossi");

    static final List<String> CITIES = List.of("上海", "北京", "杭州", "深圳", "成都", "武汉", "Singapore", "London");
}
