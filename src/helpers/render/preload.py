"""Imported by a report kernel at start-up, before it is handed a notebook.

The heavy imports (pandas, pyarrow, matplotlib, seaborn) take over a second, nearly all of a
notebook's cost; a kernel started ahead of need pays it while another notebook runs. Nothing here
holds data, so no state can pass between reports.
"""

import matplotlib_inline.backend_inline  # noqa: F401
import pandas  # noqa: F401
import pyarrow.parquet  # noqa: F401

from helpers.analysis import progress, series  # noqa: F401
from helpers.catalog import targets  # noqa: F401
from helpers.present import charts, report, views  # noqa: F401
from helpers.statistics import observations  # noqa: F401
