"""Writes of programs, one module per part of the workflow; import from the submodules."""
