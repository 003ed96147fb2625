"""mkdocs-journal: a learning journal (one Markdown file a day) as a Material for MkDocs site."""

__version__ = "0.1.0"
