"""Named errors of the graph package. Messages name the file, URI or document concerned.

Library code raises these; the CLI and the dashboard's data module turn them into messages.
"""
from __future__ import annotations


class GraphError(Exception):
    """Base of every error the graph package raises on purpose."""


class ConfigError(GraphError):
    """A setting or the `.env` file is unusable (the message names the file or variable)."""


class SchemaError(GraphError):
    """A relationship or node the vocabulary in `graph.schema` does not allow (a bug in the caller)."""


class StoreError(GraphError):
    """A store refused or failed a read or write (the message names the database or URI)."""


class ExportError(GraphError):
    """An export could not be written (the message names the format and the output path)."""


class AnalysisError(GraphError):
    """An analysis got input it cannot work on, e.g. a frame missing columns (names them)."""
