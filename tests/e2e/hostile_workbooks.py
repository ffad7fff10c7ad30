#!/usr/bin/env python3
"""Writes small hostile .xlsx files into OUT (a temporary folder), one per
attack the workbook reader must refuse (core/xlsx_reader.cpp), and a
minimal valid response workbook to compare with. Nothing large is written:
the zip bomb and the million-row sheet are highly compressed.

    hostile_workbooks.py OUT
"""
import io
import os
import sys
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Instructions" sheetId="1" r:id="rId1"/>'
            '<sheet name="Items" sheetId="2" r:id="rId2"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet(rows):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


FIRST = sheet('<row r="1">' + inline("A1", "Details") + '</row>'
              '<row r="2">' + inline("A2", "Checklist") + inline("B2", "ngo-case-reviews") + '</row>')
ITEMS = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>')
STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst {NS}><si><t>Id</t></si><si><t>Answer</t></si></sst>'


def workbook(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def base(**override):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": RELS,
        "xl/sharedStrings.xml": STRINGS,
        "xl/worksheets/sheet1.xml": FIRST,
        "xl/worksheets/sheet2.xml": ITEMS,
    }
    parts.update(override)
    return {k: v for k, v in parts.items() if v is not None}


def main(out):
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)
    workbook(p("minimal.xlsx"), base())
    # 1 GiB of spaces inside the Items sheet: about 1 MiB compressed.
    with zipfile.ZipFile(p("zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in base(**{"xl/worksheets/sheet2.xml": None}).items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode())
            block = b" " * (1024 * 1024)
            for _ in range(1024):
                part.write(block)
            part.write(b"</sheetData></worksheet>")
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "' + f"&lol{i-1};" * 10 + '">' if i > 1 else
                        '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                        for i in range(1, 10))
              + f']><sst {NS}><si><t>&lol9;</t></si></sst>')
    workbook(p("billion-laughs.xlsx"), base(**{"xl/sharedStrings.xml": laughs}))
    external = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
                f'<sst {NS}><si><t>&ext;</t></si></sst>')
    workbook(p("external-entity.xlsx"), base(**{"xl/sharedStrings.xml": external}))
    with zipfile.ZipFile(p("million-rows.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in base(**{"xl/worksheets/sheet2.xml": None}).items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode())
            part.write(b"".join(b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
                                for _ in range(1_000_000)))
            part.write(b"</sheetData></worksheet>")
    workbook(p("no-shared-strings.xlsx"), base(**{"xl/sharedStrings.xml": None}))
    whole = open(p("minimal.xlsx"), "rb").read()
    open(p("truncated.xlsx"), "wb").write(whole[: len(whole) // 2])
    workbook(p("macros.xlsx"), base(**{"xl/vbaProject.bin": b"\0" * 64}))
    links = RELS.replace("</Relationships>",
                         '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>')
    workbook(p("external-link.xlsx"), base(**{"xl/_rels/workbook.xml.rels": links}))


if __name__ == "__main__":
    main(sys.argv[1])
