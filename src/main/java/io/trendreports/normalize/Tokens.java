package io.trendreports.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs Lucene analyzers over text. Lucene analyzers are thread-safe, so one instance serves all. */
final class Tokens {

    /** Unicode word segmentation (UAX #29) and lower-casing, nothing removed, nothing stemmed. */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    /** Words of scripts written without spaces, found with dictionaries ({@link DictionaryWordTokenizer}), lower-cased. */
    static final Analyzer SEGMENTED_WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new DictionaryWordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private Tokens() {
    }

    /**
     * The tokens of {@code text}, unmodifiable. Normalizing a section analyses the same heading and
     * body for its key terms, its theme and its word count; the last few results of each thread are
     * kept so that each text is analysed once.
     */
    static List<Token> analyze(Analyzer analyzer, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return RECENT.get().computeIfAbsent(analyzer, text);
    }

    private static final ThreadLocal<RecentAnalyses> RECENT = ThreadLocal.withInitial(RecentAnalyses::new);

    private static List<Token> analyzeNow(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // analysing a String never does I/O
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(tokens);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return analyze(analyzer, text).stream().map(Token::term).toList();
    }

    /** The tokens of {@code words} holding at least one letter or digit (emoji are not words). */
    static int wordCount(Analyzer words, String text) {
        int count = 0;
        for (Token token : analyze(words, text)) {
            if (hasLetterOrDigit(token.term())) {
                count++;
            }
        }
        return count;
    }

    static boolean hasLetterOrDigit(String s) {
        return anyCodePoint(s, 0, s.length(), Character::isLetterOrDigit);
    }

    static boolean hasLetter(String s) {
        return anyCodePoint(s, 0, s.length(), Character::isLetter);
    }

    /**
     * Whether a code point of {@code s} between {@code from} and {@code to} passes {@code test}; a
     * plain loop, as {@code codePoints().anyMatch} made a stream per word on the normalizer's hot path.
     */
    static boolean anyCodePoint(String s, int from, int to, IntPredicate test) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            if (test.test(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * The last analyses of one thread, by analyzer and text. Enough for a whole report of up to
     * sixteen sections (heading and body, two analyzers each): its key terms are found for all
     * sections before each section's theme, word count and summary, which analyse the same texts.
     */
    private static final class RecentAnalyses {

        private static final int SIZE = 64;
        private final Analyzer[] analyzers = new Analyzer[SIZE];
        private final String[] texts = new String[SIZE];
        private final int[] hashes = new int[SIZE];
        private final List<?>[] results = new List<?>[SIZE];
        private int next;

        @SuppressWarnings("unchecked")
        List<Token> computeIfAbsent(Analyzer analyzer, String text) {
            int hash = text.hashCode();
            for (int i = 0; i < SIZE; i++) {
                if (analyzers[i] == analyzer && hashes[i] == hash && text.equals(texts[i])) {
                    return (List<Token>) results[i];
                }
            }
            List<Token> tokens = analyzeNow(analyzer, text);
            analyzers[next] = analyzer;
            texts[next] = text;
            hashes[next] = hash;
            results[next] = tokens;
            next = (next + 1) % SIZE;
            return tokens;
        }
    }
}
