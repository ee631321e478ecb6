"""Regenerate the checked-in permission table after an intended change:

    python -m tests.security.url_matrix --write

It runs the matrix test in the mode that writes `tests/security/url_permissions.md` instead
of comparing with it (the test builds the academy and its database), then review the diff.
"""

import os
import sys

import pytest

WRITE_VARIABLE = "URL_MATRIX_WRITE"
TEST = "tests/security/test_url_matrix.py::test_the_matrix_matches_the_checked_in_table"


def main(argv: list[str]) -> int:
    if argv != ["--write"]:
        print(__doc__)
        return 2
    os.environ[WRITE_VARIABLE] = "1"
    return pytest.main(["-q", "-p", "no:cacheprovider", TEST])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
