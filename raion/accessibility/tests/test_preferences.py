"""The preferences model and its cookie: every choice survives the round trip, garbage
never gets half applied."""

import pytest

from raion.accessibility.preferences import (
    MAX_COOKIE_LENGTH,
    SETTINGS,
    STANDARD,
    VISUALLY_IMPAIRED,
    Preferences,
    decode,
    encode,
)


def test_the_standard_look_needs_no_cookie():
    assert encode(STANDARD) == ""
    assert decode("") == STANDARD
    assert decode(None) == STANDARD


@pytest.mark.parametrize(
    ("setting", "value"),
    [(setting.name, choice.value) for setting in SETTINGS for choice in setting.choices],
)
def test_every_choice_survives_the_cookie(setting, value):
    preferences = Preferences(**{setting: value})
    assert decode(encode(preferences)) == preferences


def test_several_settings_survive_the_cookie_in_any_order():
    chosen = Preferences(font="serif", size="200", scheme="green-on-dark-brown", images="hidden")
    assert encode(chosen) == "font:serif|size:200|scheme:green-on-dark-brown|images:hidden"
    assert decode("images:hidden|scheme:green-on-dark-brown|size:200|font:serif") == chosen


def test_settings_left_out_keep_their_default():
    # site.js writes every setting of the form, defaults included; old cookies may lack some.
    assert decode("scheme:white-on-black") == Preferences(scheme="white-on-black")
    assert decode("size:100|scheme:default") == STANDARD


def test_the_visually_impaired_preset_is_a_real_set_of_choices():
    assert decode(encode(VISUALLY_IMPAIRED)) == VISUALLY_IMPAIRED
    assert VISUALLY_IMPAIRED != STANDARD


@pytest.mark.parametrize(
    "garbage",
    [
        "size:999",
        "colour:red",
        "size:150|size:150",
        "size:150|",
        "|size:150",
        "size:150||scheme:default",
        "SIZE:150",
        "size=150",
        "size:150;scheme:default",
        "size:150\n",
        '"size:150"',
        "size: 150",
        "size:150|scheme:white-on-black|bogus",
        "scheme:white-on-black|images:maybe",
        "размер:150",
        "size:150|" + "font:serif|" * 30,
        "x" * (MAX_COOKIE_LENGTH + 1),
    ],
)
def test_a_garbage_cookie_is_ignored_whole(garbage):
    assert decode(garbage) == STANDARD


def test_preferences_refuse_values_that_are_not_choices():
    with pytest.raises(ValueError, match="size"):
        Preferences(size="300")
