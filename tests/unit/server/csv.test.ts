import { describe, expect, it } from "vitest";
import { csvField, neutralizeFormula, toCsv } from "@/lib/server/http/csv";

describe("neutralizeFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")'])(
    "prefixes a quote to %j so a spreadsheet shows it as text",
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(["Ada Lovelace", "MN-7K3P-9Q", "2026-11-22T14:05:00.000Z", "a=b", "x-y", "", " =1"])("leaves %j alone", (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});

describe("csvField", () => {
  it("quotes every field, so no separator a spreadsheet may split on starts a cell inside one", () => {
    expect(csvField("Ada Lovelace")).toBe('"Ada Lovelace"');
    expect(csvField("")).toBe('""');
    // Split on ";" (Excel in much of Europe), an unquoted field would give "=cmd" a cell of its own.
    expect(csvField("Ann;=cmd|' /C calc'!A0")).toBe("\"Ann;=cmd|' /C calc'!A0\"");
  });

  it("keeps unicode as it is", () => {
    expect(csvField("Zoë Ørsted-Nguyễn 李")).toBe('"Zoë Ørsted-Nguyễn 李"');
    expect(csvField("Ángel, José")).toBe('"Ángel, José"');
  });

  it("doubles quotes and keeps commas and line breaks inside the field (RFC 4180)", () => {
    expect(csvField("Lovelace, Ada")).toBe('"Lovelace, Ada"');
    expect(csvField('Ada "Countess" Lovelace')).toBe('"Ada ""Countess"" Lovelace"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("neutralises a formula before quoting it", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("=1,2")).toBe("\"'=1,2\"");
    expect(csvField("\r=1")).toBe("\"'\r=1\"");
    expect(csvField("\t=1")).toBe("\"'\t=1\"");
    expect(csvField("-2+3")).toBe("\"'-2+3\"");
    expect(csvField("@cmd")).toBe("\"'@cmd\"");
    expect(csvField("+44 20 7946 0000")).toBe("\"'+44 20 7946 0000\"");
  });
});

describe("toCsv", () => {
  it("writes CRLF rows after a UTF-8 byte order mark", () => {
    expect(toCsv([["Reference", "Name"], ["MN-1", 'Zoë, "Z"'], ["MN-2", "=1+1"]])).toBe(
      '\uFEFF"Reference","Name"\r\n"MN-1","Zoë, ""Z"""\r\n"MN-2","\'=1+1"\r\n',
    );
  });

  it("writes a header alone when there are no rows", () => {
    expect(toCsv([["Reference"]])).toBe('\uFEFF"Reference"\r\n');
  });
});
