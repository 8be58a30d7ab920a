#!/usr/bin/env python3
"""Reads an .xlsx back with openpyxl and prints what a spreadsheet user would see, as JSON:

    {"sheet": NAME, "freeze": "A2", "filter": "A1:J10",
     "widths": {"A": 12.0, ...}, "rows": [[cell, ...], ...]}

Dates come out as "date:YYYY-MM-DD" (a true date cell, not text), numbers as numbers,
empty cells as null. openpyxl is imported from this interpreter or, failing that, from the
private venv the other checks here use ($CHRONICLE_TOOLS_VENV, default
~/.cache/chronicle-tools-venv), created and filled with `pip install openpyxl` on first use.
Exit status: 0 read, 1 not a workbook openpyxl can read, 2 usage or environment error.
"""
from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

VENV = Path(os.environ.get("CHRONICLE_TOOLS_VENV")
            or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chronicle-tools-venv")


def _bootstrap() -> None:
    try:
        import openpyxl  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("XLSX_CELLS_BOOTSTRAPPED"):
        print("xlsx_cells: the Python package openpyxl is required (pip install openpyxl)", file=sys.stderr)
        sys.exit(2)
    py = VENV / "bin" / "python3"
    try:
        if not py.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, stdout=sys.stderr)
        probe = subprocess.run([str(py), "-c", "import openpyxl"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if probe.returncode != 0:
            subprocess.run([str(py), "-m", "pip", "install", "-q", "openpyxl"], check=True, stdout=sys.stderr)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"xlsx_cells: could not prepare {VENV}: {exc}", file=sys.stderr)
        sys.exit(2)
    env = dict(os.environ, XLSX_CELLS_BOOTSTRAPPED="1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]], env)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: xlsx_cells.py FILE.xlsx", file=sys.stderr)
        return 2
    _bootstrap()
    import openpyxl
    try:
        wb = openpyxl.load_workbook(sys.argv[1])
    except Exception as exc:  # any failure to read is the finding
        print(f"xlsx_cells: {sys.argv[1]}: {exc}", file=sys.stderr)
        return 1
    ws = wb.active

    def cell(v):
        if isinstance(v, datetime.datetime):
            return "date:" + v.date().isoformat()
        if isinstance(v, datetime.date):
            return "date:" + v.isoformat()
        return v

    out = {
        "sheet": ws.title,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items())},
        "rows": [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
