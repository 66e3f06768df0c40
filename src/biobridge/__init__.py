"""BioBridge: the collaboration machinery of a bio-industry cluster."""

__version__ = "0.1.0"
