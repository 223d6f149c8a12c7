"""A scenario's marking scheme: items with points, conditions, mappings and feedback."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from scoring.conditions import Condition
from scoring.model import Authored, check_id


class Item(Authored):
    id: str
    description: str
    points: float = Field(gt=0)
    critical: bool = False
    partial: bool = False
    applies_when: Condition | None = None
    condition: Condition
    competencies: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    feedback: str

    _id = field_validator("id")(check_id)

    @model_validator(mode="after")
    def _mapped(self) -> Item:
        if not self.competencies and not self.criteria:
            raise ValueError(
                "map the item to at least one of `competencies` or `criteria`, so the "
                "person-spec score can use it")
        return self


class Marking(Authored):
    pass_mark: float = Field(ge=0, le=100)
    items: tuple[Item, ...] = Field(min_length=1)

    @field_validator("items")
    @classmethod
    def _unique(cls, items: tuple[Item, ...]) -> tuple[Item, ...]:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"two items have the id `{item.id}`: ids must be unique")
            seen.add(item.id)
        return items

    def item(self, ident: str) -> Item | None:
        return next((i for i in self.items if i.id == ident), None)
