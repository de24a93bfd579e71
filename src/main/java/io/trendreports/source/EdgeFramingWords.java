package io.trendreports.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Framing words that mark a part only where framing stands: at the start or the end of the
 * report. There a heading that contains one frames the trends whatever else it says
 * ("Outlook Setorial (Resumo Geral)", "Ringkasan Eksekutif", "Conclusione generale",
 * "Investment outlook and recommendation"), while in the middle only a heading that is nothing
 * but a framing name does ({@link NoteHeadings}).
 */
final class EdgeFramingWords {

    private static final String SUMMARY = "summary|resumen|resumo|resume|sintesi|synthese|zusammenfassung|ringkasan"
            + "|ikhtisar|tom tat|ozet|samenvatting|sammanfattning|podsumowanie|резюме|сводка";

    /** Fewer shared openings than this may be two parts that happen to start alike. */
    private static final int MIN_NAMED_ITEMS = 3;

    private static final String BACKGROUND = "background|context|contexto|contesto|contexte|kontext|hintergrund"
            + "|antecedentes";

    /**
     * Words an opening part is named by: a summary, an abstract. An introduction joined to
     * something else ("Introduction & safety") can be the first trend, so it is named in full only.
     */
    private static final Pattern OPENING = Pattern.compile("(?U)\\b(?:" + SUMMARY + "|abstract|tl;?dr)\\b"
            // how the material was gathered, before what it showed: "Data collection and processing"
            + "|^(?:data collection|datenerhebung|recoleccion de datos|coleta de dados|collecte des donnees"
            + "|raccolta dei dati|methodolog\\w*|metodolog\\w*|methodik"
            + "|data (?:extraction|preparation|description|overview|sources?)|dataset(?: overview| description)?"
            + "|about the data(?:set)?)\\b"
            // the report in brief: "W skrócie", "En bref", "At a glance"
            + "|^(?:in short|in brief|at a glance|w skrocie|en bref|in breve|in sintesi|kurz gesagt|auf einen blick"
            + "|em resumo|en resumen|in het kort|kort sagt|v kostce|kratce)\\b"
            // the scope and how it was studied: "Scope, sources, and method"; the week's highlights first
            + "|^scope\\b|\\bsources,? (?:and|&) methods?$|^(?:this week'?s|weekly|the week'?s) highlights$"
            + "|^highlights of the week$|^bottom line up front$|^bluf\\b"
            // the method and the data in Russian: "Методология и охват", "Датасет для ..."
            + "|^методолог|^методика|^датасет|^набор данных|^(?:замечания о )?качеств\\w* данных"
            // a greeting before the report: "Hello!", "Welcome", "Bienvenue"
            + "|^(?:hello|hi|hey|welcome|hola|ola|bonjour|bienvenue|hallo|willkommen|ciao|benvenut[ioe])"
            + "(?: everyone| all)?$"
            // how to read the report, and the day's highlights first: "How to read this report", "今日のハイライト"
            + "|^(?:how to (?:read|use) (?:this|the) (?:report|study|guide)|reading guide|lesehinweise"
            + "|so lesen sie (?:diesen|den) bericht|como ler (?:este|o) relatorio|como leer (?:este|el) informe)\\b"
            + "|(?:今日|本日|今週|本周|今天)の?(?:ハイライト|亮点|要点)"
            // "Welcome to a week of wonders", "Bienvenue dans ce numéro": the greeting opens the issue
            + "|^(?:welcome|bienvenue|willkommen|bienvenid[oa]s?|bem-vind[oa]s?|benvenut[ioe])\\b"
            + "|今週のハイライト|本周要点|本周亮点|이번 주 하이라이트|^destaques da semana$|^destacados de la semana$"
            // the week's or the day's points summed up first: "Key highlights this week", "日报要点", "Destaques do mercado"
            + "|^(?:key |top |main )?highlights (?:this|of the|for the|from the) (?:week|month|day|issue|edition)$"
            + "|^(?:today'?s|daily|market) highlights$|^destaques(?: d[oa] (?:mercado|dia|semana))?$"
            + "|^(?:lo mas )?destacados?(?: del? (?:mercado|dia|semana))?$|^punti salienti$|^faits marquants$"
            + "|^(?:日报|日報|周报|週報|今日|本週|核心)要点$|^(?:日报|日報|周报|週報|今日|本週)要點$"
            // the headlines or the plan of the post, before the stories: "Quick headlines", "함께 알아볼 내용들"
            + "|^(?:quick|top|today'?s|this week'?s)\\s+headlines$|^headlines at a glance$"
            + "|^what (?:we'?ll|we will|you'?ll|you will) (?:cover|learn|see)$|^in this (?:post|article|issue)$"
            + "|^(?:함께\\s*)?알아볼\\s*내용(?:들)?$|^(?:이번|이)\\s*(?:글|포스트)에서\\s*(?:다룰|알아볼)\\s*내용$"
            // the editor's word before the issue: "Intro", "Apertura editorial", "Editoriale", "Édito"
            + "|^(?:intro|apertura|apertura editorial|editorial|editoriale|edito|editorial note|from the editor"
            + "|letter from the editor|editor'?s letter|nota del editor|nota editoriale)$"
            // the background, named as nothing else: "Contesto e background", "Context and background"
            + "|^(?:" + BACKGROUND + ")(?:\\s*(?:and|e|y|et|und|&)\\s*(?:" + BACKGROUND + "))?$"
            + "|摘要|要約|요약|サマリー|まとめ|目录|目錄|目次|목차"
            // the overview of the project or report itself ("과제 개요"); "시장 개요", a market's, is a trend
            + "|^(?:과제|사업|보고|연구|프로젝트)?\\s*개요$|^(?:研究|项目|項目|报告|報告)?(?:概要|概述)$"
            + "|数据收集|數據收集|データ収集|데이터 수집"
            // what the issue covers, before it: "Main topic", "Hoofdonderwerp", "Mit diesen Themen ... der Woche"
            + "|^(?:main topics?|hoofdonderwerp(?:en)?|hauptthem(?:a|en)|sujets? principa(?:l|ux)|temas? principa(?:l|les|is)"
            + "|argomenti principali|argomento principale|in this issue|in dieser ausgabe|dans ce numero|en este numero"
            + "|nesta edicao)$"
            + "|^(?:mit diesen themen|diese themen erwarten dich|themen (?:der|dieser) woche|this week'?s topics"
            + "|the week'?s topics|today'?s topics|temas de la semana|sujets de la semaine|temi della settimana"
            + "|onderwerpen van deze week)\\b"
            + "|研究方法|分析方法|方法论|方法論|방법론|(?:与|和|及|與)方法$");

    /**
     * Words a closing part is named by: a conclusion, a summary, recommendations (a plural, or a
     * singular that ends the heading: "Recommendation engines" stays a trend), takeaways,
     * implications and a final recommendation in Korean (시사점, 최종 추천), a vocabulary list, the
     * limits of what the report could establish, an action plan or roadmap, a verdict, a table
     * comparing the parts, thanks.
     */
    private static final Pattern CLOSING = Pattern.compile("(?U)\\b(?:" + SUMMARY
            + "|conclusions?|conclusion(?:es|e|i)|conclusao|conclusoes|fazit|schlussfolgerung(?:en)?|kesimpulan"
            + "|ket luan|sonuc|заключение|выводы|recommendations|recomendaciones|recomendacoes|recommandations"
            + "|raccomandazioni|empfehlungen|rekomendasi|oneriler|рекомендации"
            + "|(?:recommendation|recomendacion|recomendacao|raccomandazione|empfehlung)"
            + "(?:\\s+(?:final|finale|strategica|estrategica|strategique|strategic))?$"
            // the sources, named first: "Fuentes clave", "Fontes utilizadas na pesquisa"
            + "|^(?:sources|fuentes|fontes|fonti|quellen|references|referencias|referencias|riferimenti|bibliografia)\\b"
            // what the reader takes away, and the words to learn from the report ("Useful vocabulary (B2)")
            + "|takeaways|vocabulary|vokabular|wortschatz|vocabulaire|vocabulario|vocabolario|glossary|glossar"
            + "|glossaire|glosario"
            // what the report could not establish: "Limitations", "Data gaps & uncertainties"
            + "|limitations|caveats|data gaps|research gaps|knowledge gaps|confidence assessment"
            // the verdict: "Final verdict", "Final Karar / Tavsiye", "Recommended niche pick"
            + "|(?:final\\s+)?verdict|veredicto|final decision|final karar|tavsiyeler(?:i)?|tavsiye"
            + "|^recommended\\b|^(?:our|top|final)\\s+picks?\\b"
            // proposals in Vietnamese ("Đề xuất chiến lược"), what the pipeline generated ("Prompts created"),
            // the closing words themselves ("Cierre poderoso"), observations summed up last
            + "|^(?:đ|d)e xuat\\b|\\bprompts\\b|^(?:cierre|closing|encerramento|fechamento|chiusura)\\b"
            + "|^(?:key|final|closing)\\s+observations\\b|observaciones finales|observacoes finais"
            // the send-off: "Thank you", "Vielen Dank", "Obrigado"
            + "|^(?:thank you|thanks|many thanks|vielen dank|danke|merci|gracias|obrigad[oa]|grazie)\\b"
            // the links and tools to go on with, named first: "Recursos recomendados", "Resources"
            + "|^(?:resources|recursos|ressources|risorse|ressourcen)\\b"
            // a table setting the parts side by side: "Side-by-side comparison table"
            + "|comparison table|side-by-side comparison|tabla comparativa|tabela comparativa|tableau comparatif"
            + "|vergleichstabelle|^quick ?ref(?:erence)?\\b"
            // the final rating: "Classificação final", "Final rating"
            + "|final rating|classificacao final|calificacion final|nota final|valutazione finale"
            // summing up and advice in Vietnamese: "Phân tích tổng kết và khuyến nghị"
            + "|tong ket|khuyen nghi"
            // what the writer suggests doing: "Posicionamento sugerido", "Suggested next moves"
            + "|\\bsugerid[oa]s?\\b|\\bsuggested\\b|\\bsuggerit[oa]\\b|\\bsuggere(?:e|es)?\\b"
            // recommendations and conclusions in Czech, Polish, Swedish, Dutch, Danish
            + "|doporuceni|zaver|rekomendacje|wnioski|rekommendationer|slutsatser|aanbevelingen|anbefalinger"
            // general remarks, named as nothing else: "Allmänt", "General", "Allgemeines"
            + "|^(?:general|general remarks|generalites|generale|allgemein(?:es)?|allmant|algemeen|generelt|ogolne)$"
            // putting it into practice: "Umsetzungsstrategien", "Implementation strategies"
            + "|^umsetzung|^implementation (?:strategies|steps|tips|guide)|^estrategias de implementacion"
            // the writer's own offer: "How can Emoviral help you?", "Wie kann X Ihnen helfen?"
            + "|^how (?:can|do|does|will|we) .*\\bhelp (?:you|your)\\b|^wie kann .*\\b(?:ihnen|dir|euch)\\b.*\\bhelfen\\b"
            + "|^comment .*\\bvous aider\\b|^como .*\\b(?:te |le |lhe )?(?:ajudar|ayudar)\\b"
            // the legal small print: "General Advice Warning", "Important Information", "Risk warning"
            + "|\\b(?:advice|risk|investment) warning$|^important (?:information|notice|notes?)$"
            + "|^legal (?:notice|information)$|^cekince\\b|^yasal uyari\\b|^sorumluluk reddi\\b"
            // what a failed pipeline step left behind: "Hata", "Boş yanıt", "Error"
            + "|^(?:error|errors|hata|fehler|erreur|errore|erro|ошибка)$|^(?:empty response|bos yan[iı]t|no response)$"
            // the document's own history, the writer's impressions, the call to get in touch, a single recommendation
            + "|^(?:changelog|change log|revision history|version history)$|更新日志|更新日誌|変更履歴|所感|感想"
            + "|関連リンク|参考リンク|相关链接|相關連結|관련 링크|^(?:related|useful) links$"
            + "|\\bhere to (?:help|guide)\\b|^(?:contact us|get in touch|let'?s talk)\\b|^рекомендаци[яи]\\b"
            // the data handed over with the report, last: "Dataset for the dashboard", "Data quality notes"
            + "|^(?:data quality|dataset)\\b|^датасет|^набор данных|^(?:замечания о )?качеств\\w* данных"
            + "|^(?:aviso|avis|hinweis|avviso) (?:legal|juridique|importante?|rechtlicher)$|^rechtliche hinweise$"
            // recommended actions and the sources in Turkish: "Önerilen Aksiyonlar", "Tüm Kaynaklar"
            + "|onerilen|^(?:tum\\s+)?kaynak(?:lar|ca)\\b"
            // what to do next, named as the future: "Ações futuras", "Próximas acciones"
            + "|^(?:acoes futuras|proximas acoes|acciones futuras|proximas acciones|azioni future|actions futures"
            + "|future actions)\\b"
            // what the writer noticed, summed up last: "Notable insights for the audience", "Key insights"
            + "|^(?:key|notable|final|closing|main)\\s+insights\\b"
            // the run's own figures, last: "Page count", "Confidence score", "Last updated"
            + "|^(?:page count|word count|confidence score|confidence level|last updated|date generated"
            + "|generated (?:on|at|by)|reading time|tools used)$"
            // the table of the articles drawn on: "Tableau des références", "Reference table"
            + "|^(?:reference table|references table|sources table|table of (?:references|sources)"
            + "|(?:tableau|tabla|tabela|tabella) (?:des|de|dos|das|dei|delle) (?:references|referencias|riferimenti"
            + "|sources|fuentes|fontes|fonti))$)"
            + "|结论|結論|总结|總結|结语|結語|建议|建議|まとめ|결론|요약|제언|전략 제안|전략적 제안|권고|시사점|최종 추천|추천 사항|추천사항|액션 아이템|액션아이템|目录|目錄|目次|목차"
            + "|行动计划|行動計劃|执行计划|執行計劃|实施计划|實施計劃|执行蓝图|執行藍圖|路线图|路線圖|后续研究|後續研究"
            + "|アクションプラン|実行計画|ロードマップ|실행 계획|실행계획|로드맵|对比表|對比表|比較表|비교표"
            // the limits of the findings, the disclaimer, what is asked of the reader
            + "|限界|注意事項|免責|免责|한계|면책|요청 사항|요청사항|다음 단계|출처|出典|示唆|参考$|參考$"
            // the resources to go on with, summed up last: "技术资源汇总", "推荐资源"
            + "|(?:资源|資源)(?:汇总|彙總|列表|清单|清單)$|^(?:推荐|推薦|相关|相關)(?:资源|資源)$"
            // what the news means for the reader, and the round-up of short items after the stories
            + "|(?U)^(?:what (?:does )?(?:this|it|that) means? for (?:you|your)|was bedeutet (?:das|dies) f(?:u|ue)r"
            + " (?:dich|sie|euch)|ce que cela (?:signifie|change) pour vous|que significa (?:esto )?para (?:ti|usted)"
            + "|o que (?:isso|isto) significa para (?:voce|ti))\\b"
            // the tasks the report hands out, last: "Actionable to-do list", "Список задач"
            + "|(?U)^(?:(?:actionable|action|next|open)\\s+)?(?:to-?do|todo|task|tasks)(?:\\s+list)?$|^список задач$"
            + "|^(?:lista de tareas|lista de tarefas|liste des taches|aufgabenliste|lista delle cose da fare)$"
            // the call to act or to keep reading: "Call to action", "Stay updated", "Stay tuned"
            + "|(?U)^(?:call to action|cta)\\b|^stay (?:updated|tuned|informed|in touch|connected)$"
            // the call to pass the issue on and the credits: "Spread the word!", "Diffondete la notizia!"
            + "|(?U)^(?:spread the (?:word|news)|share (?:this|the) (?:report|newsletter|issue|post)|diffondete la notizia"
            + "|fate girare la notizia|faites passer le mot|corre la voz|passe adiante|sag es weiter|teilt (?:die|den)\\b)"
            + "|(?U)^(?:newsletter|issue) (?:contributors|credits)\\b|^(?:collaboratori|contributori|contributeurs"
            + "|mitwirkende|colaboradores|contributors|credits)\\b|^(?:aiutaci|help us|helfen sie uns|aidez-nous|ayudanos)\\b"
            + "|^(?:licenza|license|licence|lizenz|licencia|licenca)$|^cite this (?:report|issue|article)$"
            + "|(?U)^(?:quickies|quick hits|quick takes|in brief|news in brief|briefly|kurz notiert|kurzmeldungen"
            + "|en bref|breves|brevi|em breve)\\b");

    /**
     * What the reader is to do next, as the whole name ("Hoja de ruta", "Implementation roadmap",
     * "Action plan for 2026"): "Innovation roadmaps" among other words is a trend.
     */
    private static final Pattern PLAN = Pattern.compile("(?U)^(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:action plan|plan de accion"
            + "|plano de acao|piano d'azione|aktionsplan|plan d'action|eylem plan[ıi]|roadmap|road map|hoja de ruta"
            + "|roteiro|feuille de route|fahrplan|yol haritas[ıi])(?:\\s+(?:de|for|to|para|pour|per|fur)\\b.*"
            // the year it covers: "2025 Roadmap", "Roadmap 2026"
            + "|\\s+\\d{4})?$");

    private EdgeFramingWords() {
    }

    /**
     * The units of {@code units} (one level's, in document order) that frame the rest by their
     * place: the run at the start whose names {@link #opens open}, the run at the end whose names
     * {@link #closes close}, leaving at least {@code keep} units.
     */
    static Set<OutlineUnit> atEdges(List<OutlineUnit> units, int keep) {
        List<OutlineUnit> left = new ArrayList<>(units);
        Set<OutlineUnit> framing = Collections.newSetFromMap(new IdentityHashMap<>());
        if (namesTheItems(units)) {
            return framing;
        }
        while (left.size() > keep && opens(left.get(0).title())) {
            framing.add(left.remove(0));
        }
        while (left.size() > keep && closes(left.get(left.size() - 1).title())) {
            framing.add(left.remove(left.size() - 1));
        }
        return framing;
    }

    /**
     * A framing word most of the units share is how the items are named ("Article summary for
     * ...", ten times over), not a frame around them: at least {@link #MIN_NAMED_ITEMS} open with the
     * same words.
     */
    private static boolean namesTheItems(List<OutlineUnit> units) {
        Map<String, Long> framedByOpening = units.stream().filter(u -> opens(u.title()) || closes(u.title()))
                .collect(Collectors.groupingBy(u -> firstWords(u.title()), Collectors.counting()));
        long shared = framedByOpening.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return shared >= MIN_NAMED_ITEMS && 2 * shared > units.size();
    }

    private static String firstWords(String title) {
        String[] words = NoteHeadings.name(title).split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(2, words.length)));
    }

    static boolean opens(String title) {
        return OPENING.matcher(NoteHeadings.name(title)).find();
    }

    static boolean closes(String title) {
        String name = NoteHeadings.name(title);
        return CLOSING.matcher(name).find() || PLAN.matcher(name).matches();
    }
}
