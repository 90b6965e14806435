"""Stage 3 — link: claims about the same incident → incidents, each link with its score and reasons.

`stage.run(session)` is what `harmwatch run` calls; `decisions` holds the analysts' decisions;
`cluster_claims` is the pure clustering, usable without a database.
"""

from .cluster import Cluster, cluster_claims
from .features import ClaimInfo, claim_info
from .merge import incident_key, merge_claims
from .score import compatible, pair_score

__all__ = ["Cluster", "cluster_claims", "ClaimInfo", "claim_info", "incident_key", "merge_claims",
           "compatible", "pair_score"]
