package io.trendreports.source;

import java.util.OptionalInt;

import com.vladsch.flexmark.util.ast.Node;

/**
 * One block that could head a part of the report: a heading, a bold line, a label line or a
 * numbered paragraph.
 *
 * @param node    the block (a {@code Heading}, a {@code Paragraph} or a {@code ListItem})
 * @param level   see {@link UnitKind}: lower is more important
 * @param heading the visible heading text, number included ("3. Edge inference")
 * @param number  the explicit number, if the heading or the list gives one
 * @param title   the heading text without its number
 * @param rest    text of the same block after the heading line, which belongs to the part's body
 * @param note    whether the title names a framing part ({@link NoteHeadings}), decided once
 */
record OutlineUnit(Node node, UnitKind kind, int level, String heading, OptionalInt number, String title,
                   String rest, boolean note) {

    OutlineUnit(Node node, UnitKind kind, int level, String heading, OptionalInt number, String title, String rest) {
        this(node, kind, level, heading, number, title, rest, NoteHeadings.isNote(title));
    }

    /** The same unit read at another level (a heading its writer placed one level off). */
    OutlineUnit atLevel(int otherLevel) {
        return new OutlineUnit(node, kind, otherLevel, heading, number, title, rest, note);
    }

    boolean isNote() {
        return note;
    }

    /** True when the heading carries a number of any form ("3.", "2.1", "IV.", a list's). */
    boolean isNumbered() {
        return number.isPresent() || !heading.strip().equals(title);
    }
}
