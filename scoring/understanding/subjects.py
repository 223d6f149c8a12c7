"""Whom a question is about: the caller, the suspect, a child, a named person, a vehicle…

Resolved in the order a listener would: a possessive or "of" phrase ("your husband's date
of birth", "the registration of the Audi"), a person of the scenario's world named in the
clause ("what does Kyle look like"), a role word ("the driver", "the kids"), a pronoun
from the turns before ("and his name?" after asking about the man at the door), "you";
and when the clause names nobody, the person the intent is usually about. Role words are
those of docs/understanding-definitions.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scoring.text import normalise_name
from scoring.truth import Person, World
from scoring.understanding.analysis import Context
from scoring.understanding.wording import spelled

# Role nouns, each with the role word it names.
_NOUNS: dict[str, tuple[str, ...]] = {
    "partner": ("husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "ex partner",
                "ex husband", "ex wife", "fiance", "fiancee", "other half", "hubby", "missus",
                "spouse", "ex boyfriend", "ex girlfriend", "fella"),
    "relative": ("son", "daughter", "mum", "mother", "dad", "father", "brother", "sister",
                 "nan", "nana", "gran", "grandma", "grandad", "grandson", "granddaughter",
                 "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "stepson",
                 "stepdaughter", "family", "sibling", "parents", "mam", "stepdad", "stepmum",
                 "in laws", "mother in law", "father in law", "grandparents", "granny"),
    "child": ("child", "children", "kid", "kids", "baby", "little one", "little ones",
              "toddler", "youngster", "youngsters", "little boy", "little girl"),
    "neighbour": ("neighbour", "neighbours", "next door", "the people next door",
                  "over the road", "across the road", "across the street"),
    "witness": ("witness", "witnesses", "passenger", "passengers", "bystander", "anyone who saw",
                "anybody who saw", "saw it happen", "anyone else there"),
    "officer": ("officer", "officers", "pc", "policeman", "policewoman", "sergeant",
                "constable", "the police officer", "collar number", "oic", "inspector",
                "the person you spoke to", "whoever dealt with", "call handler", "detective"),
    "vehicle": ("car", "van", "vehicle", "reg", "registration", "number plate", "plate",
                "plates", "motorbike", "bike", "lorry", "truck", "taxi"),
    "suspect": ("offender", "suspect", "attacker", "burglar", "burglars", "intruder",
                "the man", "the lad", "the lads", "the bloke", "the guy", "the men",
                "the other driver", "the driver", "whoever", "the person who",
                "the people who", "the youths", "his mate", "the ones",
                "thief", "thieves", "the group", "the gang", "your attacker",
                "the other party", "whoever did", "the person who did", "the lads who"),
    "casualty": ("casualty", "the injured", "injured person", "patient", "the lady",
                 "the woman", "the old lady", "the injured driver", "the elderly lady",
                 "the old man", "the gentleman"),
    "other": ("security guard", "guard", "manager", "doctor", "gp", "friend", "friends",
              "staff", "landlord", "teacher", "social worker", "anyone at the party"),
}
_ROLE_OF = {"missing": "missing_person", "suspect": "suspect", "victim": "victim",
            "witness": "witness", "child": "child", "officer": "officer",
            "casualty": "casualty", "relative": "relative", "partner": "partner",
            "neighbour": "neighbour", "other": "other"}
_PARTNERS = frozenset({"wife", "husband", "partner", "ex-partner"})
_KIN = re.compile(r"\b(son|daughter|brother|sister|mother|father|mum|dad|cousin|wife|"
                  r"husband|partner|ex-partner|uncle|aunt|nephew|niece)\b")
_HURT = re.compile(r"injur|wound|trapped|bleed|unconscious|casualty|hurt")
_MALE = re.compile(r"\b(male|man|boy|lad|he|his|father|son|brother|husband)\b")
_FEMALE = re.compile(r"\b(female|woman|girl|lady|she|her|mother|daughter|sister|wife)\b")
_HE = (" he ", " him ", " his ", " himself ")
_SHE = (" she ", " her ", " hers ", " herself ")
_YOU = (" you ", " your ", " yourself ", " yours ")
_THEY = (" they ", " them ", " their ")

# Who an intent is about when the clause names nobody.
DEFAULT = {
    "vehicle_description": "vehicle", "suspect_description": "suspect",
    "suspect_present": "suspect", "direction_of_travel": "suspect",
    "person_description": "missing_person", "last_seen": "missing_person",
    "breathing_conscious": "casualty", "children_present": "child",
    "officer_details": "officer", "witnesses_cctv": "witness",
}
# A perception or report verb: who saw or said it is not whom the question is about.
_WITNESSED = re.compile(r" (?:see|saw|seen|hear|heard|notice|noticed|get a look|got a look|"
                        r"say|said|tell|told|mention|mentioned|recognise) ")
_PERSONAL = re.compile(r" (?:he|she|him|her|they|them|the driver|the lady|the man|"
                       r"the woman|the people|the lad|anyone|anybody) ")
_VEHICLE_INTENTS = frozenset({"vehicle_description", "direction_of_travel", "road_hazards"})
# Questions about where something went or is: "it" may be the vehicle just talked about.
_MOVES = frozenset({"direction_of_travel", "vehicle_description", "suspect_present"})
# Intents whose default beats a vehicle named in passing.
DEFAULT_OVER_VEHICLE = frozenset({"witnesses_cctv", "anyone_injured", "breathing_conscious"})


@dataclass(frozen=True)
class Someone:
    role: str
    person: str | None = None


class People:
    """The scenario's people and vehicles, as a listener would refer to them."""

    def __init__(self, world: World | None) -> None:
        self.world = world
        self.by_name: dict[str, Someone] = {}
        self.by_kin: dict[str, Someone] = {}
        self.people: list[tuple[Someone, str]] = []  # (who, gender word)
        self.family: list[tuple[Someone, str]] = []  # people sharing the caller's surname
        caller = normalise_name(world.caller.name) if world else ""
        for part in caller.split():
            self.by_name[part] = Someone("caller")
        if world is None:
            return
        surname = (normalise_name(world.caller.name).split() or [""])[-1]
        for person in world.people:
            who = Someone(_role(person, surname), person.id)
            description = (person.description or "").lower()
            gender = ("he" if _MALE.search(description) else
                      "she" if _FEMALE.search(description) else "")
            self.people.append((who, gender))
            if surname and surname in normalise_name(person.name or "").split():
                self.family.append((who, gender))
            for part in _name_parts(person.name or ""):
                if normalise_name(part) not in caller.split():
                    self.by_name.setdefault(part, who)
            kin = _KIN.search(description)
            if kin:
                self.by_kin.setdefault(kin.group(1), who)
        for vehicle in world.vehicles:
            who = Someone("vehicle", vehicle.id)
            for word in re.findall(r"[a-z0-9]+", (vehicle.description or "").lower())[:6]:
                if len(word) > 2 and word not in ("blue", "black", "white", "silver", "grey",
                                                  "dark", "light", "green", "with", "red",
                                                  "the", "and", "old", "new", "car", "van"):
                    self.by_name.setdefault(word, who)

    def subject(self, clause: str, intent: str, context: Context | None) -> Someone:
        """Whom `clause`, heard as `intent`, is about."""
        text = spelled(clause)
        if intent == "vehicle_description":
            # A vehicle's make, colour or plate is about the vehicle, whoever drives it.
            noun = self._noun(text)
            return noun if noun is not None and noun.role == "vehicle" else Someone(
                "vehicle", self._only("vehicle"))
        owner = _owner(text)
        if owner is not None:
            return self._named(owner, text) or self._noun(owner) or Someone("other")
        named = self._named(text, text)
        if named is not None and named.role != "vehicle":
            if intent in DEFAULT and DEFAULT[intent] != named.role and self._saw(text):
                # "did Ellie see which way the car went?": Ellie saw; it is about the car
                return self._seen(text, intent)
            return named
        noun = self._noun(text)
        if named is not None and (noun is None or noun.role == "vehicle"):
            noun = named  # "the BMW" counts as a noun; "the driver of the BMW" is the driver
        if noun is not None and noun.role == "vehicle" and (
                intent in DEFAULT_OVER_VEHICLE or (intent not in _VEHICLE_INTENTS
                                                   and _PERSONAL.search(text))):
            noun = None  # "was anyone with you in the car?", "can she get out of the car?"
        if noun is not None and noun.role == "suspect" and intent == "officer_details":
            return Someone("officer", self._only("officer"))  # "whoever was dealing with it"
        if noun is not None and not (noun.role == "vehicle" and _about_person(text, intent)):
            return noun
        if (intent in _MOVES and " it " in text and context is not None
                and context.last_subject == "vehicle"):
            return Someone("vehicle", context.last_person)  # "and which way did it go?"
        pronoun = self._pronoun(text, context, intent)
        if pronoun is not None:
            return pronoun
        if intent in DEFAULT:
            # "did you see who did it?": the caller saw; the question is about the offender
            return Someone(DEFAULT[intent], self._only(DEFAULT[intent]))
        if any(p in text for p in _YOU):
            return Someone("caller")
        return Someone("caller")

    def _saw(self, text: str) -> bool:
        """Is a named person the one who saw or said it ("did Ellie see…", "has Kasia
        said…"), rather than whom it is about ("can you describe Liam")?"""
        tokens = text.split()
        for at, token in enumerate(tokens):
            if token in self.by_name:
                after = " " + " ".join(tokens[at + 1:at + 4]) + " "
                return bool(_WITNESSED.search(after))
        return False

    def _seen(self, text: str, intent: str) -> Someone:
        """What a named witness saw: a vehicle or person named after the verb, else whom
        the intent is usually about."""
        after = text[_WITNESSED.search(text).end() - 1:]  # type: ignore[union-attr]
        noun = self._noun(after)
        if noun is not None and (noun.role != "vehicle" or intent in _VEHICLE_INTENTS):
            return noun
        return Someone(DEFAULT[intent], self._only(DEFAULT[intent]))

    def _named(self, words: str, text: str) -> Someone | None:
        for token in words.split():
            if token in self.by_name:
                return self.by_name[token]
        return None

    def _noun(self, text: str) -> Someone | None:
        best: tuple[int, str] | None = None
        for role, nouns in _NOUNS.items():
            for noun in nouns:
                at = text.find(f" {noun} ")
                if at >= 0 and (best is None or at < best[0]):
                    best = (at, role)
        if best is None:
            return None
        role = best[1]
        if role in ("relative", "partner", "child"):
            for kin, who in self.by_kin.items():
                if f" {kin} " in text or (kin in ("son", "daughter") and role == "child"):
                    return who
            family = self._family(text)
            if family is not None:
                return family
        return Someone(role, self._only(role))

    def _family(self, text: str) -> Someone | None:
        """"Your daughter" when the world has one person of the caller's family (same
        surname) of that sex: the missing girl, the brother at risk, the children."""
        said = _KIN.search(text)
        if said is None or said.group(1) in _PARTNERS:
            return None  # "your husband" is not the brother who shares her surname
        sex = "she" if _FEMALE.search(f" {said.group(1)} ") else (
            "he" if _MALE.search(f" {said.group(1)} ") else "")
        kin = [(w, g) for w, g in self.family if w.role != "suspect"]
        fits = [w for w, g in kin if not sex or not g or g == sex]
        return fits[0] if len(fits) == 1 else None

    def _only(self, role: str) -> str | None:
        ids = [w.person for w, _ in self.people if w.role == role]
        if role == "vehicle" and self.world is not None:
            ids = [v.id for v in self.world.vehicles]
        return ids[0] if len(ids) == 1 else None

    def _pronoun(self, text: str, context: Context | None, intent: str) -> Someone | None:
        gender = ("he" if any(p in text for p in _HE) else
                  "she" if any(p in text for p in _SHE) else
                  "they" if any(p in text for p in _THEY) else "")
        if not gender:
            return None
        genders = {w.person: g for w, g in self.people}
        if context is not None and context.last_subject not in (None, "caller", "vehicle"):
            known = genders.get(context.last_person)
            several = context.last_person is None and sum(
                1 for w, _ in self.people if w.role == context.last_subject) > 1
            # "he" is not "the children" asked about before; "they" may be
            if (not known or gender in ("they", known)) and (gender == "they" or not several):
                return Someone(context.last_subject or "other", context.last_person)
        matches = [w for w, g in self.people if gender in (g, "they")]
        usual = DEFAULT.get(intent, "suspect")
        if usual != "suspect" and (not matches or any(w.role == usual for w in matches)):
            # "did they give you a collar number?" asks about officers, whoever "they" are
            return Someone(usual, self._only(usual))
        for role in ("suspect", "missing_person", "casualty", "relative", "victim", "child"):
            for who in matches:
                if who.role == role:
                    return who
        return Someone("suspect") if gender in ("he", "they") else Someone("other")


def _owner(text: str) -> str | None:
    """The owner in "X's <thing>" or "<thing> of X" (spelled text drops the 's)."""
    m = re.search(r" your ((?:ex )?\w+) (?:name|number|phone|mobile|date|age|address|car|"
                  r"full|surname|first|details|reg|birthday)", text)
    if m and m.group(1) not in ("full", "date", "phone", "mobile", "home", "contact",
                                "first", "own", "last", "current", "best", "second"):
        return f" {m.group(1)} "
    m = re.search(r" (?:registration|reg|number plate|colour|make|name|number|age) of "
                  r"(?:the |your |his |her )?(\w+) ", text)
    if m:
        return f" {m.group(1)} "
    return None


def _about_person(text: str, intent: str) -> bool:
    """"did you see who was driving": the car is where, the driver is who."""
    return intent in ("suspect_description", "person_description", "anyone_injured",
                      "date_of_birth", "medical_conditions") or " who " in text


def _role(person: Person, caller_surname: str) -> str:
    description = (person.description or "").lower()
    if person.role == "subject":
        family = caller_surname and caller_surname in normalise_name(person.name or "").split()
        return "relative" if family or _KIN.search(description) else "suspect"
    if person.role == "victim" and _HURT.search(description):
        return "casualty"
    return _ROLE_OF.get(person.role, "other")


def _name_parts(name: str) -> Iterator[str]:
    for part in re.findall(r"[a-z]+", name.lower()):
        if len(part) > 2 and part not in ("unknown", "known", "not", "surname", "tenant",
                                          "the", "and", "mrs", "miss"):
            yield part
