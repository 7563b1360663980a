"""migradev: the documents of migration-and-development cooperation as a linked, searchable knowledge base.

Data flows one way through the sub-packages:
read -> normalise -> structure -> store -> export/cli.
"""

__version__ = "0.1.0"
