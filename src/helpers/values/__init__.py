"""The values every layer shares: ``Period`` and ``Lang``, units and quantities, the error
hierarchy, atomic writes, the workspace and the per-render cache.

Imports nothing else of ``helpers``.
"""
