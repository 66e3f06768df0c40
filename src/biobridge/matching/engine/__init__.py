"""The matching engine: database-free scoring shared by the platform and `biobridge match`."""

from biobridge.matching.engine.affinity import affinity
from biobridge.matching.engine.index import MatchIndex
from biobridge.matching.engine.profile import Profile, Suggestion

__all__ = ["MatchIndex", "Profile", "Suggestion", "affinity"]
