"""Base for authored models: frozen, unknown keys refused, ids checked."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


class Authored(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def check_id(value: str, what: str = "id") -> str:
    if not ID.fullmatch(value):
        raise ValueError(f"{what} `{value}`: use letters, digits, `-` and `_` only")
    return value
