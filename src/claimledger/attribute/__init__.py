"""Stage "attribute": spaCy ``Doc`` + ``FigureMention`` -> ``Attribution`` and ``Claim``.

``find_attributions`` finds who says what (``find``, the driver, with the
rules of ``verbs``, ``cues`` and ``heads``, the spans of ``spans``, ``sources``
and ``quotes``, and the naming of ``resolve``); ``attribute_claims`` gives
every figure its source (``claims``). spaCy objects stay inside this package.
"""

from claimledger.attribute.claims import attribute_claims
from claimledger.attribute.find import find_attributions

__all__ = ["attribute_claims", "find_attributions"]
