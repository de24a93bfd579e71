package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of the workbook, each created once. Excel caps a workbook at about 64,000
 * styles and slows down long before, so sheets must reuse these instead of creating styles per
 * cell.
 */
final class WorkbookStyles {

    static final String PERCENT_FORMAT = "0.0%";
    /** A change of a share in percentage points: the value is in points, not a fraction. */
    static final String CHANGE_FORMAT = "+0.0\" pts\";-0.0\" pts\";0.0\" pts\"";
    static final String SCORE_FORMAT = "0.00";
    static final String INTEGER_FORMAT = "0";
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String DAY_FORMAT = "yyyy-mm-dd";
    static final String FIGURE_FORMAT = "#,##0";
    static final String DECIMAL_FIGURE_FORMAT = "#,##0.0##";

    final CellStyle title;
    final CellStyle label;
    final CellStyle header;
    final CellStyle tableHeader;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle percent;
    final CellStyle change;
    final CellStyle date;
    final CellStyle day;
    final CellStyle hyperlink;
    /** A whole figure with its thousands grouped; {@link #decimalFigure} for one with decimals. */
    final CellStyle figure;
    final CellStyle decimalFigure;
    /** A topic's heading above its block on Comparison. */
    final CellStyle heading;
    final CellStyle muted;
    /** "new" or "dropped" where a change column holds no number. */
    final CellStyle changeWord;

    WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();

        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font link = workbook.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);

        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        // no fill: inside an Excel table the table style paints the header row
        tableHeader = workbook.createCellStyle();
        tableHeader.setFont(bold);
        tableHeader.setVerticalAlignment(VerticalAlignment.TOP);
        tableHeader.setWrapText(true);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = workbook.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);

        integer = numeric(workbook, formats, INTEGER_FORMAT);
        score = numeric(workbook, formats, SCORE_FORMAT);
        percent = numeric(workbook, formats, PERCENT_FORMAT);
        change = numeric(workbook, formats, CHANGE_FORMAT);
        date = numeric(workbook, formats, DATE_FORMAT);
        day = numeric(workbook, formats, DAY_FORMAT);
        figure = numeric(workbook, formats, FIGURE_FORMAT);
        decimalFigure = numeric(workbook, formats, DECIMAL_FIGURE_FORMAT);

        Font headingFont = workbook.createFont();
        headingFont.setBold(true);
        headingFont.setFontHeightInPoints((short) 13);
        headingFont.setColor(IndexedColors.DARK_BLUE.getIndex());
        heading = workbook.createCellStyle();
        heading.setFont(headingFont);
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);

        Font grey = workbook.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        muted = workbook.createCellStyle();
        muted.setFont(grey);
        muted.setVerticalAlignment(VerticalAlignment.BOTTOM);

        changeWord = workbook.createCellStyle();
        changeWord.setFont(grey);
        changeWord.setAlignment(HorizontalAlignment.RIGHT);
        changeWord.setVerticalAlignment(VerticalAlignment.TOP);

        hyperlink = workbook.createCellStyle();
        hyperlink.setFont(link);
        hyperlink.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
