"""quoteminer: who said what in French news, in which words, doing what.

>>> import quoteminer
>>> r = quoteminer.extract("« Nous n'avons jamais reçu cette lettre », a affirmé la ministre Claire Martin.")
>>> q = r.quotes[0]
>>> q.kind.value, q.speaker.name, q.act.value
('direct', 'Claire Martin', 'denial')
"""

from __future__ import annotations

# The spaCy component registers itself with spaCy on import, so that
# nlp.add_pipe("quoteminer") also works from a source checkout (installed, the
# spacy_factories entry point does it without any import).
from quoteminer import component as component
from quoteminer.batch import extract_many, extract_partition, preload
from quoteminer.collection import Collection, collect_partition
from quoteminer.coreference import merge_speakers
from quoteminer.evaluate import Report, evaluate
from quoteminer.export import from_dict, to_dataframe, to_dict, who_said_what
from quoteminer.model import (
    Claim,
    ClusterMember,
    CollectionSpeaker,
    Diagnostic,
    Extraction,
    Mention,
    Qualifier,
    Quantity,
    Quote,
    QuoteCluster,
    QuoteKind,
    QuoteRef,
    Resolution,
    Severity,
    Span,
    Speaker,
    SpeakerKind,
    SpeechAct,
)
from quoteminer.pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClusterMember",
    "Collection",
    "CollectionSpeaker",
    "Diagnostic",
    "Extraction",
    "Mention",
    "Qualifier",
    "Quantity",
    "Quote",
    "QuoteCluster",
    "QuoteKind",
    "QuoteRef",
    "Report",
    "Resolution",
    "Severity",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeechAct",
    "__version__",
    "collect_partition",
    "evaluate",
    "extract",
    "extract_many",
    "extract_partition",
    "from_dict",
    "merge_speakers",
    "preload",
    "to_dataframe",
    "to_dict",
    "who_said_what",
]
