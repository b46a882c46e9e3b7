from claims.text.prep import listing_segments, mask_html, segment_field


def test_mask_keeps_length_and_offsets():
    text = "<p>Made of <b>70% recycled</b> polyester &amp; GRS certified.</p>"
    masked = mask_html(text)
    assert len(masked) == len(text)
    i = masked.index("70% recycled")
    assert text[i: i + len("70% recycled")] == "70% recycled"
    assert "<" not in masked and "&amp;" not in masked


def test_segments_point_at_original_text():
    desc = ("<ul><li>Plastic-free packaging 🌱</li><li>Ships carbon neutral. We plant a tree for every "
            "order!</li></ul>\n• Colour: green\nMaterial: 100% cotton")
    segs = segment_field("description", desc)
    assert [s.text for s in segs][:2] == ["Plastic-free packaging 🌱",
                                          "Ships carbon neutral. We plant a tree for every order!"]
    for s in segs:
        assert desc[s.start: s.end] == s.raw
        assert s.raw.strip() == s.raw


def test_script_content_is_never_a_segment():
    segs = listing_segments({"title": "Tee <script>alert('eco-friendly')</script> organic cotton",
                             "description": ""})
    assert all("alert" not in s.text for s in segs)
    assert any("organic cotton" in s.text for s in segs)


def test_long_text_is_windowed():
    text = "word " * 2000
    segs = segment_field("description", text, max_chars=300)
    assert len(segs) > 5 and all(len(s.raw) <= 300 for s in segs)


def test_title_separators_split():
    segs = segment_field("title", "Organic Cotton Tee | Soft & Breathable - Unisex")
    assert [s.text for s in segs] == ["Organic Cotton Tee", "Soft & Breathable", "Unisex"]
