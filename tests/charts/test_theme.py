"""The chart colours come from the design tokens and read on the page."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from academy.charts import theme

STYLESHEET = Path(settings.BASE_DIR) / "academy" / "static" / "css" / "academy.css"


def luminance(colour: str) -> float:
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colour", theme.MARK_COLOURS)
def test_bars_and_lines_stand_out_from_the_background(colour):
    assert contrast(colour, theme.SURFACE) >= 3  # WCAG 1.4.11, graphical objects


@pytest.mark.parametrize("colour", theme.TEXT_COLOURS)
def test_text_is_readable(colour):
    assert contrast(colour, theme.SURFACE) >= 4.5  # WCAG 1.4.3
    assert contrast(colour, theme.BRAND_SOFT) >= 4.5  # text may sit over the area of a line


def test_every_colour_is_a_design_token():
    tokens = set(re.findall(r"--colour-[a-z-]+:\s*(#[0-9a-f]{6})", STYLESHEET.read_text()))
    used = {
        value
        for name, value in vars(theme).items()
        if name.isupper() and str(value).startswith("#")
    }
    assert used <= tokens
