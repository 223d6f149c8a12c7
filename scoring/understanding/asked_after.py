"""A child asked after: the waived topic that names a child, and nothing of them.

The definitions: children_present is whether children or other vulnerable people are in
the house or present. A telling waived about a child as a whole ("no need to tell me about
the kids", "I won't ask about her little brother again") or about who is there ("I don't
need to ask who's in", "no need to tell me whether your son's there") waives that question,
not one about a detail of them: "her little brother's age" is his date of birth, and the
matcher says so. The phrase library holds children by detail ("how old is the little
one", "the kids" after "is anyone hurt?"), so a bare child is read as those; whom the topic
names (`People.named_in`, scenario-aware) says it is the child asked after.
"""

from __future__ import annotations

import re

from scoring.understanding.subjects import People

INTENT = "children_present"
PHRASE = "(a child asked after: whether children are there)"

# Who is there, reported: "who's in", "who is home", "whether your son's there", "if the
# kids are in", "where Alfie is" (the first names anyone there; the rest name whom).
_WHO_IS_THERE = re.compile(r"who is (?:in|home|at home|there|in the house|in with you|with you)"
                           r"(?: (?:with you|at the moment|now|tonight))?")
_IS_THERE = re.compile(r"(?:whether|if|where) (?P<who>.+?)(?: is| are)?"
                       r"(?: (?:there|in|home|at home|in the house|with you|in with you))?")


# A child named by what they are to the house, not by name or role word: "the little one"
# (spelled "the little 1"), "the little ones", "the young un"; a son or daughter asked to be
# there ("whether your son's there") is the child of the house asked after, whatever their
# age (the definitions' children_present: who is in the house).
_LITTLE = re.compile(r"(?:the|your|her|his|their) (?:little|young|youngest|wee) "
                     r"(?:1|one|ones|un|uns)")
_OFFSPRING = re.compile(r"(?:the|your|her|his|their) (?:son|daughter|sons|daughters|boy|girl|"
                        r"boys|girls|lad|lads)")


def child_asked_after(topic: str, people: People) -> bool:
    """Does the waived `topic` ask after a child (or who is there), not a detail of them?"""
    if _WHO_IS_THERE.fullmatch(topic):
        return True
    there = _IS_THERE.fullmatch(topic)
    said = there.group("who") if there else topic
    if _LITTLE.fullmatch(said) or (there and _OFFSPRING.fullmatch(said)):
        return True
    who = people.named_in(said)
    if who is None or who.role != "child":
        return False
    # (the child is the topic's head, not the owner of a detail: "her little brother"
    # names him; "her little brother's age" names him before its head, "age")
    head = said.rsplit(" ", 1)[0] if " " in said else ""
    return not head or people.named_in(head) is None
