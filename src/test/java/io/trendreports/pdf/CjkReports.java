package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

/**
 * Reports in Chinese (simplified, with one section in traditional characters), Japanese and
 * Korean, written for these tests: a few sentences each, with the punctuation each language uses.
 */
final class CjkReports {

    static final String ZH_TITLE = "人工智能趋势报告";
    static final String ZH_OPEN = "过去一年，开源大模型的数量明显增加。许多企业开始在自己的服务器上部署模型，"
            + "以便更好地保护客户数据。社区贡献的评测工具也让不同模型之间的比较变得更加透明。";
    static final String ZH_MULTIMODAL = "能够同时理解图片、语音和文字的系统正在进入医疗和教育领域。"
            + "医生可以上传影像资料并得到初步的分析建议，但最终判断仍由专业人员负责。";
    static final String ZH_TRADITIONAL = "臺灣與香港的金融機構對語言模型的興趣持續升溫。"
            + "監管單位要求業者說明資料來源，並定期檢查模型輸出是否公平。";

    static final String JA_TITLE = "生成AI動向レポート";
    static final String JA_ADOPTION = "多くの企業が、社内文書の検索や要約に生成AIを使い始めている。"
            + "導入の初期費用は下がったが、回答の正確さをどう確かめるかが新しい課題になっている。";
    static final String JA_EDUCATION = "大学や専門学校では、プログラミングの授業に対話型のアシスタントを取り入れる例が増えた。"
            + "学生は質問しやすくなった一方で、自分で考える時間をどう確保するかが議論されている。";

    static final String KO_TITLE = "인공지능 산업 동향";
    static final String KO_CHIPS = "대형 언어 모델을 학습시키려면 많은 연산 자원이 필요하다. "
            + "그래서 국내 반도체 기업들은 고대역폭 메모리 생산을 크게 늘리고 있다.";
    static final String KO_PUBLIC = "여러 지방 자치단체가 민원 상담에 챗봇을 시범 도입했다. "
            + "주민들은 밤에도 답변을 받을 수 있어 만족도가 높았지만, 복잡한 문의는 여전히 담당 공무원이 처리한다.";

    private CjkReports() {
    }

    static InMemoryRunSnapshot chinese() {
        return run(
                section("zh-2025", ZH_TITLE, 1, "开源模型的兴起", "open-source", ZH_OPEN,
                        List.of("开源", "私有部署"), List.of("华为", "腾讯"), List.of("金融")),
                section("zh-2025", ZH_TITLE, 2, "多模态应用", "multimodal", ZH_MULTIMODAL,
                        List.of("影像", "语音"), List.of("腾讯"), List.of("医疗", "教育")),
                section("zh-2025", ZH_TITLE, 3, "繁體中文市場觀察", "regulation", ZH_TRADITIONAL,
                        List.of("監管", "公平"), List.of("臺灣大學"), List.of("金融")));
    }

    static InMemoryRunSnapshot japanese() {
        return run(
                section("ja-2025", JA_TITLE, 1, "業務への導入", "model-scaling", JA_ADOPTION,
                        List.of("文書検索", "要約"), List.of("トヨタ", "ソニー"), List.of("製造")),
                section("ja-2025", JA_TITLE, 2, "人材と教育", "other", JA_EDUCATION,
                        List.of("プログラミング"), List.of("ソニー"), List.of("教育")));
    }

    static InMemoryRunSnapshot korean() {
        return run(
                section("ko-2025", KO_TITLE, 1, "반도체 수요", "model-scaling", KO_CHIPS,
                        List.of("고대역폭 메모리"), List.of("삼성전자", "네이버"), List.of("제조")),
                section("ko-2025", KO_TITLE, 2, "공공 서비스", "other", KO_PUBLIC,
                        List.of("챗봇", "민원"), List.of("네이버"), List.of("공공")));
    }

    /** One Chinese report whose summary is {@code sentences} sentences without a single space. */
    static InMemoryRunSnapshot longChinese(int sentences) {
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            summary.append(i % 2 == 0 ? ZH_OPEN : ZH_MULTIMODAL);
        }
        return run(section("zh-long", ZH_TITLE, 1, "开源模型的兴起与多模态应用的普及，以及它们对各行各业的长期影响",
                "open-source", summary.toString(), List.of("开源"), List.of("华为"), List.of("金融")));
    }

    private static InMemoryRunSnapshot run(TrendRecord... records) {
        return new InMemoryRunSnapshot(SampleRuns.THEMES, new ArrayList<>(List.of(records)));
    }

    private static TrendRecord section(String reportId, String title, int no, String sectionTitle, String themeId,
                                       String summary, List<String> keyTerms, List<String> entities,
                                       List<String> sectors) {
        TrendRecord base = SampleRuns.record(reportId, title, "2025", no, sectionTitle, themeId, 30);
        return new TrendRecord(base.reportId(), title, base.period(), reportId.substring(0, 2), base.sourceFile(),
                base.sourceSha256(), no, sectionTitle, base.themeId(), base.themeLabel(), base.themeScore(),
                summary, keyTerms, entities, sectors, summary.length(), 2, base.sharePct());
    }
}
