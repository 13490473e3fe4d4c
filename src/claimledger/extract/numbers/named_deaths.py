"""One named or already told death that no casualty verb of the sentence takes as its
argument (for ``single_victim``'s rules):

* a name whose relative clause tells the death or wound (:func:`relative_death`): "We
  mourn our comrade Amir, who was martyred in the battle", "The Saraya mourns its fighter
  Khaled Sabri, who was martyred in the enemy's response";
* one named under "among the dead were" (:func:`among_dead`): "Among the dead were my
  neighbour Hadi and his two daughters", "among the dead were a shopkeeper, Nabil Qadri,
  and his two sons" (those listed with the one are ``kin_companions``'), "Among the wounded
  is the imam of the old mosque";
* a death confirmed or announced as a thing of its own (:func:`confirmed_death`): "The
  town's health office later confirmed the death", "The Red Crescent confirmed Nasser's
  death" (the confirming body's claim of one, beside the first teller's);
* a martyr who "fell" or "ascended" (:func:`martyr_departed`): "Our martyr, the fighter
  X, fell in the clashes", "One of our fighters, the martyr X, ascended during the
  clashes" (a faction's word for its own fighter's death; the verb alone says nothing).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person

__all__ = ["among_dead", "confirmed_death", "martyr_departed", "relative_death"]

# A victim found by these rules: (start index, casualty token, figure, confidence).
Found = tuple[int, Token, str, float]

# Argument places of a casualty verb: a name there is read by the other rules.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Verbs of a body that makes a death its own word: "confirmed the death".
_CONFIRM = frozenset({"confirm", "announce", "acknowledge"})
# The people a copula's "among the ..." names: "Among the dead were ...".
_AMONG = {"dead": "killed", "killed": "killed", "victims": "killed", "martyrs": "killed"} | {
    "wounded": "injured",
    "injured": "injured",
}


def relative_death(tok: Token, lo: int) -> Found | None:
    """A name (its last token) whose relative clause "who was martyred / killed /
    wounded" tells its one death or wound, where no casualty verb takes the name, nor the
    noun it stands in apposition to, as its argument ("We mourn our comrade Amir, who was
    martyred"; not "killed a paramedic, Hadi Nasser, who was ...": the killing counts him)."""
    # (a name the tagger took for a place stands for a person in apposition to one:
    # "its fighter Samer Odin, who ...")
    person = (
        tok.ent_type_ == "PERSON"
        or (tok.dep_ == "appos" and is_person(tok.head))
        or any(c.dep_ == "appos" and c.like_num for c in tok.children)  # "Aren Vost, 31,"
    )
    if tok.pos_ == "NOUN" and _new_person(tok):
        return _relative_taking(tok, lo)  # "charged a 31-year-old man, who was arrested ..."
    if not person or tok.pos_ != "PROPN" or tok.dep_ in ("compound", "pobj"):
        return None  # (not "the funeral of X, who lost her life": a death told before)
    if tok.dep_ in _ARGUMENTS and casualty(tok.head) is not None:
        return None
    verb = next((c for c in tok.children if c.dep_ == "relcl"), None)
    if verb is None or not any(
        c.dep_ in ("nsubjpass", "nsubj") and c.lower_ == "who" for c in verb.children
    ):
        return None
    fig = "killed" if verb.lower_ == "martyred" else casualty(verb)
    # (and one detention: "Police have charged Aren Vost, 31, who was arrested at his home
    # yesterday": a detainee the charge names; twenty-eighth session)
    if fig not in ("killed", "injured", "arrested") or any(c.dep_ == "neg" for c in verb.children):
        return None
    start = tok.left_edge.i
    if tok.dep_ == "appos":
        noun = tok.head
        if noun.dep_ == "pobj" or (noun.dep_ in _ARGUMENTS and casualty(noun.head) is not None):
            return None
        start = min([noun.i, *(c.i for c in noun.children if c.i < noun.i)])
    return max(start, lo), verb, fig, 0.7


def _new_person(tok: Token) -> bool:
    """A singular person noun introduced by "a"/"an" ("a 31-year-old man")."""
    return (
        tok.tag_ == "NN"
        and is_person(tok)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def _relative_taking(tok: Token, lo: int) -> Found | None:
    """A new person noun whose relative clause "who was arrested / detained" tells one
    detention, where no casualty verb takes the noun as its argument ("Detectives charged a
    31-year-old man, who was arrested at his home yesterday"; not "arrested a man, who was
    later detained again": the arrest counts him)."""
    if tok.dep_ in _ARGUMENTS and casualty(tok.head) is not None:
        return None
    verb = next((c for c in tok.children if c.dep_ == "relcl"), None)
    if (
        verb is None
        or casualty(verb) != "arrested"
        or not any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in verb.children)
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return None
    start = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
    return max(start, lo), verb, "arrested", 0.7


def confirmed_death(tok: Token) -> Found | None:
    """ "confirmed the death", "confirmed Nasser's death", "announced his death": one
    death as the object of a confirming verb, owned by its article or possessor (not "the
    death of X": ``_of_phrase`` reads the person; not "the deaths", "the death toll")."""
    if tok.lower_ != "death" or tok.dep_ != "dobj" or tok.head.lemma_ not in _CONFIRM:
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "compound", "nummod") for c in kids):
        return None
    owners = [c for c in kids if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")]
    if not owners or any(c.dep_ == "neg" for c in tok.head.children):
        return None
    return min(c.left_edge.i for c in owners), tok, "killed", 0.6


def among_dead(tok: Token, lo: int) -> Found | None:
    """One person the copula of "among the dead were / was" names (module doc): a singular
    noun with an article or a possessor, or a name; those listed after it are added by
    ``kin_companions``."""
    if tok.dep_ not in ("attr", "nsubj") or tok.tag_ not in ("NN", "NNP"):
        return None
    be = tok.head
    if be.lemma_ != "be" or (tok.tag_ == "NNP" and tok.ent_type_ not in ("PERSON", "")):
        return None
    among = next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    dead = next((c for c in among.children if c.dep_ == "pobj"), None) if among else None
    if dead is None or dead.lower_ not in _AMONG or among is None or among.i > tok.i:
        return None
    owner = [c for c in tok.children if c.dep_ in ("det", "poss") and c.i < tok.i]
    if not owner and tok.tag_ != "NNP":
        return None
    start = min([tok.i, *(c.left_edge.i for c in tok.children if c.i < tok.i)])
    return max(start, lo), dead, _AMONG[dead.lower_], 0.8


# Verbs a martyr's death is told by ("fell", "ascended", "rose to heaven"); said of a
# martyr only: "prices fell", "the balloon ascended" name no one.
_MARTYR_VERBS = frozenset({"fall", "ascend", "rise"})


def martyr_departed(tok: Token, lo: int) -> Found | None:
    """A martyr (the noun, or a name it qualifies) whose own verb is "fell" or "ascended":
    its subject ("Our martyr, the fighter X, fell") or a participle on the name ("the
    martyr X, ascended during the clashes")."""
    if tok.lower_ != "martyr" and not (
        (tok.pos_ == "PROPN" or is_person(tok))
        and any(c.dep_ in ("compound", "appos") and c.lower_ == "martyr" for c in tok.children)
    ):
        return None  # (not "the martyr square fell silent")
    verb: Token | None = None
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _MARTYR_VERBS:
        verb = tok.head
    else:
        verb = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _MARTYR_VERBS
            ),
            None,
        )
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    return max(tok.left_edge.i, lo), verb, "killed", 0.6
