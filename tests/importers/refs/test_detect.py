"""Style auto-detection: note style, GOST in either script, and Cyrillic works cited in English styles."""

from __future__ import annotations

import pytest

from biblio.importers.refs import detect_style, parse_reference


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("王晓东：《丝路考古》，北京：文物出版社，2016年，第3页。", "note"),
        ("同上，第8页。", "note"),
        ("《鲁迅全集》第1卷，北京：人民文学出版社，2005年，第10页。", "note"),
        ("王晓东. 丝路考古[M]. 北京: 文物出版社, 2016.", "gbt7714"),
        ("王晓东. 丝路考古. 北京: 文物出版社, 2016.", "gbt7714"),
        ("Соколов А. Н. Степной путь. — М. : Наука, 2004. — 300 с.", "gost"),
        ("Соколов А. Н. Степной путь // Вопросы истории. 2004. № 3. С. 5–20.", "gost"),
        ("Соколов, А. Н. (2004). Степной путь. Вопросы истории, (3), 5–20.", "english"),
        ("Соколов, Андрей Николаевич, and Ирина Петровна Белова. 2004. “Степной путь.” Вопросы истории, no. 3: 5–20.",
         "english"),
        ("[7] А. Н. Соколов, “Степной путь,” Вопросы истории, no. 3, pp. 5–20, 2004.", "english"),
        ("Smith J. The Steppe Road. — London : Routledge, 2004. — 300 p.", "gost"),
        ("Smith, J. (2004). The steppe road. Routledge.", "english"),
        # GOST's own area marks decide, in English works too
        ("Smith J. The Steppe Road // Central Asian Survey. 2004. Vol. 3. P. 5–20.", "gost"),
        ("Smith J. The Steppe Road. — London : Routledge, 2004.", "gost"),
        # ISBD marks alone, an English work: GOST 7.0.5 without area dashes
        ("Jones K. Clan Politics in the Steppe. Cambridge : Cambridge University Press, 2006.", "gost"),
        ("Brown Institute. Water and Power in the Steppe / Brown Institute. Boston, 2011.", "gost"),
        # a Vancouver name opens the string: GOST writes "Olcott M. B."
        ("Olcott MB. Central Asia's second chance. Washington (DC): Steppe Press; 2005. 320 p.", "english"),
        ("Karimov A, Berg T. Wells of the steppe. London : Steppe Press; 2005. 98 p.", "english"),
        # ... also before a typed hyphen between parts (GOST's area dash is "—" or "–")
        ("Karimov A, Berg T. Wells of the steppe. - Part B, London: Steppe Press; 2005.", "english"),
        ("Karimov A., Berg T. Wells of the steppe. — London : Steppe Press, 2005.", "gost"),
        # the same marks in French, German, Spanish, Italian lists (AFNOR, DIN): the labeller's
        ("DUPONT, Marie. Les routes de la steppe : histoire et mémoire. Lyon : Presses de l'université, 2011. 312 p.",
         "english"),
        ("Müller, Hans: Die Steppe und das Reich : Studien zur Geschichte. Berlin : Verlag der Akademie 1999.",
         "english"),
        ("García, Luis. Los caminos de la estepa : una historia. Madrid : Alianza, 2004.", "english"),
        ("Rossi, Paolo. La via della seta : storia di un mito. Torino : Einaudi, 2003.", "english"),
        # an English style that happens to hold an ISBD mark: its own marks outnumber it
        ('A. Smith and B. Jones, "Steppe Roads," Asian Studies, Vol. 7, No. 2, May / June 2001, pp. 5-20.', "english"),
        # a first name as only English styles print it (a full given name, or initials first), whatever the marks
        ("Jones, Kevin. The Steppe Road : Clans and Wells. London : Steppe Books / Routledge, 1999.", "english"),
        ("WELLS, Margaret, Clan politics : a history, Oxford, Steppe Press, 2004, 248p.", "english"),
        ("[12] K. Jones, T. Berg, and A. Smith, Steppe Wells. - London: Steppe Press, 2004.", "english"),
        ("A. B. Smith and C. Berg (eds.). Wells of the steppe : new studies. Steppe Press, 1997.", "english"),
        ("Jones, K. The Steppe Road : Clans and Wells. London : Routledge, 1999.", "gost"),  # initials: either
        ("Jones, K. Berg, T. Smith, and A. Karimov : Steppe wells, Steppe Stud., 2008.", "english"),  # a name list
        ("Berg, T. (2009). Wells and clans. Steppe research : a journal of the steppe, 7(2), 5-20.", "english"),
        ("6. Berg TK & Jones PM (1999) Wells in the steppe : a survey. Steppe Studies 16(11):465-472.", "english"),
    ],
)  # fmt: skip
def test_detect_style(text: str, style: str) -> None:
    assert detect_style(text) == style


def test_style_can_be_forced() -> None:
    text = "Соколов, А. Н. (2004). Степной путь. Вопросы истории, (3), 5–20."
    assert parse_reference(text, "gost").style == "gost"
    assert parse_reference("同上，第8页。", "gbt7714").style == "note"  # gbt7714 hands 注释体 to the note reader
    assert parse_reference("王晓东：《丝路考古》，北京：文物出版社，2016年。", "note").style == "note"
