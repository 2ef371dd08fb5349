package io.loopdesk.routing.classify;

import java.util.List;

/** A small labelled set, Chinese and English, for tests of the learned classifier. */
final class TrainingExamples {

    private TrainingExamples() {}

    static List<TrainingExample> threeCategories() {
        return List.of(
                new TrainingExample("technical.client", "App 一打开就闪退，手机是 iPhone 13"),
                new TrainingExample("technical.client", "更新到新版本以后闪退，卸载重装也打不开"),
                new TrainingExample("technical.client", "无法登录，一直提示密码错误"),
                new TrainingExample("technical.client", "登录失败，收不到短信验证码"),
                new TrainingExample("technical.client", "The app crashes right after it starts"),
                new TrainingExample("technical.client", "I cannot log in, it says my password is wrong"),
                new TrainingExample("commercial.returns", "申请退货一个星期了一直没人处理"),
                new TrainingExample("commercial.returns", "退货寄回后商家迟迟不退款"),
                new TrainingExample("commercial.returns", "想换货，商家不同意，七天无理由也不给退"),
                new TrainingExample("commercial.returns", "My return request has been ignored for a week"),
                new TrainingExample("commercial.returns", "The refund was not paid after I returned the item"),
                new TrainingExample("technical.stream", "直播间卡顿严重，画面一直转圈"),
                new TrainingExample("technical.stream", "观众那边黑屏，只有声音没有画面"),
                new TrainingExample("technical.stream", "看直播音画不同步，声音比画面快"),
                new TrainingExample("technical.stream", "The live stream stutters and keeps buffering"),
                new TrainingExample("technical.stream", "Viewers only see a black screen while I stream"));
    }
}
