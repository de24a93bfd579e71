package io.trendreports.source;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises headings of the parts of a report that frame the trends rather than state one:
 * introduction, summary, conclusion, recommendations, methodology, about, references,
 * appendix, table of contents, ... in the languages reports commonly come in. Such a part at section level is
 * kept as report notes, so that it neither becomes a trend record (diluting theme shares) nor is
 * glued onto the trend before it.
 *
 * <p>A heading is a note heading when it is one of these names, optionally followed by a colon or
 * dash and more words ("Appendix: survey questions", "Anhang: Methodik") or joined to another
 * with "and" ("Conclusion and outlook"). "Sources of bias" is not: the name must stand alone. An
 * outlook is content: what lies ahead for the subject is what a reader of a trend report acts on.
 */
final class NoteHeadings {

    private static final List<String> NAMES = List.of(
            // English
            "introduction", "foreword", "preface", "executive summary", "summary", "overview of the report",
            "key takeaways", "conclusion", "conclusions", "final conclusion", "final conclusions", "concluding remarks", "closing remarks",
            "final thoughts", "recommendations", "next steps", "methodology", "method", "methods",
            "about", "about us", "about this report", "about the authors", "about the author", "authors",
            "references", "reference", "sources", "bibliography", "further reading", "appendix", "appendices", "annex",
            "acknowledgements", "acknowledgments", "disclaimer", "disclaimers", "glossary", "contact", "contacts",
            "table of contents", "contents", "additional reading", "background", "highlights", "key highlights",
            "closing", "closing thoughts", "prompt", "prompts", "próximas etapas", "próximos passos", "próximos pasos",
            "prossimi passi", "prochaines étapes", "nächste schritte",
            "excluded items", "collected but excluded", "수집했지만 제외한 것", "제외한 것", "제외 항목", "제외된 항목", "editor's note", "editor's analysis",
            "editorial note", "data sources", "sources and methods", "sources and methodology", "citations", "works cited", "sources cited", "sources consulted",
            "scope", "metadata", "objective", "objectives", "purpose", "photos", "gallery", "fotos", "tl;dr", "tldr", "abstract", "overview", "report overview",
            "executive overview", "in summary", "summary and conclusion", "wrap-up", "wrapping up", "key facts",
            "at a glance", "notes", "action items", "disclosures", "disclosure", "disclosures and disclaimers",
            "extracted content", "full extracted content", "contenido extraído", "contenido extraído completo",
            "conteúdo extraído", "приложения", "список источников", "original query", "research question", "research questions", "data source",
            "search results", "primary search results", "extracted content analysis", "quality assessment",
            "research quality assessment", "validation summary", "flagged claims", "unverified claims",
            "open questions", "unanswered questions", "areas for further investigation", "areas for further research",
            "what we could not verify", "what we could not confirm", "analysis overview", "research overview",
            "survey overview", "study overview",
            "limitations", "study limitations", "research limitations", "data limitations", "known limitations",
            "limitations of the study", "limitations of this report", "additional notes", "further notes", "final notes",
            "missing information", "missing data", "information gaps", "data gaps", "recommended actions",
            "suggested actions", "data", "dataset", "datasets", "data description", "data overview",
            "hashtags", "tags", "keywords", "key words", "pro tips", "short answer", "the short answer", "bottom line",
            "the bottom line", "run info", "run information", "run details", "run metadata", "review feedback",
            "reviewer feedback", "critic feedback", "quality review", "caveats", "important caveats", "key caveats",
            "key limitations", "limitations and uncertainties", "key limitations and uncertainties",
            "reference data", "footnotes", "research initialization", "research initiation", "research setup",
            "research methodology", "research methods", "research metadata",
            "key points", "key citations", "research gaps", "knowledge gaps", "confidence assessment", "confidence", "source notes",
            "how this report was generated", "how this report was made", "useful links", "links úteis",
            "enlaces útiles", "liens utiles", "nützliche links", "link utili", "知识缺口", "知識缺口", "方法论反思",
            "方法論反思", "检查清单", "檢查清單", "核心文献索引", "文献索引", "文獻索引", "关键概念", "關鍵概念", "来源列表", "來源列表", "来源清单", "來源清單", "giới thiệu tổng quan", "final tips", "papers", "key papers",
            "key concepts", "key concepts and definitions", "definitions", "key terms and definitions", "future research",
            "future work", "directions for future research", "summary table", "overview table",
            "research process", "research log", "process notes", "research process notes", "cross-references", "cross references", "see also", "related reading", "source index", "sources index",
            "instrumentation", "pipeline summary", "analysis pipeline summary", "telemetry",
            "research context", "research plan", "generated research plan", "retrieval note", "retrieval notes",
            "evidence consistency note", "evidence note", "evidence notes", "human review reminder", "review reminder",
            "transparency note", "transparency", "source log", "sources log", "transparenzhinweis",
            "source files", "source files used", "files used", "input files", "input files used", "inputs used",
            "sponsor", "sponsors", "sponsored", "our sponsor", "today's sponsor", "advertisement", "anzeige",
            "patrocinador", "patrocinado", "publicidad", "publicidade", "sponsorisé",
            // French
            "avant-propos", "préface", "synthèse", "résumé", "en bref", "conclusion générale",
            "recommandations", "méthodologie", "méthode", "à propos", "a propos", "qui sommes-nous",
            "références", "bibliographie", "annexe", "annexes", "remerciements", "avertissement", "glossaire",
            "sommaire", "table des matières", "mots-clés", "mots clés", "résumé exécutif", "conclusions", "présentation", "conclusion finale",
            "conclusions finales", "sources consultées", "sources utilisées", "concepts clés", "définitions",
            "vue d'ensemble", "aperçu", "aperçu général",
            // German
            "einleitung", "einführung", "vorwort", "zusammenfassung", "management summary", "fazit",
            "schlussfolgerung", "schlussfolgerungen", "schlusswort", "empfehlungen", "methodik",
            "methode", "methodologie", "über uns", "über diese studie", "über die studie", "quellen",
            "literatur", "literaturverzeichnis", "anhang", "danksagung", "haftungsausschluss", "glossar",
            "kontakt", "impressum", "schlüsselwörter", "schlagwörter", "danksagungen", "inhalt", "inhaltsverzeichnis", "überblick",
            // Spanish
            "introducción", "prólogo", "prefacio", "resumen", "resumen ejecutivo", "conclusión", "conclusiones",
            "recomendaciones", "metodología", "método", "acerca de", "acerca de nosotros",
            "sobre nosotros", "sobre este informe", "referencias", "fuentes", "bibliografía", "anexo", "anexos",
            "apéndice", "agradecimientos", "aviso legal", "glosario", "contacto", "índice", "tabla de contenidos",
            "conclusión final", "conclusiones finales", "limitaciones", "palabras clave", "datos",
            "contenido", "consideraciones finales", "conceptos clave", "definiciones", "investigaciones futuras",
            "trabajo futuro", "fuentes consultadas", "visión general", "recursos recomendados", "recursos adicionales", "presentación", "objetivo", "objetivos", "reflexiones finales",
            // Italian
            "introduzione", "sintesi", "conclusione", "conclusioni", "metodologia", "chi siamo", "riferimenti",
            "fonti", "fonti consultate", "appendice", "ringraziamenti", "glossario", "indice", "sommario", "considerazioni finali",
            "conclusioni finali", "parole chiave", "panoramica", "panoramica generale",
            // Portuguese
            "introdução", "resumo", "resumo executivo", "sumário", "sumário executivo", "conclusão", "conclusões",
            "considerações finais", "referências", "metodologia", "apêndice", "agradecimentos", "visão geral",
            "recomendações", "apresentação", "fontes", "objetivo", "objetivos", "citações", "conclusão final",
            "conclusões finais", "limitações", "palavras-chave", "dados", "fontes consultadas",
            "conceitos-chave", "conceitos chave", "conceitos e definições chave", "conceitos e definições",
            "definições", "futuras pesquisas", "pesquisas futuras", "trabalhos futuros",
            // Dutch
            "inleiding", "samenvatting", "trefwoorden", "tot slot", "ten slotte", "tenslotte", "afsluiting", "slotwoord", "conclusie", "conclusies", "methodologie", "bronnen", "bijlage", "overzicht", "inhoud", "inhoudsopgave",
            // Turkish
            "giriş", "özet", "yönetici özeti", "sonuç", "sonuçlar", "sonuç ve öneriler", "kaynaklar", "kaynakça",
            "yöntem", "ek", "ekler", "genel bakış", "anahtar kelimeler", "önemli notlar", "içindekiler",
            // Russian
            "введение", "резюме", "краткое содержание", "заключение", "выводы", "методология", "источники",
            "список литературы", "приложение", "содержание", "обзор", "исполнительное резюме", "ключевые слова",
            // Polish
            "wstęp", "wprowadzenie", "podsumowanie", "wnioski", "bibliografia", "załącznik", "spis treści", "przegląd",
            // Indonesian, Vietnamese
            "pendahuluan", "ringkasan", "kesimpulan", "daftar pustaka", "lampiran", "giới thiệu", "tóm tắt",
            "kết luận", "mở đầu", "lời mở đầu", "tài liệu tham khảo", "phụ lục", "mục lục", "bối cảnh", "nguồn", "nguồn tham khảo",
            "từ khóa", "trích dẫn", "trích dẫn nguồn", "trích dẫn thư mục nguồn", "thư mục",
            // Chinese, Japanese, Korean
            "建议", "建議", "对策建议", "對策建議", "引言", "前言", "简介", "调研概述", "調研概述", "研究概述", "报告概述", "報告概述", "报告背景", "報告背景", "研究背景", "背景", "簡介", "概述", "摘要", "执行摘要", "執行摘要", "总结", "總結", "结论", "結論", "结语",
            "結語", "参考文献", "參考文獻", "参考资料", "參考資料", "附录", "附錄", "目录", "目錄", "致谢", "致謝", "方法",
            "研究方法", "はじめに", "序論", "序章", "概要", "エグゼクティブサマリー", "サマリー", "イントロダクション",
            "参考資料", "おわりに", "まとめ", "おわりに", "結論", "参考文献", "付録", "目次", "謝辞",
            "서론", "용어 설명", "용어 정리", "용어집", "개요", "요약", "결론", "맺음말", "참고문헌", "참고 문헌", "부록", "목차", "분석 개요", "조사 개요",
            "연구 개요", "보고서 개요", "출처", "에디터 분석", "편집자 분석", "추가 자료", "추가 읽을거리",
            "관련 자료", "참고 자료", "경영 요약", "배경", "분석 배경", "연구 배경", "추진 배경", "범위", "분석 범위",
            "분석 대상", "조사 범위", "연구 범위", "권고사항", "권고 사항", "권장사항", "권장 사항", "액션 아이템",
            "실행 과제", "첨부", "시사점", "전략적 시사점", "정책적 시사점", "参考文献リスト", "参考資料リスト",
            "参考文献一覧", "参考資料一覧", "参考文献列表", "参考资料列表", "調査概要", "分析概要", "研究概要", "確認できなかったこと", "未確認事項",
            "引用的著作", "引用文献", "参考来源", "參考來源", "数据概览", "數據概覽", "データ概要", "プロンプト", "프롬프트", "提示词", "提示詞", "目的", "研究目的", "调研目的", "調研目的", "研究范围", "研究範圍", "调研范围", "ソース", "ソース一覧", "出典", "情報源", "参考リンク",
            "引用元", "来源", "信息来源", "資料來源", "资料来源", "소스", "참고 링크", "方法论", "方法論", "研究问题", "研究問題", "数据说明",
            "數據說明", "数据来源", "數據來源", "研究限制", "研究局限", "局限性", "限界", "制約事項", "한계", "关键词", "關鍵詞", "キーワード", "키워드", "참고 출처",
            "数据附录", "數據附錄", "概要表", "总结表", "總結表", "汇总表", "彙總表", "산출 파일", "산출물", "산출물 목록",
            "출력 파일", "해석 제한", "해석상 한계", "해석의 한계", "表格数据", "表格數據", "多维表格数据", "多維表格數據", "数据表", "數據表",
            // Arabic, Hindi
            "مقدمة", "المقدمة", "ملخص", "ملخص تنفيذي", "الملخص التنفيذي", "الخلاصة", "خلاصة", "الاستنتاج", "الاستنتاجات",
            "الخاتمة", "خاتمة", "المراجع", "المصادر", "المنهجية", "ملحق", "الملاحق", "परिचय", "सारांश", "निष्कर्ष",
            "संदर्भ", "कार्यप्रणाली", "परिशिष्ट", "कार्यकारी सारांश", "सिफ़ारिशें", "सिफारिशें", "सन्दर्भ", "प्रस्तावना",
            "निष्कर्ष और सिफारिशें", "स्रोत", "भूमिका",
            // Bengali, Marathi, Tamil, Telugu, Urdu, Persian
            "ভূমিকা", "সারসংক্ষেপ", "সারাংশ", "উপসংহার", "তথ্যসূত্র", "সুপারিশ", "প্রস্তাবনা", "परिचय", "सारांश",
            "निष्कर्ष", "शिफारसी", "முன்னுரை", "அறிமுகம்", "சுருக்கம்", "முடிவுரை", "பரிந்துரைகள்", "குறிப்புகள்",
            "పరిచయం", "సారాంశం", "ఎగ్జిక్యూటివ్ సారాంశం", "కార్యనిర్వాహక సారాంశం", "ముగింపు", "తీర్మానం", "తీర్మానాలు",
            "సిఫార్సులు", "సూచనలు", "మూలాలు", "ప్రస్తావనలు", "urlలు", "تعارف", "خلاصہ", "نتیجہ", "حوالہ جات", "سفارشات",
            "مقدمه", "خلاصه", "چکیده", "نتیجه‌گیری", "نتیجه گیری", "منابع", "پیوست", "توصیه‌ها",
            // Thai, Hebrew, Greek, Ukrainian
            "บทนำ", "บทสรุป", "สรุป", "บทสรุปผู้บริหาร", "ข้อเสนอแนะ", "เอกสารอ้างอิง", "ภาคผนวก", "מבוא", "סיכום",
            "מסקנות", "המלצות", "מקורות", "נספח", "εισαγωγή", "περίληψη", "συμπεράσματα", "βιβλιογραφία",
            "παράρτημα", "вступ", "висновки", "резюме", "джерела", "додаток", "рекомендації", "анотація",
            // Nordic, Czech, Hungarian, Romanian
            "inledning", "sammanfattning", "slutsatser", "slutsats", "källor", "bilaga", "rekommendationer",
            "indledning", "sammenfatning", "konklusion", "kilder", "bilag", "anbefalinger", "innledning",
            "oppsummering", "johdanto", "yhteenveto", "johtopäätökset", "lähteet", "liite", "úvod", "shrnutí",
            "závěr", "zdroje", "příloha", "doporučení", "bevezetés", "összefoglalás", "következtetések",
            "források", "melléklet", "introducere", "rezumat", "concluzii", "surse", "anexă", "recomandări",
            "vstup", "вводная часть", "вступление", "аннотация", "рекомендации");

    private static final Pattern LATIN_DIACRITICS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern SYMBOLS_AROUND = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{M}\\p{N})]+$");

    private static final Pattern PATTERN;

    /** Without spaces between words, a closing part is a heading that contains the word: "综合结论与建议". */
    private static final Pattern CJK_CLOSING = Pattern.compile("结论|結論|总结|總結|总括|總括|総括|结语|結語|まとめ|결론");

    /**
     * A CJK heading that ends in recommendations or a summary table closes the report: "发展趋势与建议"
     * (trends and recommendations), "关键指标汇总表" (key indicators, summed up in a table),
     * "Harness设计检查清单" (a design checklist).
     */
    private static final Pattern CJK_CLOSING_END = Pattern.compile("(?:建议|建議|提言|제언|汇总表|彙總表|一览表|一覽表|检查清单|檢查清單)$");

    /** A CJK heading that ends in the limits of the study notes what it could not cover: "数据局限性". */
    private static final Pattern CJK_LIMITATIONS_END = Pattern.compile("(?:局限性|局限)$");

    /**
     * A CJK heading that ends in an assessment of the data's quality or reliability notes how far the
     * report can be trusted: "データ品質と信頼性評価", "数据质量评估".
     */
    private static final Pattern CJK_QUALITY_END = Pattern.compile(
            "(?:品質|品质|信頼性|信頼度|质量|可靠性|可信度|품질|신뢰성|신뢰도)\\S{0,6}?(?:評価|评估|評估|평가)$");

    /** A CJK heading that ends in citations lists what the report drew on: "数据与引用" (data and citations). */
    private static final Pattern CJK_CITATIONS_END = Pattern.compile("(?:引用|出处|出處)$");

    private static final String CLOSING = "conclusions?|concluding remarks|fazit|schlussfolgerungen?|conclusión"
            + "|conclusiones|conclusão|conclusões|conclusione|conclusioni|sonuç|заключение|выводы|conclusie"
            + "|kesimpulan|kết luận|final thoughts|summary|résumé|zusammenfassung|resumen|resumo"
            // a Korean summary of something, joined to anything: "주간 경영 요약 및 전략적 시사점"
            + "|(?:\\S+\\s+){0,3}요약";

    /** Opening parts joined to anything: "Background and objectives", "Bối cảnh và ...", "Contexto y alcance". */
    private static final String OPENING = "background|context|hintergrund|contexte|contexto|antecedentes|bối cảnh|背景";

    static {
        String names = String.join("|", NAMES.stream()
                .sorted((a, b) -> b.length() - a.length()).map(n -> Pattern.quote(fold(n))).toList());
        String and = "(?:and|&|et|und|y|e|ve|и|i|dan|và|en|与|與|及|和|と|및|과|와)";
        // CJK writes "and" without spaces: "研究背景与目的" (research background and purpose)
        String joined = "(?:\\s+" + and + "\\s+|\\s*(?:与|與|及|和|と)\\s*)";
        PATTERN = Pattern.compile(unaccented("(?:" + names + ")(?:" + joined + "(?:" + names + "))?"
                // a name, then what it covers: "Summary: ...", "Data (2025)", "Sources - news"; a hyphen
                // that joins words ("Data-driven decision making") makes another word
                + "(?:(?:\\s*[:：(（–—]|\\s+-).*)?"
                // "About this study", "Über diese Umfrage", "À propos de l'étude", "Acerca del estudio"
                + "|(?:about (?:this|the|our|us)|à propos d[eu']|a propos d[eu']|über (?:diese|die|den|das|uns)"
                + "|acerca d[e]l?|sobre (?:este|esta|el|la|nosotros))\\b.*"
                // "Strategic recommendations", "Recommendations for stakeholders", "Empfehlung für ..."
                + "|(?:(?:strategic|policy|key|final|general|our|main|actionable|prioriti[sz]ed|practical|concrete)\\s+)?(?:recommendations?|empfehlung(?:en)?"
                + "|recomendaciones|recomendações|recommandations|raccomandazioni)(?:\\s+(?:for|to|on|für|zur|zum"
                + "|para|pour|per)\\b.*)?"
                // a list of references for the reader: "References for further exploration" ("Sources of
                // bias" stays a trend)
                + "|(?:references|further reading|citations|links|resources)\\s+(?:for|to|on)\\b.*"
                // what to watch or read next: "Recommended videos", "Suggested reading", "Further resources"
                + "|(?:recommended|suggested|further|additional|related)\\s+(?:videos?|reading|readings|resources"
                + "|links|articles|sources|tools)"
                // "Actionable takeaways", "Suggested follow-ups", "Executive briefing"
                + "|(?:\\S+\\s+)?takeaways|(?:suggested\\s+|next\\s+)?follow[- ]?ups?"
                + "|executive\\s+(?:summary|overview|briefing|brief|synopsis|insights?)"
                // recommendations joined to anything: "Strategic recommendations & scenario planning"
                + "|(?:(?:strategic|policy|key|final|general|our|main|actionable|prioriti[sz]ed|practical|concrete)\\s+)?(?:recommendations|recomendaciones"
                + "|recomendações|recommandations|empfehlungen|raccomandazioni)\\s+" + and + "\\s+.*"
                // the sources behind the report: "Reliable sources used", "Primary sources", "Sources consulted"
                + "|(?:(?:reliable|primary|key|main|selected|cited|trusted)\\s+)?sources\\s+(?:used|cited|consulted"
                + "|referenced|reviewed)|(?:reliable|primary|selected|cited|trusted)\\s+sources"
                // "Technical notes", "Methodology notes"
                + "|(?:technical|methodology|methodological|method)\\s+notes"
                // the steps a report closes with: "Next validation steps", "Next research steps"
                + "|next(?:\\s+\\S+)?\\s+steps"
                // a table that sums up the figures of the parts before it: "Key indicators summary table"
                + "|.*\\bsummary table"
                + "|(?:tabela|tabla|tableau|tabella)(?:\\s+\\S+)?[\\s-]+(?:resum\\w*|récapitulati\\w*|riassuntiv\\w*|síntese)"
                + "(?:\\s*[:：\\-–—].*)?|zusammenfassende tabelle|übersichtstabelle"
                // the steps of the parts before it, ticked off: "Checklist for relocation", "Launch checklist"
                + "|(?:\\S+\\s+)?(?:checklist|check-list|checkliste)(?:\\s+(?:for|of|to|für)\\b.*)?"
                + "|lista de verifica(?:ção|ción)(?:\\s.*)?|liste de contrôle(?:\\s.*)?"
                // a Korean summary of something, with the period it covers: "주간 인텔리전스 요약 (10/11~10/17)"
                + "|(?:\\S+\\s+){0,3}요약(?:\\s*[(（].*)?"
                // a closing part joined to anything: "Conclusion and future outlook", "Sonuç ve gelecek"
                + "|(?:" + CLOSING + ")\\s+" + and + "\\s+.*"
                + "|(?:" + OPENING + ")\\s+" + and + "\\s+.*"
                // what a generating pipeline reports on its own run: "Cost summary", "Image prompt summary",
                // "Source analysis" (how good the sources it read were)
                + "|(?:cost|token|usage|run)\\s+(?:summary|breakdown|report)|image\\s+prompts?(?:\\s+summary)?"
                + "|sources?\\s+(?:analysis|assessment|evaluation|feedback|quality(?:\\s+(?:assessment|feedback))?)"
                // what changed since the pipeline's last report: "Changes since yesterday", "전일 대비 변화"
                + "|(?:changes|what changed|what's new)\\s+since\\s+(?:yesterday|last\\s+\\S+|the\\s+last\\s+\\S+)"
                + "|(?:전일|전주|전월|지난주|어제)\\s*대비(?:\\s+\\S+)?"
                // notes on the research itself: "Flagged / unverified claims"
                + "|(?:flagged|unverified)(?:\\s*(?:/|and|&|or)\\s*(?:flagged|unverified))?\\s+claims"
                // the pages a generated report read: "Analyzed URLs", "URL list", "분석 URL 목록"
                + "|(?:(?:analy[sz]ed|source|reference|cited)\\s+)?urls|url\\s+list|(?:\\S+\\s+)?url\\s*목록"
                // lists for the reader to go on with: "Key open-source resources", "Key video tutorials"
                + "|(?:key|useful|recommended|additional|further|selected|helpful|external|web|online|paper|academic)"
                + "\\s+(?:\\S+\\s+)?"
                + "(?:resources|references|tutorials|videos|links|readings)"
                // a count of the points that matter most, summed up first: "Top 3 takeaways", "最重要の3点"
                + "|(?:the\\s+)?(?:top|key)\\s+\\d+\\s+(?:points|takeaways|insights)|\\d+\\s+key\\s+(?:points|takeaways)"
                + "|(?:最重要|最も重要な?|重要な)の?\\d+(?:点|つ)(?:の.*)?|\\d+つのポイント"));
    }

    /** The words of a conclusion, in a title already known to name a framing part. */
    private static final Pattern CONCLUDING = Pattern.compile(
            "conclu|fazit|schlussfolger|sonuc|заключени|вывод|kesimpulan|ket luan|结论|結論|결론");

    private static final Pattern RECOMMENDING = Pattern.compile(
            "recommend|empfehl|recomend|raccomand|建议|建議|提言|권고|권장|제언|추천|oneri|рекоменд|rekomendasi|khuyen nghi");

    /** Summaries sum up wherever they stand: "Summary and conclusions" stays a framing part. */
    private static final Pattern SUMMING_UP = Pattern.compile(
            "summary|resume|resumen|resumo|zusammenfassung|sintesi|synthese|摘要|总结|總結|要約|요약|サマリー|まとめ");

    /** "Introduction to LLM evaluation", "Einführung in ...", "Introdução à ...": opening words, then the subject. */
    private static final Pattern INTRODUCTION_TO = Pattern.compile(
            "(?:introduction|einführung|introducción|introdução|introduzione|inleiding|wprowadzenie)"
                    + "\\s+(?:to|into|in|a|à|al|ao|alla|tot|do)\\s.*");

    private NoteHeadings() {
    }

    /** Two names of one part, in two languages: "来源与延伸阅读 / Sources & Further Reading". */
    private static final Pattern BILINGUAL = Pattern.compile("\\s+/\\s+");

    /** @param title the heading text without its number */
    static boolean isNote(String title) {
        String[] names = BILINGUAL.split(title.strip());
        if (names.length == 2) {
            return isNote(names[0]) || isNote(names[1]);
        }
        if (CJK_CLOSING.matcher(title).find() || CJK_CLOSING_END.matcher(title.strip()).find()
                || CJK_CITATIONS_END.matcher(title.strip()).find() || CJK_LIMITATIONS_END.matcher(title.strip()).find()
                || CJK_QUALITY_END.matcher(title.strip()).find()) {
            return true;
        }
        return PATTERN.matcher(name(title)).matches();
    }

    /**
     * True for a framing heading that names a conclusion ("採用方針の結論", the conclusion on the
     * policy adopted). Such a part frames the report when it closes it; standing before the
     * report's content, it is content itself, so the caller decides by its place. Recommendations
     * are left out: a pipeline's advice for its next search round stands before its raw results.
     */
    static boolean isConclusion(String title) {
        String text = plain(title);
        return isNote(title) && CONCLUDING.matcher(text).find() && !SUMMING_UP.matcher(text).find();
    }

    /**
     * True for a framing heading that names recommendations ("Strategic recommendations", "战略建议").
     * Recommendations frame the report when they close it; with a trend after them they are a
     * chapter of the report, so the caller decides by their place.
     */
    static boolean isRecommendations(String title) {
        return isNote(title) && RECOMMENDING.matcher(plain(title)).find();
    }

    /**
     * True for a heading that introduces the subject ("Introduction to LLM evaluation"): a framing
     * part when it opens the report, a trend like any other further down ("Introduction to the chat
     * interface" as a report's tenth tool), so the caller decides by its place.
     */
    static boolean isIntroductionTo(String title) {
        return INTRODUCTION_TO.matcher(fold(title)).matches();
    }

    /** A heading folded as the framing names are matched: lower case, without Latin accents. */
    static String plain(String title) {
        return unaccented(fold(title));
    }

    /**
     * A heading {@link #plain} and without the symbols around its words: emoji, arrows and other
     * symbols decorate headings ("🎯 RESUMEN EJECUTIVO", "CONCLUSIONES:") without naming them.
     */
    static String name(String title) {
        return SYMBOLS_AROUND.matcher(plain(title)).replaceAll("").strip();
    }

    /**
     * Latin letters without their accents: headings are written in capitals or typed without them
     * ("RECOMENDACOES", "ANALISE"), and a framing name is the same word either way. Only the Latin
     * combining diacritics go; the vowel signs of Indic scripts and the marks of kana stay.
     */
    private static String unaccented(String s) {
        return Normalizer.normalize(LATIN_DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
                .replaceAll(""), Normalizer.Form.NFC);
    }

    /** Lower case, typographic apostrophes straightened, whitespace collapsed; accents kept. */
    private static String fold(String s) {
        // Turkish capital İ lower-cases to i and a combining dot: "GİRİŞ" is "giriş"
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("\u0307", ""), Normalizer.Form.NFC)
                .replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
