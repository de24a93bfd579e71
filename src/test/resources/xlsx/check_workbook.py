"""Reads trend-comparison.xlsx with openpyxl, a reader independent of Apache POI, and prints what
a test can assert on, one fact per line ("key<TAB>value"). A file only POI accepts fails here.

Usage: /usr/bin/python3 check_workbook.py WORKBOOK [--dump]
  --dump  also prints every cell of every sheet, for looking at the workbook by eye.
"""
import sys
import warnings

import re

import openpyxl

HYPERLINK = re.compile(r'^=HYPERLINK\("((?:[^"]|"")*)",\s*"(?:[^"]|"")*"\)$')


def hyperlink_formula(cell):
    """The address of a cell that is a HYPERLINK of two string constants, else None."""
    if cell.data_type != "f" or not isinstance(cell.value, str):
        return None
    match = HYPERLINK.match(cell.value)
    return match.group(1).replace('""', '"') if match else None


def main(path, dump):
    # read_only=False: tables, charts and conditional formats are only loaded in full mode
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(path)
    for w in caught:
        print("warning\t%s" % w.message)
    print("sheets\t" + "|".join(wb.sheetnames))
    print("title\t%s" % wb.properties.title)
    print("creator\t%s" % wb.properties.creator)
    print("created\t%s" % (wb.properties.created.isoformat() if wb.properties.created else ""))
    for ws in wb.worksheets:
        name = ws.title
        print("dimensions\t%s\t%s" % (name, ws.dimensions))
        print("freeze\t%s\t%s" % (name, ws.freeze_panes or ""))
        print("autofilter\t%s\t%s" % (name, ws.auto_filter.ref or ""))
        fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr is not None else False
        print("print\t%s\t%s\tfit=%s\twide=%s\ttall=%s\trepeat=%s" % (name, ws.page_setup.orientation, bool(fit),
              ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.print_title_rows or ""))
        for row in ws.iter_rows():
            for c in row:
                if c.hyperlink is not None:
                    print("link\t%s\t%s\t%s" % (name, c.coordinate, c.hyperlink.target or c.hyperlink.location))
                elif hyperlink_formula(c) is not None:
                    print("link\t%s\t%s\t%s" % (name, c.coordinate, hyperlink_formula(c)))
        for table in ws.tables.values():
            style = table.tableStyleInfo.name if table.tableStyleInfo is not None else ""
            columns = "|".join(c.name for c in table.tableColumns)
            headers = "|".join(str(c.value) for c in ws[table.ref][0])
            print("table\t%s\t%s\t%s\t%s\t%s" % (name, table.displayName, table.ref, style, columns))
            print("table-header\t%s\t%s\t%s" % (name, table.displayName, headers))
            print("table-autofilter\t%s\t%s\t%s" % (name, table.displayName, table.autoFilter.ref if table.autoFilter else ""))
        print("charts\t%s\t%d" % (name, len(ws._charts)))
        for chart in ws._charts:
            refs = [s.val.numRef.f for s in chart.series]
            cats = [s.cat.strRef.f if s.cat.strRef is not None else "" for s in chart.series]
            print("chart\t%s\t%s\t%d\t%s\t%s" % (name, chart.tagname, len(chart.series), "|".join(refs), "|".join(cats)))
        formulas = sum(1 for row in ws.iter_rows() for c in row if c.data_type == "f" and hyperlink_formula(c) is None)
        print("formulas\t%s\t%d" % (name, formulas))
        if dump:
            for row in ws.iter_rows():
                values = [repr(c.value) + ("[" + c.number_format + "]" if c.value is not None and c.data_type != "s" else "")
                          for c in row if c.value is not None]
                if values:
                    print("row\t%s\t%d\t%s" % (name, row[0].row, " | ".join(values)))


if __name__ == "__main__":
    main(sys.argv[1], "--dump" in sys.argv[2:])
