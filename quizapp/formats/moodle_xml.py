"""Moodle XML: the question-bank file Moodle exports by default, read and written.

The reader follows Moodle's own importer (``question/format/xml/format.php``):
texts are trimmed, a missing text format means HTML, ``<single>`` and friends
take ``true``/``false`` or ``1``/``0``, answers with empty text are left out,
and category pseudo-questions set the category of the questions that follow.
Question types quizapp has no equivalent for (Cloze, calculated, drag and
drop...) are skipped with a warning, as are embedded files.

The file is parsed with defusedxml, and a file with a DOCTYPE is refused
outright: entity expansion ("billion laughs") and external entities (XXE) never
happen. Every element remembers the line it starts on, so each problem names
its line.

The writer produces what Moodle's exporter writes, element for element, so
Moodle imports it and this reader gets back the same questions.
"""

from .moodle_xml_names import default_name
from .moodle_xml_read import LineElement, looks_like, read, weight_of
from .moodle_xml_write import LEAVES_OUT, percent_text, unsupported, write

__all__ = ["LEAVES_OUT", "LineElement", "default_name", "looks_like", "percent_text", "read", "unsupported", "weight_of", "write"]
