package io.trendreports.normalize;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Words of text written without spaces (Chinese, Japanese, Thai), as ICU's word break iterator
 * finds them with its dictionaries; elsewhere the same Unicode word rules as Lucene's standard
 * tokenizer. Punctuation and spaces are no tokens. Lucene's standard tokenizer makes every
 * ideograph and kana a word of its own, so a Chinese sentence of ten words counted as twenty.
 *
 * <p>A section is short, so the whole input is read before segmenting. Not thread-safe, as no
 * tokenizer is; an {@code Analyzer} keeps one per thread.
 */
final class DictionaryWordTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    // the dictionaries are chosen by script, not by locale
    private final BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.ROOT);
    private String text = "";
    private int start;

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            all.append(buffer, 0, n);
        }
        text = all.toString();
        boundaries.setText(text);
        start = boundaries.first();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            int from = start;
            start = end;
            // statuses below WORD_NONE_LIMIT are spaces and punctuation
            if (boundaries.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                term.setEmpty().append(text, from, end);
                offset.setOffset(correctOffset(from), correctOffset(end));
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
    }
}
