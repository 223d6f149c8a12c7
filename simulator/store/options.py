"""The `--store` option and where the store is by default (no SQLAlchemy import here, so
every command starts quickly)."""

from __future__ import annotations

import argparse
import os

from simulator.paths import data_dir

STORE_ENV = "CALLSIM_STORE"


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="URL", default=None,
                        help=f"results store: a SQLAlchemy URL, e.g. postgresql+psycopg://"
                             f"user:pw@host/callsim (default: ${STORE_ENV}, else callsim.db "
                             "in the data folder)")


def store_url(given: str | None = None) -> str:
    return given or os.environ.get(STORE_ENV) or f"sqlite:///{data_dir() / 'callsim.db'}"
