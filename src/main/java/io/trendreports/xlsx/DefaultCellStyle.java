package io.trendreports.xlsx;

import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * Declares the built-in "Normal" cell style that every cell format derives from. Excel writes it
 * in every file; POI does not, and readers such as openpyxl then warn that the workbook "contains
 * no default style" and substitute their own.
 *
 * <p>POI's bundled schema subset has no class for the {@code cellStyles} element, so it is written
 * as XML, at its place in the stylesheet's sequence; POI keeps elements it does not manage when it
 * saves the stylesheet.
 */
final class DefaultCellStyle {

    static final String NAME = "Normal";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The stylesheet elements that come after {@code cellStyles}. */
    private static final Set<String> LATER = Set.of("dxfs", "tableStyles", "colors", "extLst");

    private DefaultCellStyle() {
    }

    static void declare(XSSFWorkbook workbook) {
        CTStylesheet styles = workbook.getStylesSource().getCTStylesheet();
        try (XmlCursor cursor = styles.newCursor()) {
            if (cursor.toChild(new QName(NS, "cellStyles"))) {
                return;
            }
        }
        try (XmlCursor cursor = styles.newCursor()) {
            boolean before = false;
            if (cursor.toFirstChild()) {
                do {
                    if (LATER.contains(cursor.getName().getLocalPart())) {
                        before = true;
                        break;
                    }
                } while (cursor.toNextSibling());
            }
            if (!before) {
                cursor.toEndToken();
            }
            cursor.beginElement(new QName(NS, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(NS, "cellStyle"));
            cursor.insertAttributeWithValue("name", NAME);
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }
}
