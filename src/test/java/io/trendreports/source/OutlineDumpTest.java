package io.trendreports.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Prints the outline units the structure inference sees in one file, for finding out why a file
 * came out as it did: {@code mvn test -Dtest=OutlineDumpTest -Doutline.file=report.md}. Skipped
 * without the property.
 */
class OutlineDumpTest {

    @Test
    void printsTheUnitsOfTheFileGiven() throws Exception {
        String file = System.getProperty("outline.file", "");
        assumeTrue(!file.isBlank(), "no -Doutline.file=FILE given");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        com.vladsch.flexmark.util.ast.Document document = parser.parse(Files.readString(Path.of(file)));
        if (Boolean.getBoolean("outline.ast")) {
            for (com.vladsch.flexmark.util.ast.Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                String text = PlainText.of(n).strip().replace('\n', ' ');
                System.out.printf("AST %-22s %s%n", n.getClass().getSimpleName(), text.substring(0, Math.min(90, text.length())));
            }
        }
        Outline outline = Outline.of(document);
        for (OutlineUnit u : outline.units()) {
            System.out.printf("%-5d %-15s %-4s %-4s %-5s %6d  %s%n", u.level(), u.kind(), u.isNote() ? "note" : "",
                    EdgeFramingWords.opens(u.title()) ? "opens" : EdgeFramingWords.closes(u.title()) ? "close" : "",
                    u.isNumbered() ? "num" : "", outline.ownWords(u), u.title());
        }
    }
}
