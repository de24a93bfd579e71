package io.trendreports.normalize;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words around and inside a capitalised phrase that tell a name from a capitalised common
 * word, for {@link NameRecognizer}. Lower-case unless said otherwise.
 */
final class NameCues {

    private NameCues() {
    }

    /** A last word that makes a phrase an organisation: "Heidelberg Materials", "Bank of Japan" starts one. */
    static final Set<String> ORGANIZATION_WORDS = Set.of("inc", "inc.", "ltd", "ltd.", "gmbh", "ag", "se", "sa",
            "s.a.", "plc", "llc", "corp", "corp.", "corporation", "company", "group", "gruppe", "groupe", "grupo",
            "bank", "banco", "banque", "university", "universität", "université", "universidad", "institute",
            "institut", "instituto", "agency", "agence", "agentur", "agencia", "commission", "kommission", "comisión",
            "council", "association", "foundation", "fund", "authority", "ministry", "ministerium", "ministère",
            "markets", "securities", "capital", "partners", "technologies", "systems", "energy", "materials", "labs",
            "aerospace", "airlines", "airways", "trucks", "motors", "power", "clinic", "healthcare", "pharma",
            "therapeutics", "robotics", "semiconductor", "electric", "industries", "holdings", "ventures", "media",
            "networks", "solutions", "construction", "farming", "farms", "machines", "trading", "exchange", "reserve",
            "board", "office", "department", "parliament", "congress", "senate", "court", "administration",
            "organization", "organisation", "forum", "alliance", "consortium", "federation", "bureau", "port",
            "permanente", "contractors", "builders", "health", "center", "centre", "hospital", "hospitals", "motor", "automotive", "chemicals", "steel", "mining", "oil",
            "gas", "telecom", "insurance", "investments", "research", "foods");
    /** Words a phrase starts with when it names an organisation: "Bank of England", "Ministry of Finance". */
    static final Set<String> ORGANIZATION_STARTS = Set.of("bank", "banco", "banque", "university", "universidad",
            "université", "ministry", "ministerio", "ministère", "institute", "instituto", "institut", "department",
            "federal", "european", "national", "international", "royal");
    /** A last word that makes a phrase a law, programme, index or publication: a named thing. */
    static final Set<String> PRODUCT_WORDS = Set.of("act", "directive", "regulation", "law", "index", "report",
            "survey", "programme", "program", "initiative", "protocol", "standard", "code", "accord", "agreement",
            "treaty", "waiver", "strategy", "framework", "loi", "ley", "gesetz", "verordnung", "richtlinie",
            "programm", "plan", "platform", "arena", "model", "chip", "app", "system");
    /** Words a phrase starts with when it names a programme: "Project Kuiper", "Operation Cronos". */
    static final Set<String> PRODUCT_STARTS = Set.of("project", "operation", "projet", "proyecto", "projekt",
            "programme", "program", "plan", "mission");
    /** Words before a person's name. */
    static final Set<String> PERSON_TITLES = Set.of("governor", "president", "ceo", "chief", "chancellor", "minister",
            "commissioner", "chair", "chairman", "chairwoman", "founder", "dr", "dr.", "prof", "prof.", "professor",
            "senator", "secretary", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "präsident", "präsidentin",
            "kanzler", "ministerin", "gouverneur", "président", "présidente", "ministre", "presidente", "ministra",
            "director", "directora", "directeur", "analyst", "economist");
    /** Words after a person's name. */
    static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "wrote", "argued", "argues", "warned",
            "noted", "explained", "a déclaré", "declaró", "sagte");

    /** Capitalised words that open a sentence without being part of a name. */
    static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "in", "at", "on", "for", "by", "with", "from", "as", "after", "before", "under",
            "according", "since", "while", "when", "unlike", "like", "both", "many", "most", "some", "this", "these",
            "those", "its", "their", "our", "all", "each", "every", "other", "several", "new", "recent", "early",
            "also", "even", "only", "yet", "but", "and", "or", "so", "thus", "however", "meanwhile", "today", "now",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "la", "le", "les", "l", "un", "une", "des", "du", "de", "en", "au", "aux", "dans", "avec", "pour", "par",
            "sur", "chez", "selon", "depuis", "el", "los", "las", "una", "unos", "con", "para", "por", "según",
            "desde", "der", "die", "das", "dem", "den", "ein", "eine", "im", "am", "mit", "nach", "laut", "bei",
            "seit", "auch", "und", "y", "et");

    /** Acronyms that name a technology, measure or role rather than an organisation or product. */
    static final Set<String> GENERIC_ACRONYMS = Set.of(
            "AI", "KI", "IA", "ML", "LLM", "LLMs", "NLP", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "API", "APIs",
            "BIM", "RLHF", "IT", "IoT", "ESG", "GDP", "PIB", "BIP", "CO2", "FX", "CFD", "CFDs", "HVO", "SME", "SMEs",
            "KMU", "PME", "PMEs", "PYME", "PYMES", "AR", "VR", "XR", "EV", "EVs", "R&D", "CEO", "CEOs", "CFO", "CTO",
            "KPI", "KPIs", "ROI", "SaaS", "B2B", "B2C", "OTC", "ETF", "ETFs", "IPO", "IPOs", "M&A", "HR", "PR", "UX",
            "UI", "QA", "CI", "CD", "OK", "TV", "PC", "PCs", "SQL", "HTML", "PDF", "URL", "DNA", "RNA", "ICU", "LFP",
            "LNG", "CCS", "SMR", "SMRs", "PV", "HVAC", "CSR", "ETS", "TWAP", "VWAP", "FAQ", "MVP", "NPS", "SLA",
            "US", "U.S.", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "CAGR", "YoY", "PhD", "MBA", "ID", "5G", "4G", "3D",
            "2D", "GW", "MW", "GWh", "TWh", "kWh", "NFT", "NFTs", "CBDC", "CBDCs", "KYC", "AML", "SDK", "OS", "RSE",
            "TPE", "ETI", "BTP", "ZFE", "ESN", "DSI", "DSGVO", "RGPD", "GDPR", "ERP", "CRM", "GenAI", "RAG",
            "LLMOps", "MLOps", "DevOps", "OCR", "NER", "SEO", "B2B2C", "IaaS", "PaaS", "AGI", "ASI", "GPT", "CNN",
            "RNN", "VAT", "TVA", "IVA", "MwSt", "HQ", "UHD", "GPS", "BMS", "EMS", "OEM", "OEMs", "EPC", "PPA",
            "PPAs", "CfD", "BESS", "GLP", "FDI", "P2P", "ATM", "ATMs", "POS", "QR", "SMS", "UPI", "NFC", "RFID",
            "IPCC", "NDC", "NDCs", "COP", "ICE", "ICEs", "DC", "AC", "EHR", "EHRs", "EMR", "MRI", "CT", "PET", "V2G",
            "NEV", "NEVs", "BEV", "BEVs", "PHEV", "PHEVs", "HEV", "FCEV", "kW", "COVID", "COVID-19", "SaMD", "IP", "DL",
            "RL", "XAI", "NLU", "ASR", "TTS", "AV", "AVs", "ADAS", "SoC", "SoCs", "HPC", "LED", "LEDs", "RF", "UV", "IR");

    /** ISO currency codes ("USD", "JPY"): the reports' currencies are not entities. */
    static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /**
     * Verbs that follow a company or body as a sentence's subject: a capitalised first word before
     * one is a name ("Salesforce reported", "Nubank alcanzó", "Thyssenkrupp baut").
     */
    static final Set<String> SUBJECT_VERBS = Set.of(
            "reported", "reports", "announced", "announces", "launched", "launches", "released", "releases",
            "signed", "signs", "plans", "planned", "aims", "sells", "sold", "reached", "raised", "acquired",
            "acquires", "bought", "buys", "introduced", "introduces", "expects", "estimates", "estimated", "opened",
            "opens", "filed", "invested", "invests", "builds", "ordered", "offers", "offered", "passed", "flew",
            "landed", "unveiled", "unveils", "partnered", "agreed", "won", "posted", "recorded", "hired",
            "published", "publishes", "revealed", "warned", "confirmed", "images", "operates", "operated", "runs",
            "ran", "employs", "deployed", "deploys", "completed", "completes", "secured", "secures", "received",
            "receives", "said", "says", "cut", "cuts", "leads", "led", "owns", "serves", "supplies", "produces",
            "makes", "made", "develops", "developed", "designed", "designs", "exploite", "prévoit", "annonce",
            "lance", "vend", "utilise", "investit", "déploie", "construit", "baut", "plant", "investiert",
            "verfolgt", "meldet", "kündigte", "bietet", "betreibt", "alcanzó", "anunció", "lanzó", "obtuvo",
            "mantiene", "invierte", "prevé", "registró", "eliminará", "vende", "opera", "lanza", "anuncia",
            "adquirió", "recibió", "compró", "ofrece", "firmó");

    /** Currencies by name, capitalised in places without naming an organisation ("Euro standards"). */
    static final Set<String> CURRENCY_NAMES = Set.of("euro", "euros", "dollar", "dollars", "yen", "yuan", "renminbi",
            "pound", "sterling", "franc", "peso", "pesos", "rupee", "rupees", "real", "rouble", "ruble", "won", "lira");

    /** Months and weekdays, capitalised in English and German without naming anything. */
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");

    static boolean isGenericAcronym(String word) {
        return GENERIC_ACRONYMS.contains(word) || CURRENCY_CODES.contains(word);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
