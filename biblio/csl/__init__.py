"""CSL-JSON values both ways, shared by the CSL importer and the CSL export (below both of them).

``values``: variables <-> record slots, names, dates; ``extensions``: biblio's ``multi``, funding and
identifier keys; ``variables``: the value biblio writes for each variable.
"""
