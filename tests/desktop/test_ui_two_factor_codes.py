"""What the two-step verification screens are made of: the QR code carries exactly the
server's ``otpauth://`` link, the key is grouped for typing, and codes are checked as typed."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtGui import QImage

from desktop.core.two_factor import QR_SCALE, clean_code, grouped, is_sign_in_code, qr_png

URI = "otpauth://totp/Quorum:alice%40exemple.fr?secret=JBSWY3DPEHPK3PXP&issuer=Quorum"


def test_the_qr_code_image_holds_the_otpauth_link_module_by_module() -> None:
    image = QImage.fromData(qr_png(URI))
    assert not image.isNull()
    matrix = segno.make(URI, error="m").matrix
    border = 4
    for row, line in enumerate(matrix):
        for col, dark in enumerate(line):
            x = (col + border) * QR_SCALE + QR_SCALE // 2
            y = (row + border) * QR_SCALE + QR_SCALE // 2
            assert (image.pixelColor(x, y).lightness() < 128) == bool(dark), (row, col)
    assert image.width() == (len(matrix) + 2 * border) * QR_SCALE


def test_the_key_is_shown_in_groups_of_four_to_type_by_hand() -> None:
    assert grouped("JBSWY3DPEHPK3PXP") == "JBSW Y3DP EHPK 3PXP"
    assert grouped("JBSWY3DPEHPK3PXPAB") == "JBSW Y3DP EHPK 3PXP AB"


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("123456", True),
        (" 123 456 ", True),
        ("abcd-ef23", True),
        ("ABCD-EF23", True),
        ("abcdef23", True),
        ("12345", False),
        ("1234567", False),
        ("abc-def", False),
        ("", False),
    ],
)
def test_a_sign_in_code_is_six_digits_or_a_recovery_code(typed: str, accepted: bool) -> None:
    assert is_sign_in_code(typed) is accepted


def test_spaces_typed_in_a_code_are_not_sent() -> None:
    assert clean_code(" 123 456\t") == "123456"
