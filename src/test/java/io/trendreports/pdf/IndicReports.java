package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

/**
 * Reports in Hindi (Devanagari) and Telugu, written for these tests: a few numbered sections each,
 * with the conjuncts, vowel signs, nuktas and dandas of everyday text, and in Telugu a zero-width
 * non-joiner inside a loanword, as Telugu writers type it.
 */
final class IndicReports {

    static final String HI_TITLE = "कृत्रिम बुद्धिमत्ता रुझान रिपोर्ट";
    static final String HI_OPEN_TITLE = "खुले स्रोत वाले मॉडलों का उदय";
    static final String HI_HEALTH_TITLE = "स्वास्थ्य और शिक्षा में प्रयोग";
    static final String HI_RULES_TITLE = "नियमन और पारदर्शिता";
    static final String HI_OPEN = "पिछले एक वर्ष में खुले स्रोत वाले भाषा मॉडलों की संख्या तेज़ी से बढ़ी है। "
            + "कई कंपनियाँ अब इन्हें अपने सर्वरों पर चलाती हैं, ताकि ग्राहकों का डेटा सुरक्षित रहे।";
    static final String HI_HEALTH = "अस्पतालों में डॉक्टर एक्स-रे और जाँच रिपोर्टों का प्रारंभिक विश्लेषण पाने के लिए "
            + "नए उपकरणों का उपयोग कर रहे हैं। कार्यों की क्षति कम हुई और अंतिम निर्णय अब भी विशेषज्ञ ही लेते हैं।";
    static final String HI_RULES = "स्थिति यह है कि सरकार ने कंपनियों से कहा है कि वे बताएँ कि उनके मॉडल किस डेटा पर प्रशिक्षित हुए हैं। "
            + "उपभोक्ता संगठनों ने इस कदम का स्वागत किया और कार्यान्वयन की समय-सीमा पूछी।";

    static final String TE_TITLE = "కృత్రిమ మేధ ధోరణుల నివేదిక";
    static final String TE_OPEN_TITLE = "ఓపెన్ సోర్స్ నమూనాల పెరుగుదల";
    static final String TE_FARM_TITLE = "వ్యవసాయంలో కొత్త సాధనాలు";
    static final String TE_PUBLIC_TITLE = "ప్రభుత్వ సేవలు మరియు నియంత్రణ";
    static final String TE_OPEN = "గత సంవత్సరంలో ఓపెన్ సోర్స్ భాషా నమూనాల సంఖ్య బాగా పెరిగింది. "
            + "చాలా సంస్థలు వినియోగదారుల సమాచారాన్ని రక్షించడానికి వాటిని తమ సొంత సర్వర్లపై నడుపుతున్నాయి.";
    static final String TE_FARM = "రైతులు వాతావరణ సూచనలు మరియు పంట ధరలను తమ ఫోన్లలో తెలుగులోనే అడిగి తెలుసుకుంటున్నారు. "
            + "ఈ సేవలు గ్రామాల్లో వేగంగా విస్తరిస్తున్నాయి.";
    static final String TE_PUBLIC = "రాష్ట్ర ప్రభుత్వం పౌరుల ఫిర్యాదులను స్వీకరించడానికి చాట్\u200Cబాట్\u200Cను ప్రయోగాత్మకంగా "
            + "ప్రారంభించింది. సంక్లిష్టమైన ప్రశ్నలకు ఇప్పటికీ అధికారులే సమాధానం ఇస్తారు.";

    private IndicReports() {
    }

    static InMemoryRunSnapshot hindi() {
        return run(
                section("hi-2025", HI_TITLE, "hi", 1, HI_OPEN_TITLE, "open-source", HI_OPEN,
                        List.of("भाषा मॉडल", "डेटा सुरक्षा"), List.of("भारतीय प्रौद्योगिकी संस्थान"), List.of("वित्त")),
                section("hi-2025", HI_TITLE, "hi", 2, HI_HEALTH_TITLE, "multimodal", HI_HEALTH,
                        List.of("प्रारंभिक विश्लेषण"), List.of("अखिल भारतीय आयुर्विज्ञान संस्थान"), List.of("स्वास्थ्य")),
                section("hi-2025", HI_TITLE, "hi", 3, HI_RULES_TITLE, "regulation", HI_RULES,
                        List.of("पारदर्शिता"), List.of("इलेक्ट्रॉनिकी मंत्रालय"), List.of("वित्त")));
    }

    static InMemoryRunSnapshot telugu() {
        return run(
                section("te-2025", TE_TITLE, "te", 1, TE_OPEN_TITLE, "open-source", TE_OPEN,
                        List.of("భాషా నమూనాలు"), List.of("హైదరాబాద్ విశ్వవిద్యాలయం"), List.of("ఐటీ")),
                section("te-2025", TE_TITLE, "te", 2, TE_FARM_TITLE, "multimodal", TE_FARM,
                        List.of("వాతావరణ సూచనలు"), List.of("ఇస్రో"), List.of("వ్యవసాయం")),
                section("te-2025", TE_TITLE, "te", 3, TE_PUBLIC_TITLE, "regulation", TE_PUBLIC,
                        List.of("ఫిర్యాదులు"), List.of("ఆంధ్రప్రదేశ్ ప్రభుత్వం"), List.of("ప్రజా సేవలు")));
    }

    /** One section in each of the other bundled scripts: Bengali, Gujarati, Gurmukhi, Odia, Tamil, Kannada, Malayalam, Thai. */
    static final List<List<String>> OTHER_SCRIPTS = List.of(
            List.of("bn", "কৃষিতে নতুন প্রযুক্তি", "কৃষকেরা এখন মোবাইলে আবহাওয়ার খবর পান। শিক্ষার্থীরা নতুন কোর্সে ভর্তি হচ্ছে।"),
            List.of("gu", "નવી ટેકનોલોજી", "ગુજરાતમાં સ્થિતિ ઝડપથી બદલાઈ રહી છે. વિદ્યાર્થીઓ કાર્યક્રમમાં જોડાયા."),
            List.of("pa", "ਖੇਤੀ ਵਿੱਚ ਤਕਨੀਕ", "ਕਿਸਾਨ ਹੁਣ ਫ਼ੋਨ ਉੱਤੇ ਮੌਸਮ ਦੀ ਜਾਣਕਾਰੀ ਲੈਂਦੇ ਹਨ।"),
            List.of("or", "ନୂଆ ପ୍ରଯୁକ୍ତି", "ଓଡ଼ିଶାରେ ଛାତ୍ରମାନେ କମ୍ପ୍ୟୁଟର ଶିଖୁଛନ୍ତି।"),
            List.of("ta", "புதிய தொழில்நுட்பம்", "விவசாயிகள் இப்போது கைபேசியில் வானிலை செய்திகளைப் பெறுகின்றனர்."),
            List.of("kn", "ಹೊಸ ತಂತ್ರಜ್ಞಾನ", "ಬೆಂಗಳೂರಿನ ಕಂಪನಿಗಳು ಹೊಸ ಸೇವೆಗಳನ್ನು ಆರಂಭಿಸಿವೆ."),
            List.of("ml", "പുതിയ സാങ്കേതികവിദ്യ", "കേരളത്തിലെ വിദ്യാർത്ഥികൾ പുതിയ കോഴ്സുകളിൽ ചേരുന്നു."),
            List.of("th", "เทคโนโลยีใหม่", "เกษตรกรใช้โทรศัพท์เพื่อดูพยากรณ์อากาศทุกวัน"));

    /** A report of {@link #OTHER_SCRIPTS}, a section in each script. */
    static InMemoryRunSnapshot otherScripts() {
        List<TrendRecord> records = new ArrayList<>();
        for (int i = 0; i < OTHER_SCRIPTS.size(); i++) {
            List<String> script = OTHER_SCRIPTS.get(i);
            records.add(section("scripts-2025", "Eight scripts", "mul", i + 1, script.get(1), "other", script.get(2),
                    List.of(script.get(1)), List.of(script.get(1)), List.of(script.get(0))));
        }
        return run(records.toArray(TrendRecord[]::new));
    }

    private static InMemoryRunSnapshot run(TrendRecord... records) {
        return new InMemoryRunSnapshot(SampleRuns.THEMES, new ArrayList<>(List.of(records)));
    }

    private static TrendRecord section(String reportId, String title, String language, int no, String sectionTitle,
                                       String themeId, String summary, List<String> keyTerms, List<String> entities,
                                       List<String> sectors) {
        TrendRecord base = SampleRuns.record(reportId, title, "2025", no, sectionTitle, themeId, 30);
        return new TrendRecord(base.reportId(), title, base.period(), language, base.sourceFile(),
                base.sourceSha256(), no, sectionTitle, base.themeId(), base.themeLabel(), base.themeScore(),
                summary, keyTerms, entities, sectors, summary.split(" ").length, 2, base.sharePct());
    }
}
