"""The HTML tree shared by the CNKI and web importers: building, lookups, the two text views."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.web.htmldom import MAX_DEPTH, Node, parse_html_tree


def test_tree_tolerates_broken_markup() -> None:
    root = parse_html_tree("<div class='a b'><p>one<span>two</div></p><br>three</em>&amp;<script>x<y</script>")
    assert root.rendered_text() == "onetwo three&"
    assert root.text() == "one two three &"
    div = root.find("div", cls="b")
    assert div is not None and div.rendered_text() == "onetwo" and div.classes == {"a", "b"}


def test_implied_end_tags_and_void_elements() -> None:
    root = parse_html_tree("<ul><li>one<li>two</ul><p>para<div>block</div><img src=x><br/><p/>tail")
    assert [li.text() for li in root.find_all("li")] == ["one", "two"]
    paragraph = root.find("p")
    assert paragraph is not None and paragraph.text() == "para"
    image = root.find("img")
    assert image is not None and image.children == [] and image.get("src") == "x" and image.get("alt") == ""
    assert root.children[-1] == "tail"


def test_find_by_tag_class_and_id() -> None:
    root = parse_html_tree(
        '<div id="x" class="box"><h3 id="authorpart"><a>A</a><a>B</a></h3><span class="box">s</span></div>'
    )
    assert [e.tag for e in root.find_all(cls="box")] == ["div", "span"]
    assert [a.text() for a in root.find_all("a")] == ["A", "B"]
    h3 = root.find(id_="authorpart")
    assert h3 is not None and h3.tag == "h3"
    assert root.find("h3", cls="box") is None and root.find("table") is None
    assert root.find_all() == list(root.iter())
    assert [n.tag for n in root.iter("a")] == ["a", "a"]


def test_text_views_differ_only_inside_inline_markup() -> None:
    root = parse_html_tree("<p>中<b>亚</b>国家<sup>1</sup></p><p>Second<br>line</p>")
    assert root.text() == "中 亚 国家 1 Second line"
    assert root.rendered_text() == "中亚国家1 Second line"
    assert root.rendered_text(skip=lambda node: node.tag == "sup") == "中亚国家 Second line"


def test_scripts_keep_raw_text_but_show_none() -> None:
    root = parse_html_tree('<body><script type="application/ld+json">{"a": "<b>"}</script><p>seen</p>'
                           "<noscript><h1>hidden</h1></noscript><textarea>typed</textarea></body>")  # fmt: skip
    script = root.find("script")
    assert script is not None and script.raw_text() == '{"a": "<b>"}'
    assert root.text() == root.rendered_text() == "seen"
    h1 = root.find("h1")
    assert h1 is not None and h1.in_raw() and h1.rendered_text() == "" and h1.text() == "hidden"
    assert script.parent is root.find("body")


def test_deep_nesting_is_capped_not_fatal() -> None:
    root = parse_html_tree("<div>" * (MAX_DEPTH * 3) + "deep" + "</div>" * (MAX_DEPTH * 3))
    depth, node = 0, root
    while node.children and isinstance(node.children[0], Node):
        depth, node = depth + 1, node.children[0]
    assert depth == MAX_DEPTH
    assert root.text() == root.rendered_text() == "deep"


MARKUP = ["<p>", "</p>", "<div class='a'>", "</div>", "<li>", "<br>", "<b>", "</b>", "<script>", "</script>",
          "<noscript>", "<template>", "<textarea>", "<dd>", "<!--", "-->", "<![CDATA[", "&amp;", "&#xZZ;", "<a/>",
          "<table><tr><td>", " ", "\n", "中", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKUP) | st.text(max_size=10), max_size=50).map("".join))
def test_fuzz_any_markup_gives_a_consistent_tree(html: str) -> None:
    root = parse_html_tree(html)
    for node in root.iter():
        assert all(child.parent is node for child in node.children if isinstance(child, Node))
        for text in (node.text(), node.rendered_text()):
            assert text == text.strip() and "  " not in text
        assert node.find(node.tag) is node
