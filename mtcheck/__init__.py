"""mtcheck: find the artifacts that unedited machine translation leaves in news articles."""
__version__ = "0.1.0"

from mtcheck.model import Finding, Report  # noqa: E402
from mtcheck.check import check_file, check_text  # noqa: E402

__all__ = ["Finding", "Report", "check_file", "check_text", "__version__"]
