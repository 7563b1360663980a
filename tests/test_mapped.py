import re

from migradev.model import MappedStr, OffsetMap


def test_sub_keeps_exact_offsets_outside_the_edit():
    original = "Les Etats membres"
    text = MappedStr.from_original(original, 100)
    edited = text.sub(re.compile(r"Etats"), lambda m: "États")
    assert edited.text == "Les États membres"
    assert edited.origin[:4] == [100, 101, 102, 103]
    assert edited.origin[-7:] == list(range(110, 117))


def test_removed_characters_leave_a_gap_in_the_origin():
    text = MappedStr.from_original("internationales2 et", 0)
    edited = text.sub(re.compile(r"(?<=s)2"), lambda m: "")
    assert edited.text == "internationales et"
    assert edited.origin[15] == 16  # the space after the removed call


def test_offset_map_round_trip():
    origin = [0, 1, 2, 5, 6, 7, 7, 8, 20, 21]
    offsets = OffsetMap.from_origin(origin)
    assert [offsets.to_original(i) for i in range(len(origin))] == origin
    assert OffsetMap.from_json(offsets.to_json()).runs == offsets.runs
    assert offsets.span_to_original(3, 6) == (5, 8)
