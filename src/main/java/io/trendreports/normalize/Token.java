package io.trendreports.normalize;

/** One analysed token: its (lower-cased, possibly stemmed) term and where it sits in the text. */
record Token(String term, int start, int end) {
}
