"""Question-file formats. Each module reads and writes one format."""

from . import json_format

FORMATS = {"json": json_format}
