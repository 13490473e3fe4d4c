"""Stage "attribute": spaCy ``Doc`` + ``FigureMention`` -> ``Attribution`` and ``Claim``.

``find_attributions`` finds who says what (``find``, with ``sources``,
``quotes`` and ``resolve``); ``attribute_claims`` gives every figure its source
(``claims``). spaCy objects stay inside this package.
"""

from claimledger.attribute.claims import attribute_claims
from claimledger.attribute.find import find_attributions

__all__ = ["attribute_claims", "find_attributions"]
