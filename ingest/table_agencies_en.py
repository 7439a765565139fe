"""Lead agencies from an English table's column that names the body responsible for each row in words the table of
tasks reader (ingest.table_agencies) does not take for a lead column: "Ministry responsible", "Agency in charge"
("Item | Goal | Target year | Ministry responsible" over "… | FY2028 | METI, MIC")."""

from __future__ import annotations

import re

from ingest.agency_lists_en import joined_bodies
from ingest.defined_names_en import is_acronym
from ingest.office_names_en import body_name, office_name
from ingest.text import HAN_CHAR
from ingest.types import CELL, Agencies, Block

_BODY = r"(?:ministr(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies)|offices?|organi[sz]ations?|units?|bureaus?)"
# the body named before its role ("Ministry responsible", "Agency in charge"): the lead's column (ingest.table_agencies
# takes "Lead ministry", "Responsible agency", "Owner"); not the role alone, a monitoring plan's "Responsibility"
# being for collecting an indicator's data ("… | Tracer survey of completers | Annual | KNBS"), not for its goal
_LEAD_COLUMN = re.compile(rf"{_BODY} (?:responsible|in charge)", re.I)
# a cell's names: "METI, MIC", "METI; MEXT", "DSIT / DfE" (an "and" between two is joined_bodies')
_SPLIT = re.compile(r"\s*[,;/]\s*")
# a unit in brackets after its ministry's acronym: "METI (ANRE)", both named (not a name's own acronym,
# "Department for Education (DfE)")
_UNIT_OF = re.compile(r"([A-Z][A-Za-z&]*[A-Z]) \(([A-Z][A-Za-z&]*[A-Z])\)")
# what a cell says where no body is named yet: "TBD", "TBC"
_NOT_NAMED = re.compile(r"TB[CD]|N/?A")
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,11}")


def english_table_agencies(blocks: list[Block]) -> dict[int, Agencies]:
    """The lead agencies of each row of an English table whose header names a responsible body's column, by block
    index; a row whose cell names anything but bodies ("All ministries", "Local authorities") gives none. The table
    ends at the first block that is not a row of the header's width."""
    found: dict[int, Agencies] = {}
    header: list[str] = []
    for i, block in enumerate(blocks):
        labels = [c.strip() for c in block.text.split(CELL)]
        if len(labels) >= 3 and not HAN_CHAR.search(block.text) and any(_LEAD_COLUMN.fullmatch(c) for c in labels):
            header = labels
            continue
        if not header or len(labels) != len(header):
            header = []
            continue
        cells = [(col, cell) for col, cell in zip(header, labels, strict=True) if _LEAD_COLUMN.fullmatch(col)]
        lead = [name for _, cell in cells for name in cell_names(cell)]
        if lead:
            note = "; ".join(f"{col}: {cell}" for col, cell in cells if cell_names(cell))
            found[i] = Agencies(lead=list(dict.fromkeys(lead)), note=note)
    return found


def cell_names(cell: str) -> list[str]:
    """The bodies a cell names ("METI, MIC" -> METI and MIC; "METI (ANRE)" -> METI and ANRE; "DSIT and DfE"), or none
    when any part of it names no body."""
    names: list[str] = []
    for part in _SPLIT.split(cell.strip()):
        acronyms = re.split(r" (?:and|&) ", part)
        if m := _UNIT_OF.fullmatch(part):
            pieces = [m.group(1), m.group(2)]
        elif len(acronyms) > 1 and all(_acronym(a) for a in acronyms):  # "DSIT and DfE"
            pieces = acronyms
        else:
            pieces = joined_bodies(part) or [part]
        for piece in pieces:
            if not piece or _NOT_NAMED.fullmatch(piece) or not (office_name(piece) or body_name(piece)
                                                                 or _acronym(piece)):
                return []
            names.append(piece)
    return names


def _acronym(text: str) -> bool:
    """Whether text is a body's acronym alone, in capitals or mixed case ("MIC", "DfE"), not a nation's ("UK")."""
    return bool(_ACRONYM.fullmatch(text)) and is_acronym(text) and bool(office_name(text.upper()))
