package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import io.trendreports.model.Section;

/**
 * Collects sections and notes while the parser walks the document's blocks in order: a unit that
 * opens a section starts one, a unit above the section level or a note part closes it, and text
 * goes to the open section or, when none is open, to the notes.
 */
final class SectionWalk {

    private final ReportStructure structure;
    private final List<String> notes;
    private final List<Section> sections = new ArrayList<>();
    private OutlineUnit open;
    private final List<String> paragraphs = new ArrayList<>();
    private int lastNumber;

    SectionWalk(ReportStructure structure, List<String> notes) {
        this.structure = structure;
        this.notes = notes;
    }

    void unit(OutlineUnit unit) {
        if (unit.level() > structure.sectionLevel() && !structure.opensSection(unit)
                || structure.staysInSection(unit)) {
            // a sub-heading inside a trend stays in it, on a line of its own
            text(unit.heading());
            text(unit.rest());
            return;
        }
        closeSection();
        if (structure.opensSection(unit)) {
            open = unit;
        } else {
            notes.add(unit.heading());
        }
        text(unit.rest());
    }

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (open != null) {
            paragraphs.add(text);
        } else {
            notes.add(text);
        }
    }

    void closeSection() {
        if (open == null) {
            return;
        }
        OptionalInt explicit = open.number();
        int number = explicit.isPresent() ? explicit.getAsInt() : lastNumber + 1;
        sections.add(new Section(number, open.title(), String.join("\n\n", paragraphs)));
        lastNumber = number;
        open = null;
        paragraphs.clear();
    }

    List<Section> sections() {
        closeSection();
        return List.copyOf(sections);
    }
}
