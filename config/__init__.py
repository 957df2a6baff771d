"""Settings, logging and the data files (feeds, knowledge base, source tiers).

Imports nothing from ``bot`` or ``feeds``. :data:`CONFIG_DIR` is where the shipped data files live.
"""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
