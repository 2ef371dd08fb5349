package io.loopdesk.notification.robot;

/**
 * The company-IM whose group robot a message goes to; each has its own message format, signature and answer
 * ({@link RobotPost}).
 */
public enum RobotVendor {
    /** 企业微信 group robot: {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}; no signature. */
    WECOM,
    /** 钉钉 custom robot: {@code https://oapi.dingtalk.com/robot/send?access_token=…}; "加签" secret optional. */
    DINGTALK,
    /** 飞书 custom bot: {@code https://open.feishu.cn/open-apis/bot/v2/hook/…}; "签名校验" secret optional. */
    FEISHU
}
