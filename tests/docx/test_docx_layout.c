/* SPDX-License-Identifier: MIT */
/* Word's minutes templates and the structure typists make by hand (issues
 * 24, 19, 17): layout tables become fields, a title table the title, an
 * agenda-item table a heading with its presenter; action and data tables
 * stay tables; a TAB title line is a line; a symbol glyph and a TAB make an
 * action line; numbers typed by hand make headings; a letterhead gives the
 * organisation and w:lang the language. */
#include "docx_test.h"

#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define B(text) "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define TAB "<w:r><w:tab/></w:r>"
#define P(inner) "<w:p>" inner "</w:p>"
#define TC(inner) "<w:tc>" inner "</w:tc>"
#define TR(cells) "<w:tr>" cells "</w:tr>"
#define LAYOUT_PR "<w:tblPr><w:tblDescription w:val=\"Layout table\"/><w:tblLook w:val=\"0600\" w:firstRow=\"0\"/></w:tblPr>"
#define NO_BORDERS                                                                           \
    "<w:tblPr><w:tblBorders><w:top w:val=\"none\"/><w:left w:val=\"none\"/><w:bottom w:val=\"none\"/>" \
    "<w:right w:val=\"none\"/><w:insideH w:val=\"none\"/><w:insideV w:val=\"none\"/></w:tblBorders>"  \
    "<w:tblLook w:firstRow=\"0\"/></w:tblPr>"
#define TBL(pr, rows) "<w:tbl>" pr rows "</w:tbl>"
#define SYM(font, ch) "<w:r><w:sym w:font=\"" font "\" w:char=\"" ch "\"/></w:r>"

static dt_read read_body(const char *document)
{
    return dt_read_doc(document, NULL, NULL);
}

/* "Facilitator:" | "Ana Ruiz": a labelled paragraph, the label in strong;
 * attendees one per line become a list under their label; a value below an
 * empty label continues the field above. */
static void layout_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("Opening text")
        TBL(LAYOUT_PR, TR(TC(DT_P("Meeting called by:")) TC(DT_P("Ana Ruiz")))
                       TR(TC(DT_P("Note taker:")) TC(DT_P("Dee Park")))
                       TR(TC(DT_P("Attendees:")) TC(DT_P("Ana Ruiz") DT_P("Bo Chen")))
                       TR(TC(DT_P("")) TC(DT_P("Chen Li")))
                       TR(TC(DT_P("Timekeeper:")) TC(DT_P(""))))));
    assert_int_equal(r.rc, 0);
    dt_assert_count(r.doc, "//m:table", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Meeting called by: Ana Ruiz");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]/m:strong", "Meeting called by:");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "Note taker: Dee Park");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[4]", "Attendees:");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list/m:item", 3);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:list/m:item[3]", "Chen Li");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:list/following-sibling::m:p[1]", "Timekeeper:");
    dt_free(&r);
}

/* Four columns ("Date:" | … | "Time:" | …), labels over values, and bold
 * labels without a colon where Word marks the table as layout (only). */
static void field_shapes(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("x")
        TBL("", TR(TC(DT_P("Date:")) TC(DT_P("12 May 2026")) TC(DT_P("Time:")) TC(DT_P("10:00"))))
        TBL("", TR(TC(DT_P("Location:")) TC(DT_P("Chair:")))
                TR(TC(DT_P("Room 4")) TC(DT_P("Ana Ruiz"))))
        TBL(NO_BORDERS, TR(TC(P(B("Facilitator"))) TC(DT_P("Bo Chen"))))
        TBL("", TR(TC(P(B("Facilitator"))) TC(DT_P("Bo Chen"))))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Date: 12 May 2026");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "Time: 10:00");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[4]", "Location: Room 4");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[5]", "Chair: Ana Ruiz");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[6]", "Facilitator: Bo Chen");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[6]/m:strong", "Facilitator:");
    /* with borders and no layout hint, two bold-and-plain cells are data */
    dt_assert_count(r.doc, "/m:minutes/m:body/m:table", 1);
    dt_free(&r);
}

/* The title block at the top: "Team Meeting" | date / time / place lines. */
static void title_table(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        TBL(LAYOUT_PR, TR(TC(DT_P("Team Meeting")) TC(DT_P("12 May 2026") DT_P("10:00 AM") DT_P("Room 4"))))
        DT_P("Body")
        TBL(LAYOUT_PR, TR(TC(DT_P("Not a title")) TC(DT_P("12 May 2026"))))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Team Meeting");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]/@style", "Title");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "12 May 2026 | 10:00 AM | Room 4");
    dt_assert_count(r.doc, "//m:p[@style='Title']", 1);
    /* lower down, the same shape is no title block */
    dt_assert_count(r.doc, "/m:minutes/m:body/m:table", 1);
    dt_free(&r);
    /* the title bold, as templates make it: still the title, since the cell
     * beside it holds the date; a bold word beside a name is a field */
    r = read_body(DT_DOC(TBL(LAYOUT_PR, TR(TC(P(B("Sales Review"))) TC(DT_P("5 February 2026"))))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1][@style='Title']", "Sales Review");
    dt_free(&r);
    r = read_body(DT_DOC(TBL(LAYOUT_PR, TR(TC(P(B("Facilitator"))) TC(DT_P("Bo Chen"))))));
    dt_assert_count(r.doc, "//m:p[@style='Title']", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Facilitator: Bo Chen");
    dt_free(&r);
    /* a layout table whose first row is one title cell, then fields */
    r = read_body(DT_DOC(TBL(LAYOUT_PR, TR("<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" DT_P("Board Meeting") "</w:tc>")
                                        TR(TC(DT_P("Date:")) TC(DT_P("3 March 2026"))))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1][@style='Title']", "Board Meeting");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Date: 3 March 2026");
    dt_free(&r);
}

/* "Agenda item:" | text | "Presenter:" | name: a heading and a field. */
static void agenda_item_table(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("x")
        TBL(LAYOUT_PR, TR(TC(DT_P("Agenda item:")) TC(DT_P("Budget review")) TC(DT_P("Presenter:"))
                          TC(DT_P("Ana Ruiz"))))
        DT_P("Discussion:") DT_P("We went through the budget.")));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h", "Budget review");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h/@level", "1");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h/following-sibling::m:p[1]", "Presenter: Ana Ruiz");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h/following-sibling::m:p[2]", "Discussion:");
    dt_free(&r);
    /* six columns, bold labels without colons: the topic comes first */
    r = read_body(DT_DOC(DT_P("x")
        TBL(LAYOUT_PR, TR(TC(P(B("Time allotted"))) TC(DT_P("20 min")) TC(P(B("Agenda topic")))
                          TC(DT_P("Q1 pipeline")) TC(P(B("Presenter"))) TC(DT_P("Carmen Ortiz"))))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h", "Q1 pipeline");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h/following-sibling::m:p[1]", "Time allotted: 20 min");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h/following-sibling::m:p[2]", "Presenter: Carmen Ortiz");
    dt_free(&r);
}

/* Registers stay tables, whatever Word says of their layout. */
static void action_table_stays(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("x")
        TBL(LAYOUT_PR, TR(TC(DT_P("Action items")) TC(DT_P("Person responsible")) TC(DT_P("Deadline")))
                       TR(TC(DT_P("Send the budget")) TC(DT_P("Bo Chen")) TC(DT_P("19 May 2026"))))
        TBL(LAYOUT_PR, TR(TC(P(B("Decision"))) TC(P(B("Owner"))))
                       TR(TC(DT_P("Adopt the plan")) TC(DT_P("Board"))))));
    dt_assert_count(r.doc, "/m:minutes/m:body/m:table", 2);
    dt_assert_str(r.doc, "//m:table[1]/m:row[2]/m:cell[2]", "Bo Chen");
    dt_assert_str(r.doc, "//m:table[2]/m:row[1]/m:cell[1]", "Decision");
    dt_free(&r);
}

/* A TAB inside one paragraph never makes a table.  Opening the body, a
 * title with its date and time is the title block a table would hold. */
static void tab_title_line(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("Minutes") TAB R("9 March 2026") TAB TAB R("3 pm")) DT_P("Text")
                                 P(R("Later") TAB R("12 May 2026") TAB R("Room 4")) DT_P("End")));
    dt_assert_count(r.doc, "//m:table", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1][@style='Title']", "Minutes");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "9 March 2026 | 3 pm");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[4]", "Later\t12 May 2026\tRoom 4");
    dt_free(&r);
    /* under a bold letterhead line: its name is the organisation; "Venue –"
     * before a TAB is a label as "Venue:" is */
    r = read_body(DT_DOC(P(B("ASHFORD CHESS CLUB")) P(B("Committee Minutes") TAB B("4 March 2026") TAB B("7.30 pm"))
                         P(R("Venue \xE2\x80\x93") TAB R("Church hall")) DT_P("Text")));
    dt_assert_count(r.doc, "//m:table", 0);
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "ASHFORD CHESS CLUB");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2][@style='Title']", "Committee Minutes");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "4 March 2026 | 7.30 pm");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[4]", "Venue \xE2\x80\x93 Church hall");
    dt_free(&r);
    /* a name followed by a dash and a TAB is no label */
    r = read_body(DT_DOC(DT_P("Text") P(R("Ana Ruiz \xE2\x80\x93") TAB R("Acme")) P(R("Bo Chen \xE2\x80\x93") TAB R("Bolt"))));
    dt_assert_count(r.doc, "//m:table/m:row", 2);
    dt_free(&r);
    /* at the top but no date or time: a line */
    r = read_body(DT_DOC(P(R("Ruiz") TAB R("Ana")) DT_P("Text")));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Ruiz\tAna");
    dt_assert_count(r.doc, "//m:p[@style]", 0);
    dt_free(&r);
}

/* Surname⇥Given rows under bold group labels typed without their TAB: one
 * table, the labels as role rows (a label and an empty cell), as the
 * annex's "MAG Members⇥" rows are; a bold line before a single TAB line, or
 * after the table, stays a paragraph. */
static void group_rows(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("Annex: List of participants")
        P(B("PSG Chair")) P(R("Dalsgaard") TAB R("Henrik"))
        P(B("PSG Vice-Chairs")) P(R("Arantes") TAB R("Beatriz")) P(R("Benali") TAB R("Youssef"))
        P(B("Next steps")) DT_P("Text")
        P(B("Board Meeting")) P(R("Ruiz") TAB R("Ana")) DT_P("End")));
    dt_assert_count(r.doc, "//m:table", 1);
    dt_assert_count(r.doc, "//m:table/m:row", 5);
    dt_assert_str(r.doc, "//m:table/m:row[1]/m:cell[1]", "PSG Chair");
    dt_assert_count(r.doc, "//m:table/m:row[1]/m:cell", 2);
    dt_assert_str(r.doc, "//m:table/m:row[3]/m:cell[1]", "PSG Vice-Chairs");
    dt_assert_str(r.doc, "//m:table/following-sibling::m:p[1]", "Next steps");
    dt_assert_str(r.doc, "//m:p[.='Board Meeting']/following-sibling::m:p[1]", "Ruiz\tAna");
    dt_free(&r);
}

/* An arrow, a symbol font's glyph (Wingdings Ø, ➔) or typed, a TAB and
 * text: an action line, never a two-cell row.  A bullet, a symbol font's
 * (Symbol's F0B7 •, Wingdings' F0A0 ▪) or typed, and a TAB: an item — the
 * points of "Key points" are no tasks. */
static void symbol_tab_action(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(DT_P("x")
        P(SYM("Wingdings", "F0D8") TAB R("The Secretariat to circulate the draft."))
        P(SYM("Symbol", "F0B7") TAB R("Members sent comments."))
        P(R("\xE2\x9E\x94") TAB R("Ana to book the room."))
        P(SYM("Wingdings", "F0A0") R("\t Costs are on budget."))
        P(SYM("Wingdings", "F0E8") TAB R("Bo to check the budget."))
        P(R("\xE2\x80\xA2") TAB R("A plain point"))
        P(R("\xE2\x80\xA2") TAB R("Another point"))));
    dt_assert_count(r.doc, "//m:table", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "\xE2\x86\x92 The Secretariat to circulate the draft.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "\xE2\x86\x92 Ana to book the room.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[4]", "\xE2\x86\x92 Bo to check the budget.");
    dt_assert_count(r.doc, "//m:p[contains(., 'Members sent') or contains(., 'Costs are')]", 0);
    dt_assert_str(r.doc, "//m:item[contains(., 'Members')]", "Members sent comments.");
    dt_assert_str(r.doc, "//m:item[contains(., 'Costs')]", "Costs are on budget.");
    dt_assert_str(r.doc, "(//m:item)[last()]", "Another point");
    dt_free(&r);
}

/* "1.⇥Attendees:" and "2)⇥Decisions" are headings with labels; a numbered
 * field gives its heading and its value; short numbered lines one after
 * another are a list; numbered prose stays a paragraph as written. */
static void hand_numbered(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        P(R("1.") TAB R("Attendees:")) DT_P("Ana Ruiz, Bo Chen")
        P(R("2)") TAB R("Decisions")) DT_P("None.")
        P(R("3.") TAB R("Apologies: Chen Li")) DT_P("Text")
        P(R("4.1") TAB R("Budget")) DT_P("Text")
        P(R("1.") TAB R("Book the room")) P(R("2.") TAB R("Order lunch"))
        DT_P("Then")
        P(R("5.") TAB R("The meeting opened at ten and the Chair welcomed the members present."))));
    dt_assert_count(r.doc, "//m:table", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]", "Attendees:");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]/@n", "1.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]/@level", "1");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[2]", "Decisions");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[2]/@n", "2)");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[3]", "Apologies:");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[3]/following-sibling::m:p[1]", "Chen Li");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[4]/@level", "2");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list[@ordered='1']/m:item", 2);
    dt_assert_str(r.doc, "//m:item[2]/@n", "2.");
    dt_assert_str(r.doc, "//m:item[2]", "Order lunch");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[last()]",
                  "5.\tThe meeting opened at ten and the Chair welcomed the members present.");
    dt_free(&r);
}

/* A minute's heading typed as a bold numbered line, the minute after a
 * line break in the same paragraph: a labelled heading and a paragraph.
 * A bold sentence, or a bold line without a number, stays as written. */
static void bold_line_heading(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        P("<w:r><w:rPr><w:b/></w:rPr><w:t>3) Boat repairs</w:t><w:br/></w:r>" R("The rigger is cracked."))
        P("<w:r><w:rPr><w:b/></w:rPr><w:t>4. The boat was repaired.</w:t><w:br/></w:r>" R("More text."))
        P("<w:r><w:rPr><w:b/></w:rPr><w:t>Treasurer</w:t><w:br/></w:r>" R("Ana Ruiz"))));
    dt_assert_count(r.doc, "/m:minutes/m:body/m:h", 1);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]", "Boat repairs");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]/@n", "3)");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:h[1]/following-sibling::m:p[1]", "The rigger is cracked.");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p", 3);
    dt_free(&r);
}

/* "Chair:⇥Ana Ruiz" is a field; a label after a line break starts its own
 * paragraph ("Date: …<br>Venue: …"), other lines stay in theirs. */
static void typed_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("Chair:") TAB R("Ana Ruiz"))
        P(R("Date: 12 May 2026") "<w:r><w:br/></w:r>" R("Venue: Town Hall") "<w:r><w:br/></w:r>" R("Main Street"))
        P(R("First line") "<w:r><w:br/></w:r>" R("second line"))));
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Chair: Ana Ruiz");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Date: 12 May 2026");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "Venue: Town HallMain Street");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p[3]/m:br", 1);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p[4]/m:br", 1);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p", 4);
    dt_free(&r);
}

#define SECT(extra)                                                                     \
    "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/>"                  \
    "<w:headerReference w:type=\"first\" r:id=\"rIdH1\"/>" extra "</w:sectPr>"

/* A bold name line typed over the Title paragraph is the letterhead's
 * organisation; a bold line over a Title lower down is not. */
static void body_letterhead(void **state)
{
    (void)state;
    static const char styles[] = DT_PART("styles", "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>");
#define TITLE_P(text) "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" R(text) "</w:p>"
    dt_part parts[] = {
        {"word/document.xml", DT_DOC(P(B("Ashford Chess Club")) TITLE_P("Meeting Minutes") DT_P("Text"))},
        {"word/styles.xml", styles},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "Ashford Chess Club");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Ashford Chess Club");
    dt_free(&r);
    parts[0].data = DT_DOC(DT_P("Text") P(B("Ashford Chess Club")) TITLE_P("Meeting Minutes"));
    r = dt_read_parts(parts, NULL);
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='organisation']", 0);
    dt_free(&r);
#undef TITLE_P
}

static dt_read read_headers(const char *first, const char *dflt, const char *title_pg)
{
    char doc[1024];
    snprintf(doc, sizeof doc, DT_DOC(DT_P("Body text.") "%s"),
             title_pg ? SECT("<w:titlePg/>") : SECT(""));
    dt_part parts[] = {
        {"word/document.xml", doc},
        {"word/header1.xml", first},
        {"word/header2.xml", dflt},
        {NULL, NULL},
    };
    return dt_read_parts(parts, NULL);
}

/* The letterhead's name is the organisation, not body text; a title, an
 * address, a "Minutes" running head are not. */
static void letterhead(void **state)
{
    (void)state;
    static const char org[] = DT_PART("hdr", DT_P("Larkspur Design Studio") DT_P("14 Mill Lane, Bristol"));
    static const char running[] = DT_PART("hdr", DT_P("Team Meeting Minutes"));
    static const char inc[] = DT_PART("hdr", "<w:p/><w:tbl><w:tr>" TC(DT_P("Corvid Outdoor Gear, Inc."))
                                             TC(DT_P("Sales")) "</w:tr></w:tbl>");
    static const char titled[] = DT_PART("hdr", "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" R("Board Retreat") "</w:p>");
    static const char styles[] = DT_PART("styles", "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>");
    dt_read r = read_headers(running, org, NULL); /* the default header */
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "Larkspur Design Studio");
    dt_assert_count(r.doc, "//m:body/m:p", 1);
    dt_free(&r);
    r = read_headers(org, running, "1"); /* the first-page header is read as text, but for its name */
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "Larkspur Design Studio");
    dt_assert_str(r.doc, "//m:body/m:p[1]", "14 Mill Lane, Bristol");
    dt_assert_count(r.doc, "//m:body/m:p[.='Larkspur Design Studio']", 0);
    dt_free(&r);
    r = read_headers(running, running, NULL);
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='organisation']", 0);
    dt_free(&r);
    static const char prompt[] = DT_PART("hdr", "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                                                DT_P("[Type here]") "</w:sdtContent></w:sdt>");
    r = read_headers(running, prompt, NULL); /* a template's prompt is no name */
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='organisation']", 0);
    dt_free(&r);
    /* a running head that repeats the minutes' own heading names the
     * committee, not a letterhead's organisation */
    static const char committee[] = DT_PART("hdr", DT_P("Westbury Town Council \xE2\x80\x93 Planning Committee"));
    dt_part heads[] = {
        {"word/document.xml", DT_DOC(DT_P("Planning Committee") DT_P("Minutes of the meeting held on 3 May.")
                                     "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/></w:sectPr>")},
        {"word/header2.xml", committee},
        {NULL, NULL},
    };
    r = dt_read_parts(heads, NULL);
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='organisation']", 0);
    dt_free(&r);
    /* the same words over an address line: a letterhead */
    static const char lettered[] = DT_PART("hdr", DT_P("ASHFORD PARISH COUNCIL")
                                                  DT_P("Clerk: 2 Forge Lane, Ashford TN24 1AB"));
    dt_part council[] = {
        {"word/document.xml", DT_DOC(DT_P("Minutes of the meeting of the Parish Council held on 3 May.")
                                     "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/></w:sectPr>")},
        {"word/header2.xml", lettered},
        {NULL, NULL},
    };
    r = dt_read_parts(council, NULL);
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "ASHFORD PARISH COUNCIL");
    dt_free(&r);
    heads[0].data = DT_DOC(DT_P("Board Meeting") "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/></w:sectPr>");
    r = dt_read_parts(heads, NULL); /* the name before the separator */
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "Westbury Town Council");
    dt_free(&r);
    r = read_headers(running, inc, NULL); /* in a header table, with an abbreviation's full stop */
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='organisation']", "Corvid Outdoor Gear, Inc.");
    dt_free(&r);
    dt_part parts[] = {
        {"word/document.xml", DT_DOC(DT_P("Body text.") SECT("<w:titlePg/>"))},
        {"word/header1.xml", titled},
        {"word/header2.xml", running},
        {"word/styles.xml", styles},
        {NULL, NULL},
    };
    r = dt_read_parts(parts, NULL);
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='organisation']", 0);
    dt_assert_str(r.doc, "//m:body/m:p[1]", "Board Retreat");
    dt_free(&r);
}

static const char *read_lang(const char *styles, const char *core, const char *body, char *source, size_t n)
{
    static char lang[64];
    dt_part parts[4] = {{"word/document.xml", body}};
    size_t k = 1;
    if (styles)
        parts[k++] = (dt_part){"word/styles.xml", styles};
    if (core)
        parts[k++] = (dt_part){"docProps/core.xml", core};
    parts[k] = (dt_part){NULL, NULL};
    dt_read r = dt_read_parts(parts, NULL);
    char *v = dt_str(r.doc, "//m:meta/m:prop[@name='lang']"), *s = dt_str(r.doc, "//m:meta/m:prop[@name='lang-source']");
    snprintf(lang, sizeof lang, "%s", v);
    snprintf(source, n, "%s", s);
    free(v);
    free(s);
    dt_free(&r);
    return lang;
}

/* w:lang in the document defaults, the Normal style, the runs; dc:language
 * first of all. */
static void language(void **state)
{
    (void)state;
    char src[32];
#define DEFAULTS(tag) "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"" tag "\" w:eastAsia=\"ja-JP\"/></w:rPr></w:rPrDefault></w:docDefaults>"
#define NORMAL(tag) "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:lang w:val=\"" tag "\"/></w:rPr></w:style>"
#define LANG_RUN(tag, text) "<w:r><w:rPr><w:lang w:val=\"" tag "\"/></w:rPr><w:t>" text "</w:t></w:r>"
    const char *body = DT_DOC(DT_P("Le 23/05/22"));
    assert_string_equal(read_lang(DT_PART("styles", DEFAULTS("en-GB")), NULL, body, src, sizeof src), "en-GB");
    assert_string_equal(src, "defaults");
    assert_string_equal(read_lang(DT_PART("styles", DEFAULTS("en-US") NORMAL("en-AU")), NULL, body, src, sizeof src),
                        "en-AU");
    assert_string_equal(src, "style");
    /* most of the text typed in en-GB in an en-US template */
    assert_string_equal(read_lang(DT_PART("styles", DEFAULTS("en-US")), NULL,
                                  DT_DOC(P(LANG_RUN("en-GB", "The meeting opened at ten.")) DT_P("Hi")), src, sizeof src),
                        "en-GB");
    assert_string_equal(src, "runs");
    static const char core[] = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                               "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                               "<dc:language> fr-FR </dc:language></cp:coreProperties>";
    assert_string_equal(read_lang(DT_PART("styles", DEFAULTS("en-US")), core, body, src, sizeof src), "fr-FR");
    assert_string_equal(src, "dc:language");
    /* nothing said, or nonsense: no property */
    assert_string_equal(read_lang(NULL, NULL, body, src, sizeof src), "");
    assert_string_equal(read_lang(DT_PART("styles", DEFAULTS("not a tag")), NULL, body, src, sizeof src), "");
}

/* A content control still showing its prompt says nothing. */
static void placeholders(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" DT_P("[Click to enter a title]") "</w:sdtContent></w:sdt>"
        P(R("Venue: ") "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" R("[Location]") "</w:sdtContent></w:sdt>")
        "<w:sdt><w:sdtPr/><w:sdtContent>" DT_P("Filled in") "</w:sdtContent></w:sdt>"));
    dt_assert_count(r.doc, "//m:p[contains(., '[')]", 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Venue:");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Filled in");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(layout_fields),     cmocka_unit_test(field_shapes),
        cmocka_unit_test(title_table),       cmocka_unit_test(agenda_item_table),
        cmocka_unit_test(action_table_stays), cmocka_unit_test(tab_title_line),
        cmocka_unit_test(symbol_tab_action), cmocka_unit_test(hand_numbered),
        cmocka_unit_test(typed_fields),      cmocka_unit_test(letterhead),
        cmocka_unit_test(language),          cmocka_unit_test(placeholders),
        cmocka_unit_test(group_rows),        cmocka_unit_test(bold_line_heading),
        cmocka_unit_test(body_letterhead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
