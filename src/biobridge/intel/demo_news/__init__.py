"""The five example news articles, shipped for `biobridge demo`."""
